"""The MNIST recipe, one code path for drawings and pictures: bounding box -> longer side fitted to 20 px keeping
the aspect ratio (pen width scaled with it) -> anti-aliased raster into 28x28 -> shift so the centre of mass sits
at (14, 14). Rasterising is pluggable: the browser's 2D canvas on the page (digits.canvas), Pillow in CPython tests.

A rasteriser has two methods, both returning 784 floats in [0, 1], white ink on black, row-major:
  strokes(paths, width)   paths: lists of (x, y) in 28x28 pixel units (pixel i spans [i, i+1]); round caps/joins
  mask(mask, s, ox, oy)   draw a Mask with its pixel (x, y) corner landing at (x*s + ox, y*s + oy), smoothed
"""
SIZE, BOX = 28, 20.0
CENTRE = 14.0  # MNIST's centre of mass in pixel-index coordinates (measured over its test set: 14.01, 13.99)
PEN_MIN, PEN_MAX = 1.8, 3.2  # pen width in 28x28 pixels: MNIST strokes are about 2-3 px wide


class Transform:
  """(x, y) in canvas units -> (x*s + ox, y*s + oy) in 28x28 pixels; pen: the pen width there (0 for masks)."""
  __slots__ = ("s", "ox", "oy", "pen")

  def __init__(self, s: float, ox: float, oy: float, pen: float):
    self.s, self.ox, self.oy, self.pen = s, ox, oy, pen

  def __repr__(self): return f"Transform(s={self.s:.4f}, ox={self.ox:.3f}, oy={self.oy:.3f}, pen={self.pen:.3f})"

  def shifted(self, dx: float, dy: float) -> "Transform":
    return Transform(self.s, self.ox + dx, self.oy + dy, self.pen)


def fit(bbox: tuple[float, float, float, float], pen: float = 0.0) -> Transform:
  """Scale so the ink's longer side (centre lines plus one pen width) is 20 px, centred in the 28x28 field.
  The pen scales with the drawing, kept within [PEN_MIN, PEN_MAX] so tiny or huge drawings stay MNIST-like."""
  x0, y0, x1, y1 = bbox
  side = max(x1 - x0, y1 - y0)
  pen28 = min(max(pen * BOX / (side + pen), PEN_MIN), PEN_MAX) if pen > 0 else 0.0
  s = (BOX - pen28) / side if side > 0 else 1.0
  mid = SIZE / 2
  return Transform(s, mid - s * (x0 + x1) / 2, mid - s * (y0 + y1) / 2, pen28)


def centre_of_mass(img) -> tuple[float, float] | None:
  """(x, y) in pixel-index coordinates (pixel i's centre is i), or None for a blank image."""
  total = sx = sy = 0.0
  for y in range(SIZE):
    row = img[y * SIZE:(y + 1) * SIZE]
    r = sum(row)
    if r == 0: continue
    total += r
    sy += r * y
    sx += sum(v * x for x, v in enumerate(row) if v)
  return None if total == 0 else (sx / total, sy / total)


def preprocess(shape, raster) -> list[float]:
  """Strokes or Mask -> the 784 model inputs. Blank input gives all zeros."""
  bbox = shape.bbox()
  if bbox is None: return [0.0] * (SIZE * SIZE)
  t = fit(bbox, shape.pen)
  img = shape.render(raster, t)
  com = centre_of_mass(img)
  if com is None: return list(img)
  return list(shape.render(raster, t.shifted(CENTRE - com[0], CENTRE - com[1])))


class Mask:
  """A binary picture (ink 255, background 0), `width` x `height`, row-major bytes."""
  pen = 0.0

  def __init__(self, data: bytes, width: int, height: int):
    self.data, self.width, self.height = bytes(data), width, height

  def bbox(self) -> tuple[float, float, float, float] | None:
    if not hasattr(self, "_bbox"): self._bbox = self._find_bbox()
    return self._bbox

  def _find_bbox(self) -> tuple[float, float, float, float] | None:
    w, rows = self.width, [y for y in range(self.height) if any(self.data[y * self.width:(y + 1) * self.width])]
    if not rows: return None
    cols = [x for x in range(w) if any(self.data[y * w + x] for y in range(rows[0], rows[-1] + 1))]
    return float(cols[0]), float(rows[0]), float(cols[-1] + 1), float(rows[-1] + 1)

  def render(self, raster, t) -> list[float]:
    return raster.mask(self, t.s, t.ox, t.oy)


def grey_ink(rgba, width: int, height: int) -> list[int]:
  """RGBA bytes -> ink darkness 0..255 where the ink is whichever of dark or light the border is not.
  Transparent pixels count as white paper."""
  g = []
  for i in range(0, width * height * 4, 4):
    r, gr, b, a = rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]
    lum = (299 * r + 587 * gr + 114 * b) // 1000
    g.append((lum * a + 255 * (255 - a)) // 255)
  border = g[:width] + g[-width:] + g[::width] + g[width - 1::width]
  light_paper = sum(border) / len(border) > 127
  return [255 - v for v in g] if light_paper else g


def otsu(values) -> int:
  """The threshold that best splits the values into two classes (Otsu 1979); ink is > threshold."""
  hist = [0] * 256
  for v in values: hist[v] += 1
  n, total = len(values), sum(i * h for i, h in enumerate(hist))
  best, best_t, w0, sum0 = -1.0, 127, 0, 0
  for t in range(256):
    w0 += hist[t]
    if w0 == 0: continue
    w1 = n - w0
    if w1 == 0: break
    sum0 += t * hist[t]
    m0, m1 = sum0 / w0, (total - sum0) / w1
    between = w0 * w1 * (m0 - m1) ** 2
    if between > best: best, best_t = between, t
  return best_t


def image_to_mask(rgba, width: int, height: int) -> Mask:
  """A picture of a digit (dark ink on light paper, or light on dark like MNIST) -> its ink mask."""
  ink = grey_ink(rgba, width, height)
  lo, hi = min(ink), max(ink)
  if hi - lo < 32: return Mask(bytes(width * height), width, height)  # flat picture: no ink to find
  t = max(otsu(ink), lo + (hi - lo) // 4)
  return Mask(bytes(255 if v > t else 0 for v in ink), width, height)
