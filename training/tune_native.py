"""The WGSL kernels' optimisation search timed on a real GPU: the same beam search as training/tune.py (tinygrad's
optimisation steps, same candidates, same WebGPU default limits), but each candidate timed natively through Dawn with
tinygrad's own WEBGPU device (timestamp queries around the pass), not in a browser.

Runs on the GPU machine (../shared/realgpu: `pack.sh .gpu --native`, then in a remote call
`DEV=NULL bash .gpu/bin/native.sh python3 -m training.tune_native --jobs cnn:256,small:256:scratch --seconds 400
--out $OUT`; DEV=NULL: the graph is scheduled without computing anything, so no CPU compiler is needed there). A job
is model:batch (inference) or model:batch:scratch (the from-scratch training step). Kernel shapes do not depend on the
weights. It writes OUT/<id>/tuning.json: kernels/<id>/tuning.json with the job's "webgpu" entry (or "scratch"
"webgpu") replaced and "webgpu_measured" (where the times come from), the rest kept; it prints each job's kernel time
with tinygrad's heuristic, at the start and tuned. Copy the files into kernels/<id>/, then `make export`.
"""
import argparse
import json
import os
import time
from pathlib import Path

from training import export, models, tg, tune, wgsl


class NativeTimer:
  """tune.Timer's interface: each candidate's WGSL compiled by Dawn, then `reps` dispatches of it in one compute pass
  between two timestamp queries (Dawn rounds timestamps to ~65 us, so one dispatch cannot be timed alone); ms per
  dispatch, the best of 3 passes. Needs the adapter's timestamp-query feature."""
  backend = "webgpu"

  def __init__(self, budget_ms: float = 1.5):
    from tinygrad import Device
    self.dev, self.budget = Device["WEBGPU"], budget_ms

  def program(self, src: str, entry: str, bufs: list):
    import ctypes

    from tinygrad.runtime.autogen import webgpu as w
    from tinygrad.runtime.ops_webgpu import DeviceCreateComputePipeline, to_wgpu_str
    d = self.dev.device_res
    code = w.WGPUShaderModuleWGSLDescriptor(code=to_wgpu_str(src),
                                            chain=w.WGPUChainedStruct(sType=w.WGPUSType_ShaderSourceWGSL))
    chain = ctypes.cast(ctypes.pointer(code), ctypes.POINTER(w.struct_WGPUChainedStruct))
    desc = w.WGPUShaderModuleDescriptor(nextInChain=chain)
    w.wgpuDevicePushErrorScope(d, w.WGPUErrorFilter_Validation)
    module = w.wgpuDeviceCreateShaderModule(d, desc)
    if err := self.dev.pop_error(): raise RuntimeError(f"shader: {err}")
    entry_t = lambda n, ty: w.WGPUBindGroupLayoutEntry(  # noqa: E731
      binding=n, visibility=w.WGPUShaderStage_Compute, buffer=w.WGPUBufferBindingLayout(type=ty))
    entries = (w.WGPUBindGroupLayoutEntry * (1 + len(bufs)))(
      entry_t(0, w.WGPUBufferBindingType_Uniform),
      *(entry_t(i + 1, w.WGPUBufferBindingType_Storage) for i in range(len(bufs))))
    bgl_desc = w.WGPUBindGroupLayoutDescriptor(entryCount=len(entries), entries=entries)
    bgl = w.wgpuDeviceCreateBindGroupLayout(d, bgl_desc)
    layouts = (w.WGPUBindGroupLayout * 1)(bgl)
    pl_desc = w.WGPUPipelineLayoutDescriptor(bindGroupLayoutCount=1, bindGroupLayouts=layouts)
    pl = w.wgpuDeviceCreatePipelineLayout(d, pl_desc)
    inf = self.dev.create_uniform(float("inf"))
    bind = [inf, *bufs]
    bents = (w.WGPUBindGroupEntry * len(bind))(
      *(w.WGPUBindGroupEntry(binding=i, buffer=b, offset=0, size=w.wgpuBufferGetSize(b)) for i, b in enumerate(bind)))
    w.wgpuDevicePushErrorScope(d, w.WGPUErrorFilter_Validation)
    bg = w.wgpuDeviceCreateBindGroup(d, w.WGPUBindGroupDescriptor(layout=bgl, entryCount=len(bents), entries=bents))
    if err := self.dev.pop_error(): raise RuntimeError(f"bind group: {err}")
    w.wgpuDevicePushErrorScope(d, w.WGPUErrorFilter_Validation)
    pipe = DeviceCreateComputePipeline(d, w.WGPUComputePipelineDescriptor(layout=pl, compute=w.WGPUComputeState(
      module=module, entryPoint=to_wgpu_str(entry))))
    if err := self.dev.pop_error(): raise RuntimeError(f"pipeline: {err}")
    return pipe, bg, (module, bgl, pl, inf)

  def run(self, pipe, bg, workgroups, reps: int) -> float:
    import ctypes

    from tinygrad.runtime.autogen import webgpu as w
    from tinygrad.runtime.ops_webgpu import buf_to_mv
    d, dev = self.dev.device_res, self.dev
    qs = w.wgpuDeviceCreateQuerySet(d, w.WGPUQuerySetDescriptor(type=w.WGPUQueryType_Timestamp, count=2))
    usage = w.WGPUBufferUsage_QueryResolve | w.WGPUBufferUsage_CopySrc
    qb = w.wgpuDeviceCreateBuffer(d, w.WGPUBufferDescriptor(size=16, usage=usage))
    enc = w.wgpuDeviceCreateCommandEncoder(d, w.WGPUCommandEncoderDescriptor())
    pd = w.WGPUComputePassDescriptor()
    pd.timestampWrites = ctypes.pointer(
      w.WGPUComputePassTimestampWrites(querySet=qs, beginningOfPassWriteIndex=0, endOfPassWriteIndex=1))
    cp = w.wgpuCommandEncoderBeginComputePass(enc, pd)
    w.wgpuComputePassEncoderSetPipeline(cp, pipe)
    w.wgpuComputePassEncoderSetBindGroup(cp, 0, bg, 0, None)
    for _ in range(reps): w.wgpuComputePassEncoderDispatchWorkgroups(cp, *workgroups)
    w.wgpuComputePassEncoderEnd(cp)
    w.wgpuCommandEncoderResolveQuerySet(enc, qs, 0, 2, qb, 0)
    cb = w.wgpuCommandEncoderFinish(enc, w.WGPUCommandBufferDescriptor())
    w.wgpuQueueSubmit(dev.queue, 1, (w.WGPUCommandBuffer * 1)(cb))
    t = buf_to_mv(tmp := dev._readable_buffer(qb)).cast("Q").tolist()
    dev.free(qb)
    dev.free(tmp)
    w.wgpuQuerySetDestroy(qs)
    return (t[1] - t[0]) / 1e6 / reps

  def time(self, cands: list[dict], sizes: list[int], budget_ms: float = 20) -> list[float | None]:
    bufs = [self.dev.allocator.alloc(max(4, n)) for n in sizes]
    out, best = [], float("inf")
    try:
      for c in cands:
        try:
          pipe, bg, _keep = self.program(c["src"], c["entry"], bufs)
          wg = tuple(c["workgroups"])
          ms = max(self.run(pipe, bg, wg, 8), 1e-4)  # a first estimate (also the warm-up)
          reps = int(min(1000, max(8, self.budget / ms)))
          ms = self.run(pipe, bg, wg, reps)
          if ms < 2 * best: ms = min(ms, *(self.run(pipe, bg, wg, reps) for _ in range(2)))
        except Exception as e:  # an illegal candidate for this GPU: not timed
          print(f"    candidate failed: {str(e)[:160]}")
          out.append(None)
          continue
        best = min(best, ms)
        out.append(ms)
    finally:
      for b in bufs: self.dev.allocator.free(b, 4)
    return out


CALLS: list = []  # every kernel call of the run, filled before the render workers are forked (they read it)


def _render(job: tuple) -> tuple:
  """In a worker process: one candidate (opts None: tinygrad's heuristic) and the byte sizes of its buffers."""
  from training import graph, tg, wgsl
  i, opts = job
  c = wgsl.candidate(CALLS[i], opts)
  sizes = [graph.buffer_entry("", a, "")["bytes"] for a in tg.program(CALLS[i], wgsl.renderer())[2]] if opts is None \
    else None
  return c, sizes


def schedule(model_id: str, b: int, scratch: bool) -> list:
  """The kernel calls of a model's inference at batch b, or of its from-scratch training step (training/step.py)."""
  spec = models.REGISTRY[model_id]
  if not scratch: return export.trace(export.load(model_id, None), b, spec)[0]
  from training import step
  return step.schedule(step.Step(step.scratch_model(model_id), step.SCRATCH, scratch=True), b, spec)[0]


def tune_native(jobs: list[tuple[str, int, bool]], out: Path = export.KERNELS, top: int = 99, seconds: float = 1e9,
                **search) -> None:
  """Each job (model, batch, scratch) in order: every kernel's starting point timed (tinygrad's heuristic, and the
  committed choice if there is one: the faster stays), then the `top` slowest beam-searched, slowest first.
  OUT/<id>/tuning.json is rewritten after each kernel and nothing new is started after `seconds`, so a call cut off
  by its time limit keeps what it finished. Inference: tuning.json "webgpu"; the training step: "scratch" "webgpu"
  (None: tinygrad's heuristic, which training/export.py then keeps). Candidates are rendered in a pool of worker
  processes (tinygrad's code generation is the slow part, and the GPU machine has 16 cores)."""
  import multiprocessing
  t_end = time.time() + seconds
  plan = []
  for model_id, b, scratch in jobs:
    calls = schedule(model_id, b, scratch)
    plan.append((model_id, b, scratch, len(CALLS), calls))
    CALLS.extend(calls)
  pool = multiprocessing.get_context("fork").Pool(os.cpu_count())  # forked before Dawn starts any thread
  timer = NativeTimer()
  where = (f"NVIDIA H200 (GPU machine), native Dawn (Vulkan) through tinygrad {export.TINYGRAD}'s WEBGPU device, "
           f"timestamp queries around many dispatches; {time.strftime('%Y-%m-%d')}")
  results = {}
  for model_id, b, scratch, base, calls in plan:
    result = results.setdefault(model_id, export.load_tuning(out / model_id)  # an earlier call's, else the committed
                                or export.load_tuning(export.KERNELS / model_id))  # (its wasm entries are kept)
    table = result.setdefault("scratch", {}) if scratch else result
    table.setdefault("webgpu_measured", {})[str(b)] = where
    save = lambda m=model_id, r=result: (out / m).mkdir(parents=True, exist_ok=True) or (  # noqa: E731
      out / m / "tuning.json").write_text(json.dumps(r, indent=1) + "\n")
    tune_job(f"{model_id} {'scratch' if scratch else 'inference'} batch {b}", calls, base, table, b, pool, timer,
             save, top, t_end, search)
  pool.close()


def tune_job(name: str, calls: list, base: int, table: dict, b: int, pool, timer: NativeTimer, save, top: int,
             t_end: float, search: dict) -> None:
  """One schedule's kernels: table["webgpu"][b] gets one entry per kernel ({opts, ms, heuristic_ms}, or None for
  tinygrad's heuristic); save() after each kernel."""
  t0, n = time.time(), len(calls)
  old = export.tuned_for(table, "webgpu", b, n) or [None] * n
  first = pool.map(_render, [(base + i, None) for i in range(n)])
  hand = [timer.time([c], sizes)[0] or 0.0 for c, sizes in first]
  tuned = table.setdefault("webgpu", {})[str(b)] = []
  for i, k in enumerate(old):  # a committed choice (tuned elsewhere, e.g. on SwiftShader) stays only if faster here
    ms = timer.time([wgsl.candidate(calls[i], [tg.opt_from_json(j) for j in k["opts"]])], first[i][1])[0] if k else None
    tuned.append(dict(k, ms=ms, heuristic_ms=hand[i]) if ms and ms < hand[i] else None)
  now = lambda: sum(k["ms"] if k else hand[i] for i, k in enumerate(tuned))  # noqa: E731
  start = now()
  save()
  for i in sorted(range(n), key=lambda i: -(tuned[i]["ms"] if tuned[i] else hand[i]))[:top]:
    if time.time() > t_end:
      print(f"  out of time: {name} stops before kernel {i}", flush=True)
      break
    render = lambda many, j=base + i: [c for c, _ in pool.map(_render, [(j, o) for o in many], chunksize=4)]  # noqa: E731
    best = tune.tune_kernel(calls[i], "webgpu", timer, render=render, **search)
    if not tuned[i] or best["ms"] < tuned[i]["ms"]: tuned[i] = dict(best, heuristic_ms=hand[i])
    save()
  print(f"{name}: kernel time {sum(hand):.4f} ms with tinygrad's heuristic, {start:.4f} at the start, {now():.4f} "
        f"tuned ({n} kernels, {time.time() - t0:.0f} s)", flush=True)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--jobs", default="cnn:256,small:256", help="model:batch for inference, model:batch:scratch for the "
                  "from-scratch training step; in order")
  ap.add_argument("--top", type=int, default=99, help="per job, how many of the slowest kernels to tune")
  ap.add_argument("--seconds", type=float, default=1e9, help="start no kernel's search after this many seconds")
  ap.add_argument("--width", type=int, default=4)
  ap.add_argument("--rounds", type=int, default=6)
  ap.add_argument("--out", default=os.environ.get("TUNE_OUT", str(export.KERNELS)))
  a = ap.parse_args(argv)
  jobs = [(j.split(":")[0], int(j.split(":")[1]), j.endswith(":scratch")) for j in a.jobs.split(",")]
  tune_native(jobs, Path(a.out), a.top, a.seconds, width=a.width, rounds=a.rounds)


if __name__ == "__main__":
  main()
