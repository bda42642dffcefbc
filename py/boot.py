"""PyScript's entry point (not editable on the page): imports the `digits` package, starts its App, and runs the
page's Python editor. Run: write the edited sources into Pyodide's file system, drop `digits*` from sys.modules,
import again and hand the running state (drawing, loaded models) to the new App. If the edited code fails, at
import, at mount or later in a handler, its traceback goes on the page and the last working App takes over again."""
import asyncio
import contextlib
import importlib
import os
import sys
import traceback
import types

import js
from pyodide.ffi import create_proxy

js.performance.mark("digits:python-start")  # the benchmark splits the boot time at these marks

HERE = os.getcwd()
if HERE not in sys.path: sys.path.insert(0, HERE)
PKG = "digits"
KEY = "digits-editor:"  # localStorage key prefix, one entry per edited module


def q(testid):
  return js.document.querySelector(f'[data-testid="{testid}"]')


def path(mod: str) -> str:
  return os.path.join(HERE, PKG, f"{mod}.py")


def read(mod: str) -> str:
  with open(path(mod)) as f: return f.read()


def write(sources: dict) -> None:
  for mod, src in sources.items():
    with open(path(mod), "w") as f: f.write(src)


def saved() -> dict:
  out = {}
  for mod in MODULES:
    v = js.localStorage.getItem(KEY + mod)
    if isinstance(v, str): out[mod] = v  # a missing key is JS null
  return out


def show_error(text: str) -> None:
  el = q("editor-error")
  el.textContent, el.hidden = text, not text


def import_app():
  """Fresh import of the whole package from the file system; on failure sys.modules is left as it was."""
  old = {k: v for k, v in sys.modules.items() if k == PKG or k.startswith(PKG + ".")}
  for k in old: del sys.modules[k]
  importlib.invalidate_caches()
  try:
    return importlib.import_module(f"{PKG}.app")
  except BaseException:
    for k in [k for k in sys.modules if k == PKG or k.startswith(PKG + ".")]: del sys.modules[k]
    sys.modules.update(old)
    raise


class Host:
  def __init__(self):
    self.state = types.SimpleNamespace(report=self.report)
    self.app = self.fallback = None  # the App running now, and the one that ran before the last Run

  def start(self, mod):
    app = mod.App(self.state)
    try:
      app.mount()
    except BaseException:
      with contextlib.suppress(BaseException): app.unmount()  # listeners attached before the failure
      raise
    self.app = app
    return app

  def report(self, tb: str) -> None:
    """An error inside the running App (a handler or the prediction loop)."""
    if self.fallback is not None and self.app is not self.fallback:  # edited code broke while running: go back
      self.app.unmount()
      self.app = self.fallback
      self.fallback.mount()
      self.fallback.request()
      tb += "\nThe previous version of the code is running again; fix the code and Run."
    show_error(tb)

  async def run(self, sources: dict) -> bool:
    """Apply edited sources without reloading the page. True when the new code is running."""
    write(sources)
    try:
      mod = import_app()
    except BaseException:
      show_error(traceback.format_exc())
      return False
    previous, app = self.app, None
    previous.unmount()
    try:
      app = mod.App(self.state)
      app.mount()
      self.app = app
      await app.load()
    except BaseException:
      show_error(traceback.format_exc())
      if app is not None: app.unmount()
      self.app = previous
      previous.mount()
      previous.request()
      return False
    show_error("")
    self.fallback = previous
    return True


MODULES: list = []
SHIPPED: dict = {}


async def main():
  global MODULES
  host = Host()
  MODULES = importlib.import_module(PKG).MODULES
  SHIPPED.update({m: read(m) for m in MODULES})
  edits = saved()
  if edits: write(edits)

  async def boot():
    host.start(import_app())
    js.performance.mark("digits:app-mounted")
    await host.app.load()

  try:
    await boot()
  except BaseException:
    if not edits: raise
    show_error("Your saved edits fail, so the shipped code runs instead (Reset discards the edits):\n\n"
               + traceback.format_exc())
    if host.app is not None: host.app.unmount()
    write(SHIPPED)
    await boot()
  js.performance.mark("digits:ready")
  await editor(host)
  js.performance.mark("digits:editor-ready")


async def editor(host):
  """Load CodeMirror (after the app is ready: it does not delay the first prediction) and wire Run and Reset."""
  drafts = {m: saved().get(m, SHIPPED[m]) for m in MODULES}
  pick = q("editor-file")
  pick.innerHTML = "".join(f'<option value="{m}">{PKG}/{m}.py</option>' for m in MODULES)
  cm = await js.digitsEditor()
  current = {"mod": MODULES[0]}

  def switch(e=None):
    drafts[current["mod"]] = view.getValue()
    current["mod"] = pick.value
    view.setValue(drafts[current["mod"]])

  async def run(e=None):
    if q("editor-run").disabled: return  # a Run is under way (Shift-Enter pressed twice)
    drafts[current["mod"]] = view.getValue()
    for m in MODULES:  # persist every module that differs from the shipped code
      if drafts[m] != SHIPPED[m]: js.localStorage.setItem(KEY + m, drafts[m])
      else: js.localStorage.removeItem(KEY + m)
    q("editor-run").disabled = True
    ok = await host.run(dict(drafts))
    q("editor-run").disabled = False
    q("editor").dataset.ran = "ok" if ok else "error"

  async def reset(e=None):
    for m in MODULES:
      js.localStorage.removeItem(KEY + m)
      drafts[m] = SHIPPED[m]
    view.setValue(drafts[current["mod"]])
    await run()

  def later(coro_fn):
    return create_proxy(lambda *a: asyncio.ensure_future(coro_fn()))

  view = cm.createEditor(q("editor"), drafts[current["mod"]], later(run))
  pick.addEventListener("change", create_proxy(switch))
  q("editor-run").addEventListener("click", later(run))
  q("editor-reset").addEventListener("click", later(reset))
  q("editor").dataset.state = "ready"


try:
  await main()  # noqa: F704  (top-level await: PyScript runs this file as a coroutine)
except BaseException:
  status = q("status")
  status.dataset.state, status.textContent = "error", "The page's Python failed to start; reload to retry."
  show_error(traceback.format_exc())
  raise
