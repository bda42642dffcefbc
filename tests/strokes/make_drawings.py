"""Writes drawings.json: hand-made stroke drawings of every digit in different sizes, places and slants.
Templates are strokes in a unit box (x right, y down); variants place them on the canvas (coordinates are
fractions of the canvas side). Run: python tests/strokes/make_drawings.py"""
import json
from pathlib import Path

from training.writer import TEMPLATES


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
