"""What the Teach panel's test and benchmark share (tests/ and bench/ import it; it imports neither).
- A tidy hand (TEMPLATES: two styles of every digit, drawn strokes in a unit box; tests/strokes and the
  composed numbers of training/numbers.py use them).
- A scripted writer with a consistent quirk: this writer's 8 is two loops side by side (an ∞), which every shipped
  model reads as a 0. Each call draws a new one, as a person's hand varies: size, place, slant, rotation and a
  little tremor, seeded. Coordinates are fractions of the pad's side.
- PilRaster: Pillow in place of the browser's 2D canvas in CPython (the interface of digits.canvas.CanvasRaster).
- The MNIST test set served beside a built site: mnist-test.bin (labels, then images) and mnist-test.js, which
  decodes it in the page and measures a runtime model's accuracy on it."""
import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw


def arc(cx, cy, rx, ry, a0, a1, n=24):
  angles = [math.radians(a0 + (a1 - a0) * i / n) for i in range(n + 1)]
  return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in angles]


def eight(rng: random.Random) -> list[list[tuple[float, float]]]:
  loops = arc(0.3, 0.5, 0.22, 0.2, 0, 360) + arc(0.72, 0.5, 0.22, 0.2, 180, -180)  # one stroke, crossing in the middle
  s, slant, rot = rng.uniform(0.85, 1.1), rng.uniform(-0.15, 0.15), rng.uniform(-0.1, 0.1)
  ox, oy = rng.uniform(0.2, 0.35), rng.uniform(0.15, 0.3)
  out = []
  for x, y in loops:
    x, y = x - 0.5, y - 0.5
    x, y = x * math.cos(rot) - y * math.sin(rot) + slant * y, x * math.sin(rot) + y * math.cos(rot)
    out.append((round(ox + (x + 0.5) * 0.45 * s + rng.gauss(0, 0.003), 4),
                round(oy + (y + 0.5) * 0.55 * s + rng.gauss(0, 0.003), 4)))
  return [out]


def line(*pts, n=6):
  out = [pts[0]]
  for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
    out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
  return out


TEMPLATES = {  # a tidy hand: digit -> styles, each a list of strokes in a unit box (x right, y down)
  0: [[arc(0.5, 0.5, 0.3, 0.46, -100, 265)], [arc(0.5, 0.5, 0.36, 0.45, -60, 310)]],
  1: [[line((0.5, 0.04), (0.5, 0.96))], [line((0.34, 0.2), (0.55, 0.04), (0.55, 0.96))]],
  2: [[arc(0.5, 0.3, 0.3, 0.26, 190, 380) + line((0.78, 0.4), (0.16, 0.95), (0.86, 0.95))],
      [arc(0.48, 0.28, 0.32, 0.24, 200, 390) + line((0.78, 0.38), (0.2, 0.92)) + arc(0.45, 0.86, 0.3, 0.1, 180, 30)]],
  3: [[arc(0.48, 0.27, 0.3, 0.23, -160, 90) + arc(0.48, 0.73, 0.33, 0.23, -90, 160)],
      [line((0.2, 0.06), (0.8, 0.06), (0.45, 0.42)) + arc(0.48, 0.7, 0.32, 0.26, -90, 155)]],
  4: [[line((0.62, 0.04), (0.14, 0.66), (0.88, 0.66)), line((0.64, 0.3), (0.64, 0.97))],
      [line((0.22, 0.04), (0.18, 0.58), (0.86, 0.58)), line((0.68, 0.08), (0.68, 0.97))]],
  5: [[line((0.8, 0.05), (0.28, 0.05), (0.24, 0.45)) + arc(0.48, 0.68, 0.31, 0.27, -140, 155)],
      [line((0.26, 0.06), (0.24, 0.44)) + arc(0.5, 0.68, 0.3, 0.27, -135, 150), line((0.26, 0.06), (0.82, 0.06))]],
  6: [[line((0.7, 0.04), (0.45, 0.22), (0.3, 0.46), n=4) + arc(0.5, 0.72, 0.24, 0.23, 190, 550)],
      [arc(0.85, 0.62, 0.6, 0.58, 250, 180) + arc(0.5, 0.72, 0.25, 0.22, 180, 530)]],
  7: [[line((0.14, 0.06), (0.86, 0.06), (0.42, 0.96))],
      [line((0.16, 0.12), (0.18, 0.04), (0.84, 0.04), (0.5, 0.96)), line((0.36, 0.52), (0.82, 0.52))]],
  8: [[arc(0.5, 0.26, 0.22, 0.22, 90, 450), arc(0.5, 0.71, 0.28, 0.25, -90, 270)],
      [arc(0.5, 0.25, 0.24, 0.21, 60, -250) + arc(0.5, 0.72, 0.27, 0.24, -100, 240)]],
  9: [[arc(0.5, 0.3, 0.28, 0.25, 0, -360) + line((0.78, 0.3), (0.72, 0.96))],
      [arc(0.48, 0.28, 0.3, 0.24, 20, -340) + arc(0.2, 0.3, 0.58, 0.66, 0, 80, n=10)]],
}

QUIRKS = {8: eight}  # digit -> how this writer draws it


def drawings(digit: int, n: int, seed: int) -> list[list[list[tuple[float, float]]]]:
  rng = random.Random(seed * 100 + digit)
  return [QUIRKS[digit](rng) for _ in range(n)]


SIZE, SS = 28, 8  # PilRaster: anti-aliasing by drawing 8x larger and averaging each 8x8 block


def draw_mouse(pg, strokes, box) -> None:
  """Draw strokes (fractions of the pad) with Playwright's mouse on a page, the pad at `box` ({x, y, width,
  height}), as a person would: down, moves, up."""
  at = lambda p: (box["x"] + p[0] * box["width"], box["y"] + p[1] * box["height"])  # noqa: E731
  for s in strokes:
    pg.mouse.move(*at(s[0]))
    pg.mouse.down()
    for p in s[1:]: pg.mouse.move(*at(p))
    pg.mouse.up()


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


MNIST_TEST_JS = """// The MNIST test set beside this file: load() -> {n, labels, images (f32 in [0, 1])}, decoded once.
let data;
export function load() {
  data ??= fetch(new URL('mnist-test.bin', import.meta.url)).then((r) => r.arrayBuffer()).then((b) => {
    const buf = new Uint8Array(b), n = buf.length / 785, images = new Float32Array(n * 784);  // labels, then images
    for (let i = 0; i < n * 784; i++) images[i] = buf[n + i] / 255;
    return {n, labels: buf.subarray(0, n), images};
  });
  return data;
}
export async function accuracy(model) {  // a runtime model's (rt.loadModel) on all of it
  const {n, labels, images} = await load();
  const out = await model.run(images);
  let right = 0;
  for (let i = 0; i < n; i++) {
    const row = out.subarray(i * 10, i * 10 + 10);
    if (row.indexOf(Math.max(...row)) === labels[i]) right++;
  }
  return right / n;
}
"""


def serve_mnist_test(out: Path, mnist: dict) -> None:
  """Write the MNIST test set (of data.load) into a built site folder: /mnist-test.bin and /mnist-test.js."""
  (out / "mnist-test.bin").write_bytes(mnist["y_test"].astype(np.uint8).tobytes() + mnist["x_test"].tobytes())
  (out / "mnist-test.js").write_text(MNIST_TEST_JS)
