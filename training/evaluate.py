"""Test-set report of a saved checkpoint: accuracy, per-class accuracy and the confusion matrix.

  python -m training.evaluate --model cnn [--checkpoint PATH]"""
import argparse

import numpy as np
from tinygrad import Tensor

from training import data, models


def predict(model, images: np.ndarray, bs: int = 1000) -> np.ndarray:
  """Top-1 class of each uint8 image (N, 28, 28), in eval mode."""
  x = images.reshape(-1, 784)
  return np.concatenate([model(Tensor(x[i:i + bs]).float() / 255).argmax(-1).numpy() for i in range(0, len(x), bs)])


def confusion(preds: np.ndarray, labels: np.ndarray) -> np.ndarray:
  """cm[true, predicted] counts."""
  cm = np.zeros((10, 10), np.int64)
  np.add.at(cm, (labels.astype(np.int64), preds.astype(np.int64)), 1)
  return cm


def report(cm: np.ndarray) -> str:
  per_class = cm.diagonal() / cm.sum(1)
  lines = [f"test accuracy {cm.trace() / cm.sum():.4f} ({cm.trace()}/{cm.sum()})", "per-class accuracy:"]
  lines += [f"  {c}: {a:.4f}" for c, a in enumerate(per_class)]
  lines += ["confusion matrix (rows: true, columns: predicted):", "      " + "".join(f"{c:>6d}" for c in range(10))]
  lines += [f"  {r:>2d}  " + "".join(f"{v:>6d}" for v in row) for r, row in enumerate(cm)]
  return "\n".join(lines)


def plot_curves(history: list[dict], path, title: str) -> None:
  import matplotlib
  matplotlib.use("Agg")
  import matplotlib.pyplot as plt
  ep = [h["epoch"] for h in history]
  fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.6))
  a.plot(ep, [h["train_loss"] for h in history])
  a.set(xlabel="epoch", ylabel="train loss (label-smoothed)", yscale="log", title=f"{title}: loss")
  b.plot(ep, [100 * h["train_acc"] for h in history], label="train (augmented)")
  b.plot(ep, [100 * h["val_acc"] for h in history], label="validation")
  best = max(history, key=lambda h: h["val_acc"])
  b.axvline(best["epoch"], color="grey", ls=":", label=f"best {100 * best['val_acc']:.2f}% @ {best['epoch']}")
  b.set(xlabel="epoch", ylabel="accuracy %", ylim=(max(90, 100 * min(h["val_acc"] for h in history) - 1), 100),
        title=f"{title}: accuracy")
  b.legend()
  fig.tight_layout()
  fig.savefig(path, dpi=100)
  plt.close(fig)


def plot_confusion(cm: np.ndarray, path, title: str) -> None:
  import matplotlib
  matplotlib.use("Agg")
  import matplotlib.pyplot as plt
  fig, ax = plt.subplots(figsize=(5.5, 5))
  off = cm.copy()
  np.fill_diagonal(off, 0)
  ax.imshow(off, cmap="Reds")
  for (r, c), v in np.ndenumerate(cm):
    if v: ax.text(c, r, str(v), ha="center", va="center", fontsize=7, color="black" if r != c else "green")
  ax.set(xticks=range(10), yticks=range(10), xlabel="predicted", ylabel="true",
         title=f"{title}: test errors {cm.sum() - cm.trace()} / {cm.sum()}")
  fig.tight_layout()
  fig.savefig(path, dpi=100)
  plt.close(fig)


if __name__ == "__main__":
  ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  ap.add_argument("--model", choices=models.REGISTRY, required=True)
  ap.add_argument("--checkpoint", help="default: checkpoints/<model>.safetensors")
  ap.add_argument("--data")
  a = ap.parse_args()
  d = data.load(a.data)
  print(report(confusion(predict(models.load(a.model, a.checkpoint), d["x_test"]), d["y_test"])))
