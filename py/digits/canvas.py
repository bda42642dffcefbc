"""Browser-only: the 2D-canvas rasteriser (the preprocess's pluggable back end) and the picture helpers.
Each raster is a tiny offscreen 28x28 canvas; a whole drawing goes over as one SVG path string."""
import js

from .interop import js_obj

SIZE = 28


def grey_image(data: bytes, w: int, h: int):
  """One channel of bytes (row-major) as an opaque grey ImageData."""
  rgba = bytearray(w * h * 4)
  for i in range(3): rgba[i::4] = data
  rgba[3::4] = b"\xff" * (w * h)
  px = js.Uint8ClampedArray.new(len(rgba))
  px.assign(rgba)
  return js.ImageData.new(px, w, h)


def canvas2d(w: int, h: int):
  c = js.OffscreenCanvas.new(w, h)
  return c, c.getContext("2d", js_obj({"willReadFrequently": True}))


def red_channel(ctx, w: int, h: int) -> bytes:
  return ctx.getImageData(0, 0, w, h).data.to_bytes()[0::4]


class CanvasRaster:
  def __init__(self):
    self.canvas, self.ctx = canvas2d(SIZE, SIZE)

  def _clear(self):
    ctx = self.ctx
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    ctx.fillStyle = "#000"
    ctx.fillRect(0, 0, SIZE, SIZE)

  def _read(self) -> list[float]:
    return [v / 255 for v in red_channel(self.ctx, SIZE, SIZE)]

  def strokes(self, paths, width: float) -> list[float]:
    self._clear()
    d = []
    for p in paths:
      (x, y), rest = p[0], p[1:]
      d.append(f"M{x:.3f} {y:.3f}")
      d.extend(f"L{u:.3f} {v:.3f}" for u, v in rest or [(x + 0.01, y)])  # a lone point still makes a dot
    ctx = self.ctx
    ctx.strokeStyle, ctx.lineWidth, ctx.lineCap, ctx.lineJoin = "#fff", width, "round", "round"
    ctx.stroke(js.Path2D.new(" ".join(d)))
    return self._read()

  def mask(self, mask, s: float, ox: float, oy: float) -> list[float]:
    src = getattr(mask, "_canvas", None)
    if src is None:  # the mask as a white-on-black picture, made once per mask
      src, sctx = canvas2d(mask.width, mask.height)
      sctx.putImageData(grey_image(mask.data, mask.width, mask.height), 0, 0)
      mask._canvas = src
    self._clear()
    ctx = self.ctx
    ctx.imageSmoothingEnabled, ctx.imageSmoothingQuality = True, "high"
    ctx.setTransform(s, 0, 0, s, ox, oy)
    ctx.drawImage(src, 0, 0)
    return self._read()


async def read_picture(file, max_side: int = 256):
  """A File -> (RGBA bytes, width, height), shrunk to at most max_side; raises ValueError if it is no picture."""
  try:
    bmp = await js.createImageBitmap(file)
  except Exception as e:
    raise ValueError(f"{file.name!r} is not a picture this browser can read (try a PNG or JPEG).") from e
  k = min(1.0, max_side / max(bmp.width, bmp.height))
  w, h = max(1, round(bmp.width * k)), max(1, round(bmp.height * k))
  c, ctx = canvas2d(w, h)
  ctx.fillStyle = "#fff"  # transparent areas count as paper
  ctx.fillRect(0, 0, w, h)
  ctx.imageSmoothingQuality = "high"
  ctx.drawImage(bmp, 0, 0, w, h)
  bmp.close()
  return ctx.getImageData(0, 0, w, h).data.to_bytes(), w, h, c
