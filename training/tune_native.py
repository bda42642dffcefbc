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
import os
import time
from pathlib import Path

from training import export, tune


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


def tune_native(jobs: list[tuple[str, int, bool]], out: Path = export.KERNELS, top: int = 99, seconds: float = 1e9,
                **search) -> None:
  """tune.tune_jobs with every candidate timed natively on this machine's GPU (see tune.tune_jobs)."""
  where = (f"NVIDIA H200 (GPU machine), native Dawn (Vulkan) through tinygrad {export.TINYGRAD}'s WEBGPU device, "
           f"timestamp queries around many dispatches; {time.strftime('%Y-%m-%d')}")
  tune.tune_jobs(jobs, "webgpu", NativeTimer, where, out, top, seconds, **search)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  tune.job_args(ap, os.environ.get("TUNE_OUT", str(export.KERNELS)), jobs="cnn:256,small:256")
  a = ap.parse_args(argv)
  tune_native(tune.parse_jobs(a.jobs), Path(a.out), a.top, a.seconds, width=a.width, rounds=a.rounds)


if __name__ == "__main__":
  main()
