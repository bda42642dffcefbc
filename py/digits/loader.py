"""The models: the index (kernels/index.json), loading each model once through the JS runtime, the backend choice
('auto', 'webgpu', 'wasm'), and the status line that says what runs and why. Browser-only.

index.html starts the default model on 'auto' while Pyodide boots (window.digitsPreload: {runtime, index, models,
stored}, promises, and pageReady(), which lets that model time WebGPU once the page is ready; `stored` is its Teach
record, see saved.py); this module takes it over.
'auto' is ready on WebAssembly at once and settles `model.decided` when it has timed WebGPU; the other models load
after that, so they never compete with the measurement."""
import asyncio
import json

import js

from . import models as M
from . import saved, train
from .interop import js_error, js_obj

WEBGPU_HELP = ("Pick 'auto' or 'WebAssembly (CPU)' under 'Runs on', or for the GPU use a recent Chrome, Edge or "
               "Safari with WebGPU on (chrome://flags/#enable-unsafe-webgpu on Linux).")
FILES_HELP = "Reload to try again; if it keeps failing, rebuild the site (make build) and serve all of dist/."


def error_text(e: Exception) -> str:
  msg = js_error(e)
  return f"{msg} {WEBGPU_HELP if 'WebGPU' in msg else FILES_HELP}"


class Loader:
  def __init__(self, state, view):
    self.s, self.view = state, view

  def info(self, mid: str) -> M.ModelInfo:
    return next(m for m in self.s.index if m.id == mid)

  async def index(self) -> bool:
    """Read the model list once; False (and the status says why) when it cannot be read."""
    s = self.s
    if s.index is not None: return True
    self.view.status("loading", "Loading the model list…")
    try:
      s.index = M.parse_index(json.loads(js.JSON.stringify(await js.digitsPreload.index)))
    except Exception as e:
      self.view.status("error", f"Could not read the model list kernels/index.json: {error_text(e)}")
      return False
    s.selected = M.default_model(s.index).id
    s.index += await train.restore(s)  # models trained in this browser earlier
    return True

  async def add(self, m: M.ModelInfo) -> None:
    """A model trained here joins the picker (replacing one of the same id: its old load is dropped)."""
    s = self.s
    s.index = [x for x in s.index if x.id != m.id] + [m]
    s.loading.pop(m.id, None)
    if (old := s.loaded.pop(m.id, None)) is not None:
      await self.ensure(m.id, quiet=True)
      old.dispose()
    self.view.models(s.index, s.selected, s.compare)

  async def remove(self, mid: str) -> None:
    s = self.s
    s.index = [x for x in s.index if x.id != mid]
    s.loading.pop(mid, None)
    if (old := s.loaded.pop(mid, None)) is not None: old.dispose()
    if s.selected == mid:
      s.selected = M.default_model(s.index).id
      await self.selected()
    self.view.models(s.index, s.selected, s.compare)

  async def ensure(self, mid: str, quiet: bool = False) -> bool:
    """Load a model once (concurrent callers share the load). quiet: in the background, status untouched."""
    s = self.s
    if mid in s.loaded: return True
    m = self.info(mid)
    if not quiet: self.view.status("loading", f"Loading {m.name}…")
    if mid not in s.loading: s.loading[mid] = asyncio.ensure_future(self.load(m))
    job = s.loading[mid]
    try:
      model = await job
    except Exception as e:
      if s.loading.get(mid) is job: s.loading.pop(mid)  # a later pick tries again
      if not quiet: self.view.status("error", f"Could not load {m.name} from {m.url}: {error_text(e)}")
      return False
    if s.loading.get(mid) is not job:  # the backend changed meanwhile: this load is stale
      model.dispose()
      return False
    s.loaded[mid] = model
    return True

  async def load(self, m: M.ModelInfo):
    early = None
    try:  # the default model's load started in index.html; it is taken once (a retry loads afresh)
      models = await js.digitsPreload.models
      early = js.Reflect.get(models, m.id)
      js.Reflect.deleteProperty(models, m.id)
    except Exception:
      pass  # the early start failed as a whole (e.g. no index): load here and report that error
    if early is not None and hasattr(early, "then") and self.s.backend == "auto":
      model = await early
    else:
      runtime = await js.digitsPreload.runtime
      model = await runtime.loadModel(m.url, js_obj({"backend": self.s.backend}))
    if (trained := self.s.trained.get(m.id)) is not None: await model.loadWeights(trained.weights)
    note = await saved.restore(self.s, m.id, model)  # personalised weights, before anyone reads with it
    if note: self.view.message(note)
    if getattr(model, "decided", None): asyncio.ensure_future(self.when_decided(m.id, model))
    return model

  async def when_decided(self, mid: str, model) -> None:
    """'auto' has timed WebGPU against WebAssembly: say what it chose."""
    await model.decided
    if self.s.loaded.get(mid) is model and mid == self.s.selected and self.view.state == "ready": self.ready()

  async def others(self) -> None:
    """The other models, in the background once the selected one has settled: switching and side by side are
    then instant."""
    model = self.s.loaded.get(self.s.selected)
    if getattr(model, "decided", None): await model.decided
    for m in self.s.index: await self.ensure(m.id, quiet=True)

  async def backend(self, choice: str) -> bool:
    """Another backend: every loaded model is dropped and loads again on it (the selected one first)."""
    s = self.s
    s.backend = choice
    old, s.loaded, s.loading = list(s.loaded.values()), {}, {}
    for model in old: model.dispose()
    return await self.selected()

  async def selected(self) -> bool:
    """Make sure the selected model is loaded; then the status says so, 'auto' may time WebGPU, the others follow."""
    if not await self.ensure(self.s.selected): return False
    self.ready()
    js.digitsPreload.pageReady()
    asyncio.ensure_future(self.others())
    return True

  def ready(self) -> None:
    m = self.s.loaded[self.s.selected]
    self.view.status("ready", f"Ready: {self.info(self.s.selected).name}, {m.reason}")
    self.view.backend(m, self.s.backend)
