"""Shared fixtures: MNIST from ../shared, the built site served on a free loopback port, headless Chromium."""
import contextlib
import sys
from pathlib import Path

import pytest

from training import browser as chromium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))  # the in-browser Python package imports in CPython too
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def mnist():
  """MNIST from MNIST_DIR or ../shared/data/mnist, else downloaded into the cache (as the README promises); skipped
  with the reason only when it is nowhere and cannot be downloaded (offline)."""
  from training import data
  try:
    return data.load(fetch=True)
  except RuntimeError as e:
    pytest.skip(f"MNIST is not on this machine and could not be downloaded: {e}")


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
  """Build the site once per session into a private folder (a concurrent `make build` cannot swap files under
  the tests) and serve it; yields the base URL (ends with '/')."""
  from scripts import build, serve
  out = build.build(tmp_path_factory.mktemp("site") / "dist")
  server = serve.start(str(out))
  yield f"http://127.0.0.1:{server.server_port}/"
  server.shutdown()


@pytest.fixture(scope="session")
def playwright():
  from playwright.sync_api import sync_playwright
  with sync_playwright() as p:
    yield p


@pytest.fixture(scope="session")
def browser(playwright):
  """One headless Chromium profile shared by most browser tests (service workers blocked)."""
  with chromium.profile(playwright) as ctx:
    yield ctx


@pytest.fixture
def fresh_profile(playwright):
  """A function giving a new browser profile (own storage, caches; service_workers 'allow' or 'block')."""
  with contextlib.ExitStack() as stack:
    yield lambda service_workers="block": stack.enter_context(chromium.profile(playwright, service_workers))


@pytest.fixture
def page(browser, request):
  """A fresh tab; its console is echoed to the test log and a screenshot saved on teardown."""
  pg = browser.new_page()
  pg.on("console", lambda m: print(f"[console.{m.type}] {m.text}"))
  pg.on("pageerror", lambda e: print(f"[pageerror] {e}"))
  yield pg
  ARTIFACTS.mkdir(exist_ok=True)
  with contextlib.suppress(Exception):  # a crashed tab has no screenshot to give
    pg.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"))
  pg.close()
