"""The models' forward pass in plain numpy, from a checkpoint: an independent check of what the exporter claims
(reference.json holds tinygrad's logits). Written from the architecture's definition, not from tinygrad's code."""
import numpy as np
from safetensors.numpy import load_file

MEAN, STD, EPS = 0.1307, 0.3081, 1e-5


def silu(x): return x / (1 + np.exp(-x))


def conv(x, w, b):
  """Valid 2-D convolution, stride 1: x (N, C, H, W), w (O, C, K, K)."""
  k = w.shape[2]
  n, c, h, wd = x.shape
  cols = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(2, 3))  # N, C, H-k+1, W-k+1, k, k
  return np.einsum("nchwij,ocij->nohw", cols, w, optimize=True) + b[None, :, None, None]


def batchnorm(x, t, name):
  scale = t[f"{name}.weight"] / np.sqrt(t[f"{name}.running_var"] + EPS)
  c = (slice(None), None, None)  # per channel
  return (x - t[f"{name}.running_mean"][c]) * scale[c] + t[f"{name}.bias"][c]


def maxpool(x):
  n, c, h, w = x.shape
  return x[:, :, :h // 2 * 2, :w // 2 * 2].reshape(n, c, h // 2, 2, w // 2, 2).max((3, 5))


def forward(model_id: str, checkpoint, x: np.ndarray) -> np.ndarray:
  """Logits (N, 10) for pixels x (N, 784) in [0, 1], in float64."""
  t = {k: v.astype(np.float64) for k, v in load_file(str(checkpoint)).items()}
  x = (x.astype(np.float64) - MEAN) / STD
  lin = lambda h, n: h @ t[f"{n}.weight"].T + t[f"{n}.bias"]  # noqa: E731
  if model_id == "mlp":
    return lin(silu(lin(silu(lin(x, "l1")), "l2")), "l3")
  h = x.reshape(-1, 1, 28, 28)  # cnn and small: the same layout, other widths
  cv = lambda h, n: silu(conv(h, t[f"{n}.weight"], t[f"{n}.bias"]))  # noqa: E731
  h = maxpool(batchnorm(cv(cv(h, "c1"), "c2"), t, "bn1"))
  h = maxpool(batchnorm(cv(cv(h, "c3"), "c4"), t, "bn2"))
  return lin(h.reshape(len(h), -1), "fc")
