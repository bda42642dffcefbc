"""The project's models as ONNX graphs, for the ONNX Runtime Web peer of the benchmarks:

  python -m bench.onnx_graphs --out DIR [--model cnn] [--checkpoint P]

Same weights as the exported kernels (training.graph.load: the checkpoint with BatchNorm folded into one scale and one
shift per layer) and the same forward pass as training/models.py, written op by op with onnx.helper. Input "x": float32
[N, 784] raw pixels in [0, 1]; output "logits": float32 [N, 10]; N is dynamic.
"""
import argparse
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from training import graph as tgraph
from training import models

OPSET = 17  # ONNX Runtime Web 1.30 runs opsets up to 21 on both the wasm and the webgpu providers

# Each model's forward pass (training/models.py), step by step: (op, weight prefix or argument).
LAYERS = {
  "mlp": [("normalize", (-1, 784)), ("linear", "l1"), ("silu", None), ("linear", "l2"), ("silu", None),
          ("linear", "l3")],
  "cnn": [("normalize", (-1, 1, 28, 28)),
          ("conv", "c1"), ("silu", None), ("conv", "c2"), ("silu", None), ("affine", "bn1"), ("maxpool", 2),
          ("conv", "c3"), ("silu", None), ("conv", "c4"), ("silu", None), ("affine", "bn2"), ("maxpool", 2),
          ("flatten", None), ("linear", "fc")],
}
LAYERS["small"] = LAYERS["cnn"]  # the same layers, narrower


class Builder:
  """Appends nodes to a chain: each step reads the previous output and names its own."""
  def __init__(self, weights: dict[str, np.ndarray]):
    self.weights, self.used = weights, set()
    self.nodes, self.inits, self.last, self.n = [], [], "x", 0

  def const(self, name: str, value) -> str:
    self.inits.append(numpy_helper.from_array(np.asarray(value), name))
    return name

  def weight(self, key: str, shape=None) -> str:
    self.used.add(key)
    w = self.weights[key]
    return self.const(key, w.reshape(shape) if shape else w)

  def op(self, op_type: str, *inputs: str, **attrs) -> str:
    self.n += 1
    out = f"{op_type.lower()}{self.n}"
    self.nodes.append(helper.make_node(op_type, list(inputs), [out], name=out, **attrs))
    return out

  def step(self, kind: str, arg) -> None:
    self.last = getattr(self, kind)(self.last, arg)

  def normalize(self, x: str, shape) -> str:
    x = self.op("Reshape", x, self.const(f"shape{self.n}", np.array(shape, np.int64)))
    x = self.op("Sub", x, self.const("mean", np.float32(models.MEAN)))
    return self.op("Div", x, self.const("std", np.float32(models.STD)))

  def linear(self, x: str, prefix: str) -> str:
    return self.op("Gemm", x, self.weight(f"{prefix}.weight"), self.weight(f"{prefix}.bias"), transB=1)

  def conv(self, x: str, prefix: str) -> str:
    k = self.weights[f"{prefix}.weight"].shape[2:]
    return self.op("Conv", x, self.weight(f"{prefix}.weight"), self.weight(f"{prefix}.bias"), kernel_shape=list(k))

  def silu(self, x: str, _) -> str:
    return self.op("Mul", x, self.op("Sigmoid", x))

  def affine(self, x: str, prefix: str) -> str:
    """Folded BatchNorm: x * scale + shift per channel."""
    c = self.weights[f"{prefix}.scale"].shape[0]
    x = self.op("Mul", x, self.weight(f"{prefix}.scale", (c, 1, 1)))
    return self.op("Add", x, self.weight(f"{prefix}.shift", (c, 1, 1)))

  def maxpool(self, x: str, k: int) -> str:
    return self.op("MaxPool", x, kernel_shape=[k, k], strides=[k, k])

  def flatten(self, x: str, _) -> str:
    return self.op("Flatten", x, axis=1)


def graph(model_id: str, checkpoint=None) -> onnx.ModelProto:
  """The model with its checkpoint's weights (default checkpoints/<id>.safetensors) as a checked ONNX model."""
  if model_id not in LAYERS: raise KeyError(f"{model_id}: no ONNX layout in bench/onnx_graphs.py LAYERS")
  tensors = tgraph.weight_tensors(tgraph.load(model_id, checkpoint))
  weights = {k: v.numpy().astype(np.float32) for k, v in tensors.items()}
  b = Builder(weights)
  for kind, arg in LAYERS[model_id]: b.step(kind, arg)
  if unused := sorted(set(weights) - b.used): raise ValueError(f"{model_id}: weights not in the ONNX graph: {unused}")
  b.nodes[-1].output[0] = "logits"
  x = helper.make_tensor_value_info("x", TensorProto.FLOAT, ["N", 784])
  y = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 10])
  g = helper.make_graph(b.nodes, model_id, [x], [y], b.inits)
  model = helper.make_model(g, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="bench.onnx_graphs")
  model.ir_version = 8  # opset 17's IR version: readable by older runtimes too
  onnx.checker.check_model(model, full_check=True)
  return model


def write(out_dir, model_ids=None, checkpoint=None) -> dict[str, Path]:
  """Write <out_dir>/<id>.onnx for each model; returns id -> path."""
  out_dir = Path(out_dir)
  out_dir.mkdir(parents=True, exist_ok=True)
  paths = {}
  for mid in model_ids or models.REGISTRY:
    paths[mid] = out_dir / f"{mid}.onnx"
    onnx.save(graph(mid, checkpoint), str(paths[mid]))
  return paths


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--out", required=True, help="folder for <id>.onnx (not committed: they are built from checkpoints)")
  ap.add_argument("--model", choices=list(models.REGISTRY), help="one model (default: all)")
  ap.add_argument("--checkpoint", help="with --model: weights other than checkpoints/<id>.safetensors")
  a = ap.parse_args(argv)
  if a.checkpoint and not a.model: ap.error("--checkpoint needs --model")
  for mid, p in write(a.out, [a.model] if a.model else None, a.checkpoint).items():
    print(f"{mid}: {p} ({p.stat().st_size:,} bytes)")


if __name__ == "__main__":
  main()
