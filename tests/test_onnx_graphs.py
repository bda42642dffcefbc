"""The ONNX graphs of the benchmark's peer (bench/onnx_graphs.py) give tinygrad's logits (kernels/<id>/reference.json),
run by onnx's reference evaluator at batch 1 and batch 5."""
import json
from pathlib import Path

import numpy as np
import pytest
from onnx.reference import ReferenceEvaluator

from bench import onnx_graphs
from training.models import REGISTRY

ROOT = Path(__file__).resolve().parents[1]
TOL = 1e-4


@pytest.fixture(scope="module", params=list(REGISTRY))
def case(request):
  """(model id, its graph, the reference evaluator of it, inputs [cases, 784], tinygrad's logits [cases, 10])."""
  ref = json.loads((ROOT / "kernels" / request.param / "reference.json").read_text())
  x = np.array([c["input"] for c in ref["cases"]], np.float32)
  want = np.array([c["logits"] for c in ref["cases"]], np.float32)
  model = onnx_graphs.graph(request.param)
  return request.param, model, ReferenceEvaluator(model), x, want


def logits(session, x: np.ndarray) -> np.ndarray:
  return session.run(["logits"], {"x": x})[0]


def test_batch1(case):
  mid, _, session, x, want = case
  for i in range(len(x)):
    y = logits(session, x[i:i + 1])
    assert y.shape == (1, 10)
    np.testing.assert_allclose(y[0], want[i], rtol=0, atol=TOL, err_msg=f"{mid} case {i}")


def test_batch5(case):
  mid, _, session, x, want = case
  assert len(x) >= 5
  y = logits(session, x[:5])
  assert y.shape == (5, 10)
  np.testing.assert_allclose(y, want[:5], rtol=0, atol=TOL, err_msg=mid)


def test_io(case):
  """Input x: float32 [N, 784] with N dynamic; output logits: float32 [N, 10]."""
  (inp,), (out,) = case[1].graph.input, case[1].graph.output
  dims = lambda v: [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]  # noqa: E731
  assert (inp.name, dims(inp)) == ("x", ["N", 784])
  assert (out.name, dims(out)) == ("logits", ["N", 10])
