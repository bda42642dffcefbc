"""The models. Each takes raw pixels in [0, 1] (white ink on black), shape (N, 784) or (N, 1, 28, 28), and
returns logits (N, 10); the MNIST normalisation is part of the graph so the browser feeds the same input."""
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
  """The reference design's CNN (tinygrad's beautiful_mnist): 87,850 parameters."""
  def __init__(self):
    self.c1, self.c2, self.bn1 = nn.Conv2d(1, 32, 5), nn.Conv2d(32, 32, 5), nn.BatchNorm(32)
    self.c3, self.c4, self.bn2 = nn.Conv2d(32, 64, 3), nn.Conv2d(64, 64, 3), nn.BatchNorm(64)
    self.fc = nn.Linear(576, 10)

  def __call__(self, x: Tensor) -> Tensor:
    x = (x.reshape(-1, 1, 28, 28) - MEAN) / STD
    x = self.bn1(self.c2(self.c1(x).silu()).silu()).max_pool2d()
    x = self.bn2(self.c4(self.c3(x).silu()).silu()).max_pool2d()
    return self.fc(x.flatten(1))


MODELS = {"mlp": MLP, "cnn": CNN}
NAMES = {"mlp": "MLP 784-128-64-10", "cnn": "CNN (4 conv, 2 BatchNorm)"}


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
  model = MODELS[model_id]()
  if path.exists(): load_state_dict(model, load_tensors(path), verbose=False)
  return model


def save_tensors(tensors: dict[str, Tensor], path) -> None:
  """safetensors through numpy: works on any device (tinygrad's safe_save needs a CPU compiler)."""
  tmp = Path(f"{path}.tmp")
  safetensors.numpy.save_file({k: np.ascontiguousarray(v.numpy()) for k, v in tensors.items()}, str(tmp))
  tmp.replace(path)  # never a half-written checkpoint


def load_tensors(path) -> dict[str, Tensor]:
  return {k: Tensor(v.copy()) for k, v in safetensors.numpy.load_file(str(path)).items()}
