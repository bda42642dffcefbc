"""Offline use and updates (site/sw.js, site/offline.js), in headless Chromium with service workers allowed:
one visit, then the network off, a reload reads a drawing; a new build deployed is noticed, taken over as a whole
(every file the page gets is the new build's) and the old build's cache is deleted."""
import hashlib
import json
import re
import shutil

import pytest
from helpers import DRAWINGS, T, draw_mouse, reading, tid, wait_ready

from scripts import build, serve

SEVEN = next(d for d in DRAWINGS if d["digit"] == 7)


def listed(dist) -> dict:
  """The BUILD the build wrote into dist/sw.js: {version, files: [[path, sha256]]}."""
  return json.loads(re.search(r"const BUILD = (\{.*?\});", (dist / "sw.js").read_text()).group(1))


def version(dist) -> str:
  return listed(dist)["version"]


@pytest.fixture
def deploy(tmp_path):
  """A served folder and a function that (re)deploys a build into it; yields (url, deploy(dist))."""
  live = tmp_path / "live"
  def put(dist):
    if live.exists(): shutil.rmtree(live)
    shutil.copytree(dist, live, copy_function=shutil.copy)  # new mtimes, as a deploy gives: the server revalidates
  put(build.build(tmp_path / "a"))
  server = serve.start(str(live))
  yield f"http://127.0.0.1:{server.server_port}/", put
  server.shutdown()


def offline_ready(pg):
  """Wait for the first visit's precache: the worker is active and the page says so."""
  pg.wait_for_function("navigator.serviceWorker.ready.then((r) => !!r.active)", timeout=T)
  pg.wait_for_function(f"!document.querySelector('{tid('update')}').hidden", timeout=120_000)
  assert "works offline" in pg.inner_text(tid("update"))


def test_precache_lists_every_file_of_the_build(tmp_path):
  """Every file is listed with its hash: what a drawing needs in the first visit's precache, the Teach samples and
  training steps for later (first use)."""
  dist = build.build(tmp_path / "dist")
  build_list = listed(dist)
  files = {p.relative_to(dist).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
           for p in dist.rglob("*") if p.is_file() and p.name != "sw.js"}
  pre, lazy = dict(build_list["files"]), dict(build_list["lazy"])
  assert {**pre, **lazy} == files and not set(pre) & set(lazy)
  assert {"index.html", "kernels/index.json", "kernels/cnn/model.wasm", "vendor/pyodide/pyodide.asm.wasm"} <= set(pre)
  assert {"kernels/replay.safetensors", "kernels/testsample.safetensors", "kernels/cnn/teach.wasm"} <= set(lazy)
  assert len(build_list["version"]) == 16 and build_list == build.precache(dist)  # the version is of these hashes
  again = build.build(tmp_path / "again")
  assert version(again) == version(dist)  # the same sources: the same version, no needless re-download


def test_teach_samples_are_cached_on_first_use_and_checked(deploy, tmp_path, fresh_profile):
  url, put = deploy
  dist = build.build(tmp_path / "b")
  (dist / "kernels" / "replay.safetensors").write_bytes(b"not this build's samples")  # a deploy gone wrong
  put(dist)
  pg = fresh_profile("allow").new_page()
  pg.goto(url)
  wait_ready(pg)
  offline_ready(pg)
  pg.reload()  # the next visit: the worker serves the page
  wait_ready(pg)
  assert pg.evaluate("!!navigator.serviceWorker.controller")
  cached = "async (f) => !!(await (await caches.open((await caches.keys())[0])).match(f))"
  assert not pg.evaluate(cached, "kernels/testsample.safetensors")  # not in the first visit's precache
  got = pg.evaluate("""async () => Promise.all(['kernels/testsample.safetensors', 'kernels/replay.safetensors']
    .map(async (f) => (await fetch(f)).status))""")
  assert got == [200, 502]
  assert pg.evaluate(cached, "kernels/testsample.safetensors")
  assert not pg.evaluate(cached, "kernels/replay.safetensors")


def test_offline_reload_reads_a_drawing(deploy, fresh_profile):
  url, _ = deploy
  ctx = fresh_profile("allow")
  pg = ctx.new_page()
  pg.goto(url)
  wait_ready(pg)
  offline_ready(pg)
  pg.wait_for_load_state("networkidle")  # this first visit's own requests (the other models) are done
  failed, now = [], []  # requests of the offline visit only (not of the first visit's late workers)
  pg.on("framenavigated", lambda f: now.append(1) if f == pg.main_frame else None)
  pg.on("requestfailed", lambda r: failed.append(r.url) if now else None)
  ctx.set_offline(True)
  pg.reload()
  wait_ready(pg)
  assert pg.evaluate("navigator.onLine") is False and pg.evaluate("!!navigator.serviceWorker.controller")
  draw_mouse(pg, SEVEN["strokes"])
  assert reading(pg)["digit"] == "7"
  assert failed == []


def test_update_is_noticed_and_taken_whole(deploy, tmp_path, fresh_profile):
  url, put = deploy
  b = build.build(tmp_path / "b")  # build B: a visible change to the page, then the precache list redone
  (b / "index.html").write_text((b / "index.html").read_text().replace("<h1>Digits</h1>", "<h1>Digits B</h1>"))
  shutil.copy(build.ROOT / "site" / "sw.js", b / "sw.js")
  build.write_precache(b)
  files_b = {f"{url}{p}": h for p, h in listed(b)["files"]}
  ctx = fresh_profile("allow")
  pg = ctx.new_page()
  pg.goto(url)
  wait_ready(pg)
  offline_ready(pg)
  put(b)
  pg.reload()  # still build A, from its cache, while the browser finds and precaches B
  wait_ready(pg)
  assert pg.inner_text("h1") == "Digits"
  pg.wait_for_function(f"document.querySelector('{tid('update')} span').textContent.includes('update')",
                       timeout=120_000)
  assert pg.is_visible(tid("update-reload"))
  with pg.expect_navigation():
    pg.click(tid("update-reload"))
  wait_ready(pg)
  assert pg.inner_text("h1") == "Digits B"
  assert pg.evaluate("caches.keys()") == [f"digits-{version(b)}"]  # A's cache is gone
  # Every file this page loaded, as the worker serves it (hashed in the page: Playwright re-encodes the text
  # bodies a worker gives), is build B's.
  got = pg.evaluate("""async () => {
    const hex = (b) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
    const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
    const out = {};
    for (const u of urls) {
      const r = await fetch(u);
      out[u] = hex(await crypto.subtle.digest('SHA-256', await r.arrayBuffer()));
    }
    return out;
  }""")
  got = {(u if u != url else f"{url}index.html"): h for u, h in got.items()}
  used = [u for u in got if u in files_b]
  assert len(used) > 20 and f"{url}index.html" in used and f"{url}kernels/index.json" in used
  assert [u for u in used if got[u] != files_b[u]] == [], "a file of build A was used"
