"""The one place where training/ reaches into tinygrad's internals (0.14); every other module uses its public API
(Tensor, nn, Context, TinyJit, dtypes, Device, nn.state) and these functions.

- schedule, buffer_of, call_buffers: a lazy graph as scheduled kernel calls, and the buffers they touch;
- program, with_opts, render_all, KernelInfo: one call rendered by a renderer, with given optimisation steps;
- wgsl_renderer, c_renderer: the two renderers the exporter uses;
- optimizer_state, optimizer_constants: an optimizer's own tensors and constants (tinygrad keeps them as attributes);
- scheduler, heuristic, next_steps, opt_json, opt_from_json: the pieces of tinygrad's optimisation search;
- NativeWebGPU: tinygrad's WEBGPU device driven directly (training/tune_native.py times kernels on it).

If a tinygrad upgrade moves one of these, `tests/test_tg.py` fails and names the piece that moved.
"""
import importlib.metadata
from dataclasses import dataclass, replace

from tinygrad import Context, nn
from tinygrad.codegen import to_program
from tinygrad.codegen.opt import Opt, OptOps
from tinygrad.engine.realize import get_call_arg_uops
from tinygrad.helpers import Target
from tinygrad.renderer.cstyle import ClangRenderer
from tinygrad.renderer.wgsl import WGSLRenderer
from tinygrad.uop.ops import Ops

VERSION = importlib.metadata.version("tinygrad")


def schedule(out, *outs) -> list:
  """The scheduled kernel calls that realize these lazy tensors, in order (nothing runs). Without tinygrad's memory
  planner, so that no two buffers share memory: the exporter names every buffer and lays out memory itself."""
  with Context(NO_MEMORY_PLANNER=1):
    return list(out.schedule_linear(*outs).src)


def buffer_of(t):
  """The buffer behind a tensor, as the scheduled calls name it (compare by identity with call_buffers' items)."""
  return t.uop.base


def call_buffers(call) -> list:
  """Every buffer a scheduled call touches (outputs first), whatever the renderer; each has .shape and .dtype."""
  return list(get_call_arg_uops(call))


class _SingleThreadC(ClangRenderer):
  has_threads = False  # no core-id argument: a WebAssembly module runs on one thread


def wgsl_renderer() -> WGSLRenderer: return WGSLRenderer(Target("WEBGPU"))


def c_renderer() -> ClangRenderer:
  """tinygrad's C renderer, single-threaded."""
  return _SingleThreadC(Target("CPU", "CLANG", "x86_64,x86-64"))


@dataclass(frozen=True)
class KernelInfo:
  """What the exporter needs of a rendered kernel: its name, launch grid and workgroup size, the call arguments it
  binds (indexes into call_buffers order) and its symbolic variables (none may remain)."""
  function_name: str
  global_size: tuple
  local_size: tuple | None
  globals: tuple
  vars: tuple


def with_opts(ast, opts):
  """The kernel AST with these optimisation steps instead of tinygrad's hand-coded heuristic (None: heuristic)."""
  return ast if opts is None else ast.replace(arg=replace(ast.arg, opts_to_apply=tuple(opts)))


def program(call, renderer, opts=None) -> tuple[KernelInfo, str, list]:
  """One scheduled call rendered: (KernelInfo, source text, the argument buffers in parameter order)."""
  if call.src[0].op is not Ops.SINK: raise ValueError(f"cannot export a {call.src[0].op} call (only compute kernels)")
  prg = to_program(with_opts(call.src[0], opts), renderer)
  src = next(s.arg for s in prg.src if s.op is Ops.SOURCE)
  args, p = get_call_arg_uops(call), prg.arg
  info = KernelInfo(p.function_name, tuple(p.global_size), None if p.local_size is None else tuple(p.local_size),
                    tuple(p.globals), tuple(p.vars))
  return info, src, [args[i] for i in p.globals]


def tuned_for(tuning: dict, backend: str, batch: int, n: int) -> list | None:
  """tuning.json's entries for one schedule ({backend: {batch: [...]}}), or None where there are none or they are
  stale (another kernel count than the schedule's n)."""
  t = tuning.get(backend, {}).get(str(batch))
  return t if t is not None and len(t) == n else None


def render_all(calls, render, tuned: list | None):
  """render(call, opts) for each call, with its tuned steps (tuning.json: [{opts}] per call; an entry may be None)
  or, with no tuning, tinygrad's heuristic (opts None)."""
  for i, call in enumerate(calls):
    yield render(call, [opt_from_json(o) for o in tuned[i]["opts"]] if tuned and tuned[i] else None)


def scheduler(call, renderer):
  """tinygrad's Scheduler for this call's kernel at the point where it applies optimisations (to list legal next steps).
  tinygrad builds it inside `do_to_program`; we watch `apply_opts` to get it, then restore it."""
  import tinygrad.codegen as cg
  from tinygrad.codegen.opt.postrange import Scheduler
  seen, orig = {}, cg.apply_opts
  def spy(sink, ren, beam=0):
    seen["k"] = Scheduler(sink, ren)
    seen["k"].convert_loop_to_global()
    return orig(sink, ren, beam)
  cg.apply_opts = spy
  try:
    cg.do_to_program(call.src[0], renderer)
  finally:
    cg.apply_opts = orig
  if "k" not in seen: raise RuntimeError("tinygrad's do_to_program no longer calls apply_opts: update training/tg.py")
  return seen["k"]


def heuristic(k) -> tuple:
  """The optimisation steps tinygrad's hand-coded heuristic picks for this kernel."""
  from tinygrad.codegen.opt.heuristic import hand_coded_optimizations
  return tuple(hand_coded_optimizations(k.copy()).applied_opts)


def next_steps(k, opts) -> list[tuple]:
  """Every legal way to add one optimisation step to `opts` (tinygrad's BEAM search actions)."""
  from tinygrad.codegen.opt.search import get_kernel_actions
  s = k.copy()
  for o in opts: s.apply_opt(o)
  return [tuple(s2.applied_opts) for s2 in get_kernel_actions(s, include_0=False).values()]


def opt_json(o) -> list: return [o.op.name, o.axis, list(o.arg) if isinstance(o.arg, tuple) else o.arg]


def opt_from_json(j) -> Opt: return Opt(OptOps[j[0]], j[1], tuple(j[2]) if isinstance(j[2], list) else j[2])


def optimizer_state(opt, keys: list[str]) -> dict:
  """The optimizer's own tensors by name, `keys` naming its parameters in order: lr, and for Adam (tinygrad's LAMB)
  the beta powers b1_t, b2_t and moments m.<key>, v.<key>; for SGD with momentum b.<key>."""
  out = {"lr": opt.lr}
  if isinstance(opt, nn.optim.LAMB):
    out |= {"b1_t": opt.b1_t, "b2_t": opt.b2_t} | {f"m.{k}": t for k, t in zip(keys, opt.m, strict=True)}
    out |= {f"v.{k}": t for k, t in zip(keys, opt.v, strict=True)}
  else: out |= {f"b.{k}": t for k, t in zip(keys, getattr(opt, "b", []), strict=False)}
  return out


def optimizer_constants(opt) -> dict:
  """Adam's (tinygrad's LAMB's) b1, b2 and eps; nothing for another optimizer."""
  return {"b1": opt.b1, "b2": opt.b2, "eps": opt.eps} if isinstance(opt, nn.optim.LAMB) else {}


class NativeWebGPU:
  """tinygrad's WEBGPU device (Dawn) driven directly: a WGSL kernel compiled with tinygrad's binding layout
  (binding 0: the +inf uniform, then one storage buffer per argument) and dispatches timed by timestamp queries.
  Needs the adapter's timestamp-query feature. The Dawn bindings are imported on first use: only the GPU machine
  has them."""
  def __init__(self):
    from tinygrad import Device
    self.dev = Device["WEBGPU"]

  def alloc(self, nbytes: int): return self.dev.allocator.alloc(nbytes)

  def free(self, buf, nbytes: int) -> None: self.dev.allocator.free(buf, nbytes)

  def pipeline(self, src: str, entry: str, bufs: list) -> tuple:
    """(pipeline, bind group of bufs, objects to keep alive while they are used); a RuntimeError if Dawn refuses."""
    import ctypes

    from tinygrad.runtime.autogen import webgpu as w
    from tinygrad.runtime.ops_webgpu import DeviceCreateComputePipeline, to_wgpu_str
    d = self.dev.device_res
    code = w.WGPUShaderModuleWGSLDescriptor(code=to_wgpu_str(src),
                                            chain=w.WGPUChainedStruct(sType=w.WGPUSType_ShaderSourceWGSL))
    chain = ctypes.cast(ctypes.pointer(code), ctypes.POINTER(w.struct_WGPUChainedStruct))
    w.wgpuDevicePushErrorScope(d, w.WGPUErrorFilter_Validation)
    module = w.wgpuDeviceCreateShaderModule(d, w.WGPUShaderModuleDescriptor(nextInChain=chain))
    if err := self.dev.pop_error(): raise RuntimeError(f"shader: {err}")
    entry_t = lambda n, ty: w.WGPUBindGroupLayoutEntry(  # noqa: E731
      binding=n, visibility=w.WGPUShaderStage_Compute, buffer=w.WGPUBufferBindingLayout(type=ty))
    entries = (w.WGPUBindGroupLayoutEntry * (1 + len(bufs)))(
      entry_t(0, w.WGPUBufferBindingType_Uniform),
      *(entry_t(i + 1, w.WGPUBufferBindingType_Storage) for i in range(len(bufs))))
    bgl_desc = w.WGPUBindGroupLayoutDescriptor(entryCount=len(entries), entries=entries)
    bgl = w.wgpuDeviceCreateBindGroupLayout(d, bgl_desc)
    layouts = (w.WGPUBindGroupLayout * 1)(bgl)
    pl = w.wgpuDeviceCreatePipelineLayout(d, w.WGPUPipelineLayoutDescriptor(bindGroupLayoutCount=1,
                                                                            bindGroupLayouts=layouts))
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

  def time_pass(self, pipe, bg, workgroups, reps: int) -> float:
    """ms per dispatch of `reps` dispatches in one compute pass between two timestamp queries."""
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
