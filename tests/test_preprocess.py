"""The pure UI modules in CPython: MNIST preprocessing with Pillow standing in for the canvas, the model list."""
import json
from pathlib import Path

import pytest
from digits import models
from digits.preprocess import CENTRE, Mask, centre_of_mass, fit, image_to_mask, preprocess
from digits.strokes import Strokes

from training.writer import PilRaster

DRAWINGS = json.loads((Path(__file__).parent / "strokes" / "drawings.json").read_text())
FOUR = [[(0.62, 0.04), (0.14, 0.66), (0.88, 0.66)], [(0.64, 0.3), (0.64, 0.97)]]  # a "4" in a unit box


def drawn(paths, x0=0.0, y0=0.0, size=1.0, pen=0.07, sx=1.0) -> Strokes:
  """Strokes of `paths` placed at (x0, y0) with side `size`; the pen scales with it (the same drawing, zoomed)."""
  s = Strokes(pen * size)
  for p in paths:
    s.begin(x0 + size * sx * p[0][0], y0 + size * p[0][1])
    for x, y in p[1:]: s.add(x0 + size * sx * x, y0 + size * y)
  return s


def bbox28(img, level=0.05):
  on = [(i % 28, i // 28) for i, v in enumerate(img) if v > level]
  xs, ys = [x for x, _ in on], [y for _, y in on]
  return min(xs), min(ys), max(xs) + 1, max(ys) + 1


def test_small_in_corner_equals_huge():
  small = preprocess(drawn(FOUR, 3, 5, 40), PilRaster())  # 40 units in the top-left corner of a 280 canvas
  huge = preprocess(drawn(FOUR, 0, 0, 1000), PilRaster())
  diff = [abs(a - b) for a, b in zip(small, huge, strict=True)]
  assert max(diff) < 0.15 and sum(diff) / len(diff) < 0.01  # Pillow's 1/8 px grid is the only difference
  x0, y0, x1, y1 = bbox28(small)
  assert 19 <= max(x1 - x0, y1 - y0) <= 21  # longer side fitted to 20 px


@pytest.mark.parametrize("d", DRAWINGS[::7], ids=lambda d: f"{d['digit']}-{d['variant']}")
def test_centre_of_mass_at_14_14(d):
  s = Strokes(18)
  for p in d["strokes"]:
    s.begin(p[0][0] * 280, p[0][1] * 280)
    for x, y in p[1:]: s.add(x * 280, y * 280)
  img = preprocess(s, PilRaster())
  cx, cy = centre_of_mass(img)
  assert abs(cx - CENTRE) < 0.15 and abs(cy - CENTRE) < 0.15
  assert min(img) >= 0 and max(img) <= 1 and max(img) > 0.9


def test_aspect_kept():
  tall = preprocess(drawn([[(0.5, 0.0), (0.5, 1.0)], [(0.3, 0.0), (0.7, 0.0)]], size=200, sx=1.0), PilRaster())
  x0, y0, x1, y1 = bbox28(tall)
  assert 19 <= y1 - y0 <= 21 and 8 <= x1 - x0 <= 11  # a T 0.4 wide, 1.0 tall, pen included
  wide = preprocess(drawn([[(0.0, 0.4), (1.0, 0.6)]], size=200), PilRaster())
  x0, y0, x1, y1 = bbox28(wide)
  assert 19 <= x1 - x0 <= 21 and y1 - y0 <= 8


def test_fit_pen_scales_and_is_clamped():
  t = fit((0, 0, 100, 50), pen=14)
  assert t.pen == pytest.approx(14 * 20 / 114) and t.s * 100 + t.pen == pytest.approx(20)
  assert fit((0, 0, 10, 10), pen=20).pen == 3.2 and fit((0, 0, 5000, 10), pen=1).pen == 1.8
  assert fit((0, 0, 10, 10), pen=0).pen == 0 and fit((0, 0, 10, 10)).s == 2.0


def test_blank_and_dot():
  assert preprocess(Strokes(), PilRaster()) == [0.0] * 784
  dot = Strokes(18)
  dot.begin(100, 100)
  img = preprocess(dot, PilRaster())
  assert sum(img) > 0 and centre_of_mass(img) == pytest.approx((CENTRE, CENTRE), abs=0.2)


def test_strokes_versions_and_thinning():
  s = Strokes()
  s.begin(0, 0)
  v = s.version
  assert not s.add(0.1, 0.1) and s.version == v
  assert s.add(5, 5) and s.version == v + 1 and s.bbox() == (0, 0, 5, 5)
  s.clear()
  assert s.empty and s.bbox() is None


def _rgba(grey_rows, alpha=255):
  return bytes(b for row in grey_rows for v in row for b in (v, v, v, alpha))


def test_image_to_mask_inverts_paper_and_thresholds():
  paper = [[230] * 40 for _ in range(30)]
  for y in range(8, 22):
    for x in range(18, 22): paper[y][x] = 30  # a dark vertical bar on light paper
  m = image_to_mask(_rgba(paper), 40, 30)
  assert m.bbox() == (18, 8, 22, 22)
  dark = [[255 - v for v in row] for row in paper]  # light ink on black, like MNIST: not inverted
  assert image_to_mask(_rgba(dark), 40, 30).bbox() == (18, 8, 22, 22)
  assert image_to_mask(_rgba([[128] * 10] * 10), 10, 10).bbox() is None  # flat picture: no ink


def test_mask_preprocess_matches_strokes(mnist):
  img = mnist["x_test"][0].reshape(28, 28)
  m = image_to_mask(_rgba(img.tolist()), 28, 28)
  out = preprocess(m, PilRaster())
  assert centre_of_mass(out) == pytest.approx((CENTRE, CENTRE), abs=0.15)
  x0, y0, x1, y1 = bbox28(out, 0.3)
  assert 19 <= max(x1 - x0, y1 - y0) <= 21
  wide = Mask(bytes(v for v in m.data for _ in range(3)), 84, 28)  # stretched 3x wide: aspect kept, 20 px wide
  x0, y0, x1, y1 = bbox28(preprocess(wide, PilRaster()), 0.3)
  assert 19 <= x1 - x0 <= 21 and y1 - y0 < 14


def test_parse_index_as_the_exporter_writes_it():
  """The committed kernels/index.json (training/export.py's keys): names, sizes, accuracies, the default model."""
  doc = json.loads((Path(__file__).resolve().parents[1] / "kernels" / "index.json").read_text())
  ms = models.parse_index(doc)
  assert [m.id for m in ms] == [e["id"] for e in doc["models"]]
  for m, e in zip(ms, doc["models"], strict=True):
    assert (m.name, m.params, m.test_accuracy, m.val_accuracy) == (e["name"], e["params"], e["test_acc"], e["val_acc"])
    assert f"{e['params']:,} params" in m.label and m.url == f"kernels/{e['id']}/"
  assert models.default_model(ms).id == max(doc["models"], key=lambda e: e["val_acc"])["id"]
  assert models.parse_index({"models": [{"id": "a"}]})[0].name == "a"
  with pytest.raises(ValueError): models.parse_index({"models": []})
  with pytest.raises(ValueError): models.parse_index({"models": [{"id": "a"}, {"id": "a"}]})


def test_softmax_top_format():
  p = models.softmax([0.0, 1000.0, 0.0])
  assert p[1] == pytest.approx(1.0) and sum(p) == pytest.approx(1.0) and models.top(p) == 1
  assert models.pct(0.5) == "50.0%" and models.fmt_ms(1.234) == "1.23 ms"


def test_pure_modules_import_without_js():
  import sys
  assert "js" not in sys.modules and "pyodide" not in sys.modules
