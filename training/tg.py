"""The few places where the exporter reaches into tinygrad's internals (0.14). Everything else uses its public API.

If a tinygrad upgrade moves one of these, `tests/test_tg.py` fails and names the piece that moved.
"""
from dataclasses import replace

from tinygrad.codegen import to_program
from tinygrad.codegen.opt import Opt, OptOps
from tinygrad.engine.realize import get_call_arg_uops
from tinygrad.uop.ops import Ops


def with_opts(ast, opts):
  """The kernel AST with these optimisation steps instead of tinygrad's hand-coded heuristic (None: heuristic)."""
  return ast if opts is None else ast.replace(arg=replace(ast.arg, opts_to_apply=tuple(opts)))


def program(call, renderer, opts=None):
  """One scheduled call rendered: (ProgramInfo, source text, the argument buffer UOps in parameter order)."""
  if call.src[0].op is not Ops.SINK: raise ValueError(f"cannot export a {call.src[0].op} call (only compute kernels)")
  prg = to_program(with_opts(call.src[0], opts), renderer)
  src = next(s.arg for s in prg.src if s.op is Ops.SOURCE)
  args = get_call_arg_uops(call)
  return prg.arg, src, [args[i] for i in prg.arg.globals]


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


def call_buffers(call) -> list:
  """Every buffer UOp a scheduled call touches (outputs first), whatever the renderer."""
  return list(get_call_arg_uops(call))


def scheduler(ast, renderer):
  """tinygrad's Scheduler for this kernel at the point where it applies optimisations (to list legal next steps).
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
    cg.do_to_program(ast, renderer)
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
