"""Draw the site's icons (site/icons/icon-<size>.png, committed): a hand-drawn 7 in the page's accent colour on its
background, with a margin that survives the circle or squircle mask of a phone's home screen ("maskable").

  python -m scripts.icon        (rewrites the PNGs; run only when the design changes)
"""
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "site" / "icons"
SIZES = (192, 512)
BG, FG = "#14161a", "#5cc8ff"  # --bg and --acc of site/style.css
STROKE = [(0.34, 0.33), (0.66, 0.31), (0.60, 0.45), (0.52, 0.58), (0.46, 0.70)]  # the 7, in the inner 80% safe zone


def icon(size: int) -> Image.Image:
  scale = 4  # drawn large, then downsampled: smooth edges without a vector renderer
  s = size * scale
  img = Image.new("RGB", (s, s), BG)
  d = ImageDraw.Draw(img)
  w = round(s * 0.075)
  pts = [(x * s, y * s) for x, y in STROKE]
  d.line(pts, fill=FG, width=w, joint="curve")
  for x, y in (pts[0], pts[-1]): d.ellipse((x - w / 2, y - w / 2, x + w / 2, y + w / 2), fill=FG)  # round caps
  return img.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
  OUT.mkdir(parents=True, exist_ok=True)
  for n in SIZES:
    icon(n).save(OUT / f"icon-{n}.png", optimize=True)
    print(f"wrote {OUT / f'icon-{n}.png'}")
