"""The Teach panel: keep a misread drawing as an example (the 28x28 input the model saw, and the digit meant),
fine-tune the selected model on the examples with its exported Teach step (`model.teach`: a quarter of each
batch from the examples, the rest MNIST training images shipped for replay, so it does not forget), then show how
the examples read before -> after and the model's accuracy on a shipped MNIST test sample, measured here. The
personalised weights and the examples persist per model in IndexedDB (site/store.js); Reset restores the shipped
weights. Browser-only."""
import asyncio
import traceback
from array import array

import js
from pyodide.ffi import JsException, create_proxy, to_js

from . import models as M
from . import saved
from .canvas import grey_image
from .interop import f32, js_error, js_obj
from .view import download, el, q

SIZE = 28
SAMPLES = {"replay": "kernels/replay.safetensors", "test": "kernels/testsample.safetensors"}


def a(digit: int) -> str:
  return f"an {digit}" if digit == 8 else f"a {digit}"


def aborted(e: Exception) -> bool:
  return getattr(e, "name", "") == "AbortError" or "AbortError" in str(e)


class Stale:
  """score()'s signal: aborted once a learning run starts (the weights change under the measurement)."""
  def __init__(self, state):
    self.s, self.run = state, state.teaching

  @property
  def aborted(self) -> bool: return self.s.teaching is not self.run


class Teach:
  IDS = ("teach-examples", "teach-learn", "teach-progress", "teach-cancel", "teach-reset", "teach-download",
         "teach-load", "teach-before-after", "teach-message")

  def __init__(self, state, loader, request, clear):
    self.s, self.loader, self.request, self.clear = state, loader, request, clear
    self.e = {k: q(k) for k in self.IDS}
    self.labels = [q(f"teach-label-{d}") for d in range(10)]

  def mount(self, on) -> None:
    for d, b in enumerate(self.labels): on(b, "click", lambda ev, d=d: self.keep(d))
    on(self.e["teach-examples"], "click", self.remove)
    on(self.e["teach-learn"], "click", lambda ev: self.learn())
    on(self.e["teach-cancel"], "click", lambda ev: self.cancel())
    on(self.e["teach-reset"], "click", lambda ev: self.reset())
    on(self.e["teach-download"], "click", lambda ev: self.download())
    on(self.e["teach-load"], "change", lambda ev: self.load_file())
    self.render()

  # --- what the panel shows ---------------------------------------------------------------------------------
  def message(self, text: str) -> None: self.e["teach-message"].textContent = text

  @property
  def model(self):
    return self.s.loaded.get(self.s.selected)

  def examples(self) -> list:
    return self.s.examples.get(self.s.selected, [])

  def render(self) -> None:
    """The kept examples of the selected model as thumbnails, and the buttons' state."""
    ul = self.e["teach-examples"]
    ul.replaceChildren()
    for i, (x, label) in enumerate(self.examples()):
      li, c = el("li"), el("canvas")
      c.width = c.height = SIZE
      c.title = f"kept as {a(label)}"
      px = bytes(min(255, round(v * 255)) for v in x)
      c.getContext("2d").putImageData(grey_image(px, SIZE, SIZE), 0, 0)
      rm = el("button", "remove")
      rm.type, rm.dataset.index = "button", str(i)
      rm.setAttribute("aria-label", f"remove example {i + 1} ({a(label)})")
      li.append(c, el("span", str(label)), rm)
      ul.append(li)
    if self.s.personal.get(self.s.selected) and not self.e["teach-message"].textContent:
      self.message(f"{self.name} runs on your personalised weights, kept in this browser; Reset brings back the "
                   "shipped ones.")
    self.buttons()
    self.prepare()

  def buttons(self) -> None:
    busy, n = self.s.teaching is not None, len(self.examples())
    learn = self.e["teach-learn"]
    learn.disabled = busy or n == 0 or self.model is None
    learn.textContent = f"Learn from {n} example{'s' * (n != 1)}" if n else "Learn"
    for k in ("teach-reset", "teach-download", "teach-load"): self.e[k].disabled = busy
    self.e["teach-cancel"].hidden = self.e["teach-progress"].hidden = not busy

  # --- examples ------------------------------------------------------------------------------------------------
  async def keep(self, digit: int) -> None:
    x = self.s.last_input
    if x is None:
      self.message("Draw a digit first (or upload a picture), then press the digit you meant.")
      return
    self.s.examples.setdefault(self.s.selected, []).append((array("f", x), digit))
    self.s.last_input = None
    self.clear()
    self.render()
    n = len(self.examples())
    self.message(f"Kept as {a(digit)} ({n} example{'s' * (n != 1)} for {self.name}). Draw the next one, or Learn.")
    self.prepare()
    await self.save()

  async def remove(self, ev) -> None:
    i = getattr(ev.target.dataset, "index", None)
    if i is None or self.s.teaching is not None: return
    del self.examples()[int(i)]
    self.render()
    await self.save()

  @property
  def name(self) -> str:
    return self.loader.info(self.s.selected).name

  async def save(self, weights=None, keep_weights: bool = True) -> None:
    """The selected model's record in IndexedDB: its examples, and its personalised weights (or none)."""
    mid = self.s.selected
    try:
      st = await saved.taught()
      old = await st.get(mid)
      if weights is None and keep_weights and hasattr(old, "weights"): weights = old.weights
      exs = [js_obj({"x": f32(x), "label": label}) for x, label in self.examples()]
      await st.put(mid, js_obj({"examples": to_js(exs), "weights": weights}))
    except Exception as e:
      self.message(f"Could not save in this browser ({js_error(e)}): it works until the page is closed.")

  # --- learning --------------------------------------------------------------------------------------------------
  async def samples(self) -> dict:
    """The replay and test samples, loaded once (both at a time; concurrent callers share the load; a failed load
    is tried again by the next caller)."""
    s = self.s
    if s.samples is None or (s.samples.done() and s.samples.exception() is not None):
      async def load():
        runtime = await js.digitsPreload.runtime
        async def one(url): return await runtime.loadSamples(url)
        return dict(zip(SAMPLES, await asyncio.gather(*map(one, SAMPLES.values())), strict=True))
      s.samples = asyncio.ensure_future(load())
    return await s.samples

  def prepare(self) -> None:
    """The selected model has examples: load the samples and measure its accuracy now, in the background (after
    'auto' has timed WebGPU, so as not to skew it), so that a click on Learn starts learning at once."""
    mid, model = self.s.selected, self.model
    if model is None or not self.examples() or self.s.accuracy.get(mid) is not None or mid in self.s.measuring: return
    self.s.measuring[mid] = asyncio.ensure_future(self.measure(mid, model))

  async def measure(self, mid: str, model) -> None:
    try:
      if getattr(model, "decided", None): await model.decided
      if self.s.loaded.get(mid) is model: await self.accuracy(model, mid)
    except Exception:
      pass  # Learn loads the samples again and reports what fails
    finally:
      self.s.measuring.pop(mid, None)

  async def reads(self, model, exs) -> list[int]:
    return M.tops((await model.run(f32([v for x, _ in exs for v in x]))).to_py().tolist())

  async def accuracy(self, model, mid: str) -> float | None:
    """The model's accuracy on the shipped MNIST test sample, measured here by the runtime's score (in chunks, a
    turn between them; cached until the weights change); None when a learning run started meanwhile (the weights
    changed under the measurement)."""
    if self.s.accuracy.get(mid) is not None: return self.s.accuracy[mid]
    test, runtime = (await self.samples())["test"], await js.digitsPreload.runtime
    stale = Stale(self.s)
    signal = create_proxy(stale)
    try:
      got = await runtime.score(model, test, js_obj({"signal": signal}))
    finally:
      signal.destroy()
    if got is None or stale.aborted: return None
    self.s.accuracy[mid] = float(got)
    return float(got)

  async def learn(self) -> None:
    s, mid, model, exs = self.s, self.s.selected, self.model, list(self.examples())
    if not exs or model is None or s.teaching is not None: return
    s.teaching = js.AbortController.new()  # from here a background measurement stops
    bar = self.e["teach-progress"]
    bar.value = 0
    self.buttons()
    progress = create_proxy(lambda p: setattr(bar, "value", p.step / p.steps))
    try:
      self.message(f"Learning from {len(exs)} examples…")
      samples = await self.samples()  # loaded in the background since the first example, as a rule
      before, acc0 = await self.reads(model, exs), s.accuracy.get(mid)
      t0 = js.performance.now()
      opts = {"replay": samples["replay"], "onProgress": progress, "signal": s.teaching.signal}
      res = await model.teach(to_js([js_obj({"x": f32(x), "label": label}) for x, label in exs]), js_obj(opts))
      ms = js.performance.now() - t0
    except JsException as e:
      self.message("Cancelled: the weights are as they were." if aborted(e) else
                   f"Learning failed: {js_error(e)} The weights are as they were.")
      return
    finally:
      s.teaching = None
      progress.destroy()
      self.buttons()
    s.accuracy[mid], s.personal[mid] = None, True
    after = await self.reads(model, exs)
    self.request()  # the drawing on the pad, read again by the taught model
    self.message(f"Learnt in {ms / 1000:.1f} s ({int(res.steps)} steps). Your weights for {self.name} are kept in "
                 "this browser; Reset brings back the shipped ones.")
    self.show(exs, before, after, acc0, None)
    await self.save(await model.weights())
    acc1 = await self.accuracy(model, mid)
    if acc1 is not None: self.show(exs, before, after, acc0, acc1)

  def show(self, exs, before, after, acc0, acc1) -> None:
    """Before -> after: how each example reads, and the accuracy on the MNIST test sample (loaded by then)."""
    box = self.e["teach-before-after"]
    right0 = sum(b == label for b, (_, label) in zip(before, exs, strict=True))
    right1 = sum(a == label for a, (_, label) in zip(after, exs, strict=True))
    n = int(self.s.samples.result()["test"].n)
    table, head = el("table"), el("tr")
    for t in ("", "before", "after"): head.append(el("th", t))
    table.append(head)
    acc = f"{M.pct(acc1)}" if acc1 is not None else "measuring…"
    was = M.pct(acc0) if acc0 is not None else "not measured"  # Learn came before the background measurement
    for name, b, a in ((f"your examples read right ({len(exs)})", f"{right0}", f"{right1}"),
                       (f"MNIST test sample ({n:,} images)", was, acc)):
      tr = el("tr")
      tr.append(el("td", name), el("td", b), el("td", a))
      table.append(tr)
    reads = el("p", "Each example, meant → read before → after: " + ", ".join(
      f"{label} → {b} → {a}" for (_, label), b, a in zip(exs, before, after, strict=True)))
    box.replaceChildren(table, reads)
    box.dataset.state = "done" if acc1 is not None else "measuring"

  def cancel(self) -> None:
    if self.s.teaching is not None: self.s.teaching.abort()

  # --- weights -------------------------------------------------------------------------------------------------
  async def reset(self) -> None:
    model, mid = self.model, self.s.selected
    if model is None or self.s.teaching is not None: return
    trained = self.s.trained.get(mid)  # a model trained here: its own weights are the "shipped" ones
    await (model.loadWeights(trained.weights) if trained is not None else model.resetWeights())
    self.s.personal[mid], self.s.accuracy[mid] = False, None
    self.e["teach-before-after"].replaceChildren()
    await self.save(keep_weights=False)
    self.message(f"{self.name} runs on the shipped weights again (your examples are still here).")
    self.request()

  async def download(self) -> None:
    model = self.model
    if model is None: return
    download(await model.weights(), f"digits-{self.s.selected}-weights.safetensors")

  async def load_file(self) -> None:
    inp, model, mid = self.e["teach-load"], self.model, self.s.selected
    f = inp.files.item(0) if inp.files.length else None
    inp.value = ""
    if f is None or model is None or self.s.teaching is not None: return
    try:
      await model.loadWeights(js.Uint8Array.new(await f.arrayBuffer()))
    except JsException as e:
      self.message(f"Could not load {f.name}: {js_error(e)} The weights are unchanged.")
      return
    except Exception:
      self.s.report(traceback.format_exc())
      return
    self.s.personal[mid], self.s.accuracy[mid] = True, None
    self.e["teach-before-after"].replaceChildren()
    await self.save(await model.weights())
    self.message(f"Loaded {f.name}: {self.name} runs on these weights (kept in this browser).")
    self.request()
