"""The training step that "Teach it your handwriting" runs in the browser, and the measurement that chose it.

  python -m training.teach --measure [--model cnn] [--steps 30] [--batch 16] [--grid last:sgd:0.05,...]
  (prints a table, writes bench/results/teach_choice.json)

The step itself is training/step.py's `teach` step: the inference model as exported (BatchNorm folded), gradients
of the chosen layers only (the frozen ones are plain inputs), tinygrad's optimizer updating them in place.

The measurement: a writer who writes 3 and 7 mirror-reversed, which the shipped models mostly misread (each run
records how often they read them right, before and after: quirk_before, quirk_after). Teach 5 of each (validation
images, mirrored) mixed half/half with the shipped replay sample of MNIST training images, and count the steps until
20 new mirrored 3s and 7s each read right, and what it costs on the 5,000 validation images, for {last layer, last
two, all} x {SGD, Adam} x two learning rates.
"""
import argparse
import json
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
from tinygrad import Tensor

from training import export, graph, models
from training.step import TEACH as CHOSEN
from training.step import Config, Step

ROOT = Path(__file__).resolve().parents[1]
QUIRK = (3, 7)  # digits the writer mirrors
SEED = 0


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
  model = graph.load(mid)
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
  rep = data.samples(mnist)["replay"]
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
