"""Evaluations on WebAssembly: the runtime's score() on the shipped MNIST test sample (what Teach's "accuracy
before/after" reads), on one core (the model's own worker) and on every core (replicas of the model in workers of
their own), alternated in one headless Chromium run so that both see the same machine.

  python -m bench.bench_eval [--reps 5]

Prints a table and writes bench/results/eval.json (ms: p50/p95 by bench.common.pct)."""
import argparse
import json
import platform

from bench.common import RESULTS, built_site, pct
from training import browser

MODELS = ("cnn", "small", "mlp")
JS = """async ([mid, cores]) => {
  const rt = await import('/runtime/runtime.js');
  window.evalModels ??= {};
  window.evalModels[mid] ??= await rt.loadModel(`/kernels/${mid}/`, {backend: 'wasm'});
  window.evalSample ??= await rt.loadSamples('/kernels/testsample.safetensors');
  const t = performance.now(), acc = await rt.score(window.evalModels[mid], window.evalSample, cores ? {cores} : {});
  return {ms: performance.now() - t, accuracy: acc, n: window.evalSample.n, hw: navigator.hardwareConcurrency};
}"""


def section(e: dict, table, ms, names) -> str:
  """docs/BENCHMARKS.md's paragraph on eval.json's data `e` (bench/report.py's Teach section)."""
  rows = [[names[mid], f"{r['images']:,}", ms(r["ms"]["1"]["p50"]), f"{r['cores']}: {ms(r['ms']['all']['p50'])}",
           f"{r['speedup']:.2f}×"] for mid, r in e["models"].items()]
  return f"""The accuracy before/after is the runtime's `score()` on the shipped test sample; on WebAssembly it spreads
over every core with replicas of the model once its first 64 images show the rest would take over 150 ms
(`python -m bench.bench_eval`, `bench/results/eval.json`; one core and every core alternated in one run, p50):

{table(["model", "images", "one core", "every core", "speed-up"], rows)}"""


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--reps", type=int, default=5)
  a = ap.parse_args(argv)
  out = {"machine": platform.platform(), "models": {}}
  with built_site() as (url, _), browser.chromium() as ctx:
    pg = ctx.new_page()
    pg.goto(url + "runtime/test.html?bench")
    for mid in MODELS:
      runs = {"1": [], "all": []}
      for _ in range(a.reps + 1):  # the first round warms up (module compile, sample download): not kept
        for key, cores in (("1", 1), ("all", 0)):  # 0: the default, every core (up to 4)
          r = pg.evaluate(JS, [mid, cores])
          runs[key].append(r["ms"])
      res = {k: {"p50": pct(v[1:], 50), "p95": pct(v[1:], 95), "runs": v[1:]} for k, v in runs.items()}
      out["models"][mid] = {"images": r["n"], "accuracy": r["accuracy"], "cores": r["hw"], "ms": res,
                            "speedup": res["1"]["p50"] / res["all"]["p50"]}
      print(f"{mid:6s} {r['n']} images: 1 core p50 {res['1']['p50']:.0f} ms, {r['hw']} cores p50 "
            f"{res['all']['p50']:.0f} ms ({out['models'][mid]['speedup']:.2f}x)", flush=True)
  (RESULTS / "eval.json").write_text(json.dumps(out, indent=1) + "\n")
  print(f"wrote {RESULTS / 'eval.json'}")


if __name__ == "__main__":
  main()
