"""Latency of model.run at batch 1 in headless Chromium: WebGPU beside the floor of one trivial dispatch + readback,
and the CPU (plain JS) backend.

  python -m bench.bench_runtime [--devices 6] [--runs 200] [--warmup 30]

One Chromium; each round opens a fresh page, so every model gets a fresh GPUDevice (a device settles at a fast or a
slow floor for its whole life). On each model's own device: the floor (a one-thread kernel writing 4 bytes, copied to
a mappable buffer and read back), then model.run; then the same model on the CPU backend. Prints a table and writes
bench/results/runtime.json.
"""
import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "runtime.json"

# Runs in the page: times the floor and the model on the model's own device; returns the raw samples (ms).
ROUND_JS = """async ([id, runs, warmup]) => {
  const {loadModel} = await import('/runtime/runtime.js');
  const t0 = performance.now();
  const model = await loadModel(`/kernels/${id}/`, {backend: 'webgpu'});
  const loadMs = performance.now() - t0;
  const device = model.device;
  const code = '@group(0) @binding(0) var<storage, read_write> o: array<f32>; ' +
               '@compute @workgroup_size(1) fn main() { o[0] = o[0] + 1.0; }';
  const module = device.createShaderModule({code});
  const pipeline = device.createComputePipeline({layout: 'auto', compute: {module, entryPoint: 'main'}});
  const buf = device.createBuffer({size: 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC});
  const staging = device.createBuffer({size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST});
  const entries = [{binding: 0, resource: {buffer: buf}}];
  const bg = device.createBindGroup({layout: pipeline.getBindGroupLayout(0), entries});
  const floor = async () => {
    const enc = device.createCommandEncoder();
    const pass = enc.beginComputePass();
    pass.setPipeline(pipeline); pass.setBindGroup(0, bg); pass.dispatchWorkgroups(1); pass.end();
    enc.copyBufferToBuffer(buf, 0, staging, 0, 4);
    device.queue.submit([enc.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    staging.unmap();
  };
  const x = new Float32Array(784);
  for (let i = 0; i < 784; i++) x[i] = ((i * 7919) % 255) / 255;
  const time = async (f) => {
    for (let i = 0; i < warmup; i++) await f();
    const out = [];
    for (let i = 0; i < runs; i++) { const t = performance.now(); await f(); out.push(performance.now() - t); }
    return out;
  };
  const floorMs = await time(floor);
  const runMs = await time(() => model.run(x));
  const adapter = model.adapter;
  model.dispose();
  const cpu = await loadModel(`/kernels/${id}/`, {backend: 'cpu'});
  const cpuMs = await time(() => cpu.run(x));
  cpu.dispose();
  return {loadMs, floorMs, runMs, cpuMs, adapter};
}"""


def pct(xs: list[float], q: float) -> float:
  xs = sorted(xs)
  return xs[min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))]


def summary(xs: list[float]) -> dict:
  return {"p50": round(pct(xs, 50), 4), "p95": round(pct(xs, 95), 4), "min": round(min(xs), 4), "n": len(xs)}


def bench(url: str, model_ids: list[str], devices: int, runs: int, warmup: int) -> dict:
  from playwright.sync_api import sync_playwright

  from tests.conftest import CHROMIUM, CHROMIUM_ARGS
  rounds = []
  with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
    ctx = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    version = ctx.browser.version if ctx.browser else None
    for r in range(devices):
      for mid in model_ids:
        page = ctx.new_page()
        page.goto(url + "runtime/test.html?bench")
        res = page.evaluate(ROUND_JS, [mid, runs, warmup])
        page.close()
        rounds.append({"round": r, "model": mid, **res})
        print(f"  device {r} {mid}: floor p50 {pct(res['floorMs'], 50):.3f} ms, run p50 {pct(res['runMs'], 50):.3f} ms"
              f", cpu p50 {pct(res['cpuMs'], 50):.3f} ms", file=sys.stderr)
    ctx.close()
  return report(rounds, model_ids, version, runs, warmup)


def report(rounds: list[dict], model_ids: list[str], version, runs: int, warmup: int) -> dict:
  out = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "chromium": version,
         "machine": f"{platform.machine()}, {os.cpu_count()} CPUs", "load_average_1m": round(os.getloadavg()[0], 2),
         "adapter": rounds[0]["adapter"],
         "runs_per_device": runs, "warmup": warmup, "devices": len(rounds) // len(model_ids), "models": {}}
  floors = [x for r in rounds for x in r["floorMs"]]
  out["floor"] = summary(floors)
  for mid in model_ids:
    mine = [r for r in rounds if r["model"] == mid]
    per_device = [{"floor_p50": round(pct(r["floorMs"], 50), 4), "run_p50": round(pct(r["runMs"], 50), 4),
                   "run_p95": round(pct(r["runMs"], 95), 4), "load_ms": round(r["loadMs"], 1)} for r in mine]
    out["models"][mid] = {"batch": 1, "backend": "webgpu", **summary([x for r in mine for x in r["runMs"]]),
                          "floor": summary([x for r in mine for x in r["floorMs"]]),
                          "cpu": summary([x for r in mine for x in r["cpuMs"]]),
                          "run_p50_median_over_devices": round(statistics.median(d["run_p50"] for d in per_device), 4),
                          "per_device": per_device}
  return out


def table(res: dict) -> str:
  lines = ["| model | WebGPU p50 (ms) | WebGPU p95 (ms) | floor p50 (ms) | floor p95 (ms) | CPU (JS) p50 (ms) | "
           "CPU p95 (ms) | devices × runs |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
  for mid, m in res["models"].items():
    lines.append(f"| {mid} | {m['p50']:.2f} | {m['p95']:.2f} | {m['floor']['p50']:.2f} | {m['floor']['p95']:.2f} | "
                 f"{m['cpu']['p50']:.2f} | {m['cpu']['p95']:.2f} | {res['devices']} × {res['runs_per_device']} |")
  return "\n".join(lines)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--devices", type=int, default=6, help="fresh GPUDevices (pages) per model")
  ap.add_argument("--runs", type=int, default=200)
  ap.add_argument("--warmup", type=int, default=30)
  ap.add_argument("--models", default="mlp,cnn")
  ap.add_argument("--out", default=str(RESULTS))
  a = ap.parse_args(argv)
  from scripts import build, serve
  server = serve.start(str(build.build()))
  try:
    res = bench(f"http://127.0.0.1:{server.server_port}/", a.models.split(","), a.devices, a.runs, a.warmup)
  finally:
    server.shutdown()
  print(table(res))
  print(f"load average (1 min) at the end: {res['load_average_1m']} on {os.cpu_count()} CPUs")
  print(f"adapter: {res['adapter']}; per-device p50 (floor, run): " + "; ".join(
    f"{mid}: " + ", ".join(f"({d['floor_p50']:.2f}, {d['run_p50']:.2f})" for d in m["per_device"])
    for mid, m in res["models"].items()))
  Path(a.out).parent.mkdir(parents=True, exist_ok=True)
  Path(a.out).write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {a.out}")


if __name__ == "__main__":
  main()
