"""Headless Chromium for the tests, the benchmarks and the kernel tuner: one place for its path and flags.

WebGPU needs a secure context, so pages are served from http://127.0.0.1 (scripts/serve.py), never file:// or
about:blank. Flags: see docs/ARCHITECTURE.md ("Environment").
"""
import contextlib
import tempfile

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--enable-unsafe-webgpu", "--no-sandbox", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]


@contextlib.contextmanager
def profile(p, service_workers: str = "block"):
  """A headless Chromium context with a fresh profile (Playwright's persistent context), from a running Playwright
  `p` (one per process: the sync API cannot nest). Service workers are blocked unless asked for ("allow"): a page
  served from the site's offline cache would bypass request routing and a rebuilt dist/, which the tests rely on;
  tests/test_offline.py tests the worker itself."""
  with tempfile.TemporaryDirectory() as folder:
    ctx = p.chromium.launch_persistent_context(folder, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                               service_workers=service_workers)
    try:
      yield ctx
    finally:
      ctx.close()


@contextlib.contextmanager
def chromium(service_workers: str = "block"):
  """profile() with its own Playwright, for scripts that need one browser."""
  from playwright.sync_api import sync_playwright
  with sync_playwright() as p, profile(p, service_workers) as ctx:
    yield ctx


@contextlib.contextmanager
def served_page(directory: str, path: str = "", timeout_ms: int = 600_000):
  """Serve `directory` on a free loopback port and open `path` in a fresh headless Chromium; yields the page."""
  from scripts import serve
  server = serve.start(directory)
  try:
    with chromium() as ctx:
      page = ctx.new_page()
      page.set_default_timeout(timeout_ms)
      page.goto(f"http://127.0.0.1:{server.server_port}/{path}")
      yield page
  finally:
    server.shutdown()
