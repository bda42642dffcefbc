"""PyScript's entry point (not editable on the page): imports the `digits` package, starts its App, and runs the
page's Python editor. Run: write the edited sources into Pyodide's file system, drop `digits*` from sys.modules,
import again and hand the running state (drawing, loaded models) to the new App. If the edited code fails, at
import, at mount or later in a handler, its traceback goes on the page and the last working App takes over again.

Saved edits live in localStorage under a key scoped to the site's path, each with the hash of the shipped module it
was made on: an edit of the shipped code as it is now runs at boot (and the page says so, with a Reset right there);
an edit made on an older version is offered in the editor, never applied silently.

No edit can lock a visitor out. Before saved edits are applied (at boot, or by Run) a mark is set in localStorage;
it is cleared once the page with them is ready (or the Run returned). A boot that finds the mark set (the last one
never got there: an endless loop hangs the tab) runs the shipped code and says why; the edits wait in the editor.
`?safe` in the URL always runs the shipped code. And edited code gets a time limit while it imports and mounts
(a trace function that raises after LIMIT seconds), so a loop there fails like any error instead of hanging."""
import asyncio
import contextlib
import hashlib
import importlib
import json
import os
import sys
import time
import traceback

import js
from pyodide.ffi import create_proxy

js.performance.mark("digits:python-start")  # the benchmark splits the boot time at these marks

HERE = os.getcwd()
if HERE not in sys.path: sys.path.insert(0, HERE)
PKG = "digits"
KEY = f"digits-editor:{js.location.pathname}:"  # localStorage key prefix, one entry per edited module
TRYING = KEY + "(trying)"  # set while saved edits are being applied; a boot that finds it set runs the shipped code
SAFE = bool(js.URLSearchParams.new(js.location.search).has("safe"))  # ?safe: the shipped code, whatever is saved
LIMIT = 5.0  # s: edited code that is still importing or mounting after this is stopped


def q(testid):
  return js.document.querySelector(f'[data-testid="{testid}"]')


def path(mod: str) -> str:
  return os.path.join(HERE, PKG, f"{mod}.py")


def read(mod: str) -> str:
  with open(path(mod)) as f: return f.read()


def write(sources: dict) -> None:
  for mod, src in sources.items():
    with open(path(mod), "w") as f: f.write(src)


def digest(src: str) -> str:
  return hashlib.sha256(src.encode()).hexdigest()[:16]


def saved() -> tuple[dict, dict]:
  """Saved edits: (made on the shipped code as it is now, made on another version of it)."""
  current, stale = {}, {}
  for mod in MODULES:
    v = js.localStorage.getItem(KEY + mod)
    if not isinstance(v, str): continue  # a missing key is JS null
    try:
      entry = json.loads(v)
      base, src = entry["base"], entry["source"]
    except (ValueError, KeyError, TypeError):
      continue
    (current if base == digest(SHIPPED[mod]) else stale)[mod] = src
  return current, stale


@contextlib.contextmanager
def trying():
  """Mark an attempt to apply saved edits for as long as it runs (a hang leaves the mark for the next visit)."""
  js.localStorage.setItem(TRYING, "1")
  try:
    yield
  finally:
    js.localStorage.removeItem(TRYING)


@contextlib.contextmanager
def limited(seconds: float = LIMIT):
  """Stop Python code that runs longer than `seconds` (an endless loop in an edit): TimeoutError where it is."""
  end = time.monotonic() + seconds
  def trace(frame, event, arg):
    if event == "call": frame.f_trace_opcodes = True  # per opcode: `while True: pass` has no line events
    elif time.monotonic() > end:
      raise TimeoutError(f"stopped after {seconds:g} s: the edited code did not finish importing and mounting "
                         "(an endless loop?)")
    return trace
  sys.settrace(trace)
  try:
    yield
  finally:
    sys.settrace(None)


def store(drafts: dict) -> None:
  """Persist every module that differs from the shipped code; forget the others."""
  for m in MODULES:
    if drafts[m] != SHIPPED[m]:
      js.localStorage.setItem(KEY + m, json.dumps({"base": digest(SHIPPED[m]), "source": drafts[m]}))
    else:
      js.localStorage.removeItem(KEY + m)


def notice(text: str) -> None:
  """The saved-edits banner: says what runs instead of the shipped code (empty: hidden)."""
  el = q("saved-edits")
  el.querySelector("span").textContent, el.hidden = text, not text


def names(mods) -> str:
  return ", ".join(f"{PKG}/{m}.py" for m in mods)


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
    self.state = None  # the App's State, made by the first App's module; every later App takes it over
    self.app = self.fallback = None  # the App running now, and the one that ran before the last Run

  def start(self, mod, limit=contextlib.nullcontext):
    if self.state is None: self.state = mod.State(report=self.report)
    app = mod.App(self.state)
    try:
      with limit(): app.mount()
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
      with limited(): mod = import_app()
    except BaseException:
      show_error(traceback.format_exc())
      return False
    previous, app = self.app, None
    previous.unmount()
    try:
      app = mod.App(self.state)
      with limited(): app.mount()
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
  q("saved-edits").querySelector(".dismiss").addEventListener("click", create_proxy(lambda e: notice("")))
  edits, stale = saved()
  held = ""  # why saved edits that fit the shipped code do not run this time
  if edits and SAFE:
    held = f"?safe is in the address: the shipped code runs; your saved edits of {names(edits)} are in the editor"
  elif edits and isinstance(js.localStorage.getItem(TRYING), str):  # a missing key is JS null
    held = (f"Your saved edits of {names(edits)} stopped this page last time (it never became ready): the shipped "
            "code runs; the edits are in the editor")
  if held: stale, edits = {**stale, **edits}, {}

  async def boot(limit=contextlib.nullcontext):
    with limit(): mod = import_app()
    host.start(mod, limit)
    js.performance.mark("digits:app-mounted")
    await host.app.load()

  try:
    if edits:
      write(edits)
      with trying(): await boot(limited)  # a hang leaves the mark: the next visit runs the shipped code
      notice(f"Your saved edits of {names(edits)} are running instead of the shipped code.")
    else:
      await boot()
  except BaseException:
    if not edits: raise
    show_error("Your saved edits fail, so the shipped code runs instead (Reset discards the edits):\n\n"
               + traceback.format_exc())
    notice(f"Your saved edits of {names(edits)} fail: the shipped code runs. They are in the editor to fix.")
    if host.app is not None: host.app.unmount()
    write(SHIPPED)
    await boot()
  if held:
    notice(f"{held}, not running. Run applies them; Reset discards them.")
  elif stale:
    notice(f"Your saved edits of {names(stale)} were made on an older version of this page: they are in the "
           "editor, not running. Run applies them; Reset discards them.")
  js.performance.mark("digits:ready")
  try:
    await editor(host, {**stale, **edits})
  except Exception as e:  # the page reads drawings without the editor: say so in the editor's place, not the status
    q("editor").dataset.state = "error"
    show_error(f"The editor could not load: {getattr(e, 'message', None) or e}. Reload to retry.")
    return
  js.performance.mark("digits:editor-ready")


async def editor(host, edits: dict):
  """Load CodeMirror (after the app is ready: it does not delay the first prediction) and wire Run and Reset."""
  drafts = {m: edits.get(m, SHIPPED[m]) for m in MODULES}
  pick = q("editor-file")
  for m in MODULES:
    opt = js.document.createElement("option")
    opt.value, opt.textContent = m, f"{PKG}/{m}.py"
    pick.append(opt)
  cm = await js.digitsEditor()
  current = {"mod": MODULES[0]}

  def switch(e=None):
    drafts[current["mod"]] = view.getValue()
    current["mod"] = pick.value
    view.setValue(drafts[current["mod"]])

  async def run(e=None):
    if q("editor-run").disabled: return  # a Run is under way (Shift-Enter pressed twice)
    drafts[current["mod"]] = view.getValue()
    store(drafts)
    q("editor-run").disabled = True
    with trying(): ok = await host.run(dict(drafts))  # a Run that hangs the tab is not applied at the next visit
    q("editor-run").disabled = False
    q("editor").dataset.ran = "ok" if ok else "error"
    edited = [m for m in MODULES if drafts[m] != SHIPPED[m]]
    notice(f"Your edits of {names(edited)} are running instead of the shipped code." if ok and edited else "")

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
  q("saved-edits").querySelector("button").addEventListener("click", later(reset))
  q("editor").dataset.state = "ready"


try:
  await main()  # noqa: F704  (top-level await: PyScript runs this file as a coroutine)
except BaseException:
  status = q("status")
  status.dataset.state, status.textContent = "error", "The page's Python failed to start; reload to retry."
  show_error(traceback.format_exc())
  raise
