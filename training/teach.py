"""The training step that "Teach it your handwriting" runs in the browser, and the measurement that chose it.

  python -m training.teach --measure [--model cnn] [--steps 30] [--batch 16] [--grid last:sgd:0.05,...]
  (prints a table, writes bench/results/teach_choice.json)

The step works on the inference model as exported (BatchNorm folded, export.load): forward on a fixed batch of
images (f32 in [0, 1]) and labels (i32), cross-entropy, gradients of the trainable weights only (the frozen ones are
plain inputs), and tinygrad's optimizer updating the weights and its own state in place. training/export.py
schedules it once and renders it for WebGPU and WebAssembly like the inference kernels; the tests run the same
step with TinyJit as the reference.

The measurement: a writer who writes 3 and 7 mirror-reversed (each shipped model reads such digits right at most 6%
of the time). Teach 5 of each (validation images, mirrored) mixed half/half with the shipped replay sample of MNIST
training images, and count the steps until 20 new mirrored 3s and 7s each read right, and what it costs on the
5,000 validation images, for {last layer, last two, all} x {SGD, Adam} x two learning rates.
"""
import argparse
import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from tinygrad import Context, Tensor, TinyJit, dtypes, nn

from training import export, models, tg

ROOT = Path(__file__).resolve().parents[1]
QUIRK = (3, 7)  # digits the writer mirrors
REPLAY, TESTSAMPLE, SEED = 4096, 2000, 0


@dataclass(frozen=True)
class Config:
  layers: str = "last2"  # 'last' | 'last2' | 'all': which layers train (a folded BatchNorm belongs to its conv)
  optimizer: str = "adam"  # 'adam' | 'sgd'
  lr: float = 1e-3
  batch: int = 32  # images per step (the measurement here: half examples, half replay; the runtime's default
  # share of examples is a quarter, measured in the browser: bench/results/teach.json)
  steps: int = 30  # a learning run's default length


# Per model, from the measurement (bench/results/teach_choice.json; docs/ARCHITECTURE.md says why)
CHOSEN = {"mlp": Config("last2", "sgd", 0.05, 32, 30), "cnn": Config("last", "sgd", 0.05, 16, 30),
          "small": Config("last", "sgd", 0.05, 16, 30)}


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


class Step:
  """One optimisation step of `model` (export.load's inference model) under cfg; the weights are its own tensors."""
  def __init__(self, model, cfg: Config):
    self.model, self.cfg = model, cfg
    self.weights = export.weight_tensors(model)
    self.keys = trainable(list(self.weights), cfg.layers)
    self.params = [self.weights[k] for k in self.keys]
    if cfg.optimizer == "adam": self.opt = nn.optim.Adam(self.params, lr=cfg.lr)
    elif cfg.optimizer == "sgd": self.opt = nn.optim.SGD(self.params, lr=cfg.lr)
    else: raise ValueError(f"unknown optimizer {cfg.optimizer}")
    Tensor.realize(*self.state().values())

  def state(self) -> dict[str, Tensor]:
    """The optimizer's own tensors by name: lr, Adam's beta powers b1_t, b2_t and moments m.<weight>, v.<weight>."""
    o, out = self.opt, {"lr": self.opt.lr}
    if isinstance(o, nn.optim.LAMB):
      out |= {"b1_t": o.b1_t, "b2_t": o.b2_t} | {f"m.{k}": t for k, t in zip(self.keys, o.m, strict=True)}
      out |= {f"v.{k}": t for k, t in zip(self.keys, o.v, strict=True)}
    else: out |= {f"b.{k}": t for k, t in zip(self.keys, getattr(o, "b", []), strict=False)}
    return out

  def __call__(self, x: Tensor, y: Tensor) -> tuple[Tensor, list[Tensor]]:
    """The step, lazy: (loss, the tensors to realize with it: updated weights and optimizer state)."""
    with Context(TRAINING=1):
      loss = self.model(x).sparse_categorical_crossentropy(y)
      for p, g in zip(self.params, loss.gradient(*self.params), strict=True): p.grad = g
      return loss, self.opt.schedule_step()

  def jit(self):
    """tinygrad's own jitted step: (x (B, 784) f32, y (B,) i32) -> loss, realized."""
    @TinyJit
    def step(x: Tensor, y: Tensor) -> Tensor:
      loss, outs = self(x, y)
      return Tensor.realize(loss, *outs)
    return step


ROLE_ORDER = {"input": 0, "labels": 1, "state": 2, "loss": 3, "scratch": 4}


def graph(model, spec: models.Spec, cfg: Config):
  """The step scheduled once on the CPU device, for export: (scheduled calls, buffer name by UOp identity, the
  step's own buffers (input, labels, state, loss, scratch; the weights are the inference model's, by the same
  names), the optimizer state's initial values {name: ndarray}, the Step)."""
  step = Step(model, cfg)
  init = {k: v.numpy() for k, v in step.state().items()}
  with Context(NO_MEMORY_PLANNER=1):
    x = Tensor.empty(cfg.batch, export.size(spec.input), device="CPU")
    y = Tensor.empty(cfg.batch, dtype=dtypes.int32, device="CPU")
    loss, outs = step(x, y)
    calls = loss.schedule_linear(*outs).src
  state, weights = step.state(), {id(v.uop.base): k for k, v in step.weights.items()}
  names = {id(x.uop.base): "input", id(y.uop.base): "labels", id(loss.uop.base): "loss", **weights,
           **{id(v.uop.base): k for k, v in state.items()}}
  own = export.name_buffers(calls, names, [export.buffer_entry("input", x.uop.base, "input"),
                                           export.buffer_entry("labels", y.uop.base, "labels")],
                            set(weights.values()), {"loss": "loss"} | {k: "state" for k in state})
  found = {b["name"] for b in own}
  if missing := [k for k in ["loss", *state] if k not in found]: raise ValueError(f"no kernel touches {missing}")
  written = {names[id(tg.call_buffers(c)[0])] for c in calls}
  if missing := [k for k in step.keys if k not in written]: raise ValueError(f"no kernel updates {missing}")
  for b in own:
    if b["role"] == "state": b["key"] = b["name"]
  return calls, names, sorted(own, key=lambda b: ROLE_ORDER[b["role"]]), init, step


def samples(mnist: dict) -> dict[str, dict[str, np.ndarray]]:
  """The shipped samples, seeded: replay (MNIST training images for each batch's other half) and testsample (MNIST
  test images for before/after accuracy in the browser); uint8 images (N, 784), uint8 labels."""
  rng = np.random.default_rng(SEED)
  tr = rng.choice(len(mnist["x_train"]), REPLAY, replace=False)
  te = rng.choice(len(mnist["x_test"]), TESTSAMPLE, replace=False)
  def pick(x, y, i): return {"x": x[np.sort(i)].reshape(-1, 784), "y": y[np.sort(i)].astype(np.uint8)}
  return {"replay": pick(mnist["x_train"], mnist["y_train"], tr),
          "testsample": pick(mnist["x_test"], mnist["y_test"], te)}


def mixed_batches(rng, ex_x, ex_y, rep_x, rep_y, batch: int, steps: int):
  """Per step: batch/2 of the examples and batch/2 replay images, drawn with replacement (f32 [0, 1], i32)."""
  h = batch // 2
  for _ in range(steps):
    i, j = rng.integers(len(ex_x), size=h), rng.integers(len(rep_x), size=batch - h)
    x = np.concatenate([ex_x[i], rep_x[j].astype(np.float32) / 255]).reshape(batch, 784)
    yield x.astype(np.float32), np.concatenate([ex_y[i], rep_y[j]]).astype(np.int32)


def quirky(mnist: dict, taught: int = 5, new: int = 20):
  """The writer: mirrored validation digits of QUIRK; (taught x, y, new x, y) as f32 [0, 1] (N, 784)."""
  rng = np.random.default_rng(SEED + 1)
  tx, ty, nx, ny = [], [], [], []
  for d in QUIRK:
    idx = rng.permutation(np.flatnonzero(mnist["y_val"] == d))[:taught + new]
    imgs = mnist["x_val"][idx][:, :, ::-1].reshape(-1, 784).astype(np.float32) / 255
    tx.append(imgs[:taught]); nx.append(imgs[taught:])
    ty += [d] * taught; ny += [d] * new
  return np.concatenate(tx), np.array(ty, np.int32), np.concatenate(nx), np.array(ny, np.int32)


def accuracy(model, x: np.ndarray, y: np.ndarray) -> float:
  return float((export.predict(model, x).argmax(1) == y).mean())


def measure_one(mid: str, cfg: Config, mnist: dict, rep: dict, every: int = 5) -> dict:
  model = export.load(mid)
  tx, ty, nx, ny = quirky(mnist)
  val0, quirk0 = accuracy(model, mnist["x_val"], mnist["y_val"]), accuracy(model, nx.reshape(-1, 28, 28), ny)
  step, rng = Step(model, cfg).jit(), np.random.default_rng(SEED)
  curve, needed, val_at, t0 = [], None, None, time.perf_counter()
  for i, (x, y) in enumerate(mixed_batches(rng, tx, ty, rep["x"], rep["y"], cfg.batch, cfg.steps), 1):
    loss = step(Tensor(x), Tensor(y)).item()
    if i % every == 0:
      curve.append((i, round(accuracy(model, nx.reshape(-1, 28, 28), ny), 4), round(loss, 4)))
      if needed is None and curve[-1][1] >= 0.9:
        needed, val_at = i, accuracy(model, mnist["x_val"], mnist["y_val"])
  val1 = accuracy(model, mnist["x_val"], mnist["y_val"])
  return {"model": mid, **asdict(cfg), "quirk_before": quirk0, "quirk_after": curve[-1][1], "steps_to_90": needed,
          "val_before": val0, "val_drop_at_90": None if val_at is None else round(100 * (val0 - val_at), 2),
          "val_drop_end": round(100 * (val0 - val1), 2), "curve": curve, "wall_s": round(time.perf_counter() - t0, 1)}


GRID = [("last", "sgd", 0.05), ("last", "sgd", 0.2), ("last", "adam", 1e-3), ("last", "adam", 3e-3),
        ("last2", "sgd", 0.05), ("last2", "sgd", 0.2), ("last2", "adam", 1e-3), ("last2", "adam", 3e-3),
        ("all", "sgd", 0.05), ("all", "sgd", 0.2), ("all", "adam", 1e-3), ("all", "adam", 3e-3)]


def measure(ids, steps: int, out: Path, grid=GRID, batch: int = 32) -> list[dict]:
  from training import data
  mnist = data.load(fetch=True)
  rep = samples(mnist)["replay"]
  rows = json.loads(out.read_text())["runs"] if out.exists() else []
  done = {(r["model"], r["layers"], r["optimizer"], r["lr"], r["steps"], r["batch"]) for r in rows}
  print(f"{'model':6} {'batch':5} {'layers':6} {'opt':5} {'lr':>6} {'quirk':>11} {'steps>=90%':>10} {'drop@90':>8} "
        f"{'drop@end':>8}")
  for mid in ids:
    for layers, opt, lr in grid:
      if (mid, layers, opt, lr, steps, batch) in done: continue
      r = measure_one(mid, Config(layers, opt, lr, batch, steps), mnist, rep)
      rows.append(r)
      print(f"{mid:6} {batch:5} {layers:6} {opt:5} {lr:6g} {r['quirk_before']:5.2f}->{r['quirk_after']:4.2f} "
            f"{r['steps_to_90'] or '-':>10} {r['val_drop_at_90'] if r['val_drop_at_90'] is not None else '-':>8} "
            f"{r['val_drop_end']:8.2f}", flush=True)
      out.parent.mkdir(parents=True, exist_ok=True)
      chosen = {k: asdict(v) for k, v in CHOSEN.items()}
      out.write_text(json.dumps({"quirk": f"digits {QUIRK} mirrored", "chosen": chosen, "runs": rows}, indent=1) + "\n")
  return rows


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--measure", action="store_true", help="run the choice grid (CPU, minutes)")
  ap.add_argument("--model", default=",".join(models.REGISTRY))
  ap.add_argument("--steps", type=int, default=60)
  ap.add_argument("--batch", type=int, default=32)
  ap.add_argument("--grid", help="layers:optimizer:lr,... (default: the full grid)")
  ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "teach_choice.json"))
  a = ap.parse_args(argv)
  grid = [(g.split(":")[0], g.split(":")[1], float(g.split(":")[2])) for g in a.grid.split(",")] if a.grid else GRID
  if a.measure: measure(a.model.split(","), a.steps, Path(a.out), grid, a.batch)
  else: print(json.dumps({k: asdict(v) for k, v in CHOSEN.items()}))


if __name__ == "__main__":
  main()
