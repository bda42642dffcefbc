"""The ink split into digits, left to right: a drawing (Strokes) or a picture's ink (Mask) -> Groups, each with the
ways it may be read (one digit, or touching digits cut apart). Standard library only: tested in CPython like
preprocess.py, and bench/bench_numbers.py measures it on numbers composed from MNIST's test set and drawn strokes.

1. Pieces: each stroke of a drawing; each connected blob of a picture's ink (specks dropped).
2. Pieces whose x-ranges overlap by half of the narrower one's width belong to one digit: the two strokes of a 4,
   a 5's separate bar, a 7's crossbar, a 1's base. Numbers are written left to right, so this holds whatever the
   digits' sizes and baselines, and digits drawn as separate strokes stay apart however close they come. A group
   far shorter than the tallest is a broken-off stroke (a 5's bar apart from its body, a gap in a scanned stroke):
   it joins the nearest group.
3. A group much wider than tall may be digits that touch (one stroke through two digits, or touching ink on
   paper): it is cut at the columns with the least ink near where equal digits would meet. The model then picks
   between that many digits and one fewer (a picture's group: or one more, which must be clearly surer): the
   reading it is surest of (choose)."""
import math

from .preprocess import Mask
from .strokes import Strokes

MAX_DIGITS = 12  # the most digits read at once; more ink than that is read as its first 12 digits
OVERLAP = 0.5  # share of the narrower piece's width that two pieces must share to be one digit
WIDE = 1.5  # width / height above which a group may be several digits
ASPECT = 0.75  # a digit's usual width / height (MNIST's are 0.4-0.9 except the 1): how many digits a wide group holds
TWO = 0.4  # width / height of the narrowest digits (a 1): a picture's group this wide per digit may hold one more
SPECK = 0.03  # a picture's blob with less ink than this share of the biggest blob's is dust, not a digit
PREFER = 0.05  # how much surer (mean log probability) another count must be than the likeliest one
SMALL = 0.4  # a group less tall than this share of the tallest one is a broken-off stroke ...
NEAR = 0.25  # ... and joins the nearest group within this share of the tallest one's height
EXTRA = 0.3  # ... and how much surer a picture's extra digit (counts' k + 1) must be: halves of one digit often
# look like two digits, and a single digit is the commonest picture (measured: bench/bench_numbers.py)
BINS = 96  # columns of the ink profile that cuts are chosen from


class Part:
  """One digit's ink: `shape` goes through preprocess as any drawing or picture does; `box` (x0, y0, x1, y1) is
  where it is, in the source's units (canvas units for a drawing, the picture's pixels for a picture)."""
  __slots__ = ("shape", "box")

  def __init__(self, shape, box):
    self.shape, self.box = shape, box

  def __repr__(self): return f"Part({type(self.shape).__name__}, box={tuple(round(v, 1) for v in self.box)})"


class Group:
  """Ink that is one digit or several touching ones: options[0] is the most likely reading (a list of Parts, left
  to right), options[1] (if any) the one with one digit fewer."""
  __slots__ = ("options",)

  def __init__(self, options):
    self.options = options


class Piece:
  __slots__ = ("x0", "y0", "x1", "y1", "ink", "item")

  def __init__(self, box, ink, item):
    (self.x0, self.y0, self.x1, self.y1), self.ink, self.item = box, ink, item


def bbox_of(points, pad: float = 0.0):
  xs, ys = [p[0] for p in points], [p[1] for p in points]
  return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def sample(path, step: float):
  """Points along a polyline no further apart than `step` (the ink profile counts them per column)."""
  out = [path[0]]
  for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
    n = max(1, math.ceil(math.hypot(x1 - x0, y1 - y0) / step))
    out += [(x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1)]
  return out


# --- pieces -----------------------------------------------------------------------------------------------------
def stroke_pieces(strokes: Strokes) -> list[Piece]:
  step = max(strokes.pen / 4, 0.5)
  return [Piece(bbox_of(p, strokes.pen / 2), sample(p, step), p) for p in strokes.paths if p]


def blobs(mask: Mask) -> list[list[tuple[int, int]]]:
  """The ink's 8-connected blobs, each a list of (x, y) pixels."""
  w, h, data = mask.width, mask.height, mask.data
  seen = bytearray(w * h)
  out = []
  for start in range(w * h):
    if not data[start] or seen[start]: continue
    seen[start], stack, blob = 1, [start], []
    while stack:
      i = stack.pop()
      y, x = divmod(i, w)
      blob.append((x, y))
      for dy in (-1, 0, 1):
        yy = y + dy
        if yy < 0 or yy >= h: continue
        for dx in (-1, 0, 1):
          xx = x + dx
          j = yy * w + xx
          if 0 <= xx < w and data[j] and not seen[j]:
            seen[j] = 1
            stack.append(j)
    out.append(blob)
  return out


def mask_pieces(mask: Mask) -> tuple[list[Piece], bool]:
  """The picture's blobs as pieces, specks dropped; and whether any were dropped."""
  bs = blobs(mask)
  if not bs: return [], False
  big = max(len(b) for b in bs)
  kept = [b for b in bs if len(b) >= SPECK * big]
  pieces = [Piece((min(x for x, _ in b), min(y for _, y in b), max(x for x, _ in b) + 1, max(y for _, y in b) + 1),
                  [(x + 0.5, y + 0.5) for x, y in b], b) for b in kept]
  return pieces, len(kept) < len(bs)


# --- groups -----------------------------------------------------------------------------------------------------
def together(a: Piece, b: Piece) -> bool:
  shared = min(a.x1, b.x1) - max(a.x0, b.x0)
  return shared >= OVERLAP * min(a.x1 - a.x0, b.x1 - b.x0)


def group(pieces: list[Piece]) -> list[list[Piece]]:
  """Pieces that overlap (directly or through others) in one group; groups ordered left to right."""
  root = list(range(len(pieces)))

  def find(i):
    while root[i] != i:
      root[i] = root[root[i]]
      i = root[i]
    return i
  for i in range(len(pieces)):
    for j in range(i + 1, len(pieces)):
      if together(pieces[i], pieces[j]): root[find(i)] = find(j)
  groups = {}
  for i, p in enumerate(pieces): groups.setdefault(find(i), []).append(p)
  return sorted(attach(list(groups.values())), key=lambda g: sum(p.x0 + p.x1 for p in g) / len(g))


def gap(a, b) -> float:
  """The distance between two boxes (0 where they touch or overlap)."""
  return math.hypot(max(0, a[0] - b[2], b[0] - a[2]), max(0, a[1] - b[3], b[1] - a[3]))


def attach(groups: list[list[Piece]]) -> list[list[Piece]]:
  """A group much shorter than the tallest is a broken-off stroke (a 5's bar, a gap in a picture's ink), not a digit:
  it joins the nearest group if that is close."""
  tall = max(span(g)[3] - span(g)[1] for g in groups)
  small = sorted((g for g in groups if span(g)[3] - span(g)[1] < SMALL * tall), key=lambda g: span(g)[3] - span(g)[1])
  for g in small:
    rest = [h for h in groups if h is not g]
    if not rest or span(g)[3] - span(g)[1] >= SMALL * tall: continue  # (it took in another small one meanwhile)
    near = min(rest, key=lambda h: gap(span(g), span(h)))
    if gap(span(g), span(near)) <= NEAR * tall:
      near += g
      groups = rest
  return groups


def span(pieces):
  return (min(p.x0 for p in pieces), min(p.y0 for p in pieces), max(p.x1 for p in pieces), max(p.y1 for p in pieces))


def cuts(pieces, k: int) -> list[float]:
  """k - 1 x positions that cut the group into k digits: each the column with the least ink within a quarter of a
  digit's width of where k equal digits would meet (nearest to that point on a tie)."""
  x0, _, x1, _ = span(pieces)
  w = (x1 - x0) / BINS
  profile = [0] * BINS
  for p in pieces:
    for x, _ in p.ink: profile[min(BINS - 1, max(0, int((x - x0) / w)))] += 1
  out = []
  for i in range(1, k):
    t = i * BINS / k
    lo, hi = max(1, round(t - BINS / k / 4)), min(BINS - 1, round(t + BINS / k / 4))
    best = min(range(lo, hi + 1), key=lambda c: (profile[c], abs(c - t)))
    out.append(x0 + (best + 0.5) * w)
  return out


def clip(path, lo: float, hi: float) -> list[list[tuple[float, float]]]:
  """The parts of a polyline with lo <= x < hi, cut exactly at the boundaries."""
  if len(path) == 1: return [list(path)] if lo <= path[0][0] < hi else []
  out, cur = [], []
  for (ax, ay), (bx, by) in zip(path, path[1:], strict=False):
    t0, t1 = 0.0, 1.0
    if ax == bx:
      if not lo <= ax < hi: t0, t1 = 1.0, 0.0
    else:
      ta, tb = (lo - ax) / (bx - ax), (hi - ax) / (bx - ax)
      t0, t1 = max(t0, min(ta, tb)), min(t1, max(ta, tb))
    if t0 > t1:
      if cur: out.append(cur)
      cur = []
      continue
    a = (ax + (bx - ax) * t0, ay + (by - ay) * t0)
    b = (ax + (bx - ax) * t1, ay + (by - ay) * t1)
    if cur and cur[-1] == a: cur.append(b)
    else:
      if cur: out.append(cur)
      cur = [a, b]
  if cur: out.append(cur)
  return out


def stroke_part(pieces, pen: float, lo: float = -math.inf, hi: float = math.inf) -> Part | None:
  s = Strokes(pen)
  s.paths = [q for p in pieces for q in clip(p.item, lo, hi)]
  if not s.paths: return None
  return Part(s, bbox_of([pt for q in s.paths for pt in q], pen / 2))


def mask_part(pieces, lo: float = -math.inf, hi: float = math.inf) -> Part | None:
  px = [(x, y) for p in pieces for x, y in p.item if lo <= x + 0.5 < hi]
  if not px: return None
  x0, y0 = min(x for x, _ in px), min(y for _, y in px)
  w, h = max(x for x, _ in px) - x0 + 1, max(y for _, y in px) - y0 + 1
  data = bytearray(w * h)
  for x, y in px: data[(y - y0) * w + x - x0] = 255
  return Part(Mask(bytes(data), w, h), (x0, y0, x0 + w, y0 + h))


def counts(pieces, left: int, picture: bool) -> list[int]:
  """How many digits a group may be, the likeliest first. A drawing's digits are strokes apart, so only a group
  far wider than a digit is read as several; a picture's digits may touch anywhere, so one more is also tried
  whenever the group is wide enough to hold two narrow ones."""
  x0, y0, x1, y1 = span(pieces)
  r = (x1 - x0) / (y1 - y0 or 1)
  k = min(max(1, round(r / ASPECT)), left) if r > WIDE else 1
  out = [k] + ([k - 1] if k > 1 else [])
  if picture and r > TWO * (k + 1) and k + 1 <= left: out.append(k + 1)
  return out


def readings(pieces, make, k: int) -> list[Part]:
  edges = [-math.inf, *cuts(pieces, k), math.inf]
  parts = [make(pieces, lo, hi) for lo, hi in zip(edges, edges[1:], strict=False)]
  return [p for p in parts if p is not None]


class Groups(list):
  """segment's answer: the Groups, left to right; `capped`: there was ink for more than MAX_DIGITS digits."""
  capped = False


def segment(source) -> Groups:
  """Strokes or Mask -> its digits' Groups, left to right (at most MAX_DIGITS digits in all). One digit alone is
  the source itself, so it is read exactly as a single drawing always was."""
  if isinstance(source, Mask):
    pieces, dropped = mask_pieces(source)
    make = mask_part
  else:
    pieces, dropped = stroke_pieces(source), False
    make = lambda ps, lo=-math.inf, hi=math.inf: stroke_part(ps, source.pen, lo, hi)  # noqa: E731
  if not pieces: return Groups()
  groups, out, left = group(pieces), Groups(), MAX_DIGITS
  for g in groups:
    if left <= 0:
      out.capped = True
      break
    options = [readings(g, make, n) for n in counts(g, left, picture=isinstance(source, Mask))]
    left -= len(options[0])
    out.append(Group(options))
  if len(out) == 1 and len(out[0].options) == 1 and not dropped:
    out[0].options[0] = [Part(source, out[0].options[0][0].box)]
  return out


def parts(groups: list[Group]) -> list[Part]:
  """Every Part of every option: what the model reads in one batch."""
  return [p for g in groups for o in g.options for p in o]


def choose(groups: list[Group], probs: list[list[float]]) -> list[tuple[Part, list[float]]]:
  """The reading: for each group the option whose digits the model is surest of (mean log of each digit's top
  probability), given `probs` in the order of parts(groups). Returns (Part, its ten probabilities) per digit."""
  out, i = [], 0
  for g in groups:
    best, best_score = None, -math.inf
    for o in g.options:
      ps = probs[i:i + len(o)]
      i += len(o)
      score = sum(math.log(max(max(p), 1e-9)) for p in ps) / max(1, len(ps)) + (PREFER if o is g.options[0] else 0)
      score -= EXTRA if len(o) > len(g.options[0]) else 0
      if score > best_score: best, best_score = list(zip(o, ps, strict=True)), score
    out += best
  return out
