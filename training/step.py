"""The training steps the browser runs, scheduled once on the CPU device and rendered for WebGPU and WebAssembly like
the inference kernels (training/export.py writes them; the tests run the same steps with TinyJit as the reference).

Two steps, one exporter:
- `teach`: the Teach panel's fine-tuning (training/teach.py chose its config): the inference model as exported
  (BatchNorm folded), gradients of the chosen layers only; the weights are the inference model's own buffers.
- `scratch`: training a registered model from random weights: the model as defined (BatchNorm on batch statistics,
  its running statistics updated), every parameter trained by Adam; the weights are the step's own buffers, and the
  runtime folds BatchNorm (the manifest's `fold`) to hand a finished run to the inference kernels.

Both: forward on a fixed batch of images (f32 in [0, 1]) and labels (i32), mean cross-entropy, gradients, and
tinygrad's optimizer updating the weights and its own state (lr, moments, beta powers) in place.
"""
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tinygrad import Context, Tensor, TinyJit, dtypes, nn
from tinygrad.nn.state import get_state_dict

from training import graph, models, tg, wasm, wgsl


@dataclass(frozen=True)
class Config:
  layers: str = "last2"  # 'last' | 'last2' | 'all': which layers train (a folded BatchNorm belongs to its conv)
  optimizer: str = "adam"  # 'adam' | 'sgd'
  lr: float = 1e-3
  batch: int = 32  # images per step
  steps: int = 30  # a learning run's default length


# Teach, per model, from the measurement (training/teach.py --measure: bench/results/teach_choice.json)
TEACH = {"mlp": Config("last2", "sgd", 0.05, 32, 30), "cnn": Config("last", "sgd", 0.05, 16, 30),
         "small": Config("last", "sgd", 0.05, 16, 30)}
# From scratch: every layer, Adam; the batches exported (the page offers these) and the default learning rate
SCRATCH_BATCHES = (64, 256)
SCRATCH = Config("all", "adam", 1e-3, 64, 0)
SKIP = "num_batches_tracked"  # BatchNorm's int64 counter: not part of the step (WGSL has no 64-bit integers)


def layer_groups(keys: list[str]) -> list[list[str]]:
  """Weight names by layer, in model order: a module holding only a folded BatchNorm's scale/shift joins the layer
  before it."""
  groups: list[list[str]] = []
  for k in keys:
    mod, leaf = k.rsplit(".", 1)
    if groups and (groups[-1][0].rsplit(".", 1)[0] == mod or leaf in ("scale", "shift")): groups[-1].append(k)
    else: groups.append([k])
  return groups


def trainable(keys: list[str], layers: str) -> list[str]:
  groups = layer_groups(keys)
  n = {"last": 1, "last2": 2, "all": len(groups)}[layers]
  return [k for g in groups[-n:] for k in g]


def scratch_model(model_id: str, seed: int = 0):
  """A registered model with tinygrad's seeded initial weights (not folded: BatchNorm trains)."""
  Tensor.manual_seed(seed)
  model = models.REGISTRY[model_id].arch()
  Tensor.realize(*get_state_dict(model).values())
  return model


class Step:
  """One optimisation step of `model` under cfg; the weights are the model's own tensors.
  scratch=False: `model` is graph.load's inference model and cfg.layers choose the trained weights.
  scratch=True: every parameter trains and BatchNorm runs on batch statistics, updating its running statistics."""
  def __init__(self, model, cfg: Config, scratch: bool = False):
    self.model, self.cfg, self.scratch = model, cfg, scratch
    self.weights = graph.weight_tensors(model, skip=SKIP)
    self.keys = list(models.trainable(model)) if scratch else trainable(list(self.weights), cfg.layers)
    self.running = [v for k, v in self.weights.items() if k.rsplit(".", 1)[1].startswith("running_")]
    self.params = [self.weights[k] for k in self.keys]
    if cfg.optimizer == "adam": self.opt = nn.optim.Adam(self.params, lr=cfg.lr)
    elif cfg.optimizer == "sgd": self.opt = nn.optim.SGD(self.params, lr=cfg.lr)
    else: raise ValueError(f"unknown optimizer {cfg.optimizer}")
    Tensor.realize(*self.state().values())

  def state(self) -> dict[str, Tensor]:
    """The optimizer's own tensors by name: lr, Adam's beta powers b1_t, b2_t and moments m.<weight>, v.<weight>."""
    return tg.optimizer_state(self.opt, self.keys)

  def __call__(self, x: Tensor, y: Tensor) -> tuple[Tensor, list[Tensor]]:
    """The step, lazy: (loss, the tensors to realize with it: updated weights, running statistics, optimizer state)."""
    with Context(TRAINING=1):
      loss = self.model(x).sparse_categorical_crossentropy(y)
      for p, g in zip(self.params, loss.gradient(*self.params), strict=True): p.grad = g
      return loss, [*self.opt.schedule_step(), *self.running]

  def jit(self):
    """tinygrad's own jitted step: (x (B, 784) f32, y (B,) i32) -> loss, realized."""
    @TinyJit
    def step(x: Tensor, y: Tensor) -> Tensor:
      loss, outs = self(x, y)
      return Tensor.realize(loss, *outs)
    return step


ROLE_ORDER = {"input": 0, "labels": 1, "weight": 2, "state": 3, "loss": 4, "scratch": 5}


def schedule(step: Step, batch: int, spec: models.Spec):
  """The step scheduled once on the CPU device: (scheduled calls, buffer name by UOp identity, the step's own
  buffers: input, labels, [weights,] state, loss, scratch; sorted by role). Teach's weights are the inference
  model's buffers (shared, not listed); the scratch step's are its own (role 'weight')."""
  dev = step.params[0].device  # the model's (CPU at export; NULL where the kernels are only tuned)
  x = Tensor.empty(batch, graph.size(spec.input), device=dev)
  y = Tensor.empty(batch, dtype=dtypes.int32, device=dev)
  loss, outs = step(x, y)
  calls = tg.schedule(loss, *outs)
  buf = tg.buffer_of
  state, weights = step.state(), {id(buf(v)): k for k, v in step.weights.items()}
  names = {id(buf(x)): "input", id(buf(y)): "labels", id(buf(loss)): "loss", **weights,
           **{id(buf(v)): k for k, v in state.items()}}
  roles = {"loss": "loss"} | {k: "state" for k in state} | ({k: "weight" for k in step.weights} if step.scratch else {})
  shared = set() if step.scratch else set(weights.values())
  own = graph.name_buffers(calls, names, [graph.buffer_entry("input", buf(x), "input"),
                                          graph.buffer_entry("labels", buf(y), "labels")], shared, roles)
  found = {b["name"] for b in own}
  if missing := [k for k in ["loss", *state, *(step.weights if step.scratch else [])] if k not in found]:
    raise ValueError(f"no kernel touches {missing}")
  written = {names[id(tg.call_buffers(c)[0])] for c in calls}
  running = [k for k in step.weights if k.rsplit(".", 1)[1].startswith("running_")] if step.scratch else []
  if missing := [k for k in [*step.keys, *running] if k not in written]:
    raise ValueError(f"no kernel updates {missing}")
  for b in own:
    if b["role"] in ("state", "weight"): b["key"] = b["name"]
  return calls, names, sorted(own, key=lambda b: ROLE_ORDER[b["role"]])


def render(prefix: str, calls, names: dict, folder: Path, tuned: dict | None = None) -> dict:
  """A step's kernels written beside the model: WGSL files <prefix>_<i>_*.wgsl and <prefix>.wasm (its own module,
  fetched only when a visitor trains). tuned: {backend: [{opts} | None per kernel]} (tuning.json `scratch`).
  Returns {kernels, wasm: {file, kernels}}."""
  kernels, sources = wgsl.kernels(prefix, calls, names, (tuned or {}).get("webgpu"))
  for file, src in sources.items(): (folder / file).write_text(src)
  wkernels, csrc = wasm.kernels(prefix, calls, names, (tuned or {}).get("wasm"))
  wasm.compile_module(csrc, folder / f"{prefix}.wasm")
  return {"kernels": kernels, "wasm": {"file": f"{prefix}.wasm", "kernels": wkernels}}


def optimizer(step: Step) -> dict:
  return {"name": step.cfg.optimizer, "lr": step.cfg.lr} | tg.optimizer_constants(step.opt)


def teach_entry(model_id: str, model, folder: Path) -> dict:
  """The manifest's `teach` entry (without the wasm offsets: export() places them in the model's memory) and
  teach.safetensors, the optimizer state's initial values."""
  cfg = TEACH[model_id]
  step = Step(model, cfg)
  init = {k: v.numpy() for k, v in step.state().items()}
  calls, names, buffers = schedule(step, cfg.batch, models.REGISTRY[model_id])
  models.save_tensors({k: Tensor(v) for k, v in init.items()}, folder / "teach.safetensors")
  return {"batch": cfg.batch, "steps": cfg.steps, "layers": cfg.layers, "optimizer": optimizer(step),
          "loss": "sparse categorical cross-entropy, mean over the batch", "trainable": step.keys,
          "buffers": buffers, **render("teach", calls, names, folder), "state": {"file": "teach.safetensors"}}


def init_rule(model, key: str) -> dict:
  """How tinygrad initialises a weight, for the runtime to draw a seeded start: uniform(-bound, bound) with
  bound 1/sqrt(fan_in) (nn.Linear, nn.Conv2d: Kaiming-uniform with a=sqrt(5)), or a constant (BatchNorm)."""
  mod, leaf = key.rsplit(".", 1)
  layer = getattr(model, mod)
  if isinstance(layer, nn.BatchNorm): return {"fill": 1.0 if leaf in ("weight", "running_var") else 0.0}
  w = layer.weight
  return {"uniform": float(1 / np.sqrt(int(np.prod(w.shape[1:]))))}


def scratch_entry(model_id: str, folder: Path, batches=SCRATCH_BATCHES, tuning: dict | None = None) -> dict:
  """The manifest's `scratch` entry: per batch the step's buffers, WGSL kernels and scratch_b<batch>.wasm (a module
  with its own memory, laid out from wasm.BASE: offsets and `memory` given), plus how to start (init rules and the
  optimizer state's initial values, which are plain constants) and how to fold BatchNorm for the inference kernels."""
  spec, out = models.REGISTRY[model_id], []
  for b in batches:
    model = scratch_model(model_id)
    step = Step(model, SCRATCH, scratch=True)
    calls, names, buffers = schedule(step, b, spec)
    tuned = {be: tg.tuned_for((tuning or {}).get("scratch", {}), be, b, len(calls)) for be in ("webgpu", "wasm")}
    entry = {"batch": b, "buffers": buffers, **render(f"scratch_b{b}", calls, names, folder, tuned)}
    offs, end = wasm.place([x["bytes"] for x in buffers])
    entry["wasm"] |= {"offsets": dict(zip([x["name"] for x in buffers], offs, strict=True)), "memory": end}
    out.append(entry)
  init = {}
  for k, v in step.state().items():  # lr, b1_t, b2_t and zeroed moments: each a constant
    vals = np.unique(v.numpy())
    if len(vals) != 1: raise ValueError(f"optimizer state {k} does not start as a constant")
    init[k] = {"fill": float(vals[0])}
  init |= {k: init_rule(model, k) for k in step.weights}
  folds = [{"bn": k, "eps": bn.eps, "momentum": bn.momentum}
           for k, bn in vars(model).items() if isinstance(bn, nn.BatchNorm)]
  # a checkpoint's keys and shapes, counters too (models.save_tensors stores a 0-d tensor as shape [1], as numpy does)
  shapes = {k: list(v.shape) or [1] for k, v in get_state_dict(model).items()}
  return {"batches": out, "optimizer": optimizer(step), "trainable": step.keys, "shapes": shapes,
          "loss": "sparse categorical cross-entropy, mean over the batch", "init": init, "fold": folds}
