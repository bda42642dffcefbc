"""Random affine augmentation on the device: rotation, scale and translation with bilinear sampling.

Bilinear sampling is written as two small contractions with tent weights relu(1 - |src - q|), so it runs as
plain tensor ops (batched matmul + reduce) on any tinygrad device, fused into the training step."""
import numpy as np
from tinygrad import Tensor

SIZE = 28


def random_params(rng: np.random.Generator, n: int, rot=15.0, scale=0.1, shift=0.1) -> np.ndarray:
  """(n, 4) float32: angle in degrees, scale factor, shift x and shift y in pixels."""
  return np.stack([rng.uniform(-rot, rot, n), rng.uniform(1 - scale, 1 + scale, n),
                   rng.uniform(-shift, shift, n) * SIZE, rng.uniform(-shift, shift, n) * SIZE], 1).astype(np.float32)


def affine(x: Tensor, params: Tensor) -> Tensor:
  """Warp images x (N, 28, 28) in [0, 1] by params (N, 4) from random_params; pixels outside are black.

  The output pixel at offset d from the centre samples the input at centre + R(-angle) d / scale - shift,
  so the content turns by `angle` (clockwise on screen, rows pointing down), grows by `scale` and moves by
  (shift x, shift y)."""
  n, c = x.shape[0], (SIZE - 1) / 2
  theta, s = params[:, 0:1] * (np.pi / 180), params[:, 1:2]
  cos, sin = theta.cos() / s, theta.sin() / s
  coords = Tensor.arange(SIZE).float() - c
  v = coords.reshape(1, SIZE, 1).expand(1, SIZE, SIZE).reshape(1, -1)  # row offset of each output pixel
  u = coords.reshape(1, 1, SIZE).expand(1, SIZE, SIZE).reshape(1, -1)  # column offset
  sx = cos * u + sin * v + c - params[:, 2:3]  # (N, 784) source column of each output pixel
  sy = -sin * u + cos * v + c - params[:, 3:4]
  q = Tensor.arange(SIZE).float().reshape(1, 1, SIZE)
  wx = (1 - (sx.unsqueeze(-1) - q).abs()).relu()  # (N, 784, 28) weight of each source column
  wy = (1 - (sy.unsqueeze(-1) - q).abs()).relu()  # (N, 784, 28) weight of each source row
  rows = wx.matmul(x.transpose(1, 2))  # (N, 784, 28): sum over columns of x[n, row, col] * wx[n, p, col]
  return (rows * wy).sum(-1).reshape(n, SIZE, SIZE)
