"""Pillow stands in for the browser's 2D canvas in CPython: same interface as digits.canvas.CanvasRaster.
Anti-aliasing by drawing 8x larger and averaging each 8x8 block."""
from PIL import Image, ImageDraw

SIZE, SS = 28, 8


class PilRaster:
  def _out(self, im: Image.Image) -> list[float]:
    return [v / 255 for v in im.reduce(SS).tobytes()]

  def strokes(self, paths, width: float) -> list[float]:
    im = Image.new("L", (SIZE * SS, SIZE * SS), 0)
    d, w, r = ImageDraw.Draw(im), max(1, round(width * SS)), width * SS / 2
    for p in paths:
      pts = [(x * SS, y * SS) for x, y in p]
      if len(pts) > 1: d.line(pts, fill=255, width=w)
      for x, y in pts: d.ellipse((x - r, y - r, x + r, y + r), fill=255)  # round caps and joins
    return self._out(im)

  def mask(self, mask, s: float, ox: float, oy: float) -> list[float]:
    src = Image.frombytes("L", (mask.width, mask.height), mask.data)
    k = s * SS  # output pixel (u, v) samples source ((u/SS - ox)/s, (v/SS - oy)/s)
    f = max(1, int(1 / k))  # shrinking: box-average first so the bilinear sampling does not alias
    if f > 1: src = src.reduce(f)
    data = (1 / (k * f), 0, -ox / (s * f), 0, 1 / (k * f), -oy / (s * f))
    im = src.transform((SIZE * SS, SIZE * SS), Image.Transform.AFFINE, data, Image.Resampling.BILINEAR)
    return self._out(im)
