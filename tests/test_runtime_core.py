"""The runtime's core in headless Chromium: every loader refuses a URL on another origin (net.js resolveBase), the
one lock (util.js serial) and the one 'auto' rule (auto.js race) on their own, without a model; the modules'
layering."""
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

OTHER = "https://example.com"

# Each loader given a URL on another origin: the Error it rejects with.
LOADERS_JS = """async (other) => {
  const rt = await import('/runtime/runtime.js');
  const calls = {
    loadModel: () => rt.loadModel(`${other}/kernels/mlp/`, {backend: 'wasm'}),
    loadTrainer: () => rt.loadTrainer(`${other}/kernels/mlp/`, {backend: 'wasm'}),
    loadMnist: () => rt.loadMnist(`${other}/data/mnist/`, {split: 'test'}),
    loadSamples: () => rt.loadSamples(`${other}/kernels/replay.safetensors`),
  };
  const out = {};
  for (const [name, call] of Object.entries(calls)) {
    try {
      await call();
      out[name] = {loaded: true};
    } catch (e) {
      out[name] = {message: String(e.message), isError: e instanceof Error};
    }
  }
  return out;
}"""


@pytest.fixture
def rt(page, site_url):
  page.goto(site_url + "runtime/test.html?bench")
  return page


def test_every_loader_refuses_another_origin(rt):
  fetched = []
  rt.on("request", lambda r: fetched.append(r.url) if r.url.startswith(OTHER) else None)
  res = rt.evaluate(LOADERS_JS, OTHER)
  assert set(res) == {"loadModel", "loadTrainer", "loadMnist", "loadSamples"}, res
  for name, r in res.items():
    assert r.get("isError") and "another origin" in r["message"] and f"({OTHER})" in r["message"], (name, r)
  assert not fetched, fetched  # refused before anything is fetched


def test_same_origin_urls_resolve_against_the_page(rt):
  res = rt.evaluate("""async () => {
    const {resolveBase, resolveUrl} = await import('/runtime/net.js');
    return [resolveBase('../kernels/mlp', 'a model'), resolveUrl('/kernels/replay.safetensors', 'a sample'),
            resolveBase(location.origin + '/data/mnist/', 'MNIST')];
  }""")
  origin = rt.evaluate("location.origin")
  assert res == [f"{origin}/kernels/mlp/", f"{origin}/kernels/replay.safetensors", f"{origin}/data/mnist/"], res


def test_the_lock_runs_calls_one_at_a_time_in_order(rt):
  res = rt.evaluate("""async () => {
    const {serial} = await import('/runtime/util.js');
    const lock = serial(), log = [];
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const a = lock(async () => { log.push('a<'); await wait(30); log.push('a>'); return 'a'; });
    const b = lock(async () => { log.push('b<'); throw new Error('b failed'); });
    const c = lock(async () => { log.push('c<'); await wait(1); log.push('c>'); return 'c'; });
    const got = await Promise.allSettled([a, b, c]);
    return {log, got: got.map((g) => g.value ?? g.reason.message)};
  }""")
  assert res == {"log": ["a<", "a>", "b<", "c<", "c>"], "got": ["a", "b failed", "c"]}, res


# auto.js's race with made-up times: gpu and cpu settle after the given ms with the given time (a string: rejects).
RACE_JS = """async ([g, c, floor]) => {
  const {race} = await import('/runtime/auto.js');
  const after = ([ms, v]) => new Promise((ok, no) => setTimeout(
    () => (typeof v === 'string' ? no(new Error(v)) : ok(v)), ms));
  const t0 = performance.now();
  const v = await race({gpu: after(g), cpu: after(c), floor, say: (ms) => `${ms} ms`, late: () => 'too slow'});
  const waited = performance.now() - t0;
  return {backend: v.backend, reason: v.reason, ms: v.ms, error: v.error?.message ?? null, waited};
}"""


CASES = {
  "cpu-faster": ([0, 5], [0, 2], "wasm", "WebAssembly on the CPU: faster here than WebGPU (2 ms vs 5 ms)"),
  "tie-keeps-cpu": ([0, 5], [0, 5], "wasm", "WebAssembly on the CPU: faster here than WebGPU (5 ms vs 5 ms)"),
  "gpu-faster": ([0, 2], [0, 5], "webgpu", "WebGPU on the GPU: faster here (2 ms vs 5 ms on the CPU)"),
  "cpu-late": ([0, 2], [5000, 1], "webgpu", "WebGPU on the GPU: faster here (2 ms; WebAssembly on the CPU: too slow)"),
  "cpu-fails": ([0, 2], [0, "no SIMD"], "webgpu",
                "WebGPU on the GPU: faster here (2 ms; WebAssembly on the CPU: failed (no SIMD))"),
  "gpu-fails": ([0, "no adapter"], [0, 1], "wasm", "WebAssembly on the CPU: WebGPU failed here (no adapter)"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_auto_rule(rt, case):
  """The faster is kept (a tie keeps the CPU); the CPU is not waited for past SLACK x the GPU's time (at least
  `floor`); a GPU that fails leaves the CPU."""
  gpu, cpu, backend, reason = CASES[case]
  res = rt.evaluate(RACE_JS, [gpu, cpu, 200])
  assert res["backend"] == backend and res["reason"] == reason, res
  if case == "cpu-late": assert 150 < res["waited"] < 2000 and res["ms"] == {"webgpu": 2, "wasm": None}, res
  if case == "gpu-fails": assert res["error"] == "no adapter" and res["ms"] is None, res


def test_modules_import_one_way_and_stay_small():
  """site/runtime: no import circle (the order ARCHITECTURE lists them in), and no module over 300 lines."""
  root = Path(__file__).resolve().parents[1] / "site" / "runtime"
  imports = {f.name: set(re.findall(r"^(?:import|export) .* from '\./([\w.]+)';", f.read_text(), re.M))
             for f in root.glob("*.js")}
  order = ["runtime.js", "scratch.js", "trainingrun.js", "auto.js", "webgpu.js", "gpu.js", "worker.js", "remote.js",
           "wasm.js", "teach.js", "mnist.js", "manifest.js", "safetensors.js", "net.js", "util.js"]
  assert sorted(order) == sorted(imports), sorted(imports)
  for f, deps in imports.items():
    below = set(order[order.index(f) + 1:])
    assert deps <= below, f"{f} imports {deps - below}, which are not below it"
  for f in root.glob("*.js"):
    assert len(f.read_text().splitlines()) <= 300, f.name
