"""The page: drawing pad (pointer events: mouse, touch, pen), the prediction loop (latest input wins), model
picker, MLP/CNN side by side, picture upload. Browser-only. Everything that must survive the editor's Run (the
drawing, the loaded models) lives in `state`; an App only holds DOM listeners, so a new App can take over."""
import asyncio
import contextlib
import json
import traceback
from array import array

import js
from pyodide.ffi import JsException, create_proxy

from . import models as M
from .canvas import CanvasRaster, image_data, js_obj, read_picture
from .preprocess import image_to_mask, preprocess
from .strokes import Strokes

HINT = "Draw a digit anywhere on the pad, any size, or upload a picture of one."
PEN = 0.07  # pen diameter as a fraction of the pad's side
INK = "#f4f4f4"
WEBGPU_HELP = ("Pick 'auto' or 'WebAssembly (CPU)' under 'Runs on', or for the GPU use a recent Chrome, Edge or "
               "Safari with WebGPU on (chrome://flags/#enable-unsafe-webgpu on Linux).")
FILES_HELP = "Reload to try again; if it keeps failing, rebuild the site (make build) and serve all of dist/."


def q(testid: str):
  return js.document.querySelector(f'[data-testid="{testid}"]')


def now() -> float:
  return js.performance.now()


def set_status(state: str, text: str) -> None:
  el = q("status")
  el.dataset.state, el.textContent = state, text


def error_text(e: Exception) -> str:
  msg = str(e).removeprefix("Error: ")
  return f"{msg} {WEBGPU_HELP if 'WebGPU' in msg else FILES_HELP}"


class App:
  def __init__(self, state):
    self.s = state
    self.raster = CanvasRaster()
    self.listeners = []
    self.busy = self.want = False
    self.active = None  # id of the pointer drawing now (a second finger is ignored)
    for k, v in {"strokes": None, "mask": None, "picture": None, "index": None, "loaded": {}, "loading": {},
                 "selected": None, "compare": False, "backend": "auto"}.items():
      if not hasattr(state, k): setattr(state, k, v)

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
    s = self.s
    old = s.strokes
    s.strokes = Strokes()
    if old is not None: s.strokes.paths, s.strokes.version = old.paths, old.version + 1
    q("hint").textContent = HINT
    pad = q("canvas")
    self.on(pad, "pointerdown", self.down)
    self.on(pad, "pointermove", self.move)
    for ev in ("pointerup", "pointercancel"): self.on(pad, ev, self.up)
    self.on(q("clear"), "click", lambda e: self.clear())
    self.on(q("model-select"), "change", self.pick)
    self.on(q("compare"), "change", self.toggle_compare)
    self.on(q("backend-select"), "change", self.pick_backend)
    self.on(q("upload"), "change", self.upload)
    self.on(pad, "dragover", lambda e: e.preventDefault())
    self.on(pad, "drop", self.drop)
    self.on(js.window, "resize", lambda e: self.fit_pad())
    self.fit_pad()
    if s.index: self.fill_models()

  def unmount(self) -> None:
    for el, event, p in self.listeners:
      el.removeEventListener(event, p)
      p.destroy()
    self.listeners = []

  # --- loading ------------------------------------------------------------------------------------------------
  async def load(self) -> None:
    s = self.s
    if s.index is None:
      set_status("loading", "Loading the model list…")
      try:
        s.index = M.parse_index(json.loads(js.JSON.stringify(await js.digitsPreload.index)))
      except Exception as e:
        return set_status("error", f"Could not read the model list kernels/index.json: {error_text(e)}")
      s.selected = M.default_model(s.index).id
      self.fill_models()
    if await self.ensure(s.selected):
      self.ready()
      asyncio.ensure_future(self.load_others())
    self.request()

  def info(self, mid: str) -> M.ModelInfo:
    return next(m for m in self.s.index if m.id == mid)

  async def ensure(self, mid: str, quiet: bool = False) -> bool:
    """Load a model once (concurrent callers share the load). quiet: in the background, status untouched."""
    s = self.s
    if mid in s.loaded: return True
    m = self.info(mid)
    if not quiet: set_status("loading", f"Loading {m.name}…")
    if mid not in s.loading: s.loading[mid] = asyncio.ensure_future(self.load_model(m))
    job = s.loading[mid]
    try:
      model = await job
      if s.loading.get(mid) is not job:  # the backend changed meanwhile: this load is stale
        model.dispose()
        return False
      s.loaded[mid] = model
    except Exception as e:
      s.loading.pop(mid, None)  # a later pick tries again
      if not quiet: set_status("error", f"Could not load {m.name} from {m.url}: {error_text(e)}")
      return False
    return True

  async def load_model(self, m: M.ModelInfo):
    try:  # index.html starts loading the default model on 'auto' while Pyodide boots
      models = await js.digitsPreload.models
      early = js.Reflect.get(models, m.id)
      js.Reflect.deleteProperty(models, m.id)  # used once: a retry after a failure loads afresh
    except Exception:
      early = None  # the early start failed as a whole (e.g. no index): load here and report that error
    if early is not None and hasattr(early, "then") and self.s.backend == "auto":
      model = await early
    else:
      runtime = await js.digitsPreload.runtime
      model = await runtime.loadModel(m.url, js_obj({"backend": self.s.backend}))
    if hasattr(model, "decided") and model.decided: asyncio.ensure_future(self.when_decided(m.id, model))
    return model

  async def when_decided(self, mid: str, model) -> None:
    """'auto' starts on WebAssembly and measures WebGPU meanwhile: say so again when it has chosen."""
    await model.decided
    if self.s.loaded.get(mid) is model and mid == self.s.selected and q("status").dataset.state == "ready":
      self.ready()

  async def pick_backend(self, e) -> None:
    """Another backend: every loaded model is dropped and loads again on it (the selected one first)."""
    s = self.s
    s.backend = q("backend-select").value
    old, s.loaded, s.loading = list(s.loaded.values()), {}, {}
    for model in old: model.dispose()
    if await self.ensure(s.selected):
      self.ready()
      asyncio.ensure_future(self.load_others(0))
    self.request()

  async def load_others(self, delay_s: float = 1.0) -> None:
    """After the page is ready, the other models load in the background: switching and side by side are instant."""
    await asyncio.sleep(delay_s)
    for m in self.s.index: await self.ensure(m.id, quiet=True)

  def ready(self) -> None:
    m = self.s.loaded[self.s.selected]
    backend, info = str(m.backend), getattr(m, "adapter", None)
    set_status("ready", f"Ready: {self.info(self.s.selected).name}, {m.reason}")
    q("backend").textContent = backend
    q("backend").title = f"{info.vendor} {info.architecture}".strip() if info else "WebAssembly SIMD on the CPU"
    q("backend-select").value = self.s.backend

  def fill_models(self) -> None:
    sel = q("model-select")
    sel.innerHTML = "".join(f'<option value="{m.id}">{m.label}</option>' for m in self.s.index)
    sel.value = self.s.selected
    q("compare").checked = self.s.compare
    cols = []
    for m in self.s.index:
      bars = "".join(f'<li><b>{d}</b><span class="bar" data-p="0"><i></i></span></li>' for d in range(10))
      cols.append(f'<div class="col" data-testid="compare-{m.id}"><h3>{m.name}</h3>'
                  f'<p><span class="top"></span> <small class="ms"></small></p><ol class="bars mini">{bars}</ol></div>')
    view = q("compare-view")
    view.innerHTML = "".join(cols)
    view.hidden = not self.s.compare

  async def pick(self, e) -> None:
    self.s.selected = q("model-select").value
    if await self.ensure(self.s.selected): self.ready()
    self.request()

  async def toggle_compare(self, e) -> None:
    self.s.compare = bool(q("compare").checked)
    q("compare-view").hidden = not self.s.compare
    if self.s.compare:
      for m in self.s.index:
        if not await self.ensure(m.id): return
      self.ready()
    self.request()

  # --- drawing ------------------------------------------------------------------------------------------------
  def fit_pad(self) -> None:
    """Size the pad's bitmap to its CSS size times devicePixelRatio (crisp on high-DPI), rescale the drawing."""
    pad = q("canvas")
    r, dpr = pad.getBoundingClientRect(), js.window.devicePixelRatio or 1
    side = r.width or 280
    old = getattr(self.s, "pad_side", None)
    if old and old != side:
      k = side / old
      self.s.strokes.paths = [[(x * k, y * k) for x, y in p] for p in self.s.strokes.paths]
    self.s.pad_side = side
    self.s.strokes.pen = PEN * side
    pad.width, pad.height = round(r.width * dpr), round(r.height * dpr)
    ctx = pad.getContext("2d")
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    ctx.lineCap, ctx.lineJoin = "round", "round"
    self.ctx = ctx
    self.repaint()

  def repaint(self) -> None:
    ctx, side = self.ctx, self.s.pad_side
    ctx.clearRect(0, 0, side, side)
    if self.s.picture is not None:
      w, h = self.s.picture.width, self.s.picture.height
      k = side / max(w, h)
      ctx.drawImage(self.s.picture, (side - w * k) / 2, (side - h * k) / 2, w * k, h * k)
    for p in self.s.strokes.paths:
      self.segment(p[0], p[0])
      for a, b in zip(p, p[1:], strict=False): self.segment(a, b)

  def segment(self, a, b) -> None:
    ctx = self.ctx
    ctx.strokeStyle, ctx.lineWidth = INK, self.s.strokes.pen
    ctx.beginPath()
    ctx.moveTo(a[0], a[1])
    ctx.lineTo(b[0] + (0.01 if a == b else 0), b[1])
    ctx.stroke()

  def point(self, e):
    return e.clientX - self.rect.left, e.clientY - self.rect.top

  def down(self, e) -> None:
    if self.active is not None or (e.pointerType == "mouse" and e.button != 0): return
    e.preventDefault()
    self.active, self.rect = e.pointerId, q("canvas").getBoundingClientRect()
    with contextlib.suppress(Exception):  # synthetic events (scripts) have no capturable pointer
      q("canvas").setPointerCapture(e.pointerId)  # keep the stroke when the pointer leaves the pad
    if self.s.mask is not None: self.clear(request=False)  # drawing replaces an uploaded picture
    p = self.point(e)
    self.s.strokes.begin(*p)
    self.segment(p, p)
    self.request()

  def move(self, e) -> None:
    if e.pointerId != self.active: return
    events = e.getCoalescedEvents() if hasattr(e, "getCoalescedEvents") else None
    changed = False
    for ev in (events if events and events.length else [e]):
      last, p = self.s.strokes.paths[-1][-1], self.point(ev)
      if self.s.strokes.add(*p):
        self.segment(last, p)
        changed = True
    if changed: self.request()

  def up(self, e) -> None:
    if e.pointerId != self.active: return
    self.active = None
    last, p = self.s.strokes.paths[-1][-1], self.point(e)
    if self.s.strokes.add(*p): self.segment(last, p)
    self.s.strokes.version += 1  # the stroke is finished: always predict once more
    self.request()

  def clear(self, request: bool = True) -> None:
    self.s.strokes.clear()
    self.s.mask = self.s.picture = None
    q("message").textContent = ""
    self.repaint()
    if request: self.request()

  async def upload(self, e) -> None:
    inp = q("upload")
    f = inp.files.item(0) if inp.files.length else None
    inp.value = ""  # choosing the same file again fires change again
    if f is not None: await self.read_file(f)

  async def drop(self, e) -> None:
    e.preventDefault()
    files = e.dataTransfer.files if e.dataTransfer else None
    if files and files.length: await self.read_file(files.item(0))

  async def read_file(self, f) -> None:
    try:
      rgba, w, h, pic = await read_picture(f)
    except ValueError as err:
      q("message").textContent = str(err)
      return
    mask = image_to_mask(rgba, w, h)
    if mask.bbox() is None:
      q("message").textContent = f"No digit found in {f.name!r}: the picture is one flat colour."
      return
    self.clear(request=False)
    self.s.mask, self.s.picture = mask, pic
    q("message").textContent = f"Reading {f.name}"
    self.repaint()
    self.request()

  # --- predicting ---------------------------------------------------------------------------------------------
  def request(self) -> None:
    """Ask for a prediction of the current input. At most one runs at a time; whatever arrives meanwhile is
    folded into a single next run on the newest input, so stale inputs are never queued."""
    self.want = True
    self.s.seq = getattr(self.s, "seq", 0) + 1  # every request gets a number; the page shows the newest one's result
    q("canvas").dataset.version = str(self.s.seq)
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
    s = self.s
    version, source = s.seq, s.mask if s.mask is not None else s.strokes
    if source.bbox() is None: return self.paint_empty(version)
    t0 = now()
    x = preprocess(source, self.raster)
    pre_ms = now() - t0
    xin = js.Float32Array.new(784)
    xin.assign(array("f", x))
    model = s.loaded.get(s.selected)
    if model is None: return
    t = now()
    try:
      out = await model.run(xin)
    except JsException as e:  # e.g. the GPU device was lost: the runtime recovers on the next run
      q("message").textContent = f"The model failed: {str(e).removeprefix('Error: ')} Draw again to retry."
      return
    probs, ms = M.softmax(out.to_py().tolist()), now() - t
    self.paint(x, probs, ms, version, pre_ms)
    self.paint_column(s.selected, probs, ms, version)
    for mid in ([m.id for m in s.index if m.id != s.selected] if s.compare else []):
      if self.want or mid not in s.loaded: continue  # newer input waiting: the selected model goes first
      t = now()
      out = await s.loaded[mid].run(xin)
      self.paint_column(mid, M.softmax(out.to_py().tolist()), now() - t, version)

  def paint_empty(self, version: int) -> None:
    pred = q("prediction")
    pred.textContent, pred.dataset.version = "", str(version)
    q("confidence").textContent = ""
    for d in range(10): self.bar(q(f"prob-{d}"), 0.0)
    q("preview").getContext("2d").clearRect(0, 0, 28, 28)
    for col in js.document.querySelectorAll('#compare-view .col'):
      col.querySelector(".top").textContent = ""
      for b in col.querySelectorAll(".bar"): self.bar(b, 0.0)

  def bar(self, el, p: float) -> None:
    el.dataset.p = f"{p:.6f}"
    el.style.setProperty("--p", f"{p:.4f}")
    el.title = M.pct(p)

  def paint(self, x, probs, ms: float, version: int, pre_ms: float) -> None:
    best = M.top(probs)
    for d, p in enumerate(probs): self.bar(q(f"prob-{d}"), p)
    q("confidence").textContent = f"{M.pct(probs[best])} sure"
    lat = q("latency")
    lat.dataset.ms, lat.dataset.preprocessMs = f"{ms:.3f}", f"{pre_ms:.3f}"
    lat.textContent = f"{M.fmt_ms(ms)} model · {M.fmt_ms(pre_ms)} preprocess"
    q("preview").getContext("2d").putImageData(image_data(x), 0, 0)
    pred = q("prediction")  # last: tests and the benchmark wait on its data-version
    pred.textContent, pred.dataset.model, pred.dataset.version = str(best), self.s.selected, str(version)

  def paint_column(self, mid: str, probs, ms: float, version: int) -> None:
    col = q(f"compare-{mid}")
    if col is None or not self.s.compare: return
    col.dataset.version = str(version)
    col.querySelector(".top").textContent = f"{M.top(probs)} · {M.pct(max(probs))}"
    col.querySelector(".ms").textContent = M.fmt_ms(ms)
    for d, b in enumerate(col.querySelectorAll(".bar")): self.bar(b, probs[d])
