"""site/runtime/ in headless Chromium (WebGPU on SwiftShader, WebAssembly SIMD): numerics against tinygrad, the
choice of backend, failure paths."""
import json

import numpy as np
import pytest
from helpers import AUTO_JS, KERNELS, run

IDS = [m["id"] for m in json.loads((KERNELS / "index.json").read_text())["models"]]

def route_kernels(page, mid: str, files: dict[str, bytes | None]):
  """Serve altered copies of kernels/<id>/ files under /broken/<id>/ (None = 404), the rest as committed."""
  def handle(route):
    name = route.request.url.rsplit("/", 1)[-1]
    body = files[name] if name in files else (KERNELS / mid / name).read_bytes()
    if body is None: route.fulfill(status=404, body="not found")
    else: route.fulfill(status=200, body=body)
  page.route(f"**/broken/{mid}/*", handle)
  return f"/broken/{mid}/"


@pytest.mark.parametrize("backend", ["webgpu", "wasm"])
@pytest.mark.parametrize("mid", IDS)
def test_logits_match_reference(rt, mid, backend):
  ref = json.loads((KERNELS / mid / "reference.json").read_text())
  xs = np.array([c["input"] for c in ref["cases"]], np.float32)
  res = rt.evaluate("""async ([url, xs, backend]) => {
    const {loadModel} = await import('/runtime/runtime.js');
    const model = await loadModel(url, {backend});
    const one = [];
    for (const x of xs) one.push(Array.from(await model.run(new Float32Array(x))));
    const all = Array.from(await model.run(new Float32Array(xs.flat())));  // n of 2-16: the batch-16 variant, padded
    const few = Array.from(await model.run(new Float32Array(xs.slice(0, 4).flat())));  // a 4-digit number
    model.dispose();
    return {one, all, few, backend: model.backend};
  }""", [f"/kernels/{mid}/", xs.tolist(), backend])
  expected = np.array([c["logits"] for c in ref["cases"]])
  assert res["backend"] == backend
  worst = np.abs(np.array(res["one"]) - expected).max()
  print(f"{mid} on {backend}: max |Δ| vs tinygrad {worst:.3g} (batch 1)")
  assert worst <= ref["tolerance"] == 1e-4
  np.testing.assert_allclose(np.array(res["all"]).reshape(expected.shape), expected, atol=1e-4)
  np.testing.assert_allclose(np.array(res["few"]).reshape(4, -1), expected[:4], atol=1e-4)


@pytest.mark.slow
@pytest.mark.parametrize("mid, backend", [(m, b) for m in IDS for b in ("webgpu", "wasm")])
def test_mnist_test_set_agrees_with_tinygrad(rt, mnist, mid, backend):
  """All 10,000 test images (wasm: 39 batch-256 runs, then 16 of batch 1; WebGPU: 40 batch-256 runs, the last one
  padded): the same predictions as tinygrad offline."""
  ref = json.loads((KERNELS / mid / "reference.json").read_text())
  offline = np.array([int(c) for c in ref["test_predictions"]])
  rt.route("**/mnist-test-images.bin", lambda r: r.fulfill(status=200, body=mnist["x_test"].tobytes()))
  rt.set_default_timeout(600_000)
  pred = rt.evaluate("""async ([url, backend]) => {
    const {loadModel} = await import('/runtime/runtime.js');
    const bytes = new Uint8Array(await (await fetch('/mnist-test-images.bin')).arrayBuffer());
    const x = Float32Array.from(bytes, (v) => v / 255);
    const model = await loadModel(url, {backend});
    const y = await model.run(x);
    model.dispose();
    const pred = [];
    const argmax = (a) => a.reduce((b, v, j) => (v > a[b] ? j : b), 0);
    for (let i = 0; i < y.length; i += 10) pred.push(argmax(y.subarray(i, i + 10)));
    return pred;
  }""", [f"/kernels/{mid}/", backend])
  pred = np.array(pred)
  agree = (pred == offline).mean()
  acc, offline_acc = (pred == mnist["y_test"]).mean(), (offline == mnist["y_test"]).mean()
  print(f"{mid} on {backend}: agreement {agree:.4%}, accuracy {acc:.4%} (tinygrad {offline_acc:.4%})")
  assert agree >= 0.9995
  assert abs(acc - offline_acc) < 1e-9 and abs(offline_acc - ref["test_accuracy"]) < 1e-9


def test_missing_file_is_a_404_with_its_url(rt):
  res = run(rt, "/kernels/nope/", np.zeros(784))
  assert res["isError"] and "/kernels/nope/manifest.json" in res["error"] and "404" in res["error"]
  url = route_kernels(rt, "mlp", {"weights.safetensors": None})
  res = run(rt, url, np.zeros(784))
  assert "weights.safetensors" in res["error"] and "404" in res["error"]


@pytest.mark.parametrize("mutate, message", [
  (lambda m: "{not json", "not valid JSON"),
  (lambda m: json.dumps({**m, "format": 7}), "format 7"),
  (lambda m: json.dumps({k: v for k, v in m.items() if k != "variants"}), 'no "variants"'),
  (lambda m: json.dumps({**m, "variants": [{**m["variants"][0], "kernels": [
    {**m["variants"][0]["kernels"][0], "bindings": ["nowhere"]}]}]}), 'unknown buffer "nowhere"'),
])
def test_bad_manifest(rt, mutate, message):
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  url = route_kernels(rt, "mlp", {"manifest.json": mutate(manifest).encode()})
  res = run(rt, url, np.zeros(784))
  assert res["isError"] and res["error"].startswith("bad manifest") and message in res["error"], res


def test_weight_size_mismatch(rt):
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  manifest["weights"]["buffers"][0]["bytes"] += 4
  url = route_kernels(rt, "mlp", {"manifest.json": json.dumps(manifest).encode()})
  res = run(rt, url, np.zeros(784))
  key = manifest["weights"]["buffers"][0]["key"]
  assert res["isError"] and f'weight size mismatch for "{key}"' in res["error"], res


def test_wasm_file_errors(rt):
  """A missing, corrupt or foreign model.wasm: an error naming the file and what to do."""
  url = route_kernels(rt, "mlp", {"model.wasm": None})
  res = run(rt, url, np.zeros(784), backend="wasm")
  assert res["isError"] and "model.wasm" in res["error"] and "404" in res["error"], res
  rt.unroute("**/broken/mlp/*")
  url = route_kernels(rt, "mlp", {"model.wasm": (KERNELS / "mlp" / "model.wasm").read_bytes()[:300]})
  res = run(rt, url, np.zeros(784), backend="wasm")
  assert "model.wasm is not a valid WebAssembly module" in res["error"], res
  rt.unroute("**/broken/mlp/*")
  url = route_kernels(rt, "mlp", {"model.wasm": (KERNELS / "cnn" / "model.wasm").read_bytes()})
  res = run(rt, url, np.zeros(784), backend="wasm")
  assert "does not belong to this manifest" in res["error"], res


def test_weights_that_do_not_fit(rt):
  """Weights placed past what a 32-bit WebAssembly memory can hold: a clear error, not a crash."""
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  manifest["weights"]["buffers"][0]["offset"] = 2**32 - 1024
  url = route_kernels(rt, "mlp", {"manifest.json": json.dumps(manifest).encode()})
  res = run(rt, url, np.zeros(784), backend="wasm")
  assert res["isError"] and "could not reserve" in res["error"] and "MiB of memory" in res["error"], res


def test_files_only_beside_the_manifest(rt):
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  for bad in ["https://example.com/w.safetensors", "../cnn/weights.safetensors", "/kernels/mlp/weights.safetensors"]:
    rt.unroute("**/broken/mlp/*")
    url = route_kernels(rt, "mlp", {"manifest.json": json.dumps({**manifest, "weights": {
      **manifest["weights"], "file": bad}}).encode()})
    res = run(rt, url, np.zeros(784), backend="wasm")
    assert res["isError"] and "not a plain file name beside the manifest" in res["error"], res
  res = run(rt, "https://example.com/kernels/mlp/", np.zeros(784))
  assert res["isError"] and "another origin" in res["error"], res


@pytest.mark.parametrize("mid", IDS)
def test_auto_starts_on_wasm_and_keeps_the_faster(rt, mid):
  res = rt.evaluate(AUTO_JS, f"/kernels/{mid}/")
  assert res["first"] == "wasm" and res["ran"] == 10, res
  ms = res["decided"]["ms"]
  assert set(ms) == {"webgpu", "wasm"} and res["backend"] == min(ms, key=ms.get) == res["decided"]["backend"], res
  word = {"wasm": "WebAssembly on the CPU: faster here", "webgpu": "WebGPU on the GPU: faster here"}[res["backend"]]
  assert res["reason"].startswith(word), res


def test_corrupt_kernel(rt):
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  file = manifest["variants"][0]["kernels"][0]["file"]
  url = route_kernels(rt, "mlp", {file: b"fn broken( {"})
  res = run(rt, url, np.zeros(784), backend="webgpu")
  assert res["isError"] and f"WebGPU rejected kernel {file}" in res["error"], res


def test_truncated_weights(rt):
  data = (KERNELS / "mlp" / "weights.safetensors").read_bytes()
  url = route_kernels(rt, "mlp", {"weights.safetensors": data[:len(data) // 2]})
  assert "truncated" in run(rt, url, np.zeros(784))["error"]


@pytest.mark.parametrize("backend", ["webgpu", "wasm", "auto"])
def test_self_check_page(browser, site_url, backend):
  """runtime/test.html, the self-check a developer opens: every model on the chosen backend within tolerance."""
  page = browser.new_page()
  try:
    page.goto(f"{site_url}runtime/test.html?backend={backend}")
    page.wait_for_selector("#log[data-done]", timeout=120_000)
    log = page.inner_text("#log")
    assert "error" not in log and len(log.splitlines()) == len(IDS), log
    for line in log.splitlines():
      assert " ok," in line, line
      if backend != "auto": assert f": {backend} on " in line, line
  finally:
    page.close()


def test_bad_input_and_backend(rt):
  res = rt.evaluate("""async () => {
    const {loadModel} = await import('/runtime/runtime.js');
    const out = {};
    try { await loadModel('/kernels/mlp/', {backend: 'cuda'}); } catch (e) { out.backend = e.message; }
    const model = await loadModel('/kernels/mlp/');
    try { await model.run(new Float32Array(100)); } catch (e) { out.input = e.message; }
    model.dispose();
    try { await model.run(new Float32Array(784)); } catch (e) { out.disposed = e.message; }
    return out;
  }""")
  assert 'unknown backend "cuda"' in res["backend"]
  assert "Float32Array of 784 * n" in res["input"] and "dispose" in res["disposed"]


def test_device_lost_then_recreated(rt):
  ref = json.loads((KERNELS / "mlp" / "reference.json").read_text())["cases"][2]
  res = rt.evaluate("""async ([x, expected]) => {
    const {loadModel} = await import('/runtime/runtime.js');
    const model = await loadModel('/kernels/mlp/', {backend: 'webgpu'});
    const first = model.device;
    const inflight = model.run(new Float32Array(x));
    first.destroy();                      // lose the device under a run in flight
    let error = null;
    try { await inflight; } catch (e) { error = e.message; }
    await first.lost;
    const y = await model.run(new Float32Array(x));   // the next run re-creates the device
    const worst = Math.max(...expected.map((v, i) => Math.abs(v - y[i])));
    const out = {error, worst, losses: model.deviceLosses, fresh: model.device !== first};
    model.dispose();
    return out;
  }""", [ref["input"], ref["logits"]])
  assert res["fresh"] and res["losses"] == 1 and res["worst"] <= 1e-4, res
  assert res["error"] is None or "device lost" in res["error"], res


def test_concurrent_runs_are_serialised(rt):
  res = rt.evaluate("""async () => {
    const {loadModel} = await import('/runtime/runtime.js');
    const model = await loadModel('/kernels/mlp/', {backend: 'webgpu'});
    const xs = [0, 1, 2, 3].map((k) => new Float32Array(784).fill(k / 3));
    const ys = await Promise.all(xs.map((x) => model.run(x)));
    const again = await model.run(xs[0]);
    model.dispose();
    return {same: Array.from(ys[0]).every((v, i) => v === again[i]), distinct: new Set(ys.map((y) => y[0])).size};
  }""")
  assert res == {"same": True, "distinct": 4}


def test_bad_manifest_shapes(rt):
  manifest = json.loads((KERNELS / "mlp" / "manifest.json").read_text())
  url = route_kernels(rt, "mlp", {"manifest.json": json.dumps({**manifest, "input": {"shape": "784"}}).encode()})
  assert '"input.shape" must list positive integers' in run(rt, url, np.zeros(784))["error"]
  manifest["variants"][0]["buffers"][0]["bytes"] = 4 * 28
  rt.unroute("**/broken/mlp/*")
  url = route_kernels(rt, "mlp", {"manifest.json": json.dumps(manifest).encode()})
  assert "the input of variant 1 is not 1 × 784 f32" in run(rt, url, np.zeros(784))["error"]


SCORE_JS = """async () => {
  const rt = await import('/runtime/runtime.js');
  const m = await rt.loadModel('/kernels/small/', {backend: 'wasm'});
  const s = await rt.loadSamples('/kernels/testsample.safetensors');
  const out = {one: await rt.score(m, s, {cores: 1}), three: await rt.score(m, s, {cores: 3})};
  const w = await m.readWeights();  // weights changed in place, as Teach does: the replicas must carry them
  for (const v of Object.values(w)) v.fill(0);
  await m.writeWeights(w);
  Object.assign(out, {zeroOne: await rt.score(m, s, {cores: 1}), zeroThree: await rt.score(m, s, {cores: 3})});
  m.dispose();
  return out;
}"""


def test_score_on_every_core_reads_as_one_core_does(rt):
  """score() with replicas in workers of their own gives the model's own answer, with the weights it has now."""
  r = rt.evaluate(SCORE_JS)
  assert r["one"] == r["three"] > 0.98, r
  assert r["zeroOne"] == r["zeroThree"] < 0.2, r  # all-zero weights: one class for every image
