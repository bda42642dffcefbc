"""What the test modules share, imported from here (never from another test module): paths, the recorded drawings,
and the helpers that drive the page like a person (data-testids: docs/ARCHITECTURE.md). Fixtures are in conftest.py."""
import json
from pathlib import Path

import numpy as np
import safetensors.numpy

from training import writer

ROOT = Path(__file__).resolve().parents[1]
KERNELS = ROOT / "kernels"
ARTIFACTS = ROOT / "test-artifacts"
DRAWINGS = json.loads((ROOT / "tests" / "strokes" / "drawings.json").read_text())
T = 30_000  # ms: waits are for conditions, this only bounds a hang

# JS: b64(Uint8Array) -> base64 (in chunks: spreading a whole weights file overflows the call stack), all({k: u8}).
B64_JS = ("const b64 = (u) => { let s = ''; for (let i = 0; i < u.length; i += 32768) "
          "s += String.fromCharCode(...u.subarray(i, i + 32768)); return btoa(s); };"
          "const all = (v) => Object.fromEntries(Object.entries(v).map(([k, u]) => [k, b64(u)]));")


def tid(name: str) -> str:
  return f"[data-testid={name}]"


def open_page(ctx, url: str, requests_seen: list | None = None):
  """A new tab on url whose console errors and warnings are echoed to the test log (and every request it makes
  appended to requests_seen)."""
  pg = ctx.new_page()
  pg.on("console", lambda m: print(f"[console.{m.type}] {m.text}") if m.type in ("error", "warning") else None)
  pg.on("pageerror", lambda e: print(f"[pageerror] {e}"))
  if requests_seen is not None: pg.on("request", lambda r: requests_seen.append(r.url))
  pg.goto(url)
  return pg


def wait_ready(pg):
  pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state !== 'loading'", timeout=T)
  assert pg.get_attribute("[data-testid=status]", "data-state") == "ready", pg.inner_text("[data-testid=status]")


def settled(pg, timeout=T):
  """Wait until the prediction shown is for the newest input."""
  pg.wait_for_function("document.querySelector('[data-testid=prediction]').dataset.version === "
                       "document.querySelector('[data-testid=canvas]').dataset.version", timeout=timeout)


def reading(pg) -> dict:
  settled(pg)
  return pg.evaluate("""() => {
    const q = (t) => document.querySelector(`[data-testid="${t}"]`);
    return {digit: q('prediction').textContent, model: q('prediction').dataset.model,
            probs: [...Array(10).keys()].map((d) => parseFloat(q(`prob-${d}`).dataset.p)),
            ms: parseFloat(q('latency').dataset.ms), backend: q('backend').textContent};
  }""")


def clear(pg):
  pg.click(tid("clear"))
  settled(pg)


def pad_box(pg):
  pad = pg.locator(tid("canvas"))
  pad.scroll_into_view_if_needed()
  return pad.bounding_box()


def draw_mouse(pg, strokes):
  writer.draw_mouse(pg, strokes, pad_box(pg))


def draw_touch(pg, strokes):
  """Real touch input through the DevTools protocol: the page sees pointer events with pointerType 'touch'."""
  box = pad_box(pg)
  cdp = pg.context.new_cdp_session(pg)
  at = lambda p: {"x": box["x"] + p[0] * box["width"], "y": box["y"] + p[1] * box["height"]}  # noqa: E731
  for s in strokes:
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [at(s[0])]})
    for p in s[1:]: cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [at(p)]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
  cdp.detach()


def draw_pen(pg, strokes):
  """Pen input through the DevTools protocol: pointer events with pointerType 'pen'."""
  box = pad_box(pg)
  cdp = pg.context.new_cdp_session(pg)
  ev = lambda t, p, b: cdp.send("Input.dispatchMouseEvent", {  # noqa: E731
    "type": t, "x": box["x"] + p[0] * box["width"], "y": box["y"] + p[1] * box["height"], "button": "left",
    "buttons": b, "clickCount": 1, "pointerType": "pen", "force": 0.5})
  for s in strokes:
    ev("mousePressed", s[0], 1)
    for p in s[1:]: ev("mouseMoved", p, 1)
    ev("mouseReleased", s[-1], 0)
  cdp.detach()


def select_model(pg, mid):
  pg.select_option(tid("model-select"), mid)
  pg.wait_for_function(f"document.querySelector('[data-testid=status]').textContent.includes("
                       f"document.querySelector('[data-testid=model-select] option[value={mid}]').text.split(' · ')[0])"
                       " && document.querySelector('[data-testid=status]').dataset.state !== 'loading'", timeout=T)


def expect_read(pg, d, how):
  """The drawing d was read as its digit; else a screenshot of the page is kept in test-artifacts/."""
  r = reading(pg)
  if r["digit"] != str(d["digit"]):
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"misread-{how}-{d['digit']}-{d['variant']}.png"), full_page=True)
  assert r["digit"] == str(d["digit"]), f"{r['model']} read it as {r['digit']}: {np.round(r['probs'], 3).tolist()}"


def replay_batches(n: int, batch: int, seed: int = 0):
  """n seeded batches (images in [0, 1], labels) from the shipped MNIST replay sample, as the browser's steps get."""
  rep = safetensors.numpy.load_file(str(KERNELS / "replay.safetensors"))
  rng = np.random.default_rng(seed)
  for _ in range(n):
    i = rng.integers(len(rep["y"]), size=batch)
    yield rep["x"][i].astype(np.float32) / 255, rep["y"][i].astype(np.int32)


# site/runtime in a page: load a model, run it, return its backend and logits (a plain array), or the Error's message.
RUN_JS = """async ([url, x, opts]) => {
  const {loadModel} = await import('/runtime/runtime.js');
  try {
    const model = await loadModel(url, opts);
    const y = await model.run(new Float32Array(x));
    model.dispose();
    return {backend: model.backend, adapter: model.adapter, logits: Array.from(y)};
  } catch (e) {
    return {error: String(e.message), isError: e instanceof Error};
  }
}"""


def run(page, url, x, **opts):
  return page.evaluate(RUN_JS, [url, list(map(float, x)), opts])


AUTO_JS = """async (url) => {
  const {loadModel} = await import('/runtime/runtime.js');
  const model = await loadModel(url);
  const first = model.backend;
  const y = Array.from(await model.run(new Float32Array(784)));   // usable at once, before the choice lands
  const decided = await model.decided;
  const out = {first, decided, backend: model.backend, reason: model.reason, ran: y.length};
  model.dispose();
  return out;
}"""
