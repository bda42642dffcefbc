"""training/tg.py, the exporter's only contact with tinygrad internals: if a tinygrad upgrade moves one of them,
these fail and say which."""
from training import export, models, tg, wasm, wgsl


def calls():
  """A small real schedule: the MLP's first layer at batch 1."""
  return export.trace(export.load("mlp", "/nonexistent.safetensors"), 1, models.REGISTRY["mlp"])[0]


def test_program_gives_info_source_and_buffers():
  call = calls()[0]
  for r in (wgsl.renderer(), wasm.renderer()):
    info, src, args = tg.program(call, r)
    assert info.function_name in src, "ProgramInfo.function_name is no longer the kernel's name in its source"
    assert len(args) == len(info.globals), "ProgramInfo.globals no longer indexes get_call_arg_uops"
    assert all(hasattr(a, "shape") and hasattr(a, "dtype") for a in args), "call arguments are no longer UOp buffers"
    assert len(info.global_size) == 3 and set(map(id, args)) <= set(map(id, tg.call_buffers(call)))


def test_search_pieces():
  call = calls()[0]
  k = tg.scheduler(call.src[0], wasm.renderer())
  hand = tg.heuristic(k)
  assert hand, "tinygrad's heuristic chose no optimisation steps for a 784x128 matmul"
  steps = tg.next_steps(k, hand)
  assert steps and all(s[:len(hand)] == hand and len(s) == len(hand) + 1 for s in steps)
  info, src, _ = tg.program(call, wasm.renderer(), steps[0])  # the steps apply through opts_to_apply
  assert info.function_name in src

