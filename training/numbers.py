"""Our own test set of written numbers (tests/ and bench/ use it; it imports neither), and reading one as the page
does: py/digits/segment.py splits the ink, every digit goes through the MNIST preprocess, one batch through a model.
- mnist_numbers: MNIST test digits laid out as numbers of 1-6 digits, as a picture's ink (a Mask): each digit at
  its own size and baseline, uneven gaps, some touching or overlapping their neighbour. Every test digit is used
  once, so segmentation is measured on all of them.
- stroke_numbers: numbers drawn with strokes (writer.TEMPLATES) on a pad: size, slant, rotation and tremor vary
  per digit, as a hand's do, in pad units (the pad's side is `side`).
- read: a number's digits and each digit's probabilities from a logits function."""
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from training.writer import TEMPLATES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "py"))  # the page's own Python, run here as in tests
from digits import segment  # noqa: E402
from digits.preprocess import Mask, preprocess  # noqa: E402
from digits.strokes import Strokes  # noqa: E402

PEN = 0.07  # the page's pen: this share of the pad's side (py/digits/pad.py)


def lengths(n: int, rng: random.Random, lo: int = 1, hi: int = 6) -> list[int]:
  """Number lengths in [lo, hi] that add up to n."""
  out = []
  while n > 0:
    k = min(rng.randint(lo, hi), n)
    out.append(k)
    n -= k
  return out


def ink_crop(img: np.ndarray) -> np.ndarray:
  ys, xs = np.nonzero(img > 0)
  return img[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def compose(images: list[np.ndarray], rng: random.Random, touch: float = 0.25) -> tuple[np.ndarray, list[tuple]]:
  """Digit images (uint8, white on black) side by side on one canvas; returns it and each digit's box (x0, y0, x1,
  y1). `touch`: the share of gaps that are negative (the digits touch or overlap)."""
  crops = []
  for im in images:
    c, s = ink_crop(im), rng.uniform(0.75, 1.3)
    h, w = max(1, round(c.shape[0] * s)), max(1, round(c.shape[1] * s))
    crops.append(np.asarray(Image.fromarray(c).resize((w, h), Image.Resampling.BILINEAR)))
  height = max(c.shape[0] for c in crops)
  pad = round(height * 0.3)
  places, x = [], pad
  for c in crops:
    y = pad + round(rng.uniform(-0.15, 0.15) * height + (height - c.shape[0]) * rng.uniform(0.3, 0.7))
    places.append((x, max(0, y)))
    gap = rng.uniform(-0.12, 0.0) if rng.random() < touch else rng.uniform(0.05, 0.6)
    x += c.shape[1] + round(gap * height)
  canvas = np.zeros((2 * pad + height + round(0.3 * height), x + pad), np.uint8)
  boxes = []
  for c, (x0, y0) in zip(crops, places, strict=True):
    region = canvas[y0:y0 + c.shape[0], x0:x0 + c.shape[1]]
    np.maximum(region, c[:region.shape[0], :region.shape[1]], out=region)
    boxes.append((x0, y0, x0 + c.shape[1], y0 + c.shape[0]))
  return canvas, boxes


def mnist_numbers(x: np.ndarray, y: np.ndarray, seed: int = 0, touch: float = 0.25):
  """Every image of x (N, 28, 28) once, in numbers of 1-6 digits: [(Mask, digits as text, boxes)]."""
  rng = random.Random(seed)
  order = list(range(len(x)))
  rng.shuffle(order)
  out, i = [], 0
  for k in lengths(len(order), rng):
    idx = order[i:i + k]
    i += k
    canvas, boxes = compose([x[j] for j in idx], rng, touch)
    mask = Mask(((canvas > 100) * 255).astype(np.uint8).tobytes(), canvas.shape[1], canvas.shape[0])
    out.append((mask, "".join(str(int(y[j])) for j in idx), boxes))
  return out


def hand(digit: int, rng: random.Random, height: float) -> list[list[tuple[float, float]]]:
  """One drawing of `digit`, `height` tall, its top-left at (0, 0): a template with this hand's variations."""
  strokes = rng.choice(TEMPLATES[digit])
  slant, rot, wide = rng.uniform(-0.25, 0.25), rng.uniform(-0.08, 0.08), rng.uniform(0.8, 1.15)
  out = []
  for s in strokes:
    p = []
    for x, y in s:
      x, y = (x - 0.5) * wide + slant * (0.5 - y), y - 0.5
      x, y = x * math.cos(rot) - y * math.sin(rot), x * math.sin(rot) + y * math.cos(rot)
      p.append(((x + 0.5) * height + rng.gauss(0, 0.004 * height), (y + 0.5) * height + rng.gauss(0, 0.004 * height)))
    out.append(p)
  xs, ys = [x for s in out for x, _ in s], [y for s in out for _, y in s]
  return [[(x - min(xs), y - min(ys)) for x, y in s] for s in out]


def stroke_number(digits: str, rng: random.Random, side: float = 280.0) -> tuple[list, list[tuple]]:
  """A number drawn on a pad of side `side`: its strokes (fractions of the side) and each digit's box (in units)."""
  n, pen = len(digits), PEN * side
  height = min(0.55 * side, (0.92 * side - pen) / (n * 0.8 + 0.1 * (n - 1)))
  drawn, x = [], 0.0
  for d in digits:
    h = height * rng.uniform(0.8, 1.05)
    s = hand(int(d), rng, h)
    w = max(px for st in s for px, _ in st)
    y0 = rng.uniform(-0.08, 0.08) * height + (height - h) * rng.uniform(0.3, 0.7)
    drawn.append((s, x, y0, w, h))
    x += w + pen + rng.uniform(-0.05, 0.35) * height
  total = drawn[-1][1] + drawn[-1][3]
  ox, oy = (side - total) / 2, (side - height) / 2
  strokes, boxes = [], []
  for s, x0, y0, w, h in drawn:
    strokes += [[((ox + x0 + px) / side, (oy + y0 + py) / side) for px, py in st] for st in s]
    boxes.append((ox + x0, oy + y0, ox + x0 + w, oy + y0 + h))
  return strokes, boxes


def stroke_numbers(n: int, seed: int = 0, lo: int = 1, hi: int = 6, side: float = 280.0):
  """n numbers of lo-hi random digits, drawn: [(Strokes in pad units, digits as text, boxes)]."""
  rng = random.Random(seed)
  out = []
  for _ in range(n):
    digits = "".join(str(rng.randrange(10)) for _ in range(rng.randint(lo, hi)))
    fractions, boxes = stroke_number(digits, rng, side)
    out.append((as_strokes(fractions, side), digits, boxes))
  return out


def as_strokes(fractions, side: float = 280.0) -> Strokes:
  """Strokes given as fractions of the pad, in pad units with the page's pen, point by point as the pad adds them."""
  s = Strokes(PEN * side)
  for p in fractions:
    s.begin(p[0][0] * side, p[0][1] * side)
    for x, y in p[1:]: s.add(x * side, y * side)
  return s


def read(source, raster, logits: Callable[[np.ndarray], np.ndarray]):
  """The page's reading in CPython: [(Part, ten probabilities)] left to right. logits: (N, 784) -> (N, 10)."""
  groups = segment.segment(source)
  ps = segment.parts(groups)
  if not ps: return []
  z = logits(np.array([preprocess(p.shape, raster) for p in ps], np.float32))
  e = np.exp(z - z.max(1, keepdims=True))
  return segment.choose(groups, (e / e.sum(1, keepdims=True)).tolist())
