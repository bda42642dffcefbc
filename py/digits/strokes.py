"""The drawing as data: a list of strokes, each a list of (x, y) points in canvas units (CSS pixels)."""
MIN_STEP = 0.75  # points closer than this to the last one add nothing but cost


class Strokes:
  def __init__(self, pen: float = 18.0):
    self.paths: list[list[tuple[float, float]]] = []
    self.pen = pen  # pen diameter in canvas units
    self.version = 0  # bumped on every change: the prediction loop runs the newest version only

  def begin(self, x: float, y: float) -> None:
    self.paths.append([(x, y)])
    self.version += 1

  def add(self, x: float, y: float) -> bool:
    """Extend the current stroke; False when the point is too close to the last one to matter."""
    if not self.paths: return self.begin(x, y) or True
    px, py = self.paths[-1][-1]
    if (x - px) ** 2 + (y - py) ** 2 < MIN_STEP ** 2: return False
    self.paths[-1].append((x, y))
    self.version += 1
    return True

  def clear(self) -> None:
    self.paths = []
    self.version += 1

  @property
  def empty(self) -> bool: return not self.paths

  def bbox(self) -> tuple[float, float, float, float] | None:
    """(x0, y0, x1, y1) of the stroke centre lines; the pen adds pen/2 on every side."""
    if not self.paths: return None
    xs = [x for p in self.paths for x, _ in p]
    ys = [y for p in self.paths for _, y in p]
    return min(xs), min(ys), max(xs), max(ys)

  def transformed(self, s: float, ox: float, oy: float) -> list[list[tuple[float, float]]]:
    return [[(x * s + ox, y * s + oy) for x, y in p] for p in self.paths]

  def render(self, raster, t) -> list[float]:
    return raster.strokes(self.transformed(t.s, t.ox, t.oy), t.pen)
