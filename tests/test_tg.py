"""training/tg.py, the exporter's only contact with tinygrad internals: if a tinygrad upgrade moves one of them,
these fail and say which."""
from training import graph, models, tg, wasm, wgsl


def calls():
  """A small real schedule: the MLP's first layer at batch 1."""
  return graph.trace(graph.load("mlp", "/nonexistent.safetensors"), 1, models.REGISTRY["mlp"])[0]


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
  k = tg.scheduler(call, wasm.renderer())
  hand = tg.heuristic(k)
  assert hand, "tinygrad's heuristic chose no optimisation steps for a 784x128 matmul"
  steps = tg.next_steps(k, hand)
  assert steps and all(s[:len(hand)] == hand and len(s) == len(hand) + 1 for s in steps)
  info, src, _ = tg.program(call, wasm.renderer(), steps[0])  # the steps apply through opts_to_apply
  assert info.function_name in src



def test_schedule_names_buffers_by_identity():
  model = graph.load("mlp", "/nonexistent.safetensors")
  calls, x, out = graph.trace(model, 1, models.REGISTRY["mlp"])
  touched = {id(a) for c in calls for a in tg.call_buffers(c)}
  assert id(tg.buffer_of(x)) in touched and id(tg.buffer_of(out)) in touched, "buffer_of no longer matches call_buffers"
  assert all(id(tg.buffer_of(v)) in touched for v in graph.weight_tensors(model).values())


def test_optimizer_state():
  from tinygrad import Tensor, nn
  ps = [Tensor.zeros(3, 2).contiguous().realize(), Tensor.zeros(2).contiguous().realize()]
  adam = tg.optimizer_state(nn.optim.Adam(ps), ["a", "b"])
  assert list(adam) == ["lr", "b1_t", "b2_t", "m.a", "m.b", "v.a", "v.b"], "Adam no longer keeps m, v, b1_t, b2_t"
  assert adam["m.a"].shape == (3, 2) and adam["b1_t"].shape == (1,)
  assert tg.optimizer_constants(nn.optim.Adam(ps)) == {"b1": 0.9, "b2": 0.999, "eps": 1e-8}
  assert list(tg.optimizer_state(nn.optim.SGD(ps, momentum=0.9), ["a", "b"])) == ["lr", "b.a", "b.b"]
  sgd = nn.optim.SGD(ps)
  assert list(tg.optimizer_state(sgd, ["a", "b"])) == ["lr"] and tg.optimizer_constants(sgd) == {}


def test_native_webgpu_pieces_exist():
  """NativeWebGPU's pieces of tinygrad's WEBGPU device, read from the source (Dawn is not installed here)."""
  import importlib.util
  from pathlib import Path
  src = Path(importlib.util.find_spec("tinygrad.runtime.ops_webgpu").origin).read_text()
  for name in ("def buf_to_mv(", "def to_wgpu_str(", "DeviceCreateComputePipeline", "def _readable_buffer(",
               "self.device_res", "def pop_error(", "def create_uniform("):
    assert name in src, f"tinygrad's ops_webgpu no longer has {name}: update training/tg.py NativeWebGPU"
