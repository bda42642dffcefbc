"""The models and their registry. Each takes raw pixels in [0, 1] (white ink on black), shape (N, 784) or
(N, 1, 28, 28), and returns logits (N, 10); the MNIST normalisation is part of the graph so the browser feeds the
same input. REGISTRY is the one list of models: training, export, the Makefile (`python -m training.models`), the
index the page reads and the tests all iterate over it. Adding a model: a class and one entry (docs/ARCHITECTURE.md).
"""
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import safetensors.numpy
from tinygrad import Tensor, nn
from tinygrad.nn.state import get_state_dict, load_state_dict

MEAN, STD = 0.1307, 0.3081


class MLP:
  """784-128-64-10 with SiLU."""
  def __init__(self):
    self.l1, self.l2, self.l3 = nn.Linear(784, 128), nn.Linear(128, 64), nn.Linear(64, 10)

  def __call__(self, x: Tensor) -> Tensor:
    x = (x.reshape(-1, 784) - MEAN) / STD
    return self.l3(self.l2(self.l1(x).silu()).silu())


class CNN:
  """Two blocks of (conv, SiLU, conv, SiLU, BatchNorm, 2x2 max-pool), then one linear layer. The default is the
  reference design's CNN (tinygrad's beautiful_mnist): 87,850 parameters."""
  def __init__(self, widths=(32, 32, 64, 64), kernels=(5, 5, 3, 3)):
    (a, b, c, d), (k1, k2, k3, k4) = widths, kernels
    self.c1, self.c2, self.bn1 = nn.Conv2d(1, a, k1), nn.Conv2d(a, b, k2), nn.BatchNorm(b)
    self.c3, self.c4, self.bn2 = nn.Conv2d(b, c, k3), nn.Conv2d(c, d, k4), nn.BatchNorm(d)
    side = ((28 - k1 - k2 + 2) // 2 - k3 - k4 + 2) // 2
    self.fc = nn.Linear(d * side * side, 10)

  def __call__(self, x: Tensor) -> Tensor:
    x = (x.reshape(-1, 1, 28, 28) - MEAN) / STD
    x = self.bn1(self.c2(self.c1(x).silu()).silu()).max_pool2d()
    x = self.bn2(self.c4(self.c3(x).silu()).silu()).max_pool2d()
    return self.fc(x.flatten(1))


class SmallCNN(CNN):
  """A small, fast CNN for slow devices: the CNN's layout with 3x3 kernels and 12-32 channels, 24,170 parameters,
  a fifth of the CNN's multiply-adds (28 -> 26 -> 24 -> 12 -> 10 -> 8 -> 4)."""
  def __init__(self): super().__init__((12, 24, 32, 32), (3, 3, 3, 3))


@dataclass(frozen=True)
class Spec:
  """One registered model: its architecture, the name the page shows, the training defaults of its shipped run
  (training/train.py's flags, chosen on validation accuracy: checkpoints/sweep.json) and its input/output shapes."""
  arch: type
  name: str
  train: dict
  input: tuple = (1, 28, 28)
  output: tuple = (10,)


REGISTRY = {
  "mlp": Spec(MLP, "MLP 784-128-64-10",
              dict(epochs=150, lr=0.02, adam_lr=0.003, wd=0.05, smooth=0.05, patience=40, seed=1)),
  "cnn": Spec(CNN, "CNN (4 conv, 2 BatchNorm)",
              dict(epochs=50, lr=0.02, adam_lr=0.003, wd=0.05, smooth=0.05, patience=15, seed=0)),
  "small": Spec(SmallCNN, "Small CNN (fast on slow devices)",
                dict(epochs=60, lr=0.02, adam_lr=0.003, wd=0.05, smooth=0.05, patience=20, seed=0)),
}


def param_count(model) -> int:
  """Trainable parameters (BatchNorm running statistics are buffers, not parameters)."""
  return sum(v.numel() for v in trainable(model).values())


def trainable(model) -> dict[str, Tensor]:
  buffers = ("running_", "num_batches")
  return {k: v for k, v in get_state_dict(model).items() if not k.split(".")[-1].startswith(buffers)}


def save(model, path) -> None:
  """Checkpoint: every state tensor (BatchNorm running statistics included) as safetensors."""
  save_tensors(get_state_dict(model), path)


def load(model_id: str, path=None):
  """A model with the weights of `path` (default checkpoints/<id>.safetensors); seeded untrained if absent."""
  path = Path(path) if path else Path(__file__).resolve().parents[1] / "checkpoints" / f"{model_id}.safetensors"
  Tensor.manual_seed(0)
  model = REGISTRY[model_id].arch()
  if path.exists(): load_state_dict(model, load_tensors(path), verbose=False)
  return model


def save_tensors(tensors: dict[str, Tensor], path) -> None:
  """safetensors through numpy: works on any device (tinygrad's safe_save needs a CPU compiler)."""
  tmp = Path(f"{path}.tmp")
  safetensors.numpy.save_file({k: np.ascontiguousarray(v.numpy()) for k, v in tensors.items()}, str(tmp))
  tmp.replace(path)  # never a half-written checkpoint


def load_tensors(path) -> dict[str, Tensor]:
  return {k: Tensor(v.copy()) for k, v in safetensors.numpy.load_file(str(path)).items()}


if __name__ == "__main__":
  print(" ".join(REGISTRY))  # the Makefile's list of models
