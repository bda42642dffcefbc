"""Writes drawings.json: hand-made stroke drawings of every digit in different sizes, places and slants.
Templates are strokes in a unit box (x right, y down); variants place them on the canvas (coordinates are
fractions of the canvas side). Run: python tests/strokes/make_drawings.py"""
import json
from pathlib import Path

from training.writer import arc


def line(*pts, n=6):
  out = [pts[0]]
  for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
    out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
  return out


TEMPLATES = {  # digit -> styles, each a list of strokes
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

# variant -> (style, x0, y0, size, shear): unit box scaled to `size` at (x0, y0); shear leans the top to the right
VARIANTS = {
  "centre": (0, 0.2, 0.16, 0.64, 0.0),
  "small-top-left": (0, 0.04, 0.04, 0.2, 0.0),
  "large": (1, 0.04, 0.03, 0.94, 0.0),
  "slanted": (0, 0.18, 0.14, 0.62, 0.3),
  "small-bottom-right": (1, 0.68, 0.66, 0.26, 0.15),
  "narrow-left": (1, 0.06, 0.3, 0.45, -0.15),
}


def place(strokes, x0, y0, size, shear):
  return [[(round(x0 + size * (x + shear * (1 - y) - shear / 2), 4), round(y0 + size * y, 4)) for x, y in s]
          for s in strokes]


def drawings() -> list[dict]:
  return [{"digit": d, "variant": v, "strokes": place(TEMPLATES[d][style], x0, y0, size, shear)}
          for d in TEMPLATES for v, (style, x0, y0, size, shear) in VARIANTS.items()]


if __name__ == "__main__":
  out = Path(__file__).with_name("drawings.json")
  out.write_text(json.dumps(drawings()) + "\n")
  print(f"wrote {out}")
