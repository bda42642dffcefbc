"""The inference model as exported and its scheduled graph, shared by the exporter (training/export.py), the
training steps (training/step.py) and the tuner (training/tune.py, training/tune_native.py); it imports none of them.

- load: a checkpoint's weights with BatchNorm folded into one scale and one shift per layer;
- trace: the forward pass scheduled at one batch size;
- name_buffers: every buffer a scheduled call touches gets a name, a byte size and a role;
- load_tuning: the kernel optimisations kept in kernels/<id>/tuning.json.
"""
import json
from pathlib import Path

import numpy as np
from tinygrad import Tensor, dtypes, nn
from tinygrad.nn.state import get_state_dict

from training import models, tg

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "kernels"
BATCHES = (1, 16, 256)  # the inference variants exported (the manifest's `variants`); 16: a number's digits
DTYPES = {"float": "f32", "int": "i32", "uint": "u32"}  # smaller dtypes are whole u32 words on both backends


def size(shape) -> int: return int(np.prod(shape))


class FoldedBatchNorm:
  """BatchNorm in eval mode as y = x * scale + shift over the channel axis (two buffers instead of four)."""
  def __init__(self, bn: nn.BatchNorm):
    invstd = (bn.running_var + bn.eps).rsqrt()
    scale = invstd * bn.weight if bn.weight is not None else invstd
    shift = -bn.running_mean * scale + (bn.bias if bn.bias is not None else 0)
    self.scale, self.shift = scale.contiguous().realize(), shift.contiguous().realize()

  def __call__(self, x: Tensor) -> Tensor:
    shape = (1, -1, *([1] * (x.ndim - 2)))
    return x * self.scale.reshape(shape) + self.shift.reshape(shape)


def fold_batchnorm(model):
  """Replace every BatchNorm attribute of the model by its folded eval-mode form (in place); returns the model."""
  for name, value in list(vars(model).items()):
    if isinstance(value, nn.BatchNorm): setattr(model, name, FoldedBatchNorm(value))
  return model


def load(model_id: str, checkpoint=None):
  """The inference model: checkpoint weights (or seeded untrained ones), BatchNorm folded, weights realized."""
  model = fold_batchnorm(models.load(model_id, checkpoint))
  for v in get_state_dict(model).values(): v.realize()
  return model


def trace(model, batch: int, spec: models.Spec):
  """Schedule the forward pass at this batch size: (scheduled calls, input tensor, output tensor)."""
  x = Tensor.empty(batch, size(spec.input))  # on the default device, with the weights (DEV=NULL: no compiler needed)
  out = model(x)
  return tg.schedule(out), x, out


def load_tuning(folder: Path) -> dict:
  """kernels/<id>/tuning.json: {backend: {batch: [{opts, ms, heuristic_ms} per kernel]}}; used where the kernel
  count still matches the schedule."""
  path = folder / "tuning.json"
  return json.loads(path.read_text()) if path.exists() else {}


def weight_tensors(model, skip: str | None = None) -> dict:
  """The model's state tensors by name (but those whose name ends with `skip`), all f32 or a ValueError."""
  weights = {k: v for k, v in get_state_dict(model).items() if not (skip and k.endswith(skip))}
  if bad := [k for k, v in weights.items() if v.dtype != dtypes.float]: raise ValueError(f"non-f32 weights: {bad}")
  return weights


def buffer_entry(name: str, uop, role: str) -> dict:
  nbytes = (size(uop.shape) * uop.dtype.itemsize + 3) // 4 * 4  # packed small dtypes: whole u32 words
  return {"name": name, "bytes": nbytes, "dtype": DTYPES.get(uop.dtype.name, "u32"), "role": role}


def name_buffers(calls, names: dict[int, str], own: list[dict], shared: set[str], roles: dict[str, str]) -> list[dict]:
  """Name every buffer the calls touch: known ones by `names` (id of tg.buffer_of), the others t<n> in
  order of first use (added to `names`). Returns `own` (entries made beforehand: the input) plus an entry for every
  other buffer that is not `shared` (the weights), with its role from `roles`, else 'scratch'."""
  buffers = {b["name"]: b for b in own}
  for call in calls:
    for a in tg.call_buffers(call):
      if id(a) not in names: names[id(a)] = f"t{len(buffers) - len(own)}"
      name = names[id(a)]
      if name not in buffers and name not in shared: buffers[name] = buffer_entry(name, a, roles.get(name, "scratch"))
  return list(buffers.values())
