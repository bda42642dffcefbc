"""Teaching in the browser: how long a learning run takes and what it does, per model, in headless Chromium.

  python -m bench.bench_teach [--reps 3]

The scripted writer of training/writer.py (an 8 drawn as two loops side by side, which every shipped model
reads as 0) gives the examples, preprocessed in CPython by the page's own preprocess (Pillow rasterising in place of
the canvas). Per model on 'auto' (after it has chosen its backend): model.teach on 10, 30 and 50 kept examples
(reps runs each, the shipped weights restored between runs), timed from the call to its result; then runs on 5
examples, with a quarter or a half of each batch from the examples (the rest MNIST replay), 3 seeds each: how 20
new drawings by the writer read, and the accuracy on all 10,000 MNIST test images, run in the browser, against the
shipped weights'. Then the Teach panel itself, on the page, per model on 'auto': 5 of the writer's 8s drawn with the
mouse and kept, one click on Learn, timed until the before -> after table is on screen (the visitor's answer; the
target is 3 s on this machine) and until the accuracy after learning is in it (--answers runs each, a fresh
profile each). Prints a table and writes bench/results/teach.json.
"""
import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from bench.common import built_site, pct
from training import writer

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "teach.json"
sys.path.insert(0, str(ROOT / "py"))
SIZES = (10, 30, 50)
SHARES = (0.25, 0.5)  # of each batch from the examples; the runtime's default is the first

PAGE_JS = """async ([mid, examples, fresh, sizes, reps, shares]) => {
  const rt = await import('/runtime/runtime.js');
  const m = await rt.loadModel(`/kernels/${mid}/`, {backend: 'auto'});
  const decided = await m.decided;
  const replay = await rt.loadSamples('/kernels/replay.safetensors');
  const mnist = await import('/mnist-test.js');
  const ex = examples.map((x) => ({x: new Float32Array(x), label: 8}));
  const top = (out, i) => { const r = out.subarray(i * 10, i * 10 + 10); return r.indexOf(Math.max(...r)); };
  const eights = async () => { const out = await m.run(new Float32Array(fresh.flat()));
    return fresh.filter((_, i) => top(out, i) === 8).length; };
  const accuracy = () => mnist.accuracy(m);
  const ms = {};
  for (const k of sizes) {
    ms[k] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      await m.teach(Array.from({length: k}, (_, i) => ex[i % ex.length]), {replay});
      ms[k].push(performance.now() - t0);
      await m.resetWeights();
    }
  }
  const shipped = {eights: await eights(), accuracy: await accuracy()};
  const taught = [];
  for (const share of shares) for (const seed of [1, 2, 3]) {
    const run = await m.teach(ex.slice(0, 5), {replay, share, seed});
    taught.push({share, seed, steps: run.steps, ms: run.ms, eights: await eights(), accuracy: await accuracy()});
    await m.resetWeights();
  }
  return {backend: m.backend, reason: decided.reason, ms, shipped, taught};
}"""


def inputs(seed: int, n: int) -> list[list[float]]:
  from digits.preprocess import preprocess
  from digits.strokes import Strokes
  out = []
  for strokes in writer.drawings(8, n, seed):
    s = Strokes()
    s.paths = [[(x * 336, y * 336) for x, y in p] for p in strokes]  # the pad's side in CSS pixels
    out.append([round(v, 5) for v in preprocess(s, writer.PilRaster())])
  return out


def page_answers(url: str, mid: str, runs: int) -> dict:
  """The Teach panel on the page: the click on Learn -> the table (s), and -> the accuracy after learning (s)."""
  from playwright.sync_api import sync_playwright

  from training import browser
  ready = "document.querySelector('[data-testid=status]').dataset.state === 'ready'"
  table = "document.querySelector('[data-testid=teach-before-after] table') !== null"
  done = "document.querySelector('[data-testid=teach-before-after]').dataset.state === 'done'"
  out = {"answer_s": [], "accuracy_s": [], "before_measured": []}
  with sync_playwright() as p:
    for r in range(runs):
      with browser.profile(p) as ctx:
        pg = ctx.new_page()
        pg.set_default_timeout(120_000)
        pg.goto(url)
        pg.wait_for_function(ready)
        pg.select_option("[data-testid=model-select]", mid)
        pg.wait_for_function(f"document.querySelector('[data-testid=status]').textContent.includes("
                             f"document.querySelector('[data-testid=model-select] option[value={mid}]').text"
                             ".split(' · ')[0]) && " + ready)
        box = pg.locator("[data-testid=canvas]").bounding_box()
        for k, strokes in enumerate(writer.drawings(8, 5, seed=10 + r)):
          pg.click("[data-testid=clear]")
          writer.draw_mouse(pg, strokes, box)
          pg.wait_for_function("document.querySelector('[data-testid=prediction]').dataset.version === "
                               "document.querySelector('[data-testid=canvas]').dataset.version")
          pg.click("[data-testid=teach-label-8]")
          pg.wait_for_function(f"document.querySelector('[data-testid=teach-examples]').children.length === {k + 1}")
        t0 = time.monotonic()
        pg.click("[data-testid=teach-learn]")
        pg.wait_for_function(table, polling=10)
        out["answer_s"].append(round(time.monotonic() - t0, 2))
        pg.wait_for_function(done, polling=10)
        out["accuracy_s"].append(round(time.monotonic() - t0, 2))
        out["before_measured"].append("not measured" not in pg.inner_text("[data-testid=teach-before-after]"))
  return out


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--reps", type=int, default=3)
  ap.add_argument("--answers", type=int, default=3, help="page runs per model: click on Learn -> the answer")
  ap.add_argument("--page-only", action="store_true", help="only the page's answer times, into the existing results")
  a = ap.parse_args(argv)
  from training.browser import chromium
  examples, fresh = inputs(1, max(SIZES)), inputs(2, 20)
  ids = [m["id"] for m in json.loads((ROOT / "kernels" / "index.json").read_text())["models"]]
  res = {"machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                     "loadavg_1min_at_start": round(os.getloadavg()[0], 2)},
         "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "models": {}}
  from training import data
  mnist = data.load(fetch=True)
  if a.page_only: res = {**json.loads(RESULTS.read_text()), "page_date": res["date"], "machine": res["machine"]}
  with built_site(lambda out: writer.serve_mnist_test(out, mnist)) as (url, _):
    with chromium() as ctx:
      pg = ctx.new_page()
      pg.set_default_timeout(600_000)
      pg.goto(url + "runtime/test.html?bench")  # a page without Python: nothing else competes
      for mid in ([] if a.page_only else ids):
        r = pg.evaluate(PAGE_JS, [mid, examples, fresh, list(SIZES), a.reps, list(SHARES)])
        r["ms"] = {n: {"p50": round(pct(v, 50), 1), "p95": round(pct(v, 95), 1), "runs": [round(x) for x in v]}
                   for n, v in r["ms"].items()}
        r["by_share"] = {str(sh): {"eights_min": min(t["eights"] for t in r["taught"] if t["share"] == sh),
                                   "drop_points_max": round(100 * max(r["shipped"]["accuracy"] - t["accuracy"]
                                                                      for t in r["taught"] if t["share"] == sh), 2)}
                         for sh in SHARES}
        res["models"][mid] = r
    for mid in ids:
      ans = page_answers(url, mid, a.answers)
      ans["answer_p50_s"], ans["accuracy_p50_s"] = pct(ans["answer_s"], 50), pct(ans["accuracy_s"], 50)
      res["models"][mid]["page"] = ans
  res["machine"]["loadavg_1min_at_end"] = round(os.getloadavg()[0], 2)
  print(f"load average {res['machine']['loadavg_1min_at_start']} -> {res['machine']['loadavg_1min_at_end']}")
  print(f"{'model':6} {'backend':7} " + " ".join(f"{f'{n} examples p50/p95 ms':>24}" for n in SIZES)
        + " | 5 examples, share: new 8s read right (worst of 3) / MNIST test drop in points (worst of 3)")
  for mid, r in res["models"].items():
    times = " ".join(f"{r['ms'][str(n)]['p50']:>14.0f} / {r['ms'][str(n)]['p95']:<7.0f}" for n in SIZES)
    shares = "  ".join(f"{sh}: {v['eights_min']}/20, {v['drop_points_max']:.2f}" for sh, v in r["by_share"].items())
    print(f"{mid:6} {r['backend']:7} {times} | shipped {r['shipped']['eights']}/20 | {shares}")
  print("on the page, a click on Learn -> the before/after table | -> the accuracy after (p50 s; each run):")
  for mid, r in res["models"].items():
    pa = r["page"]
    print(f"{mid:6} {pa['answer_p50_s']:5.2f} s {pa['answer_s']} | {pa['accuracy_p50_s']:5.2f} s {pa['accuracy_s']}"
          f" | accuracy before measured before the click: {pa['before_measured']}")
  RESULTS.parent.mkdir(parents=True, exist_ok=True)
  RESULTS.write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
  main()
