"""The model's weights and the naming of a scheduled computation's buffers for export, shared by the inference
graphs (training/export.py) and the training steps (training/step.py): every buffer a scheduled call touches gets a
name, a byte size and a role."""
import numpy as np
from tinygrad import dtypes
from tinygrad.nn.state import get_state_dict

DTYPES = {"float": "f32", "int": "i32", "uint": "u32"}  # smaller dtypes are whole u32 words on both backends


def size(shape) -> int: return int(np.prod(shape))


def weight_tensors(model, skip: str | None = None) -> dict:
  """The model's state tensors by name (but those whose name ends with `skip`), all f32 or a ValueError."""
  weights = {k: v for k, v in get_state_dict(model).items() if not (skip and k.endswith(skip))}
  if bad := [k for k, v in weights.items() if v.dtype != dtypes.float]: raise ValueError(f"non-f32 weights: {bad}")
  return weights


def buffer_entry(name: str, uop, role: str) -> dict:
  nbytes = (size(uop.shape) * uop.dtype.itemsize + 3) // 4 * 4  # packed small dtypes: whole u32 words
  return {"name": name, "bytes": nbytes, "dtype": DTYPES.get(uop.dtype.name, "u32"), "role": role}


def name_buffers(calls, names: dict[int, str], own: list[dict], shared: set[str], roles: dict[str, str]) -> list[dict]:
  """Name every buffer the calls touch: known ones by `names` (UOp identity), the others t<n> in order of first use
  (added to `names`). Returns `own` (entries made beforehand: the input) plus an entry for every other buffer that
  is not `shared` (the weights), with its role from `roles`, else 'scratch'."""
  from training import tg
  buffers = {b["name"]: b for b in own}
  for call in calls:
    for a in tg.call_buffers(call):
      if id(a) not in names: names[id(a)] = f"t{len(buffers) - len(own)}"
      name = names[id(a)]
      if name not in buffers and name not in shared: buffers[name] = buffer_entry(name, a, roles.get(name, "scratch"))
  return list(buffers.values())
