"""What the page shows: status, the model and backend pickers, the prediction with its ten bars, the 28x28 preview,
the latency, messages and the side-by-side columns. Browser-only. Element references are looked up once, when a
View is made (one per App mount); text from kernels/index.json only ever goes in as text, never as HTML."""
import js
from pyodide.ffi import create_proxy, to_js

from . import models as M
from .canvas import grey_image
from .interop import js_obj


def q(testid: str):
  return js.document.querySelector(f'[data-testid="{testid}"]')


def el(tag: str, text: str = "", cls: str = ""):
  """A new element holding `text` as text (never parsed as HTML)."""
  e = js.document.createElement(tag)
  if text: e.textContent = text
  if cls: e.className = cls
  return e


def download(data, name: str) -> None:
  """Bytes (a JS Uint8Array) saved by the browser as a file called `name`."""
  url = js.URL.createObjectURL(js.Blob.new(to_js([data]), js_obj({"type": "application/octet-stream"})))
  a = el("a")
  a.href, a.download = url, name
  js.document.body.append(a)
  a.click()
  a.remove()
  js.setTimeout(create_proxy(lambda: js.URL.revokeObjectURL(url)), 10_000)


def set_bar(bar, p: float) -> None:
  bar.dataset.p = f"{p:.6f}"
  bar.style.setProperty("--p", f"{p:.4f}")
  bar.title = M.pct(p)


class View:
  IDS = ("status", "hint", "pad", "canvas", "clear", "upload", "message", "model-select", "backend-select", "compare",
         "compare-view", "prediction", "confidence", "preview", "backend", "backend-reason", "latency", "number",
         "number-boxes")
  UNSURE = 0.6  # a digit read with less than this probability is marked on the pad

  def __init__(self):
    self.e = {k: q(k) for k in self.IDS}
    self.bars = [q(f"prob-{d}") for d in range(10)]
    self.preview = self.e["preview"].getContext("2d")
    self.preview.imageSmoothingEnabled = False
    self.columns = {}  # model id -> (column, top, ms, bars)

  def status(self, state: str, text: str) -> None:
    """One line (CSS): its full text is also its tooltip."""
    el_ = self.e["status"]
    el_.dataset.state, el_.textContent, el_.title = state, text, text

  @property
  def state(self) -> str: return str(self.e["status"].dataset.state)

  def message(self, text: str) -> None: self.e["message"].textContent = text

  def backend(self, model, choice: str) -> None:
    """Which backend runs the selected model, with the adapter (or the CPU) as its tooltip."""
    info, b = getattr(model, "adapter", None), self.e["backend"]
    b.textContent = str(model.backend)
    b.title = f"{info.vendor} {info.architecture}".strip() if info else "WebAssembly SIMD on the CPU"
    self.e["backend-reason"].textContent = str(model.reason)
    self.e["backend-select"].value = choice

  def models(self, index, selected: str, compare: bool) -> None:
    """The model picker and one side-by-side column per model."""
    sel, view = self.e["model-select"], self.e["compare-view"]
    sel.replaceChildren()
    view.replaceChildren()
    self.columns = {}
    for m in index:
      opt = el("option", m.label)
      opt.value = m.id
      sel.append(opt)
      top, ms, bars = el("span", cls="top"), el("small", cls="ms"), el("ol", cls="bars mini")
      line = el("p")
      line.append(top, " ", ms)
      spans = []
      for d in range(10):
        li, bar = el("li"), el("span", cls="bar")
        bar.dataset.p = "0"
        bar.append(el("i"))
        li.append(el("b", str(d)), bar)
        bars.append(li)
        spans.append(bar)
      col = el("div", cls="col")
      col.dataset.testid = f"compare-{m.id}"
      col.append(el("h2", m.name), line, bars)
      view.append(col)
      self.columns[m.id] = (col, top, ms, spans)
    sel.value = selected
    self.show_compare(compare)

  def show_compare(self, on: bool) -> None:
    self.e["compare"].checked = on
    self.e["compare-view"].hidden = not on

  def empty(self, version: int) -> None:
    self.number([], [], None, 0, version)
    pred = self.e["prediction"]
    pred.textContent, pred.dataset.version = "", str(version)
    self.e["confidence"].textContent = ""
    for b in self.bars: set_bar(b, 0.0)
    self.preview.clearRect(0, 0, self.e["preview"].width, 28)
    for _, top, _, bars in self.columns.values():
      top.textContent = ""
      for b in bars: set_bar(b, 0.0)

  def prediction(self, mid: str, raster, probs, ms: float, pre_ms: float, version: int, of: str = "") -> None:
    """The selected model's answer for one digit (of a number: the picked one, `of` says which); the preview is the
    raster canvas itself (what the model was fed) unless raster is None (a number's previews are drawn already)."""
    best = M.top(probs)
    for b, p in zip(self.bars, probs, strict=True): set_bar(b, p)
    self.e["confidence"].textContent = f"{M.pct(probs[best])} sure{of}"
    lat = self.e["latency"]
    lat.dataset.ms, lat.dataset.preprocessMs = f"{ms:.3f}", f"{pre_ms:.3f}"
    lat.textContent = f"{M.fmt_ms(ms)} model · {M.fmt_ms(pre_ms)} preprocess"
    if raster is not None:
      self.preview_size(1)
      self.preview.drawImage(raster, 0, 0)
    pred = self.e["prediction"]  # last: tests and the benchmark wait on its data-version
    pred.textContent, pred.dataset.model, pred.dataset.version = str(best), mid, str(version)

  def column(self, mid: str, ms: float, version: int, probs, number: str, sure: float) -> None:
    """One model's answer side by side: the number it reads (with its surety: the product of its digits') and the
    bars of the picked digit."""
    if mid not in self.columns or self.e["compare-view"].hidden: return
    col, top, ms_, bars = self.columns[mid]
    col.dataset.version, col.dataset.number = str(version), number
    top.textContent = f"{number} · {M.pct(sure)}"
    ms_.textContent = M.fmt_ms(ms)
    for b, p in zip(bars, probs, strict=True): set_bar(b, p)

  def preview_size(self, n: int) -> None:
    """The preview holds n digits' 28x28 inputs side by side (its CSS height stays; it grows sideways)."""
    c = self.e["preview"]
    if c.width != 28 * n:
      c.width = 28 * n
      w = min(42 * n, 252)  # a number's digits at half the single preview's scale, within the column
      c.style.width, c.style.height = (f"{w}px", f"{w / n:.1f}px") if n > 1 else ("", "")
      self.preview = c.getContext("2d")
      self.preview.imageSmoothingEnabled = False

  def previews(self, xs) -> None:
    """Every digit's model input (784 floats each) in the preview, left to right."""
    self.preview_size(max(1, len(xs)))
    for i, x in enumerate(xs):
      self.preview.putImageData(grey_image(bytes(min(255, int(v * 255 + 0.5)) for v in x), 28, 28), 28 * i, 0)

  def number(self, digits, boxes, to_pad, picked: int, version: int) -> None:
    """The number read (digits: ten probabilities each, left to right) and each digit's box over the pad: boxes
    in source units, to_pad(box) -> (x, y, w, h) as fractions of the pad. A digit read unsure is marked; its
    tag is a button that picks the digit (the one Teach learns and the bars show)."""
    out, layer = self.e["number"], self.e["number-boxes"]
    tops = [M.top(p) for p in digits]
    out.textContent = "".join(str(d) for d in tops)
    out.dataset.count, out.dataset.version = str(len(digits)), str(version)
    out.classList.toggle("many", len(digits) > 1)
    layer.replaceChildren()
    layer.classList.toggle("single", len(digits) < 2)
    for i, (probs, box) in enumerate(zip(digits, boxes, strict=True)):
      x, y, w, h = to_pad(box)
      p = probs[tops[i]]
      div, tag = el("div", cls="box"), el("button", f"{tops[i]}{'?' if p < self.UNSURE else ''} {M.pct(p)}")
      div.dataset.testid, div.dataset.p, div.dataset.digit = f"number-digit-{i}", f"{p:.6f}", str(tops[i])
      div.classList.toggle("unsure", p < self.UNSURE)
      div.classList.toggle("picked", i == picked and len(digits) > 1)
      div.style.left, div.style.top = f"{100 * x:.2f}%", f"{100 * y:.2f}%"
      div.style.width, div.style.height = f"{100 * w:.2f}%", f"{100 * h:.2f}%"
      tag.type, tag.title = "button", f"digit {i + 1}: {tops[i]}, {M.pct(p)} sure. Pick it to teach it or see its bars"
      tag.dataset.pick = str(i)  # the App listens on the layer
      div.append(tag)
      layer.append(div)
