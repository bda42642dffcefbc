"""model.run in headless Chromium, side by side in one browser run: this project's runtime on webgpu, wasm and auto,
and the peer, ONNX Runtime Web on its wasm and webgpu providers, running the same models from the same checkpoints.

  python -m bench.bench_runtime [--rounds 3] [--runs 200] [--warmup 30] [--models mlp,cnn] [--providers wasm]

Each round opens a fresh page per engine and model (a fresh GPUDevice: its speed is bimodal on SwiftShader) and runs
the engines one after the other, so all see the same machine. Batch 1: ms per run (input in, logits out), a sample
being the mean of a group of runs lasting >= 1 ms (peer.GROUPED_JS, the same for every engine). Batch 256: ms per run
and images/s. Prints a table with the ratios and writes bench/results/runtime.json.
"""
import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from bench import onnx_graphs, peer
from bench.common import built_site, pct
from training import models

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "runtime.json"
OURS = ("webgpu", "wasm", "auto")

# Runs in the page: [url, backend, runs, warmup, n256] -> {b1, b256_ms, backend, reason, decided}. The inputs are
# peer.BENCH_JS's, so both engines see the same pixels.
OURS_JS = """async ([url, backend, runs, warmup, n256]) => {
  const {loadModel} = await import('/runtime/runtime.js');
  const t0 = performance.now();
  const model = await loadModel(url, {backend});
  const loadMs = performance.now() - t0;
  const decided = model.decided ? await model.decided : null;
  const input = (n) => {
    const x = new Float32Array(n * 784);
    for (let i = 0; i < x.length; i++) x[i] = ((i % 784 * 7919 + Math.floor(i / 784)) % 255) / 255;
    return x;
  };
  const grouped = GROUPED((x) => model.run(x));
  const time = async (x, n, w) => {
    for (let i = 0; i < w; i++) await model.run(x);
    const ms = [];
    for (let i = 0; i < n; i++) { const t = performance.now(); await model.run(x); ms.push(performance.now() - t); }
    return ms;
  };
  const b1 = await grouped(input(1), runs, warmup);
  const b256_ms = await time(input(256), n256, 1);
  const out = {b1, b256_ms, backend: model.backend, reason: model.reason, decided, load_ms: loadMs};
  model.dispose();
  return out;
}""".replace("GROUPED", peer.GROUPED_JS)


def summary(b1: list[float], b256: list[float]) -> dict:
  return {"b1": {"p50": round(pct(b1, 50), 4), "p95": round(pct(b1, 95), 4), "mean": round(sum(b1) / len(b1), 4),
                 "n": len(b1)},
          "b256": {"p50_ms": round(pct(b256, 50), 2), "images_per_s": round(256e3 / pct(b256, 50)), "n": len(b256)}}


def ours(ctx, url: str, mid: str, backend: str, a) -> dict:
  page = ctx.new_page()
  page.set_default_timeout(0)
  try:
    page.goto(url + peer.PAGE)
    return page.evaluate(OURS_JS, [f"/kernels/{mid}/", backend, a.runs, a.warmup, a.n256])
  finally:
    page.close()


def bench(url: str, a) -> dict:
  from training.browser import chromium
  samples: dict = {}
  with tempfile.TemporaryDirectory() as tmp, chromium() as ctx:
    onnx_graphs.write(tmp, a.models)
    version = ctx.browser.version if ctx.browser else None
    for r in range(a.rounds):
      for mid in a.models:
        for backend in OURS:
          res = ours(ctx, url, mid, backend, a)
          s = samples.setdefault(mid, {}).setdefault(backend, {"b1": [], "b256": [], "runs_on": set()})
          s["b1"] += res["b1"]; s["b256"] += res["b256_ms"]; s["runs_on"].add(res["backend"])
          if backend == "auto": s.setdefault("reasons", []).append(res["reason"])
          print(f"  round {r} {mid} {backend:6} ({res['backend']}): b1 p50 {pct(res['b1'], 50):.3f} ms, "
                f"b256 {pct(res['b256_ms'], 50):.1f} ms", file=sys.stderr)
        for provider in a.providers:
          res = peer.fresh_page_run(ctx, url, tmp, mid, provider, a)
          if "error" in res:
            print(f"  round {r} {mid} ort-{provider}: {res['error']}", file=sys.stderr)
            continue
          s = samples[mid].setdefault(f"ort-{provider}", {"b1": [], "b256": [], "runs_on": {provider}})
          s["b1"] += res["b1"]; s["b256"] += res["b256_ms"]
          print(f"  round {r} {mid} ort-{provider}: b1 p50 {pct(res['b1'], 50):.3f} ms, "
                f"b256 {pct(res['b256_ms'], 50):.1f} ms", file=sys.stderr)
  return report(samples, version, a)


def report(samples: dict, version, a) -> dict:
  out = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "chromium": version,
         "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "load_average_1m_end": round(os.getloadavg()[0], 2),
         "rounds": a.rounds, "runs_per_round": a.runs, "warmup": a.warmup, "models": {}}
  for mid, engines in samples.items():
    m = {e: {**summary(s["b1"], s["b256"]), "runs_on": sorted(s["runs_on"]), **({"reasons": s["reasons"]}
         if "reasons" in s else {})} for e, s in engines.items()}
    p50 = {e: v["b1"]["p50"] for e, v in m.items()}
    ips = {e: v["b256"]["images_per_s"] for e, v in m.items()}
    ratios = {"auto_p50_over_best_p50": round(p50["auto"] / max(min(p50["webgpu"], p50["wasm"]), 1e-9), 3)}
    if "ort-wasm" in m:
      ratios |= {"wasm_p50_over_ort_wasm_p50": round(p50["wasm"] / p50["ort-wasm"], 3),
                 "wasm_images_per_s_over_ort_wasm": round(ips["wasm"] / ips["ort-wasm"], 3)}
    if "ort-webgpu" in m: ratios["webgpu_p50_over_ort_webgpu_p50"] = round(p50["webgpu"] / p50["ort-webgpu"], 3)
    out["models"][mid] = {"engines": m, "ratios": ratios}
  return out


def table(res: dict) -> str:
  lines = ["| model | engine | runs on | batch-1 p50 | batch-1 p95 | batch-256 images/s |",
           "| --- | --- | --- | ---: | ---: | ---: |"]
  for mid, m in res["models"].items():
    for e, v in m["engines"].items():
      lines.append(f"| {mid} | {e} | {', '.join(v['runs_on'])} | {v['b1']['p50']:.3f} ms | {v['b1']['p95']:.3f} ms | "
                   f"{v['b256']['images_per_s']:,} |")
  for mid, m in res["models"].items():
    lines.append(f"\n{mid} ratios: " + ", ".join(f"{k} {v}" for k, v in m["ratios"].items()))
  return "\n".join(lines)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--rounds", type=int, default=3, help="fresh pages per engine and model")
  ap.add_argument("--runs", type=int, default=200, help="batch-1 runs per round")
  ap.add_argument("--warmup", type=int, default=30)
  ap.add_argument("--n256", type=int, default=5, help="batch-256 runs per round (ours; the peer picks its own)")
  ap.add_argument("--models", default=",".join(models.REGISTRY))
  ap.add_argument("--providers", default="wasm,webgpu", help="ONNX Runtime Web providers ('' for none)")
  ap.add_argument("--out", default=str(RESULTS))
  a = ap.parse_args(argv)
  a.models, a.providers = a.models.split(","), [p for p in a.providers.split(",") if p]
  with built_site() as (url, _):
    res = bench(url, a)
  print(table(res))
  print(f"load average (1 min) at the end: {res['load_average_1m_end']} on {os.cpu_count()} CPUs")
  Path(a.out).parent.mkdir(parents=True, exist_ok=True)
  Path(a.out).write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {a.out}")


if __name__ == "__main__":
  main()
