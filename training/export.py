"""Export a model as WebGPU kernels for site/runtime/runtime.js:  python -m training.export --model cnn [--checkpoint P]

Writes kernels/<id>/: manifest.json, one .wgsl per kernel and batch variant (tinygrad's WGSLRenderer, f32 only),
weights.safetensors (BatchNorm folded into one scale and one shift per layer), reference.json (fixed inputs with
tinygrad's logits, and tinygrad's predictions on the 10,000 MNIST test images); updates kernels/index.json.

The forward pass is scheduled on the CPU device (no WebGPU needed) once per batch size; each scheduled call is
rendered for WebGPU and its arguments are matched to the input, the output and the weights by buffer identity.
"""
import argparse
import hashlib
import importlib.metadata
import json
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
from tinygrad import Context, Tensor, dtypes, nn
from tinygrad.codegen import to_program
from tinygrad.engine.realize import get_call_arg_uops
from tinygrad.helpers import Target
from tinygrad.nn.state import get_state_dict
from tinygrad.renderer.wgsl import WGSLRenderer
from tinygrad.uop.ops import Ops

from training import models

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "kernels"
BATCHES = (1, 256)
FORMAT = 1
# WebGPU's default limits: the kernels must run on any adapter without asking for more
LIMITS = {"maxStorageBuffersPerShaderStage": 8, "maxComputeInvocationsPerWorkgroup": 256,
          "maxComputeWorkgroupSize": (256, 256, 64), "maxComputeWorkgroupsPerDimension": 65535,
          "maxComputeWorkgroupStorageSize": 16384, "maxStorageBufferBindingSize": 1 << 27}
WGSL_TYPES = {"float": "f32", "int": "i32", "uint": "u32"}
TINYGRAD = importlib.metadata.version("tinygrad")


class FoldedBatchNorm:
  """BatchNorm in eval mode as y = x * scale + shift over the channel axis (two buffers instead of four)."""
  def __init__(self, bn: nn.BatchNorm):
    invstd = (bn.running_var + bn.eps).rsqrt()
    scale = invstd * bn.weight if bn.weight is not None else invstd
    shift = -bn.running_mean * scale + (bn.bias if bn.bias is not None else 0)
    self.scale, self.shift = scale.contiguous().realize(), shift.contiguous().realize()

  def __call__(self, x: Tensor) -> Tensor:
    shape = (1, -1, *([1] * (x.ndim - 2)))
    return x * self.scale.reshape(shape) + self.shift.reshape(shape)


def fold_batchnorm(model):
  """Replace every BatchNorm attribute of the model by its folded eval-mode form (in place); returns the model."""
  for name, value in list(vars(model).items()):
    if isinstance(value, nn.BatchNorm): setattr(model, name, FoldedBatchNorm(value))
  return model


def load(model_id: str, checkpoint=None):
  """The inference model: checkpoint weights (or seeded untrained ones), BatchNorm folded, weights realized."""
  model = fold_batchnorm(models.load(model_id, checkpoint))
  for v in get_state_dict(model).values(): v.realize()
  return model


def weight_tensors(model) -> dict[str, Tensor]:
  weights = get_state_dict(model)
  if bad := [k for k, v in weights.items() if v.dtype != dtypes.float]: raise ValueError(f"non-f32 weights: {bad}")
  return weights


def trace(model, batch: int):
  """Schedule the forward pass at this batch size: (scheduled calls, input tensor, output tensor)."""
  with Context(NO_MEMORY_PLANNER=1):
    x = Tensor.empty(batch, 784, device="CPU")
    out = model(x)
    calls = out.schedule_linear().src
  return calls, x, out


def wgsl_type(dtype) -> str:
  return WGSL_TYPES.get(dtype.name, "u32")  # small dtypes are packed into atomic<u32> by the renderer


def check_limits(name: str, info, src: str) -> None:
  """Fail the export (not the page) when a kernel would need more than WebGPU's default limits."""
  lim, local = LIMITS, tuple(info.local_size or (1, 1, 1))
  problems = []
  if len(info.globals) > lim["maxStorageBuffersPerShaderStage"]: problems.append(f"{len(info.globals)} storage buffers")
  if int(np.prod(local)) > lim["maxComputeInvocationsPerWorkgroup"]: problems.append(f"workgroup size {local}")
  if any(a > b for a, b in zip(local, lim["maxComputeWorkgroupSize"], strict=False)):
    problems.append(f"workgroup {local}")
  if any(g > lim["maxComputeWorkgroupsPerDimension"] for g in info.global_size):
    problems.append(f"grid {info.global_size}")
  shared = sum(4 * int(n) for n in re.findall(r"var<workgroup>\s*\w+\s*:\s*array<\w+,\s*(\d+)>", src))
  if shared > lim["maxComputeWorkgroupStorageSize"]: problems.append(f"{shared} bytes of workgroup memory")
  if "f16" in src: problems.append("f16 arithmetic (needs shader-f16)")
  if info.vars: problems.append(f"symbolic variables {info.vars}")
  if problems: raise ValueError(f"kernel {name} exceeds WebGPU's default limits: {', '.join(problems)}")


def scalarize_registers(src: str) -> str:
  """Turn register arrays indexed only by constants (tinygrad's accumulators, `var buf0: array<f32,16>`) into scalars:
  SwiftShader keeps private arrays in memory, scalars in registers. Same arithmetic, same order."""
  for name, ty, n in re.findall(r"var (\w+): array<(\w+),(\d+)>;", src):
    if re.search(rf"\b{name}\[(?!\d+\])", src): continue  # indexed by a variable somewhere: keep the array
    src = src.replace(f"var {name}: array<{ty},{n}>;", " ".join(f"var {name}_{i}: {ty};" for i in range(int(n))))
    src = re.sub(rf"\b{name}\[(\d+)\]", rf"{name}_\1", src)
  return src


def with_opts(ast, opts):
  """The kernel AST with these optimisation steps instead of tinygrad's hand-coded heuristic (None: heuristic)."""
  return ast if opts is None else ast.replace(arg=replace(ast.arg, opts_to_apply=tuple(opts)))


def render(call, renderer: WGSLRenderer, opts=None) -> tuple:
  """One scheduled call → (ProgramInfo, WGSL source, argument buffer UOps in binding order)."""
  if call.src[0].op is not Ops.SINK: raise ValueError(f"cannot export a {call.src[0].op} call (only compute kernels)")
  prg = to_program(with_opts(call.src[0], opts), renderer)
  src = scalarize_registers(next(s.arg for s in prg.src if s.op is Ops.SOURCE))
  args = get_call_arg_uops(call)
  return prg.arg, src, [args[i] for i in prg.arg.globals]


def buffer_entry(name: str, uop, role: str) -> dict:
  nbytes = (int(np.prod(uop.shape)) * uop.dtype.itemsize + 3) // 4 * 4  # packed small dtypes: whole u32 words
  return {"name": name, "bytes": nbytes, "dtype": wgsl_type(uop.dtype), "role": role}


def export_variant(model, batch: int, weight_ids: dict[int, str], renderer: WGSLRenderer, tuned=None) -> tuple:
  """One batch size: its buffers (input, scratch, output; weights are shared), kernels, and WGSL sources by file.
  `tuned`: optimisation steps per kernel from tuning.json (used only when the kernel count matches)."""
  calls, x, out = trace(model, batch)
  if tuned is not None and len(tuned) != len(calls): tuned = None
  names = {id(x.uop.base): "input", id(out.uop.base): "output", **weight_ids}
  buffers = {"input": buffer_entry("input", x.uop.base, "input")}
  kernels, sources = [], {}
  for i, call in enumerate(calls):
    opts = [opt_from_json(o) for o in tuned[i]["opts"]] if tuned else None
    info, src, args = render(call, renderer, opts)
    check_limits(info.function_name, info, src)
    for a in args:
      if id(a) not in names: names[id(a)] = f"t{len(buffers) - 1}"
      name = names[id(a)]
      if name not in buffers and name not in weight_ids.values():
        buffers[name] = buffer_entry(name, a, "output" if name == "output" else "scratch")
    file = f"b{batch}_{i}_{info.function_name}.wgsl"
    sources[file] = src + "\n"
    kernels.append({"file": file, "entry": info.function_name, "workgroups": list(info.global_size),
                    "workgroup_size": list(info.local_size or (1, 1, 1)), "bindings": [names[id(a)] for a in args],
                    "opts": "tuned" if opts is not None else "heuristic"})
  if "output" not in buffers: raise ValueError("the output buffer is written by no kernel")
  order = {"input": 0, "scratch": 1, "output": 2}
  buffers = sorted(buffers.values(), key=lambda b: order[b["role"]])
  return {"batch": batch, "buffers": buffers, "kernels": kernels}, sources


def fixed_inputs(mnist: dict | None) -> dict[str, np.ndarray]:
  """The reference inputs: blank, full, seeded noise, and the first MNIST test images when MNIST is at hand."""
  inputs = {"zeros": np.zeros(784, np.float32), "ones": np.ones(784, np.float32),
            "noise": np.random.default_rng(0).random(784, dtype=np.float32)}
  if mnist is not None:
    for i in range(5): inputs[f"test{i}"] = mnist["x_test"][i].reshape(784).astype(np.float32) / 255
  return inputs


def predict(model, x: np.ndarray, batch: int = 256) -> np.ndarray:
  """tinygrad's logits on the CPU for uint8 or float images (N, 28, 28), in batches."""
  outs = []
  for i in range(0, len(x), batch):
    xb = x[i:i + batch].reshape(-1, 784).astype(np.float32)
    if x.dtype == np.uint8: xb /= 255
    outs.append(model(Tensor(xb, device="CPU")).numpy())
  return np.concatenate(outs)


def reference(model, mnist: dict | None) -> dict:
  inputs = fixed_inputs(mnist)
  logits = predict(model, np.stack(list(inputs.values())), batch=1)
  ref = {"tolerance": 1e-4, "cases": [{"name": k, "input": [round(float(v), 8) for v in x], "logits": y.tolist()}
                                      for (k, x), y in zip(inputs.items(), logits, strict=True)]}
  if mnist is not None:
    pred = predict(model, mnist["x_test"]).argmax(1)
    ref["test_predictions"] = "".join(str(int(p)) for p in pred)
    ref["test_accuracy"] = float((pred == mnist["y_test"]).mean())
  return ref


def checkpoint_info(model_id: str, checkpoint) -> dict:
  keys = ("val_acc", "test_acc", "epochs", "best_epoch", "trained", "wall_s")
  ckpt = Path(checkpoint) if checkpoint else ROOT / "checkpoints" / f"{model_id}.safetensors"
  meta = ckpt.with_suffix(".json")
  data = json.loads(meta.read_text()) if ckpt.exists() and meta.exists() else {}
  return {k: data.get(k) for k in keys} | {"checkpoint": ckpt.name if ckpt.exists() else None}


def export(model_id: str, checkpoint=None, out: Path = KERNELS, batches=BATCHES, mnist: dict | None = None) -> dict:
  """Export one model into out/<id>/ and update out/index.json; returns the manifest."""
  model = load(model_id, checkpoint)
  weights = weight_tensors(model)
  weight_ids = {id(v.uop.base): k for k, v in weights.items()}
  renderer = WGSLRenderer(Target("WEBGPU"))
  folder = out / model_id
  folder.mkdir(parents=True, exist_ok=True)
  for old in folder.glob("*.wgsl"): old.unlink()
  tuning = json.loads((folder / "tuning.json").read_text()) if (folder / "tuning.json").exists() else {}
  variants = []
  for b in batches:
    variant, sources = export_variant(model, b, weight_ids, renderer, tuning.get(str(b)))
    for file, src in sources.items(): (folder / file).write_text(src)
    variants.append(variant)
  cpu, cpu_src = export_cpu(model, weight_ids)
  (folder / cpu["file"]).write_text(cpu_src)
  used = {n for v in variants for k in v["kernels"] for n in k["bindings"]}
  models.save_tensors({k: v for k, v in weights.items() if k in used}, folder / "weights.safetensors")  # f32: checked
  manifest = {"format": FORMAT, "id": model_id, "name": models.NAMES[model_id], "tinygrad": TINYGRAD,
              "input": {"shape": [1, 28, 28], "dtype": "f32"}, "output": {"shape": [10], "dtype": "f32"},
              "weights": {"file": "weights.safetensors",
                          "buffers": [{"name": k, "key": k, "bytes": v.numel() * 4, "dtype": "f32", "role": "weight"}
                                      for k, v in weights.items() if k in used]},
              "variants": variants, "cpu": cpu}
  (folder / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
  (folder / "reference.json").write_text(json.dumps(reference(model, mnist)) + "\n")
  params = models.param_count(models.MODELS[model_id]())  # the architecture's count, before BatchNorm folding
  update_index(out, model_id, params, checkpoint_info(model_id, checkpoint))
  return manifest


def update_index(out: Path, model_id: str, params: int, info: dict) -> dict:
  path = out / "index.json"
  index = json.loads(path.read_text()) if path.exists() else {}
  folder = out / model_id
  files = [{"name": f.name, "bytes": f.stat().st_size, "sha256": hashlib.sha256(f.read_bytes()).hexdigest()}
           for f in sorted(folder.iterdir()) if f.is_file()]
  entry = {"id": model_id, "name": models.NAMES[model_id], "params": params, "input_shape": [1, 28, 28],
           "path": f"{model_id}/", "batches": list(BATCHES), **info, "tinygrad": TINYGRAD, "files": files}
  entries = {m["id"]: m for m in index.get("models", [])} | {model_id: entry}
  rank = {k: i for i, k in enumerate(models.NAMES)}
  index = {"format": FORMAT, "models": sorted(entries.values(), key=lambda m: rank.get(m["id"], len(rank)))}
  path.write_text(json.dumps(index, indent=1) + "\n")
  return index


# ---- the CPU backend: the same scheduled kernels, rendered by tinygrad's WGSL renderer with no workgroups (one
# invocation, global dimensions as loops; tinygrad's heuristic still tiles registers and unrolls), then translated line
# by line into JS. The translator knows only the subset of WGSL that tinygrad emits for float kernels and refuses
# anything else.
JS_PRELUDE = """// Generated by training/export.py from tinygrad's WGSL (rendered without workgroups). Do not edit.
const i32 = (x) => x | 0, u32 = (x) => x >>> 0, f32 = Math.fround, bitcast_i32 = (x) => x | 0;
const bitcast_u32 = (x) => x >>> 0, select = (f, t, c) => (c ? t : f), exp2 = (x) => 2 ** x, log2 = Math.log2;
const sqrt = Math.sqrt, sin = Math.sin, trunc = Math.trunc, max = Math.max, min = Math.min, abs = Math.abs;
"""
JS_UNSUPPORTED = ["workgroupBarrier", "atomic", "bitcast<f32>", "lindex", "%", "f16", "var<workgroup>"]


def wgsl_to_js(src: str, entry: str, workgroups) -> str:
  """One single-invocation tinygrad WGSL kernel → a JS function over Float32Arrays, looping over its workgroups."""
  params = re.findall(r"var<storage,read_write>\s*(\w+)\s*:\s*array<f32>;", src)
  m = re.search(rf"@workgroup_size\(1\) fn {entry}\([^{{]*\{{\n(.*)\n\}}\s*$", src, re.S)
  if not m: raise ValueError(f"{entry}: not a one-invocation tinygrad kernel")
  body = re.sub(r"var (gidx\d) = i32\(gindex\.([xyz])\);.*", r"const \1 = g\2;", m.group(1))
  bad = [t for t in JS_UNSUPPORTED if t in body] + (["integer division"] if re.search(r"/(?!\()", body) else [])
  if bad or len(params) != src.count("var<storage"): raise ValueError(f"{entry}: cannot translate {bad or 'buffers'}")
  body = re.sub(r"bitcast<(\w+)>", r"bitcast_\1", body)
  body = re.sub(r"\b(\d+(?:\.\d+)?(?:e[+-]?\d+)?)[fu]\b", r"\1", body)
  body = re.sub(r"\bvar (\w+): f32;", r"let \1 = 0;", body)
  body = re.sub(r"\bvar (\w+): array<f32,\s*(\d+)>;", r"const \1 = new Float32Array(\2);", body)
  body = re.sub(r"\bvar\b", "let", body).replace("INFINITY", "Infinity").replace("nan()", "NaN")
  x, y, z = (int(g) for g in workgroups)
  loops = f"  for (let gz = 0; gz < {z}; gz++) for (let gy = 0; gy < {y}; gy++) for (let gx = 0; gx < {x}; gx++) {{\n"
  return f"export function {entry}({', '.join(params)}) {{\n{loops}{body}\n  }}\n}}\n"


class NoLocalsWGSLRenderer(WGSLRenderer):
  """WGSL without workgroups (one invocation each): tinygrad's heuristic then tiles registers and unrolls loops only."""
  has_local = has_shared = False


def export_cpu(model, weight_ids: dict[int, str]) -> tuple[dict, str]:
  """The batch-1 graph for the CPU backend: (its manifest entry, the JS module's source)."""
  renderer = NoLocalsWGSLRenderer(Target("WEBGPU"))
  variant, sources = export_variant(model, 1, weight_ids, renderer)
  funcs = [wgsl_to_js(sources[k["file"]], k["entry"], k["workgroups"]) for k in variant["kernels"]]
  kernels = [{"entry": k["entry"], "bindings": k["bindings"]} for k in variant["kernels"]]
  entry = {"file": "cpu_b1.js", "batch": 1, "buffers": variant["buffers"], "kernels": kernels}
  return entry, JS_PRELUDE + "\n".join(funcs)


# ---- tuning: tinygrad's BEAM search times kernels on the device it renders for, and there is no native WebGPU here.
# So candidates are timed where they will run: headless Chromium's WebGPU. The chosen optimisation steps are kept in
# kernels/<id>/tuning.json and reused by every later export (weights do not change the kernels' shapes).
TIME_JS = """async ([cands, sizes, budget]) => {
  if (!window.tuneDevice) window.tuneDevice = await (await navigator.gpu.requestAdapter()).requestDevice();
  const dev = window.tuneDevice, stage = GPUShaderStage.COMPUTE;
  const entries = [{binding: 0, visibility: stage, buffer: {type: 'uniform'}}];
  sizes.forEach((_, i) => entries.push({binding: i + 1, visibility: stage, buffer: {type: 'storage'}}));
  const bgl = dev.createBindGroupLayout({entries});
  const layout = dev.createPipelineLayout({bindGroupLayouts: [bgl]});
  const mk = (size, usage) => dev.createBuffer({size, usage: usage | GPUBufferUsage.COPY_DST});
  const inf = mk(4, GPUBufferUsage.UNIFORM);
  dev.queue.writeBuffer(inf, 0, new Float32Array([Infinity]));
  const bufs = sizes.map((n) => mk(n, GPUBufferUsage.STORAGE));
  const noise = (n) => Float32Array.from({length: n / 4}, () => Math.random() - 0.5);
  bufs.forEach((b, i) => dev.queue.writeBuffer(b, 0, noise(sizes[i])));
  const bg = dev.createBindGroup({layout: bgl, entries: [{binding: 0, resource: {buffer: inf}},
    ...bufs.map((b, i) => ({binding: i + 1, resource: {buffer: b}}))]});
  const out = [];
  let best = Infinity;
  for (const c of cands) {
    let p;
    try {
      const module = dev.createShaderModule({code: c.src});
      p = await dev.createComputePipelineAsync({layout, compute: {module, entryPoint: c.entry}});
    } catch (e) { out.push(null); continue; }
    const run = async (n) => {
      const t = performance.now(), enc = dev.createCommandEncoder(), pass = enc.beginComputePass();
      pass.setPipeline(p); pass.setBindGroup(0, bg);
      for (let i = 0; i < n; i++) pass.dispatchWorkgroups(...c.workgroups);
      pass.end(); dev.queue.submit([enc.finish()]); await dev.queue.onSubmittedWorkDone();
      return (performance.now() - t) / n;
    };
    let ms = await run(1);  // the first run: a candidate far slower than the best so far gets no more
    if (ms < 3 * best) {
      ms = await run(1);
      const n = Math.max(2, Math.min(50, Math.ceil(budget / ms)));
      for (let r = 0; r < 3; r++) ms = Math.min(ms, await run(n));
    }
    best = Math.min(best, ms);
    out.push(ms);
  }
  bufs.forEach((b) => b.destroy()); inf.destroy();
  return out;
}"""


class BrowserTimer:
  """Headless Chromium on a page served from loopback (a secure context, so navigator.gpu exists)."""
  def __enter__(self):
    from playwright.sync_api import sync_playwright

    from scripts import serve
    from tests.conftest import CHROMIUM, CHROMIUM_ARGS
    self.server = serve.start(str(ROOT / "site"))
    self.pw = sync_playwright().start()
    launch = self.pw.chromium.launch_persistent_context
    self.ctx = launch("", executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    self.page = self.ctx.new_page()
    self.page.goto(f"http://127.0.0.1:{self.server.server_port}/runtime/test.html?bench")
    self.page.set_default_timeout(600_000)
    return self

  def time(self, cands: list[dict], sizes: list[int], budget_ms: float = 20) -> list[float | None]:
    return self.page.evaluate(TIME_JS, [cands, sizes, budget_ms])

  def __exit__(self, *exc):
    self.ctx.close()
    self.pw.stop()
    self.server.shutdown()


def scheduler_of(ast, renderer):
  """tinygrad's Scheduler for this kernel at the point where it applies optimisations (to list legal next steps)."""
  import tinygrad.codegen as cg
  from tinygrad.codegen.opt.postrange import Scheduler
  seen, orig = {}, cg.apply_opts
  def spy(sink, ren, beam=0):
    seen["k"] = Scheduler(sink, ren)
    seen["k"].convert_loop_to_global()
    return orig(sink, ren, beam)
  cg.apply_opts = spy
  try:
    cg.do_to_program(ast, renderer)
  finally:
    cg.apply_opts = orig
  return seen["k"]


def candidate(call, renderer, opts) -> dict | None:
  try:
    info, src, _ = render(call, renderer, opts)
    check_limits(info.function_name, info, src)
  except Exception:  # an illegal combination of steps: not a candidate
    return None
  return {"src": src, "entry": info.function_name, "workgroups": list(info.global_size)}


def tune_kernel(call, renderer, timer: BrowserTimer, width: int = 4, rounds: int = 6, patience: int = 2) -> dict:
  """Beam search over tinygrad's optimisation steps, timed in the browser. Seeds: tinygrad's heuristic, and no steps
  at all when the heuristic's kernel is quick (an unoptimised big kernel would take minutes to time)."""
  from tinygrad.codegen.opt.heuristic import hand_coded_optimizations
  from tinygrad.codegen.opt.search import get_kernel_actions
  k = scheduler_of(call.src[0], renderer)
  sizes = [buffer_entry("", a, "")["bytes"] for a in render(call, renderer)[2]]
  hand = tuple(hand_coded_optimizations(k.copy()).applied_opts)
  seen, beams, best, stale = {}, [], float("inf"), 0

  def measure(todo: dict):
    keys = list(todo)
    for o, ms in zip(keys, timer.time([todo[o] for o in keys], sizes), strict=True):
      if ms is not None: seen[o] = ms
    return len(keys)

  measure({hand: candidate(call, renderer, hand)})
  if seen.get(hand, 0) < 20 and (c := candidate(call, renderer, ())): measure({(): c})
  for r in range(1, rounds + 1):
    beams, todo = sorted(seen, key=seen.get)[:width], {}
    for opts in beams:
      s = k.copy()
      for o in opts: s.apply_opt(o)
      nxt = [tuple(s2.applied_opts) for s2 in get_kernel_actions(s, include_0=False).values()]
      todo.update({o: c for o in nxt if o not in seen and o not in todo and (c := candidate(call, renderer, o))})
    n = measure(todo)
    top = min(seen, key=seen.get)
    print(f"  {(k.ast.arg.name if r == 1 else ''):>12} round {r}: {n} timed, best {seen[top]:.3f} ms")
    stale = stale + 1 if seen[top] > 0.97 * best else 0
    best = min(best, seen[top])
    if not n or stale >= patience: break
  top = min(seen, key=seen.get)
  return {"opts": [opt_json(o) for o in top], "ms": seen[top], "heuristic_ms": seen.get(hand)}


def opt_json(o) -> list: return [o.op.name, o.axis, list(o.arg) if isinstance(o.arg, tuple) else o.arg]


def opt_from_json(j):
  from tinygrad.codegen.opt import Opt, OptOps
  return Opt(OptOps[j[0]], j[1], tuple(j[2]) if isinstance(j[2], list) else j[2])


def tune(model_id: str, checkpoint=None, out: Path = KERNELS, batches=BATCHES, **search) -> dict:
  """Tune every kernel of every batch variant; writes out/<id>/tuning.json."""
  path = out / model_id / "tuning.json"
  result = json.loads(path.read_text()) if path.exists() else {}
  model, renderer = load(model_id, checkpoint), WGSLRenderer(Target("WEBGPU"))
  with BrowserTimer() as timer:
    for b in batches:
      result[str(b)] = [tune_kernel(c, renderer, timer, **search) for c in trace(model, b)[0]]
      path.parent.mkdir(parents=True, exist_ok=True)
      path.write_text(json.dumps(result, indent=1) + "\n")
  return result


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--model", required=True, choices=list(models.MODELS))
  ap.add_argument("--checkpoint", help="default checkpoints/<id>.safetensors; seeded untrained weights if absent")
  ap.add_argument("--out", default=str(KERNELS))
  ap.add_argument("--no-mnist", action="store_true", help="reference without MNIST test images / predictions")
  ap.add_argument("--tune", action="store_true", help="first search kernel optimisations in headless Chromium "
                  "(writes kernels/<id>/tuning.json, which later exports reuse)")
  ap.add_argument("--tune-width", type=int, default=4, help="beam width of the search")
  ap.add_argument("--tune-rounds", type=int, default=6, help="most optimisation steps added by the search")
  ap.add_argument("--batches", default=",".join(map(str, BATCHES)), help="batch variants (tuning and export)")
  a = ap.parse_args(argv)
  batches = tuple(int(b) for b in a.batches.split(","))
  if a.tune: tune(a.model, a.checkpoint, Path(a.out), batches, width=a.tune_width, rounds=a.tune_rounds)
  mnist = None
  if not a.no_mnist:
    from training import data
    mnist = data.load(fetch=True)
  m = export(a.model, a.checkpoint, Path(a.out), batches, mnist=mnist)
  for v in m["variants"]:
    print(f"{a.model} batch {v['batch']}: {len(v['kernels'])} kernels: " + ", ".join(k["entry"] for k in v["kernels"]))
  print(f"wrote {Path(a.out) / a.model}/")


if __name__ == "__main__":
  main()
