"""Shared fixtures: MNIST, the built site served on a free loopback port, headless Chromium, the runtime's test page.
A test that uses the browser (any fixture built on `playwright`) is marked `browser` here, so that
`pytest -m "not browser"` (make test-fast) leaves out exactly those. Shared helpers are in helpers.py."""
import contextlib
import os
import shutil
import sys

import pytest
from helpers import ARTIFACTS, ROOT, open_page, wait_ready

from bench.common import built_site
from training import browser as chromium

sys.path.insert(0, str(ROOT / "py"))  # the in-browser Python package imports in CPython too


def pytest_collection_modifyitems(items):
  for item in items:
    if "playwright" in getattr(item, "fixturenames", ()): item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def mnist():
  """MNIST from MNIST_DIR or ../shared/data/mnist, else downloaded into the cache (as the README says); skipped
  with the reason only when it is nowhere and cannot be downloaded (offline)."""
  from training import data
  try:
    return data.load(fetch=True)
  except RuntimeError as e:
    pytest.skip(f"MNIST is not on this machine and could not be downloaded: {e}")


@pytest.fixture(scope="session")
def site():
  """The site built once per session into a private folder (a concurrent `make build` cannot swap files under the
  tests) and served: (the base URL, ending with '/'; the built folder)."""
  with built_site() as (url, dist):
    yield url, dist


@pytest.fixture(scope="session")
def site_url(site):
  return site[0]


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


@pytest.fixture
def rt(page, site_url):
  """The runtime's idle test page on the served site (a secure context, so navigator.gpu exists; no Python on it):
  the place to import /runtime/*.js and drive it."""
  page.goto(site_url + "runtime/test.html?bench")
  return page


@pytest.fixture(scope="module")
def url(site_url):
  """The site's URL; DIGITS_KERNELS=<dir> serves another kernels/ folder (e.g. a fresh export) in a build of its own."""
  if not os.environ.get("DIGITS_KERNELS"):
    yield site_url
    return
  def other_kernels(out):
    shutil.rmtree(out / "kernels")
    shutil.copytree(os.environ["DIGITS_KERNELS"], out / "kernels")
  with built_site(other_kernels) as (served, _):
    yield served


@pytest.fixture(scope="module")
def app(browser, url, request):
  """One page for a test module (Pyodide boots once), ready; a full-page screenshot of it is kept at the end."""
  pg = open_page(browser, url)
  wait_ready(pg)
  yield pg
  ARTIFACTS.mkdir(exist_ok=True)
  pg.screenshot(path=str(ARTIFACTS / f"{request.module.__name__}-final.png"), full_page=True)
  pg.close()
