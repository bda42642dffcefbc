"""The benchmarks' peer: ONNX Runtime Web (npm onnxruntime-web, a devDependency) running the same models from the same
checkpoints (bench/onnx_graphs.py), in the same headless Chromium as the project's runtime.

ORT and the graphs are never copied into the site: a Playwright page serves them from node_modules and a graph folder
under /peer/ with page.route (files(), run()). Single-threaded wasm (the page is not cross-origin isolated).

  python -m bench.peer [--runs 100] [--warmup 20] [--models mlp,cnn] [--providers wasm,webgpu]

serves site/ on 127.0.0.1, and prints p50/p95 at batch 1 and images/s at batch 256 for each model and provider.
"""
import argparse
import sys
import tempfile
from pathlib import Path

from bench.common import pct

ROOT = Path(__file__).resolve().parents[1]
ORT_DIST = ROOT / "node_modules" / "onnxruntime-web" / "dist"
# The package's default browser ES module (wasm and JSEP webgpu providers) and the two files it loads itself.
ORT_ENTRY = "ort.min.mjs"
ORT_FILES = (ORT_ENTRY, "ort-wasm-simd-threaded.jsep.mjs", "ort-wasm-simd-threaded.jsep.wasm")
PREFIX = "/peer/"
PAGE = "runtime/test.html?bench"  # any page of the served folder: /peer/ is routed, not served
TYPES = {".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
         ".onnx": "application/octet-stream"}

# Runs in the page: [ortUrl, graphUrl, provider, runs, warmup] -> {b1, b256_ms, provider, ...} or {error, provider}.
# b1: ms per batch-1 run (input tensor, session.run, reading the logits); b256_ms: the same at batch 256, with a tenth
# of the runs and of the warm-up, fewer where they would take over B256_BUDGET_MS (ORT webgpu's CNN on
# SwiftShader), but at least 3 runs after 1 warm-up. logits: the batch-1 output, to check against the graph.
# performance.now() ticks by 0.1 ms here (no cross-origin isolation): batch-1 samples are means over groups of runs.
B256_BUDGET_MS = 20000
# Batch-1 timing, the same for every engine: performance.now() ticks by 0.1 ms here, so a sample is the mean of a
# group of runs lasting about 1 ms (as many as took 1 ms after the warm-up; 1 for runs of 1 ms and more).
GROUPED_JS = """((run) => async (x, n, w) => {
  for (let i = 0; i < w; i++) await run(x);
  let g = 0;
  for (const t0 = performance.now(); performance.now() - t0 < 1 || g === 0;) { await run(x); g++; }  // runs in 1 ms
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    for (let j = 0; j < g; j++) await run(x);
    ms.push((performance.now() - t) / g);
  }
  return ms;
})"""
BENCH_JS = """async ([ortUrl, graphUrl, provider, runs, warmup]) => {
  try {
    const ort = await import(ortUrl);
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.wasmPaths = new URL('.', new URL(ortUrl, location.href)).href;
    const t0 = performance.now();
    const session = await ort.InferenceSession.create(graphUrl, {executionProviders: [provider]});
    const loadMs = performance.now() - t0;
    const input = (n) => {
      const x = new Float32Array(n * 784);
      for (let i = 0; i < x.length; i++) x[i] = ((i % 784 * 7919 + Math.floor(i / 784)) % 255) / 255;
      return x;
    };
    const x1 = input(1), x256 = input(256);
    const run = async (x) => {
      const out = await session.run({x: new ort.Tensor('float32', x, [x.length / 784, 784])});
      const y = await out.logits.getData();
      out.logits.dispose();
      return y;
    };
    const grouped = GROUPED(run);
    const timed = async (x) => { const t = performance.now(); await run(x); return performance.now() - t; };
    const time = async (x, n, w) => {
      for (let i = 0; i < w; i++) await run(x);
      const ms = [];
      for (let i = 0; i < n; i++) ms.push(await timed(x));
      return ms;
    };
    const logits = Array.from(await run(x1));
    const b1 = await grouped(x1, runs, warmup);
    const fits = Math.floor(BUDGET_MS / await timed(x256));  // the first batch-256 run is a warm-up run
    const n256 = Math.max(3, Math.min(Math.ceil(runs / 10), fits));
    const b256_ms = await time(x256, n256, Math.min(Math.ceil(warmup / 10) - 1, fits));
    const gpu = provider === 'webgpu' && (ort.env.webgpu.adapter?.info ?? (await navigator.gpu.requestAdapter())?.info);
    const adapter = gpu ? [gpu.vendor, gpu.architecture, gpu.description].filter(Boolean).join(' ') : 'cpu';
    await session.release();
    return {b1, b256_ms, provider, logits, load_ms: loadMs, adapter, ort: ort.env.versions?.web};
  } catch (e) {
    return {error: String(e && e.message || e), provider};
  }
}""".replace("BUDGET_MS", str(B256_BUDGET_MS)).replace("GROUPED", GROUPED_JS)


def bench_input(n: int):
  """The pixels BENCH_JS feeds at batch n (image k is the batch-1 image with k/255 added, mod 1)."""
  import numpy as np
  i = np.arange(n * 784)
  return (((i % 784) * 7919 + i // 784) % 255 / 255).astype(np.float32).reshape(n, 784)


def files(graph_dir) -> dict[str, Path]:
  """URL path -> local file: ORT's ES module with the .mjs/.wasm it loads, and every <id>.onnx of graph_dir."""
  missing = [f for f in ORT_FILES if not (ORT_DIST / f).is_file()]
  if missing: raise FileNotFoundError(f"{ORT_DIST}: no {missing}: run `npm ci` (onnxruntime-web is a devDependency)")
  out = {PREFIX + f: ORT_DIST / f for f in ORT_FILES}
  out.update({PREFIX + p.name: p for p in sorted(Path(graph_dir).glob("*.onnx"))})
  return out


def route(page, graph_dir) -> None:
  """Serve files(graph_dir) under /peer/ of every origin the page loads from; anything else there is a 404."""
  table = files(graph_dir)

  def handle(r):
    path = "/" + r.request.url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
    if path not in table: return r.fulfill(status=404, body=f"not a peer file: {path}")
    f = table[path]
    r.fulfill(status=200, path=str(f), headers={"Content-Type": TYPES.get(f.suffix, "application/octet-stream")})

  page.unroute("**/peer/**")
  page.route("**/peer/**", handle)


def run(page, base_url: str, graph_dir, model_id: str, provider: str = "wasm", runs: int = 100,
        warmup: int = 20) -> dict:
  """Route /peer/ on the page (opened at base_url + PAGE unless it is already on base_url) and run BENCH_JS there."""
  base_url = base_url.rstrip("/") + "/"
  route(page, graph_dir)
  if not page.url.startswith(base_url): page.goto(base_url + PAGE)
  args = [base_url + "peer/" + ORT_ENTRY, f"{base_url}peer/{model_id}.onnx", provider, runs, warmup]
  return page.evaluate(BENCH_JS, args)


def check(res: dict, graph_path: Path) -> float:
  """Max |ORT's batch-1 logits - onnx's reference evaluator's| on the same input."""
  import numpy as np
  from onnx.reference import ReferenceEvaluator
  want = ReferenceEvaluator(str(graph_path)).run(["logits"], {"x": bench_input(1)})[0][0]
  return float(np.abs(np.array(res["logits"], np.float32) - want).max())


def line(mid: str, res: dict, graph_path: Path) -> str:
  if "error" in res: return f"{mid:4} {res['provider']:7} error: {res['error']}"
  b1, b256 = res["b1"], res["b256_ms"]
  return (f"{mid:4} {res['provider']:7} batch 1: p50 {pct(b1, 50):.2f} ms, p95 {pct(b1, 95):.2f} ms, "
          f"mean {sum(b1) / len(b1):.3f} ms (n={len(b1)}); "
          f"batch 256: p50 {pct(b256, 50):.1f} ms = {256e3 / pct(b256, 50):,.0f} images/s (n={len(b256)}); "
          f"session {res['load_ms']:.0f} ms; max |Δ| vs reference {check(res, graph_path):.1e}; on {res['adapter']}")


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--runs", type=int, default=100)
  ap.add_argument("--warmup", type=int, default=20)
  ap.add_argument("--models", default="mlp,cnn")
  ap.add_argument("--providers", default="wasm,webgpu")
  a = ap.parse_args(argv)
  from bench import onnx_graphs
  from bench.common import served
  from training.browser import chromium
  with served(ROOT / "site") as url, tempfile.TemporaryDirectory() as tmp, chromium() as ctx:
    graphs = onnx_graphs.write(tmp, a.models.split(","))
    for provider in a.providers.split(","):
      for mid in graphs: print(line(mid, fresh_page_run(ctx, url, tmp, mid, provider, a), graphs[mid]), flush=True)


def fresh_page_run(ctx, url: str, graph_dir, model_id: str, provider: str, a) -> dict:
  page = ctx.new_page()
  page.set_default_timeout(0)  # ORT webgpu on SwiftShader: minutes for the CNN
  page.on("pageerror", lambda e: print(f"[pageerror] {e}", file=sys.stderr))
  try:
    return run(page, url, graph_dir, model_id, provider, a.runs, a.warmup)
  finally:
    page.close()

if __name__ == "__main__":
  main()
