"""Teaching in headless Chromium (site/runtime/teach.js): the exported training step against tinygrad's own jitted
step, cancel, the weights as a file (round trip, bad files, reset) and the effect of a learning run."""
import base64
import json

import numpy as np
import pytest
import safetensors.numpy
from helpers import B64_JS, KERNELS, replay_batches
from tinygrad import Tensor

from training import graph, step, teach


# In the page: teachBegin, then the given batches one exported step each; the weights after step 1 and after the last.
STEPS_JS = """async ([url, backend, batches]) => {
  B64
  const {loadModel} = await import('/runtime/runtime.js');
  const model = await loadModel(url, {backend});
  await model.teachBegin();
  const out = [], losses = [];
  for (const [i, [x, y]] of batches.entries()) {
    losses.push(await model.teachStep(new Float32Array(x), new Int32Array(y)));
    if (i === 0 || i === batches.length - 1) out.push(b64(await model.weights()));
  }
  model.dispose();
  return {weights: out, losses};
}""".replace("B64", B64_JS)


def manifest(mid): return json.loads((KERNELS / mid / "manifest.json").read_text())


def config(mid) -> step.Config:
  t = manifest(mid)["teach"]
  return step.Config(t["layers"], t["optimizer"]["name"], t["optimizer"]["lr"], t["batch"], t["steps"])


def tensors(b64: str) -> dict[str, np.ndarray]: return safetensors.numpy.load(base64.b64decode(b64))


def assert_close(got: dict, want: dict):
  """Within 1e-4 relative to each tensor's largest magnitude (elementwise relative error is meaningless near 0)."""
  assert set(got) == set(want)
  for k in want:
    scale = max(float(np.abs(want[k]).max()), 1e-6)
    np.testing.assert_allclose(got[k], want[k], rtol=1e-4, atol=1e-4 * scale, err_msg=k)


REFERENCE = {}


def reference(mid: str):
  """tinygrad's own jitted step on the ten batches (once per model): (batches, losses, weights after 1 and 10)."""
  if mid not in REFERENCE:
    cfg, model = config(mid), graph.load(mid)
    bs, run, want, losses = list(replay_batches(10, cfg.batch)), step.Step(model, cfg).jit(), [], []
    for i, (x, y) in enumerate(bs):
      losses.append(run(Tensor(x), Tensor(y)).item())
      if i in (0, len(bs) - 1): want.append({k: v.numpy() for k, v in graph.weight_tensors(model).items()})
    REFERENCE[mid] = bs, losses, want
  return REFERENCE[mid]


@pytest.mark.parametrize("backend", ["wasm", "webgpu"])
@pytest.mark.parametrize("mid", ["mlp", "cnn"])
def test_steps_match_tinygrad(rt, mid, backend):
  bs, losses, want = reference(mid)
  res = rt.evaluate(STEPS_JS, [f"/kernels/{mid}/", backend, [[x.ravel().tolist(), y.tolist()] for x, y in bs]])
  np.testing.assert_allclose(res["losses"], losses, rtol=1e-4)
  for got, w in zip(res["weights"], want, strict=True): assert_close(tensors(got), w)
  trained = set(manifest(mid)["teach"]["trainable"])
  shipped = safetensors.numpy.load_file(str(KERNELS / mid / "weights.safetensors"))
  final = tensors(res["weights"][-1])
  assert all((final[k] == shipped[k]).all() == (k not in trained) for k in shipped)  # frozen stay, trained move


TEACH_JS = """async ([url, backend, action, examples]) => {
  B64
  const {loadModel, loadSamples} = await import('/runtime/runtime.js');
  const model = await loadModel(url, {backend});
  const ex = examples.map(([x, label]) => ({x: new Float32Array(x), label}));
  const replay = await loadSamples('/kernels/replay.safetensors');
  const argmax = (a) => a.reduce((b, v, j) => (v > a[b] ? j : b), 0);
  const predict = async () => { const p = []; for (const e of ex) p.push(argmax(await model.run(e.x))); return p; };
  const shipped = b64(await model.weights());
  const out = {shipped};
  if (action === 'cancel') {
    const ctl = new AbortController(), seen = [];
    try {
      const onProgress = (p) => { seen.push(p); if (p.step === 3) ctl.abort(); };
      await model.teach(ex, {replay, signal: ctl.signal, onProgress});
      out.error = 'not cancelled';
    } catch (e) {
      Object.assign(out, {name: e.name, message: e.message, isError: e instanceof Error, seen});
    }
    out.after = b64(await model.weights());
  } else if (action === 'files') {
    await model.teach(ex, {replay, steps: 5});
    const trained = await model.weights();
    out.trained = b64(trained);
    const bad = {truncated: trained.slice(0, trained.length - 100)};
    const n = Number(new DataView(trained.buffer).getBigUint64(0, true));
    const text = new TextDecoder().decode(trained.subarray(8, 8 + n));
    const key = Object.keys(JSON.parse(text))[0];
    bad.key = trained.slice();
    bad.key[8 + text.indexOf(JSON.stringify(key)) + 1] = 'x'.charCodeAt(0);  // "c1.weight" -> "x1.weight"
    bad.nan = trained.slice();
    new DataView(bad.nan.buffer).setFloat32(bad.nan.length - 4, NaN, true);
    out.errors = {};
    for (const [name, bytes] of Object.entries(bad)) {
      try {
        await model.loadWeights(bytes);
        out.errors[name] = 'accepted';
      } catch (e) {
        out.errors[name] = e.message;
      }
    }
    out.afterBad = b64(await model.weights());
    await model.resetWeights();
    out.reset = b64(await model.weights());
    await model.loadWeights(trained);
    out.reloaded = b64(await model.weights());
  } else {
    out.before = await predict();
    const progress = [];
    out.result = await model.teach(ex, {replay, onProgress: (p) => progress.push(p.loss)});
    out.progress = progress;
    out.after = await predict();
  }
  model.dispose();
  return out;
}""".replace("B64", B64_JS)


def quirky_examples(mnist):
  tx, ty, _, _ = teach.quirky(mnist)
  return [[x.tolist(), int(y)] for x, y in zip(tx, ty, strict=True)]


def same(a: dict, b: dict) -> bool: return set(a) == set(b) and all(np.array_equal(a[k], b[k]) for k in a)


@pytest.mark.parametrize("backend", ["wasm", "webgpu"])
def test_cancel_leaves_the_weights_unchanged(rt, mnist, backend):
  res = rt.evaluate(TEACH_JS, ["/kernels/mlp/", backend, "cancel", quirky_examples(mnist)])
  assert res["isError"] and res["name"] == "AbortError" and "cancelled" in res["message"], res
  assert [p["step"] for p in res["seen"]] == [1, 2, 3]
  assert same(tensors(res["after"]), tensors(res["shipped"]))


@pytest.mark.parametrize("backend", ["wasm", "webgpu"])
def test_weights_file_round_trip_bad_files_and_reset(rt, mnist, backend):
  res = rt.evaluate(TEACH_JS, ["/kernels/cnn/", backend, "files", quirky_examples(mnist)])
  shipped_file = safetensors.numpy.load_file(str(KERNELS / "cnn" / "weights.safetensors"))
  trained = tensors(res["trained"])
  assert not same(trained, shipped_file)
  assert {k: v.shape for k, v in trained.items()} == {k: v.shape for k, v in shipped_file.items()}
  assert "truncated" in res["errors"]["truncated"]
  assert "has no tensor" in res["errors"]["key"]
  assert "non-finite" in res["errors"]["nan"]
  assert same(tensors(res["afterBad"]), trained)  # a bad file changes nothing
  assert same(tensors(res["reset"]), shipped_file)  # bit for bit
  assert same(tensors(res["reloaded"]), trained)


@pytest.mark.parametrize("mid", ["mlp", "cnn", "small"])
def test_learning_run_teaches_the_examples(rt, mnist, mid):
  """auto (wasm here): the default learning run on the writer's 10 mirrored 3s and 7s makes the model read them."""
  res = rt.evaluate(TEACH_JS, [f"/kernels/{mid}/", "auto", "learn", quirky_examples(mnist)])
  labels = [y for _, y in quirky_examples(mnist)]
  r = res["result"]
  before, after = np.mean(np.array(res["before"]) == labels), np.mean(np.array(res["after"]) == labels)
  print(f"{mid}: {r['steps']} steps in {r['ms']:.0f} ms, loss {res['progress'][0]:.3f} -> {r['loss']:.3f}; "
        f"right before {before:.0%}, after {after:.0%}")
  assert len(res["progress"]) == r["steps"] == config(mid).steps
  assert after >= 0.9 > before
