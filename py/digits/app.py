"""The page, wired: the pad (pad.py) feeds the prediction loop, the loader (loader.py) supplies the models, the view
(view.py) shows the answer; pictures come in by upload or drop. Browser-only.

Everything that must survive the editor's Run (the drawing, the loaded models, the choices) lives in one State;
an App holds only listeners and element references, so a new App (edited code) can take over the same State."""
import asyncio
import traceback
from dataclasses import dataclass, field

import js
from pyodide.ffi import JsException, create_proxy

from . import models as M
from . import segment
from .canvas import CanvasRaster, read_picture
from .interop import f32, js_error
from .loader import Loader
from .pad import Pad
from .preprocess import image_to_mask, preprocess
from .strokes import Strokes
from .teach import Teach
from .train import Train
from .view import View

HINT = "Draw a digit or a whole number anywhere on the pad, any size, or upload a picture of one."


def now() -> float:
  return js.performance.now()


@dataclass
class State:
  report: object  # report(traceback text): an error in a handler (py/boot.py shows it, may restore older code)
  strokes: Strokes = field(default_factory=Strokes)
  mask: object = None  # an uploaded picture's ink (preprocess.Mask), or None
  picture: object = None  # the uploaded picture itself, drawn under the pad
  pad_side: float = 0.0
  index: list | None = None  # ModelInfo per model of kernels/index.json
  selected: str | None = None
  backend: str = "auto"
  compare: bool = False
  loaded: dict = field(default_factory=dict)  # model id -> JS model
  loading: dict = field(default_factory=dict)  # model id -> its load in flight
  seq: int = 0  # inputs so far; the page shows the newest one's result
  last_input: list | None = None  # the 784 inputs of the newest prediction (the Teach panel keeps them)
  examples: dict = field(default_factory=dict)  # model id -> [(784 inputs, digit meant)], the Teach panel's
  personal: dict = field(default_factory=dict)  # model id -> True while it runs on personalised weights
  accuracy: dict = field(default_factory=dict)  # model id -> accuracy on the MNIST test sample (None: stale)
  samples: object = None  # the load of the shipped MNIST samples (a Future of {'replay' / 'test': sample})
  measuring: dict = field(default_factory=dict)  # model id -> its accuracy measurement running in the background
  teaching: object = None  # the AbortController of the learning run under way
  trained: dict = field(default_factory=dict)  # model id -> its record (train.py): the models trained here
  mnist: object = None  # the load of MNIST for training here (a Future of (train, test))
  number: list = field(default_factory=list)  # the number read: (box, probabilities, 784 inputs) per digit
  picked: int | None = None  # the digit of a number picked on the pad (Teach learns it); None: the last one


class App:
  def __init__(self, state: State):
    self.s = state
    self.raster = CanvasRaster()
    self.listeners = []
    self.busy = self.want = False
    self.view = View()
    self.loader = Loader(state, self.view)
    self.pad = Pad(self.view.e["canvas"], state, self.request)
    self.teach = Teach(state, self.loader, self.request, self.clear)
    self.train = Train(state, self.loader)

  # --- wiring -------------------------------------------------------------------------------------------------
  def on(self, el, event: str, fn) -> None:
    def handler(e):
      try:
        r = fn(e)
        if asyncio.iscoroutine(r): asyncio.ensure_future(self.guard(r))
      except Exception:
        self.s.report(traceback.format_exc())
    p = create_proxy(handler)
    el.addEventListener(event, p)
    self.listeners.append((el, event, p))

  async def guard(self, coro):
    try:
      await coro
    except Exception:
      self.s.report(traceback.format_exc())

  def mount(self) -> None:
    """Attach to the page, keeping whatever is drawn; raises if this code is broken (the caller keeps the old App)."""
    s, e, pad, card = self.s, self.view.e, self.view.e["canvas"], self.view.e["pad"]
    old, s.strokes = s.strokes, Strokes()  # this code's Strokes, holding whatever is drawn
    s.strokes.paths, s.strokes.version = old.paths, old.version + 1
    e["hint"].textContent = HINT
    self.on(card, "pointerdown", lambda ev: self.pad.down(ev, before=self.drop_picture))  # the whole card draws
    self.on(card, "pointermove", self.pad.move)
    for ev in ("pointerup", "pointercancel"): self.on(card, ev, self.pad.up)
    self.on(pad, "keydown", lambda ev: self.pad.key(ev, before=self.drop_picture))
    for ev in ("focus", "blur"): self.on(pad, ev, lambda _: self.pad.repaint())
    self.on(card, "dragover", lambda ev: ev.preventDefault())
    self.on(card, "drop", self.drop)
    self.on(e["number-boxes"], "click", self.pick_digit)
    self.on(e["clear"], "click", lambda ev: self.clear())
    self.on(e["model-select"], "change", self.pick)
    self.on(e["backend-select"], "change", self.pick_backend)
    self.on(e["compare"], "change", self.toggle_compare)
    self.on(e["upload"], "change", self.upload)
    self.on(js.window, "resize", lambda ev: self.pad.fit())
    self.pad.fit()
    self.teach.mount(self.on)
    self.train.mount(self.on)
    if s.index: self.view.models(s.index, s.selected, s.compare)
    if s.selected in s.loaded: self.view.backend(s.loaded[s.selected], s.backend)

  def unmount(self) -> None:
    for el, event, p in self.listeners:
      el.removeEventListener(event, p)
      p.destroy()
    self.listeners = []

  # --- models ---------------------------------------------------------------------------------------------------
  async def load(self) -> None:
    await self.pad.adopt()  # what was drawn while Python started: read as soon as the model is here
    if not await self.loader.index(): return
    self.view.models(self.s.index, self.s.selected, self.s.compare)
    await self.loader.selected()
    self.teach.render()
    self.train.render()
    self.request()

  async def pick(self, e) -> None:
    self.s.selected = self.view.e["model-select"].value
    self.teach.render()
    await self.loader.selected()
    self.teach.render()
    self.train.render()
    self.request()

  async def pick_backend(self, e) -> None:
    await self.loader.backend(self.view.e["backend-select"].value)
    self.request()

  async def toggle_compare(self, e) -> None:
    self.s.compare = bool(self.view.e["compare"].checked)
    self.view.show_compare(self.s.compare)
    if self.s.compare:
      for m in self.s.index:
        if not await self.loader.ensure(m.id): return
      self.loader.ready()
    self.request()

  # --- pictures -------------------------------------------------------------------------------------------------
  def drop_picture(self) -> None:
    """Drawing replaces an uploaded picture."""
    if self.s.mask is not None: self.clear(request=False)

  def clear(self, request: bool = True) -> None:
    self.s.picked = None
    self.s.strokes.clear()
    self.s.mask = self.s.picture = None
    self.view.message("")
    self.pad.repaint()
    if request: self.request()

  async def upload(self, e) -> None:
    inp = self.view.e["upload"]
    f = inp.files.item(0) if inp.files.length else None
    inp.value = ""  # choosing the same file again fires change again
    if f is not None: await self.read_file(f)

  async def drop(self, e) -> None:
    e.preventDefault()
    files = e.dataTransfer.files if e.dataTransfer else None
    if files and files.length: await self.read_file(files.item(0))

  async def read_file(self, f) -> None:
    """A picture replaces the drawing; a file that is none (or holds no digit) clears the page and says why, so no
    earlier answer stays on screen as if it were this file's."""
    try:
      rgba, w, h, pic = await read_picture(f)
      mask = image_to_mask(rgba, w, h)
      if mask.bbox() is None: raise ValueError(f"No digit found in {f.name!r}: the picture is one flat colour.")
    except ValueError as err:
      self.clear()
      self.view.message(str(err))
      return
    self.clear(request=False)
    self.s.mask, self.s.picture = mask, pic
    self.view.message(f"Reading {f.name}")
    self.pad.repaint()
    self.request()

  # --- predicting -----------------------------------------------------------------------------------------------
  def request(self) -> None:
    """Ask for a prediction of the current input. At most one runs at a time; whatever arrives meanwhile is
    folded into a single next run on the newest input, so stale inputs are never queued."""
    self.want = True
    self.s.seq += 1
    self.view.e["canvas"].dataset.version = str(self.s.seq)
    if not self.busy:
      self.busy = True
      asyncio.ensure_future(self.run_loop())

  async def run_loop(self) -> None:
    try:
      while self.want:
        self.want = False
        await self.predict()
    except Exception:
      self.s.report(traceback.format_exc())
    finally:
      self.busy = False

  async def predict(self) -> None:
    """Read the pad: its ink split into digits (segment.py), each preprocessed, all of them (with the other ways a
    wide group may split) in one batched run of the selected model; then each other model side by side."""
    s = self.s
    version, source = s.seq, s.mask if s.mask is not None else s.strokes
    groups = segment.segment(source)
    if not groups:
      s.last_input, s.number = None, []
      return self.view.empty(version)
    model = s.loaded.get(s.selected)
    if model is None: return
    t0 = now()
    parts = segment.parts(groups)
    xs = [preprocess(p.shape, self.raster) for p in parts]  # one digit: the raster canvas holds its input after
    pre_ms = now() - t0
    xin = f32([v for x in xs for v in x])
    try:
      probs, ms = await self.run(model, xin)
    except JsException as e:  # e.g. the GPU device was lost: the runtime recovers on the next run
      self.view.message(f"The model failed: {js_error(e)} Draw again to retry.")
      return
    read = self.show(groups, parts, xs, probs, version)
    i = self.at(read)
    self.view.prediction(s.selected, self.raster.canvas if len(parts) == 1 else None, read[i][1], ms, pre_ms,
                         version, "" if len(read) < 2 else f" · digit {i + 1} of {len(read)}")
    self.view.column(s.selected, ms, version, *self.summary(read))
    for mid in ([m.id for m in s.index if m.id != s.selected] if s.compare else []):
      if self.want or mid not in s.loaded: continue  # newer input waiting: the selected model goes first
      probs, ms = await self.run(s.loaded[mid], xin)
      self.view.column(mid, ms, version, *self.summary(segment.choose(groups, probs)))

  def show(self, groups, parts, xs, probs, version: int):
    """The selected model's reading of every digit on the page: the number, the boxes, the previews."""
    s, read = self.s, segment.choose(groups, probs)
    index = {id(p): i for i, p in enumerate(parts)}
    s.number = [(part.box, p, xs[index[id(part)]]) for part, p in read]
    s.last_input = s.number[self.at(read)][2]
    self.view.number([p for _, p in read], [part.box for part, _ in read], self.to_pad, self.at(read), version)
    if len(parts) > 1: self.view.previews([x for _, _, x in s.number])
    if groups.capped:
      self.view.message(f"Reads up to {segment.MAX_DIGITS} digits: these are the first {segment.MAX_DIGITS}.")
    return read

  def summary(self, read) -> tuple:
    """(the picked digit's probabilities, the number as text, the number's surety) for a side-by-side column."""
    sure = 1.0
    for _, p in read: sure *= max(p)
    return read[self.at(read)][1], "".join(str(M.top(p)) for _, p in read), sure

  def at(self, read) -> int:
    """The digit shown in the bars and taught: the one picked on the pad, else the last one written."""
    p = self.s.picked
    return p if p is not None and p < len(read) else len(read) - 1

  def to_pad(self, box) -> tuple[float, float, float, float]:
    """A digit's box (source units) as (x, y, w, h) fractions of the pad: a picture is drawn fitted and centred."""
    x0, y0, x1, y1 = box
    pic, side = self.s.picture, self.s.pad_side or 1
    if self.s.mask is not None and pic is not None:
      k = side / max(pic.width, pic.height)
      ox, oy = (side - pic.width * k) / 2, (side - pic.height * k) / 2
      x0, y0, x1, y1 = x0 * k + ox, y0 * k + oy, x1 * k + ox, y1 * k + oy
    return x0 / side, y0 / side, (x1 - x0) / side, (y1 - y0) / side

  def pick_digit(self, e) -> None:
    """A digit's tag on the pad was pressed: it becomes the picked digit (the bars show it; Teach learns it)."""
    i = e.target.dataset.pick if e.target else None
    if not i or not self.s.number: return
    self.s.picked = int(i)
    self.request()

  @staticmethod
  async def run(model, xin) -> tuple[list[list[float]], float]:
    """One batched run: ten probabilities per image."""
    t = now()
    out = (await model.run(xin)).to_py().tolist()
    ms = now() - t
    return [M.softmax(out[i:i + 10]) for i in range(0, len(out), 10)], ms
