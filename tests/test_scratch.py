"""Training from scratch in headless Chromium (site/runtime/scratch.js): the exported step of every model against
tinygrad's own step (BatchNorm running statistics and Adam's state included), a seeded 20-step run, pause/resume,
cancel, BatchNorm folding and the downloadable checkpoint."""
import base64
import re
import json
import subprocess
import sys

import numpy as np
import pytest
import safetensors.numpy
from helpers import B64_JS, KERNELS, ROOT, replay_batches
from tinygrad import Tensor
from tinygrad.nn.state import get_state_dict

from training import graph, models, step

BATCH = 64

# Seeded start, then the given batches one step each: the kept buffers at the start, after step 1 and after the last.
STEPS_JS = """async ([url, backend, batch, batches]) => {
  B64
  const {loadTrainer} = await import('/runtime/scratch.js');
  const t = await loadTrainer(url, {backend, batch});
  t.init({seed: 5});
  const out = [all(await t.read())], losses = [];
  for (const [i, [x, y]] of batches.entries()) {
    t.step(new Float32Array(x), new Int32Array(y));
    losses.push(await t.loss());
    if (i === 0 || i === batches.length - 1) out.push(all(await t.read()));
  }
  t.dispose();
  return {kept: out, losses, backend: t.backend};
}""".replace("B64", B64_JS)

# A TrainingRun on the shipped replay sample (4,096 MNIST training images), optionally paused or cancelled.
RUN_JS = """async ([url, steps, action]) => {
  B64
  const {loadSamples} = await import('/runtime/runtime.js');
  const {loadTrainer, TrainingRun} = await import('/runtime/scratch.js');
  const s = await loadSamples('/kernels/replay.safetensors');
  const train = {images: s.x, labels: s.y, n: s.n};
  const t = await loadTrainer(url, {backend: 'wasm', batch: 64});
  const out = {};
  const some = {images: s.x.subarray(0, 256 * 784), labels: s.y.subarray(0, 256), n: 256};
  const run = new TrainingRun(t, {train, test: action === 'checkpoint' ? some : null, epochs: 1, seed: 7, every: 5,
    maxSteps: steps, onProgress: (p) => {
      if (action === 'pause' && p.step === 10 && !out.paused) {
        run.pause(); out.paused = run.state;
        setTimeout(() => { out.stepsWhilePaused = run.stepsDone; run.resume(); }, 300);
      }
      if (action === 'cancel' && p.step === 10) run.cancel();
    }});
  try {
    out.result = await run.start();
  } catch (e) {
    Object.assign(out, {name: e.name, message: e.message});
  }
  out.state = run.state;
  out.stepsDone = run.stepsDone;
  if (run.final) {
    out.kept = all(run.final);
    out.inference = b64(run.inferenceWeights());
    out.checkpoint = b64(run.checkpoint());
  }
  t.dispose();
  return out;
}""".replace("B64", B64_JS)


def scratch(mid): return json.loads((KERNELS / mid / "manifest.json").read_text())["scratch"]


def decode(d: dict) -> dict[str, np.ndarray]:
  return {k: np.frombuffer(base64.b64decode(v), np.float32) for k, v in d.items()}


REFERENCE = {}


def tinygrad_run(mid: str, start: dict[str, np.ndarray], bs: list) -> tuple[list[float], list[dict]]:
  """tinygrad's own from-scratch step (TinyJit) from the browser's starting weights: losses, kept buffers after
  step 1 and after the last. Once per model, start and batches (both backends start from the same seeded weights)."""
  key = (mid, len(bs), hash(start[next(iter(start))].tobytes()))
  if key not in REFERENCE: REFERENCE[key] = tinygrad_steps(mid, start, bs)
  return REFERENCE[key]


def tinygrad_steps(mid: str, start: dict[str, np.ndarray], bs: list) -> tuple[list[float], list[dict]]:
  model = step.scratch_model(mid)
  for k, v in get_state_dict(model).items():
    if k in start: v.assign(Tensor(start[k].reshape(v.shape))).realize()
  st = step.Step(model, step.SCRATCH, scratch=True)
  run, losses, out = st.jit(), [], []
  for i, (x, y) in enumerate(bs):
    losses.append(run(Tensor(x), Tensor(y)).item())
    if i in (0, len(bs) - 1):
      out.append({k: v.numpy().ravel() for k, v in {**st.weights, **st.state()}.items()})
  return losses, out


def assert_close(got: dict, want: dict, tol: float, moved: float = 0.0):
  """Within tol relative to each tensor's largest magnitude (elementwise relative error is meaningless near 0).
  Weights (`moved` > 0: lr x steps, the farthest Adam can move one) get one allowance: Adam's update is
  lr x m / (sqrt(v) + eps), nearly sign(gradient) at first, so a gradient that sums to about eps (1e-8) moves its
  weight by a part of lr that depends on the order of the sum. At most 0.1% of a weight's elements may differ, and
  by no more than `moved`. Adam's moments m and v are compared normwise, against the largest moment of the whole
  model: a bias gradient that sums 25,600 terms to almost nothing (a conv bias before BatchNorm) is not computed to
  1e-4 of itself by any two summation orders."""
  assert set(got) == set(want)
  moment = {p: max((float(np.abs(v).max()) for k, v in want.items() if k.startswith(p)), default=0.0)
            for p in ("m.", "v.")}
  for k in want:
    scale = max(float(np.abs(want[k]).max()), moment.get(k[:2], 0.0), 1e-6)
    diff, atol = np.abs(got[k] - want[k]), tol * scale + tol * np.abs(want[k])
    if moved and not k.startswith(("m.", "v.")) and k not in ("lr", "b1_t", "b2_t"):
      off = diff > atol
      assert off.mean() <= 1e-3 and diff.max() <= moved, (k, int(off.sum()), float(diff.max()))
    else: np.testing.assert_allclose(got[k], want[k], rtol=tol, atol=tol * scale, err_msg=k)


@pytest.mark.parametrize("backend", ["wasm", "webgpu"])
@pytest.mark.parametrize("mid", list(models.REGISTRY))
def test_one_step_matches_tinygrad(rt, mid, backend):
  """Every model's from-scratch step: weights, BatchNorm running statistics, Adam's moments and beta powers."""
  bs = list(replay_batches(1, BATCH))
  res = rt.evaluate(STEPS_JS, [f"/kernels/{mid}/", backend, BATCH, [[x.ravel().tolist(), y.tolist()] for x, y in bs]])
  assert res["backend"] == backend
  start, after = decode(res["kept"][0]), decode(res["kept"][1])
  sc = scratch(mid)
  for k, rule in sc["init"].items():  # the seeded start follows the exporter's rules
    if "uniform" in rule: assert 0 < np.abs(start[k]).max() <= rule["uniform"] and start[k].std() > rule["uniform"] / 3
    else: assert (start[k] == np.float32(rule["fill"])).all(), k
  losses, want = tinygrad_run(mid, start, bs)
  np.testing.assert_allclose(res["losses"], losses, rtol=1e-4)
  assert_close(after, want[0], 1e-4, moved=sc["optimizer"]["lr"])
  if sc["fold"]: assert not np.allclose(after[f"{sc['fold'][0]['bn']}.running_mean"], 0)  # statistics did move


@pytest.mark.parametrize("backend", ["wasm", "webgpu"])
def test_seeded_run_matches_tinygrad_after_20_steps(rt, backend):
  bs = list(replay_batches(20, BATCH, seed=3))
  res = rt.evaluate(STEPS_JS, ["/kernels/mlp/", backend, BATCH, [[x.ravel().tolist(), y.tolist()] for x, y in bs]])
  losses, want = tinygrad_run("mlp", decode(res["kept"][0]), bs)
  np.testing.assert_allclose(res["losses"], losses, rtol=1e-3, atol=1e-4)
  assert_close(decode(res["kept"][2]), want[1], 1e-3, moved=20 * scratch("mlp")["optimizer"]["lr"])
  assert losses[-1] < losses[0] - 0.5  # and it learns


def test_pause_and_resume_give_the_same_weights_bit_for_bit(rt):
  left = rt.evaluate(RUN_JS, ["/kernels/mlp/", 30, "none"])
  paused = rt.evaluate(RUN_JS, ["/kernels/mlp/", 30, "pause"])
  assert paused["paused"] == "paused" and paused["stepsWhilePaused"] == 10  # nothing ran while paused
  assert left["state"] == paused["state"] == "done" and left["stepsDone"] == paused["stepsDone"] == 30
  assert left["kept"] == paused["kept"]  # base64 of every kept buffer: identical bytes


def test_cancel_stops_the_run(rt):
  res = rt.evaluate(RUN_JS, ["/kernels/mlp/", 60, "cancel"])
  assert res["name"] == "AbortError" and "cancelled" in res["message"]
  assert res["state"] == "cancelled" and res["stepsDone"] == 10 and "kept" not in res


def test_folded_weights_and_checkpoint_match_the_offline_tools(rt, tmp_path, mnist):
  """A short small-CNN run: its checkpoint has the keys of checkpoints/small.safetensors, training.evaluate accepts
  it, and the page's folded inference weights equal training/graph.py's fold of that checkpoint."""
  res = rt.evaluate(RUN_JS, ["/kernels/small/", 40, "checkpoint"])
  assert res["state"] == "done", res
  assert res["result"]["accuracy"] > 0.5  # the run's own evaluation (256 images, inference kernels, BatchNorm folded)
  ckpt = tmp_path / "small-trained.safetensors"
  ckpt.write_bytes(base64.b64decode(res["checkpoint"]))
  got = safetensors.numpy.load_file(str(ckpt))
  shipped = safetensors.numpy.load_file(str(ROOT / "checkpoints" / "small.safetensors"))
  assert {k: (v.dtype, v.shape) for k, v in got.items()} == {k: (v.dtype, v.shape) for k, v in shipped.items()}
  assert int(got["bn1.num_batches_tracked"][0]) == 40
  folded = safetensors.numpy.load(base64.b64decode(res["inference"]))
  want = {k: v.numpy() for k, v in graph.weight_tensors(graph.load("small", ckpt)).items()}
  assert_close({k: folded[k].ravel() for k in want}, {k: v.ravel() for k, v in want.items()}, 1e-5)
  out = subprocess.run([sys.executable, "-m", "training.evaluate", "--model", "small", "--checkpoint", str(ckpt)],
                       capture_output=True, text=True, cwd=ROOT, check=True).stdout
  acc = float(out.split("test accuracy ")[1].split()[0])
  assert acc > 0.5, out  # 40 steps of 64 images: far above chance (0.1)


# SwiftShader passed off as a real GPU, so that 'auto' races the two backends here as it does on a real one; with
# `broken`, WebGPU rejects every compute pipeline.
REAL_GPU_JS = """(() => {
  const info = Object.getOwnPropertyDescriptor(GPUAdapter.prototype, 'info');
  Object.defineProperty(GPUAdapter.prototype, 'info', {get() {
    const i = info.get.call(this);
    return {vendor: i.vendor, architecture: i.architecture, description: i.description, isFallbackAdapter: false};
  }});
  if (BROKEN) GPUDevice.prototype.createComputePipelineAsync = () => Promise.reject(new Error('no pipeline today'));
})();"""

AUTO_JS = """async () => {
  const {loadTrainer} = await import('/runtime/scratch.js');
  const statuses = [];
  const t = await loadTrainer('/kernels/mlp/', {backend: 'auto', batch: 64, onStatus: (s) => statuses.push(s)});
  t.init({seed: 1});
  await t.step(new Float32Array(64 * 784).fill(0.5), new Int32Array(64));
  const out = {backend: t.backend, reason: t.reason, loss: await t.loss(), statuses};
  t.dispose();
  return out;
}"""


@pytest.mark.parametrize("broken", [False, True], ids=["race", "gpu-fails"])
def test_auto_races_the_backends_on_a_real_gpu(page, site_url, broken):
  """'auto' on a (disguised) real GPU: the CPU's step runs in its worker while the GPU is timed, the faster is kept
  and the reason gives both times; a GPU that fails leaves the CPU, which trains."""
  page.add_init_script(REAL_GPU_JS.replace("BROKEN", "true" if broken else "false"))
  page.goto(site_url + "runtime/test.html?bench")
  res = page.evaluate(AUTO_JS)
  assert np.isfinite(res["loss"]) and res["statuses"][0] == "preparing the training kernels…", res
  if broken:
    assert res["backend"] == "wasm" and res["reason"].startswith("WebAssembly on the CPU: WebGPU failed here"), res
    return
  assert any(s.startswith("choosing the backend: WebGPU ") for s in res["statuses"]), res
  ms = [float(v) for v in re.findall(r"([\d.]+) ms a step", res["reason"])]
  if res["backend"] == "wasm":
    assert res["reason"].startswith("WebAssembly on the CPU: faster here than WebGPU") and ms[0] < ms[1], res
  else:
    assert res["reason"].startswith("WebGPU on the GPU: faster here") and (len(ms) == 1 or ms[0] <= ms[1]), res
