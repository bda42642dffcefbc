"""The "Train a model here" panel: pick an architecture from the registry, train it from random weights on MNIST
on this device (site/runtime/scratch.js: the exported from-scratch step on WebGPU or WebAssembly), watch the loss and
the test accuracy as charts, then draw on it: the finished model joins the model picker as "trained here", is kept
in this browser (IndexedDB, site/store.js), and downloads as a checkpoint for the offline tools. Browser-only."""
import asyncio
import traceback

import js
from pyodide.ffi import create_proxy

from . import chart
from . import models as M
from .interop import js_error, js_obj
from .view import download, q

PREFIX = "trained-"  # the model picker's value for a model trained here: trained-<architecture>
MNIST = "data/mnist/"
# Defaults per architecture: epochs, batch, learning rate (Adam, decayed linearly to ~0 over the run). Measured:
# the MLP reaches 97.6% in 2 epochs (23 s on a 2-core machine's WebAssembly); the CNN 99.1% in 2 (6 s on an H200).
DEFAULTS = {"mlp": (2, 64, 0.002), "small": (2, 256, 0.001), "cnn": (2, 256, 0.001)}


def trained_id(arch: str) -> str: return f"{PREFIX}{arch}"


def is_trained(mid: str) -> bool: return mid.startswith(PREFIX)


def info(arch: M.ModelInfo, accuracy: float | None, epochs: int) -> M.ModelInfo:
  """The picker's entry for a model trained here: the architecture's kernels, its own weights."""
  return M.ModelInfo(trained_id(arch.id), f"{arch.name}, trained here ({epochs} epoch{'s' * (epochs != 1)})",
                     arch.params, accuracy, None, arch.path or arch.id)


async def store():
  return (await js.digitsStore()).trained


async def restore(state) -> list[M.ModelInfo]:
  """The models trained in this browser earlier (their weights go in state.trained); [] when storage fails."""
  out = []
  try:
    recs = await (await store()).all()
  except Exception:
    return out
  archs = {m.id: m for m in state.index}
  for rec in recs:
    arch = archs.get(str(rec.arch))
    if arch is None: continue  # an architecture this build no longer has
    state.trained[trained_id(arch.id)] = rec
    out.append(info(arch, float(rec.accuracy), int(rec.epochs)))
  return out


class Train:
  IDS = ("train", "train-arch", "train-epochs", "train-batch", "train-lr", "train-backend", "train-start",
         "train-pause", "train-cancel", "train-progress", "train-status", "train-accuracy", "train-chart",
         "train-download", "train-delete", "train-message")

  def __init__(self, state, loader):
    self.s, self.loader = state, loader
    self.e = {k: q(k) for k in self.IDS}

  def mount(self, on) -> None:
    on(self.e["train-start"], "click", lambda ev: self.start())
    on(self.e["train-pause"], "click", lambda ev: self.pause())
    on(self.e["train-cancel"], "click", lambda ev: self.cancel())
    on(self.e["train-download"], "click", lambda ev: self.download())
    on(self.e["train-delete"], "click", lambda ev: self.delete())
    on(self.e["train-arch"], "change", lambda ev: self.pick_arch())
    self.render()

  # --- what the panel shows ---------------------------------------------------------------------------------
  def message(self, text: str) -> None: self.e["train-message"].textContent = text

  def set_state(self, state: str) -> None:
    self.e["train-accuracy"].dataset.state = state
    self.buttons()

  @property
  def state(self) -> str: return str(self.e["train-accuracy"].dataset.state)

  def archs(self) -> list[M.ModelInfo]:
    return [m for m in (self.s.index or []) if not is_trained(m.id)]

  def render(self) -> None:
    """The architecture picker (once the index is read), the buttons, the chart of the last run."""
    sel = self.e["train-arch"]
    if self.s.index and sel.options.length == 0:
      for m in self.archs():
        opt = js.document.createElement("option")
        opt.value, opt.textContent = m.id, m.name
        sel.append(opt)
      sel.value = next((m.id for m in self.archs() if m.id == "mlp"), self.archs()[0].id)
      self.pick_arch()
    self.buttons()
    self.chart()

  def pick_arch(self) -> None:
    epochs, batch, lr = DEFAULTS.get(str(self.e["train-arch"].value), (2, 256, 0.001))
    e = self.e
    e["train-epochs"].value, e["train-batch"].value, e["train-lr"].value = str(epochs), str(batch), str(lr)
    self.buttons()

  def buttons(self) -> None:
    st, arch = self.state, str(self.e["train-arch"].value)
    busy = st in ("loading-data", "training", "paused")
    self.e["train-start"].disabled = busy or not self.s.index
    for k in ("train-arch", "train-epochs", "train-batch", "train-lr", "train-backend"): self.e[k].disabled = busy
    self.e["train-pause"].disabled = st not in ("training", "paused")
    self.e["train-pause"].textContent = "Resume" if st == "paused" else "Pause"
    self.e["train-cancel"].disabled = not busy
    have = trained_id(arch) in self.s.trained
    self.e["train-download"].disabled = busy or not have
    self.e["train-delete"].disabled = busy or not have

  def progress(self, p) -> None:
    pr = self.e["train-progress"]
    pr.max, pr.value = p.epochs * p.steps, (p.epoch - 1) * p.steps + p.step
    eta = f"{p.etaS:.0f} s" if p.etaS < 120 else f"{p.etaS / 60:.1f} min"
    self.e["train-status"].textContent = (f"epoch {p.epoch}/{p.epochs} · step {p.step}/{p.steps} · loss {p.loss:.3f}"
                                          f" · {p.imagesPerS:,.0f} images/s · {eta} left")
    self.chart()

  def epoch(self, r) -> None:
    if r.accuracy is not None: self.e["train-accuracy"].textContent = M.pct(r.accuracy)
    self.chart()

  def chart(self) -> None:
    chart.training(self.e["train-chart"], getattr(self, "run", None))

  # --- a run ---------------------------------------------------------------------------------------------------
  async def data(self):
    """MNIST's training and test sets, fetched once per page (checked in the browser), with the progress bar."""
    if self.s.mnist is None or (self.s.mnist.done() and self.s.mnist.exception()):
      runtime = await js.digitsPreload.runtime
      pr = self.e["train-progress"]

      def on_progress(p):
        pr.max, pr.value = p.total, p.loaded
        self.e["train-status"].textContent = f"downloading MNIST: {p.loaded / 2**20:.1f} of {p.total / 2**20:.1f} MB"
      prog = create_proxy(on_progress)

      async def load():
        try:
          train = await runtime.loadMnist(MNIST, js_obj({"split": "train", "onProgress": prog}))
          test = await runtime.loadMnist(MNIST, js_obj({"split": "test", "onProgress": prog}))
          return train, test
        finally:
          prog.destroy()
      self.s.mnist = asyncio.ensure_future(load())
    return await self.s.mnist

  def settings(self) -> tuple[str, int, int, float, str]:
    arch, e = str(self.e["train-arch"].value), self.e
    try:
      epochs, lr = int(e["train-epochs"].value), float(e["train-lr"].value)
    except ValueError:
      raise ValueError("Epochs must be a whole number and the learning rate a number.") from None
    if not 1 <= epochs <= 50: raise ValueError("Epochs must be between 1 and 50.")
    if not 0 < lr < 1: raise ValueError("The learning rate must be between 0 and 1 (0.001 works for every model).")
    return arch, epochs, int(e["train-batch"].value), lr, str(e["train-backend"].value)

  async def start(self) -> None:
    if self.state in ("loading-data", "training", "paused"): return
    try:
      arch, epochs, batch, lr, backend = self.settings()
    except ValueError as err:
      self.message(str(err))
      return
    self.message("")
    self.e["train-accuracy"].textContent = "–"
    self.set_state("loading-data")
    js.performance.mark("digits:train-start")
    said = {"text": ""}  # the trainer's latest status: shown once MNIST is in (its download has the line till then)

    def on_status(text):
      said["text"] = text
      if self.s.mnist is not None and self.s.mnist.done(): self.e["train-status"].textContent = text
    url = next(m for m in self.archs() if m.id == arch).url
    # the kernels are prepared and the backend chosen while MNIST downloads
    kernels, trainer = asyncio.ensure_future(self.kernels(url, backend, batch, create_proxy(on_status))), None
    try:
      try:
        train, test = await self.data()
      except Exception as err:
        self.set_state("error")
        self.e["train-status"].textContent = ""
        self.message(f"Could not load the training data: {js_error(err)}. Nothing changed.")
        return
      if self.state != "loading-data": return  # cancelled meanwhile
      js.performance.mark("digits:train-data")
      if not kernels.done(): self.e["train-status"].textContent = said["text"] or "preparing the training kernels…"
      trainer = await kernels
      if self.state != "loading-data": return
      prog, ep = create_proxy(self.progress), create_proxy(self.epoch)
      self.run = run = (await js.digitsPreload.runtime).TrainingRun.new(trainer, js_obj({
        "train": train, "test": test, "epochs": epochs, "lr": lr, "seed": 1, "schedule": "linear", "onProgress": prog,
        "onEpoch": ep}))
      self.set_state("training")
      js.performance.mark("digits:train-training")
      self.e["train-progress"].value = 0  # it showed MNIST's download
      self.e["train-status"].textContent = f"epoch 1/{epochs}: the first steps…"
      self.message(f"Training on {trainer.reason}.")
      try:
        result = await run.start()
      finally:
        prog.destroy()
        ep.destroy()
      await self.finish(arch, epochs, result)
    except Exception as err:
      if getattr(err, "name", "") == "AbortError" or "AbortError" in str(err) or self.state == "idle":
        self.set_state("idle")
        self.message("Cancelled: the models on this page are as they were.")
      else:
        self.set_state("error")
        self.message(f"Training failed: {js_error(err)}")
        js.console.error(traceback.format_exc())
    finally:
      if trainer is not None: trainer.dispose()
      else: kernels.add_done_callback(lambda f: f.exception() is None and f.result().dispose())
      self.chart()

  @staticmethod
  async def kernels(url: str, backend: str, batch: int, status):
    """The from-scratch step on the chosen backend (scratch.js loadTrainer); `status` gets what happens now."""
    try:
      return await (await js.digitsPreload.runtime).loadTrainer(url, js_obj({"backend": backend, "batch": batch,
                                                                              "onStatus": status}))
    finally:
      status.destroy()

  async def finish(self, arch: str, epochs: int, result) -> None:
    """The finished model joins the picker (replacing an earlier one of the same architecture) and is kept here."""
    mid, run = trained_id(arch), self.run
    rec = js_obj({"arch": arch, "epochs": epochs, "accuracy": result.accuracy, "backend": str(run.trainer.backend),
                  "weights": run.inferenceWeights(), "checkpoint": run.checkpoint(),
                  "when": js.Date.new().toISOString()})
    self.s.trained[mid] = rec
    await self.loader.add(info(next(m for m in self.archs() if m.id == arch), float(result.accuracy), epochs))
    self.set_state("done")
    self.e["train-status"].textContent = (f"done: {epochs} epoch{'s' * (epochs != 1)} in {result.ms / 1000:.1f} s, "
                                          f"{M.pct(result.accuracy)} on the 10,000 test images")
    try:
      await (await store()).put(mid, rec)
      self.message('Trained: pick it in the model picker ("trained here") and draw on it. It is kept in this browser.')
    except Exception as err:
      self.message(f"Trained (pick it in the model picker), but it could not be kept in this browser: "
                   f"{js_error(err)}")

  def pause(self) -> None:
    run = getattr(self, "run", None)
    if run is None: return
    if self.state == "training":
      run.pause()
      self.set_state("paused")
      self.message("Paused: Resume goes on from the same step.")
    elif self.state == "paused":
      run.resume()
      self.set_state("training")
      self.message("")

  def cancel(self) -> None:
    st = self.state
    if st not in ("loading-data", "training", "paused"): return
    run = getattr(self, "run", None)
    if run is not None and st != "loading-data": run.cancel()
    self.set_state("idle")

  # --- the model trained here ----------------------------------------------------------------------------------
  async def download(self) -> None:
    arch = str(self.e["train-arch"].value)
    rec = self.s.trained.get(trained_id(arch))
    if rec is not None: download(rec.checkpoint, f"{arch}-trained-here.safetensors")

  async def delete(self) -> None:
    mid = trained_id(str(self.e["train-arch"].value))
    if mid not in self.s.trained: return
    failed = None
    try:  # from storage first: a reload right after Delete must not bring the model back
      await getattr(await store(), "del")(mid)
    except Exception as err:
      failed = err
    del self.s.trained[mid]
    await self.loader.remove(mid)
    self.buttons()
    self.message(f"Removed from this page, but this browser's storage failed: {js_error(failed)}" if failed
                 else "The model trained here is deleted.")
