"""Splitting the ink into digits (py/digits/segment.py) in CPython, on our own numbers (training/numbers.py)."""
import random

import numpy as np
import pytest
from digits import segment
from digits.preprocess import Mask, preprocess
from digits.strokes import Strokes
from helpers import DRAWINGS, ROOT

from training import numbers
from training.writer import PilRaster


def counts(groups) -> tuple[int, set[int]]:
  """The likeliest digit count, and every count the options allow."""
  alts = {0}
  for g in groups: alts = {a + len(o) for a in alts for o in g.options}
  return sum(len(g.options[0]) for g in groups), alts


@pytest.mark.parametrize("d", DRAWINGS, ids=lambda d: f"{d['digit']}-{d['variant']}")
def test_one_digit_alone_is_read_exactly_as_before(d):
  """Every recorded drawing (the 4 and 7 of two strokes, the 5 with its bar apart) is one digit, and that digit is
  the drawing itself: the same preprocess, bit for bit."""
  s = numbers.as_strokes(d["strokes"])
  groups = segment.segment(s)
  assert len(groups) == 1 and len(groups[0].options) == 1 and len(groups[0].options[0]) == 1
  assert groups[0].options[0][0].shape is s


def test_drawn_numbers_split_into_their_digits():
  """Numbers drawn with strokes (uneven gaps, sizes, baselines, slants, some digits' boxes overlapping): each is
  cut into exactly its digits, each digit's part in the box it was drawn in."""
  for s, digits, boxes in numbers.stroke_numbers(300, seed=3):
    groups = segment.segment(s)
    assert counts(groups)[0] == len(digits), digits
    for part, (x0, _, x1, _) in zip([g.options[0][0] for g in groups], boxes, strict=True):
      cx = (part.box[0] + part.box[2]) / 2
      assert x0 - s.pen <= cx <= x1 + s.pen


@pytest.mark.slow
def test_every_mnist_test_digit_laid_out_as_numbers(mnist):
  """All 10,000 MNIST test digits in numbers of 1-6, as a picture's ink: the digits apart are counted right with
  the likeliest count in >= 95% of numbers, and the right count is among the options the model chooses from in
  >= 97%; with a quarter of the gaps touching, in >= 75% and >= 90% (bench/bench_numbers.py: the model's choice)."""
  for touch, likely_min, option_min in ((0.0, 0.95, 0.97), (0.25, 0.75, 0.9)):
    nums = numbers.mnist_numbers(mnist["x_test"], mnist["y_test"], touch=touch)
    assert sum(len(d) for _, d, _ in nums) == 10_000
    likely = option = 0
    for mask, digits, _ in nums:
      k, alts = counts(segment.segment(mask))
      likely += k == len(digits)
      option += len(digits) in alts
    assert likely / len(nums) >= likely_min and option / len(nums) >= option_min, (touch, likely, option, len(nums))


def test_touching_digits_on_paper_are_cut_apart():
  """Two 0s whose ink touches (one blob): read as two digits, cut between them."""
  w, h = 60, 30
  px = bytearray(w * h)
  for y in range(h):
    for x in range(w):
      for cx in (15, 43):
        r = ((x - cx) / 13) ** 2 + ((y - 15) / 13) ** 2
        if 0.55 <= r <= 1.0: px[y * w + x] = 255
  for y in range(12, 18):
    for x in range(27, 32): px[y * w + x] = 255  # the bridge
  groups = segment.segment(Mask(bytes(px), w, h))
  assert len(groups) == 1 and 2 in [len(o) for o in groups[0].options]
  two = next(o for o in groups[0].options if len(o) == 2)
  assert two[0].box[2] <= 33 and two[1].box[0] >= 26


def test_the_model_chooses_the_count_it_is_surest_of():
  mask = Mask(bytes([255] * 40 * 10), 40, 10)  # a bar 4x as wide as tall: 1 to 6 digits
  groups = segment.segment(mask)
  opts = groups[0].options
  n = sum(len(o) for o in opts)
  sure = [[0.99] + [0.001] * 9] * n
  vague = [[0.4] + [0.6 / 9] * 9] * n
  for prefer in range(len(opts)):
    probs, i = [], 0
    for j, o in enumerate(opts):
      probs += (sure if j == prefer else vague)[i:i + len(o)]
      i += len(o)
    assert len(segment.choose(groups, probs)) == len(opts[prefer])


def test_clip_cuts_strokes_exactly_at_the_boundaries():
  path = [(0.0, 0.0), (10.0, 10.0), (20.0, 0.0)]
  assert segment.clip(path, 5, 15) == [[(5.0, 5.0), (10.0, 10.0), (15.0, 5.0)]]
  assert segment.clip(path, -1, 5) == [[(0.0, 0.0), (5.0, 5.0)]]
  assert segment.clip([(3.0, 3.0)], 0, 5) == [[(3.0, 3.0)]] and segment.clip([(3.0, 3.0)], 4, 5) == []
  assert segment.clip([(0.0, 0.0), (0.0, 9.0), (9.0, 9.0), (9.0, 0.0)], 5, 20) == [[(5.0, 9.0), (9.0, 9.0),
                                                                                     (9.0, 0.0)]]


def test_ink_that_is_no_number_reads_without_a_crash():
  """A scribble, a horizontal line, 30 digits crammed onto the pad in three rows, and a picture of 16 digits: a
  reading of at most 12 digits, each input a proper MNIST-like image; more than 12 digits in a row is capped."""
  rng, side = random.Random(0), 280.0
  scribble = [[(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)) for _ in range(60)]]
  line = [[(0.1, 0.5), (0.9, 0.5)]]
  crammed = []
  for row in range(3):
    for col in range(10):
      for st in numbers.hand(rng.randrange(10), rng, 0.08 * side):
        crammed.append([((12 + col * 26 + x) / side, (40 + row * 80 + y) / side) for x, y in st])
  w, h = 16 * 12, 30  # a picture of sixteen 1s
  row16 = Mask(bytes(255 if 5 <= y < 25 and x % 12 in (5, 6, 7) else 0 for y in range(h) for x in range(w)), w, h)
  for name, s in (("scribble", numbers.as_strokes(scribble)), ("line", numbers.as_strokes(line)),
                  ("crammed", numbers.as_strokes(crammed)), ("row16", row16)):
    groups = segment.segment(s)
    assert 1 <= counts(groups)[0] <= segment.MAX_DIGITS, name
    for p in segment.parts(groups):
      x = preprocess(p.shape, PilRaster())
      assert len(x) == 784 and max(x) > 0.5, name
    assert groups.capped == (name == "row16"), name
  assert segment.segment(Strokes()) == []


def test_numbers_read_in_cpython_as_on_the_page():
  """numbers.read (segment -> preprocess -> one batch -> choose) with the committed CNN's numpy forward pass reads
  drawn numbers: >= 95% of 40 exactly."""
  from numpy_forward import forward
  ck = ROOT / "checkpoints" / "cnn.safetensors"
  right = 0
  cases = numbers.stroke_numbers(40, seed=9, lo=2, hi=4)
  for s, digits, _ in cases:
    got = numbers.read(s, PilRaster(), lambda x: forward("cnn", ck, np.asarray(x)))
    right += "".join(str(int(np.argmax(p))) for _, p in got) == digits
  assert right / len(cases) >= 0.95, right


def blank(w: int, h: int) -> bytearray: return bytearray(w * h)


def test_a_stroke_broken_off_joins_its_digit():
  """A 5 whose bar is a blob of its own beside the body (as scanned ink often is), and a 5 drawn with its bar to the
  right of the body, overlapping it nowhere: one digit each, read whole."""
  w, h = 28, 28
  px = blank(w, h)
  for y in range(6, 24):
    for x in range(8, 12): px[y * w + x] = 255  # the body (a stand-in: tall and narrow)
  for y in range(6, 10):
    for x in range(13, 24): px[y * w + x] = 255  # the bar, one column apart
  groups = segment.segment(Mask(bytes(px), w, h))
  assert len(groups) == 1 and len(groups[0].options[0]) == 1
  body = [(0.30, 0.25), (0.28, 0.5), (0.5, 0.45), (0.6, 0.6), (0.5, 0.8), (0.3, 0.78)]
  bar = [(0.66, 0.22), (0.86, 0.2)]
  groups = segment.segment(numbers.as_strokes([body, bar]))
  assert len(groups) == 1 and len(groups[0].options[0]) == 1


def test_a_pictures_extra_digit_must_be_clearly_surer():
  """One blob as wide as two narrow digits: one digit, or two (counts' k + 1). Halves read a little surer than the
  whole stay one digit; two digits are kept only when they are far surer."""
  w, h = 24, 28
  px = blank(w, h)
  for y in range(h):
    for x in range(w):
      if 0.6 <= ((x - 11.5) / 11) ** 2 + ((y - 13.5) / 13) ** 2 <= 1.0: px[y * w + x] = 255  # a wide 0
  groups = segment.segment(Mask(bytes(px), w, h))
  assert [len(o) for o in groups[0].options] == [1, 2]
  p = lambda top: [top] + [(1 - top) / 9] * 9  # noqa: E731
  assert len(segment.choose(groups, [p(0.80), p(0.90), p(0.90)])) == 1  # halves a little surer: one digit
  assert len(segment.choose(groups, [p(0.40), p(0.99), p(0.99)])) == 2  # the whole is a guess: two digits
