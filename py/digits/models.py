"""The model list (kernels/index.json), softmax and the numbers the page shows."""
import math


class ModelInfo:
  """One entry of kernels/index.json (accuracies as fractions; path: the model's folder under kernels/)."""
  def __init__(self, id: str, name: str, params: int | None = None, test_accuracy: float | None = None,
               val_accuracy: float | None = None, path: str = ""):
    self.id, self.name, self.params, self.path = id, name, params, path
    self.test_accuracy, self.val_accuracy = test_accuracy, val_accuracy

  def __repr__(self): return f"ModelInfo({self.id!r}, {self.name!r})"

  @property
  def url(self) -> str:
    return f"kernels/{(self.path or self.id).strip('/')}/"

  @property
  def label(self) -> str:
    parts = [self.name]
    if self.params: parts.append(f"{self.params:,} params")
    if self.test_accuracy is not None: parts.append(f"{pct(self.test_accuracy)} test")
    return " · ".join(parts)


def parse_index(doc) -> list[ModelInfo]:
  """kernels/index.json as training/export.py writes it ({"models": [{id, name, params, test_acc, val_acc, path,
  ...}]}) -> ModelInfo list; ids must be unique."""
  out, seen = [], set()
  for e in doc.get("models", []):
    mid = str(e["id"])
    if mid in seen: raise ValueError(f"kernels/index.json lists model {mid!r} twice")
    seen.add(mid)
    params, test, val = e.get("params"), e.get("test_acc"), e.get("val_acc")
    out.append(ModelInfo(mid, str(e.get("name", mid)), None if params is None else int(params),
                         None if test is None else float(test), None if val is None else float(val),
                         str(e.get("path", ""))))
  if not out: raise ValueError("kernels/index.json lists no models")
  return out


def default_model(models: list[ModelInfo]) -> ModelInfo:
  """The most accurate on validation (never chosen on the test set); the first one when none says."""
  scored = [m for m in models if m.val_accuracy is not None]
  return max(scored, key=lambda m: m.val_accuracy) if scored else models[0]


def softmax(logits) -> list[float]:
  m = max(logits)
  e = [math.exp(v - m) for v in logits]
  s = sum(e)
  return [v / s for v in e]


def top(probs) -> int:
  return max(range(len(probs)), key=probs.__getitem__)


def tops(logits, classes: int = 10) -> list[int]:
  """The top class of each row of a flat batch of outputs."""
  return [top(logits[i:i + classes]) for i in range(0, len(logits), classes)]


def pct(p: float) -> str:
  return f"{100 * p:.1f}%"


def fmt_ms(ms: float) -> str:
  return f"{ms:.2f} ms" if ms < 10 else f"{ms:.1f} ms"
