"""The site's speed in headless Chromium (WebGPU on whatever adapter the machine has):

  python -m bench.bench_site [--cold 15] [--warm 10] [--reps 2]

- cold page-ready: a fresh browser profile (empty HTTP cache) loads the page until status says ready (the model
  loaded, a prediction possible), beside the floors in the same browser: Pyodide's boot alone (loadPyodide + one
  statement) and PyScript's boot alone (a one-line <script type="py">), the three alternating. Times are from
  navigation start; the page's own digits:* performance marks split its boot into phases.
- warm: second visits in one profile after a first one, with the service worker (its cache populated) and, for
  comparison, with service workers blocked (the HTTP cache alone; the server asks to revalidate every file).
- offline: after one visit, the network off, a new tab loads the page and reads a drawing; failed requests counted.
- stroke-end -> prediction painted, per model: synthetic pointer events draw each test drawing (tests/strokes);
  when the page has caught up, pointerup is dispatched and the clock stops in the requestAnimationFrame after the
  prediction for it reached the DOM (the frame that paints it).
- preprocessing in Pyodide (bounding box, fit, two canvas rasters, centre of mass) and model.run, as the page
  measures them for each of those predictions.
Prints a table and writes bench/results/site.json.
"""
import argparse
import json
import os
import platform
import statistics
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.common import built_site, pct
from scripts.build import PLUGINS_OFF
from training.browser import profile

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "site.json"
PLUGINS = [f"!{n}" for n in PLUGINS_OFF]
FLOORS = {
  "pyodide.html": """<!doctype html><link rel="icon" href="data:,"><script type="module">
import {loadPyodide} from './vendor/pyodide/pyodide.mjs';
const py = await loadPyodide(); py.runPython('1 + 1'); window.__readyAt = performance.now();
</script>""",
  # PyScript's own floor, with the same documented config as the page: its unused plugins excluded (and not shipped)
  "pyscript.html": f"""<!doctype html><link rel="icon" href="data:,">
<script type="module" src="./vendor/pyscript/core.js"></script>
<mpy-config>{json.dumps({"plugins": PLUGINS})}</mpy-config>
<script type="py" config='{json.dumps({"interpreter": "./vendor/pyodide/pyodide.mjs", "plugins": PLUGINS})}'>
import js
js.window.__readyAt = js.performance.now()
</script>""",
}
READY_HOOK = """addEventListener('DOMContentLoaded', () => {
  const s = document.querySelector('[data-testid=status]');
  if (!s) return;
  new MutationObserver(() => { if (s.dataset.state !== 'loading' && !window.__readyAt) {
    window.__readyAt = performance.now(); window.__readyState = s.dataset.state; } }).observe(s, {attributes: true});
});"""

# Runs in the page: draws every drawing with synthetic pointer events, times the final pointerup -> painted.
STROKES_JS = """async ([drawings, reps]) => {
  const q = (t) => document.querySelector(`[data-testid="${t}"]`);
  const pad = q('canvas'), pred = q('prediction'), lat = q('latency');
  const r = pad.getBoundingClientRect();
  const fire = (type, [x, y]) => pad.dispatchEvent(new PointerEvent(type, {pointerId: 1, pointerType: 'mouse',
    isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true, cancelable: true,
    clientX: r.left + x * r.width, clientY: r.top + y * r.height}));
  const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
  const settled = async () => { while (pred.dataset.version !== pad.dataset.version) await sleep(1); };
  const out = {paintedMs: [], domMs: [], preprocessMs: [], modelMs: []};
  for (let rep = 0; rep < reps; rep++) for (const d of drawings) {
    q('clear').click();
    await settled();
    const strokes = d.strokes;
    for (let i = 0; i < strokes.length; i++) {
      const s = strokes[i];
      fire('pointerdown', s[0]);
      for (const p of s.slice(1)) { fire('pointermove', p); await sleep(2); }
      const last = s[s.length - 1];
      if (i < strokes.length - 1) { fire('pointerup', last); continue; }
      await settled();
      await sleep(20);  // an idle page, as when a person lifts the pen
      const t0 = performance.now();
      fire('pointerup', last);
      const target = pad.dataset.version;
      let tDom;
      const t1 = await new Promise((res) => {
        const done = () => { tDom = performance.now(); requestAnimationFrame(() => res(performance.now())); };
        if (pred.dataset.version === target) return done();
        const mo = new MutationObserver(() => { if (pred.dataset.version === target) { mo.disconnect(); done(); } });
        mo.observe(pred, {attributes: true, attributeFilter: ['data-version']});
      });
      out.paintedMs.push(t1 - t0);
      out.domMs.push(tDom - t0);
      out.preprocessMs.push(parseFloat(lat.dataset.preprocessMs));
      out.modelMs.push(parseFloat(lat.dataset.ms));
    }
  }
  return out;
}"""


def stats(xs):
  return {"n": len(xs), "p50": round(pct(xs, 50), 3), "p95": round(pct(xs, 95), 3), "min": round(min(xs), 3),
          "mean": round(statistics.fmean(xs), 3)}


def visit(ctx, url, timeout=60_000, marks=None) -> float:
  """Open url in a new tab of ctx; ms from navigation start until ready (the page's marks added to `marks`)."""
  pg = ctx.new_page()
  pg.add_init_script(READY_HOOK)
  pg.goto(url)
  try:
    pg.wait_for_function("window.__readyAt !== undefined", timeout=timeout)
  except Exception as e:
    raise RuntimeError(f"{url} was not ready after {timeout / 1000:.0f} s") from e
  t, state = pg.evaluate("[window.__readyAt, window.__readyState]")
  if state not in (None, "ready"): raise RuntimeError(f"{url} ended in state {state}")
  if marks is not None:
    pg.wait_for_function("performance.getEntriesByName('digits:editor-ready').length > 0", timeout=timeout)
    for k, v in pg.evaluate("Object.fromEntries(performance.getEntriesByType('mark')"
                            ".map((m) => [m.name.replace('digits:', ''), m.startTime]))").items():
      marks.setdefault(k, []).append(v)
  pg.close()
  return t


def cold_load(p, url, marks=None) -> float:
  with profile(p, "allow") as ctx: return visit(ctx, url, marks=marks)


def warm_loads(p, url, n, service_workers) -> tuple[list[float], list[float]]:
  """n second visits after a first one in the same profile (with the service worker: once it has precached),
  alternating with visits of the bare-Pyodide page, whose files come from the same caches: (page, Pyodide)."""
  with profile(p, service_workers) as ctx:
    pg = ctx.new_page()
    pg.goto(url)
    pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'ready'")
    if service_workers == "allow":
      pg.wait_for_function("navigator.serviceWorker.ready.then((r) => r.active?.state === 'activated')",
                           timeout=180_000)
    pg.close()
    visit(ctx, url + "pyodide.html")  # its own first visit
    runs = [(visit(ctx, url), visit(ctx, url + "pyodide.html")) for _ in range(n)]
    return [a for a, _ in runs], [b for _, b in runs]


def offline_load(p, url, drawing) -> dict:
  """After one visit, the network off: a new tab until ready, then one drawing read; failed requests counted."""
  with profile(p, "allow") as ctx:
    pg = ctx.new_page()
    pg.goto(url)
    pg.wait_for_function("navigator.serviceWorker.ready.then((r) => r.active?.state === 'activated')",
                         timeout=180_000)
    pg.close()
    ctx.set_offline(True)
    failed = []
    ctx.on("requestfailed", lambda r: failed.append(r.url))
    pg = ctx.new_page()
    pg.add_init_script(READY_HOOK)
    pg.goto(url)
    pg.wait_for_function("window.__readyAt !== undefined", timeout=60_000)
    t, state = pg.evaluate("[window.__readyAt, window.__readyState]")
    pg.evaluate(STROKES_JS, [[drawing], 1])
    read = pg.inner_text("[data-testid=prediction]")
    return {"ready_ms": round(t, 1), "state": state, "drawn": drawing["digit"], "read": read,
            "failed_requests": failed}


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--cold", type=int, default=15, help="cold loads of each page")
  ap.add_argument("--warm", type=int, default=10, help="warm reloads, with the service worker and without")
  ap.add_argument("--reps", type=int, default=2, help="passes over the drawings per model")
  a = ap.parse_args(argv)
  def floors(out: Path) -> None:  # the bare Pyodide and empty PyScript pages, served beside the site
    for name, html in FLOORS.items(): (out / name).write_text(html)

  with built_site(floors) as (url, _):
    drawings = json.loads((ROOT / "tests" / "strokes" / "drawings.json").read_text())
    res = {"machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                       "loadavg_1min_at_start": round(os.getloadavg()[0], 2)},
           "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    with sync_playwright() as p:
      cold, marks = {"page": [], "pyodide": [], "pyscript": []}, {}
      for _ in range(a.cold):  # interleaved, so drift in the machine's load hits all three alike
        cold["pyodide"].append(cold_load(p, url + "pyodide.html"))
        cold["pyscript"].append(cold_load(p, url + "pyscript.html"))
        cold["page"].append(cold_load(p, url, marks=marks))
      res["cold_ready_ms"] = {k: stats(v) for k, v in cold.items()}
      res["page_marks_ms"] = {k: stats(v) for k, v in marks.items()}  # from navigation start, in the page
      after = [r - s for r, s in zip(marks["ready"], marks["python-start"], strict=True)]
      res["page_marks_ms"]["python_start_to_ready"] = stats(after)
      res["cold_ready_ms"]["page_minus_pyodide_p50"] = round(pct(cold["page"], 50) - pct(cold["pyodide"], 50), 1)
      (sw, sw_py), (http, http_py) = warm_loads(p, url, a.warm, "allow"), warm_loads(p, url, a.warm, "block")
      warm = {"service_worker": sw, "http_cache": http}
      res["warm_ready_ms"] = {k: stats(v) for k, v in warm.items()}
      res["warm_over_cold_p50"] = {k: round(pct(v, 50) / pct(cold["page"], 50), 3) for k, v in warm.items()}
      res["pyodide_warm_ready_ms"] = {"service_worker": stats(sw_py), "http_cache": stats(http_py)}
      res["pyodide_warm_over_cold_p50"] = {k: round(pct(v, 50) / pct(cold["pyodide"], 50), 3)
                                           for k, v in (("service_worker", sw_py), ("http_cache", http_py))}
      res["offline"] = offline_load(p, url, next(d for d in drawings if d["digit"] == 7))
      with profile(p) as ctx:
        pg = ctx.new_page()
        pg.goto(url)
        pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'ready'")
        res["backend"] = pg.inner_text("[data-testid=backend]")
        res["adapter"] = pg.evaluate("""async () => { const a = await navigator.gpu?.requestAdapter();
          if (!a) return null;
          return {vendor: a.info.vendor, architecture: a.info.architecture, fallback: a.info.isFallbackAdapter}; }""")
        ids = pg.eval_on_selector_all("[data-testid=model-select] option", "os => os.map(o => o.value)")
        for k in ("stroke_end_to_painted_ms", "stroke_end_to_dom_ms", "preprocess_ms", "model_run_ms"): res[k] = {}
        for mid in ids:
          pg.select_option("[data-testid=model-select]", mid)
          pg.wait_for_function(f"document.querySelector('[data-testid=prediction]').dataset.model === '{mid}' || "
                               "document.querySelector('[data-testid=prediction]').textContent === ''")
          pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'ready'")
          pg.wait_for_function("/faster here|no WebGPU|WebGPU failed/.test("  # 'auto' has measured and chosen
                               "document.querySelector('[data-testid=status]').textContent)")
          res.setdefault("status", {})[mid] = pg.inner_text("[data-testid=status]")
          res.setdefault("backend_per_model", {})[mid] = pg.inner_text("[data-testid=backend]")
          r = pg.evaluate(STROKES_JS, [drawings, a.reps])
          res["stroke_end_to_painted_ms"][mid] = stats(r["paintedMs"])
          res["stroke_end_to_dom_ms"][mid] = stats(r["domMs"])  # the DOM holds the prediction (before the frame)
          res["preprocess_ms"][mid] = stats(r["preprocessMs"])
          res["model_run_ms"][mid] = stats(r["modelMs"])
  res["machine"]["loadavg_1min_at_end"] = round(os.getloadavg()[0], 2)  # other work on the machine skews timings
  c = res["cold_ready_ms"]
  print(f"backend {res['backend']} on {res['adapter']}; load average {res['machine']['loadavg_1min_at_start']} -> "
        f"{res['machine']['loadavg_1min_at_end']} on {res['machine']['cpu_count']} cores")
  print(f"cold ready p50: page {c['page']['p50']:.0f} ms | Pyodide alone {c['pyodide']['p50']:.0f} ms | "
        f"PyScript alone {c['pyscript']['p50']:.0f} ms | page - Pyodide {c['page_minus_pyodide_p50']:.0f} ms "
        f"(target <= 300)")
  w, o = res["warm_over_cold_p50"], res["offline"]
  print(f"warm ready p50: service worker {res['warm_ready_ms']['service_worker']['p50']:.0f} ms "
        f"({w['service_worker']:.2f}x cold, target <= 0.45) | HTTP cache alone "
        f"{res['warm_ready_ms']['http_cache']['p50']:.0f} ms ({w['http_cache']:.2f}x)")
  pw = res["pyodide_warm_over_cold_p50"]
  print(f"bare Pyodide, warm over cold p50: {pw['service_worker']:.2f}x from the service worker's cache, "
        f"{pw['http_cache']:.2f}x from the HTTP cache (the floor for the page's ratio)")
  print(f"offline: ready in {o['ready_ms']:.0f} ms ({o['state']}), drew a {o['drawn']}, read {o['read']!r}, "
        f"{len(o['failed_requests'])} failed requests")
  m = res["page_marks_ms"]
  print(f"page marks p50: preload starts {m['preload-start']['p50']:.0f} ms, default model ready "
        f"{m['model-ready']['p50']:.0f} ms")
  print(f"page marks p50: Python starts {m['python-start']['p50']:.0f} ms, ready {m['ready']['p50']:.0f} ms "
        f"(+{m['python_start_to_ready']['p50']:.0f} ms after Python starts), editor {m['editor-ready']['p50']:.0f} ms")
  cols = ["stroke_end_to_painted_ms", "stroke_end_to_dom_ms", "preprocess_ms", "model_run_ms"]
  print(f"{'model':6}" + "".join(f"{c.removesuffix('_ms') + ' p50/p95':>30}" for c in cols))
  for mid in res["stroke_end_to_painted_ms"]:
    print(f"{mid:6}" + "".join(f"{res[c][mid]['p50']:>20.2f} / {res[c][mid]['p95']:<7.2f}" for c in cols))
  RESULTS.parent.mkdir(parents=True, exist_ok=True)
  RESULTS.write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
  main()
