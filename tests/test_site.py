"""End to end in headless Chromium: the built site served on loopback, driven like a person would (mouse, touch,
keyboard; pictures are in test_upload.py, the page's editor in test_editor.py). One page is shared by most tests
(Pyodide boots once: conftest's `app`); every request it makes is checked to stay on the serving host. The page
contract (data-testids) is in docs/ARCHITECTURE.md. DIGITS_KERNELS=<dir> serves another kernels/ folder (e.g. a
fresh export) instead of the committed one (conftest's `url`)."""
import json
import os
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from helpers import (ARTIFACTS, DRAWINGS, ROOT, T, clear, draw_mouse, draw_pen, draw_touch, expect_read, open_page,
                     pad_box, reading, select_model, settled, tid, wait_ready)


TOUCH = [d for i, d in enumerate(DRAWINGS) if i % 6 == (d["digit"] % 6)]  # one per digit, all variants covered


# --- the page comes up ---------------------------------------------------------------------------------------
def test_ready(app):
  index = json.loads((Path(os.environ.get("DIGITS_KERNELS", ROOT / "kernels")) / "index.json").read_text())
  ids = app.eval_on_selector_all(f"{tid('model-select')} option", "os => os.map(o => o.value)")
  assert ids == [m["id"] for m in index["models"]]
  assert app.inner_text(tid("backend")) in ("webgpu", "wasm")
  assert app.eval_on_selector(tid("backend-select"), "s => s.value") == "auto"
  assert app.get_attribute(tid("canvas"), "aria-label") and app.eval_on_selector(
    tid("canvas"), "c => getComputedStyle(c).touchAction") == "none"
  assert app.inner_text(tid("prediction")) == ""


def test_canvas_is_crisp_on_high_dpi(browser, url):
  pg = browser.new_page()
  cdp = pg.context.new_cdp_session(pg)
  cdp.send("Emulation.setDeviceMetricsOverride", {"width": 1000, "height": 900, "deviceScaleFactor": 2,
                                                  "mobile": False})
  pg.goto(url)
  wait_ready(pg)
  css, px = pg.eval_on_selector(tid("canvas"), "c => [c.getBoundingClientRect().width, c.width]")
  assert px == round(2 * css)
  pg.close()


# --- drawings ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("d", DRAWINGS, ids=lambda d: f"{d['digit']}-{d['variant']}")
def test_mouse_drawing_is_read(app, d):
  clear(app)
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "mouse")


@pytest.mark.parametrize("d", TOUCH, ids=lambda d: f"{d['digit']}-{d['variant']}")
def test_touch_drawing_is_read(app, d):
  clear(app)
  draw_touch(app, d["strokes"])
  expect_read(app, d, "touch")


def test_predicts_while_drawing_latest_input_wins(app):
  clear(app)
  box = pad_box(app)
  pts = DRAWINGS[42]["strokes"][0]  # a 7, one stroke
  app.mouse.move(box["x"] + pts[0][0] * box["width"], box["y"] + pts[0][1] * box["height"])
  app.mouse.down()
  for x, y in pts[1:]: app.mouse.move(box["x"] + x * box["width"], box["y"] + y * box["height"])
  app.wait_for_function("document.querySelector('[data-testid=prediction]').textContent !== ''", timeout=T)
  app.mouse.up()  # a prediction came while the button was still down
  # 300 pointer moves in one burst: the page predicts a handful of times on the newest input, not 300 times
  paints = app.evaluate("""async () => {
    const q = (t) => document.querySelector(`[data-testid="${t}"]`);
    const pad = q('canvas'), pred = q('prediction'), r = pad.getBoundingClientRect();
    let paints = 0;
    const mo = new MutationObserver(() => paints++);
    mo.observe(pred, {attributes: true, attributeFilter: ['data-version']});
    const ev = (type, i) => pad.dispatchEvent(new PointerEvent(type, {pointerId: 1, pointerType: 'mouse', button: 0,
      buttons: 1, bubbles: true, clientX: r.left + r.width * (0.2 + i / 500), clientY: r.top + r.height * 0.5}));
    ev('pointerdown', 0);
    for (let i = 1; i <= 300; i++) ev('pointermove', i);
    ev('pointerup', 300);
    while (pred.dataset.version !== pad.dataset.version) await new Promise((res) => setTimeout(res, 5));
    mo.disconnect();
    return paints;
  }""")
  assert 1 <= paints <= 3
  clear(app)


@pytest.mark.parametrize("d", DRAWINGS[2::21], ids=lambda d: f"{d['digit']}-{d['variant']}")
def test_pen_drawing_is_read(app, d):
  clear(app)
  seen = app.evaluate_handle("""() => { const s = new Set();
    document.querySelector('[data-testid=canvas]').addEventListener('pointerdown', (e) => s.add(e.pointerType));
    return s; }""")
  draw_pen(app, d["strokes"])
  expect_read(app, d, "pen")
  assert app.evaluate("s => [...s]", seen) == ["pen"]


@pytest.mark.parametrize("variant", ["small-top-left", "large", "small-bottom-right"])
def test_preview_is_mnist_like(app, variant):
  """The browser's canvas raster (not Pillow): the model sees a 20 px fit with its centre of mass at (14, 14)."""
  clear(app)
  d = next(d for d in DRAWINGS if d["digit"] == 5 and d["variant"] == variant)
  draw_mouse(app, d["strokes"])
  settled(app)
  px = app.eval_on_selector(tid("preview"), "c => [...c.getContext('2d').getImageData(0, 0, 28, 28).data]")
  img = np.array(px[0::4], dtype=np.float64).reshape(28, 28) / 255
  ys, xs = np.nonzero(img > 0.25)
  assert 19 <= max(ys.max() - ys.min() + 1, xs.max() - xs.min() + 1) <= 21
  cy, cx = (img.sum(1) @ np.arange(28)) / img.sum(), (img.sum(0) @ np.arange(28)) / img.sum()
  assert abs(cx - 14) < 0.3 and abs(cy - 14) < 0.3, (cx, cy)


def test_clear_empties_prediction(app):
  draw_mouse(app, DRAWINGS[0]["strokes"])
  assert reading(app)["digit"] != ""
  clear(app)
  r = reading(app)
  assert r["digit"] == "" and r["probs"] == [0.0] * 10


def test_switching_model_changes_what_runs(app):
  ids = app.eval_on_selector_all(f"{tid('model-select')} option", "os => os.map(o => o.value)")
  draw_mouse(app, DRAWINGS[20]["strokes"])
  seen = {}
  for mid in ids:
    select_model(app, mid)
    seen[mid] = reading(app)
    assert seen[mid]["model"] == mid and seen[mid]["ms"] > 0
  assert len({tuple(np.round(r["probs"], 5)) for r in seen.values()}) == len(ids), "every model gives other numbers"
  app.check(tid("compare"))  # side by side: every model's column fills in
  settled(app)
  app.wait_for_function("[...document.querySelectorAll('#compare-view .top')].every(t => t.textContent)", timeout=T)
  app.uncheck(tid("compare"))
  select_model(app, ids[-1])
  clear(app)


def test_auto_chooses_by_measurement(app):
  """'auto' starts on WebAssembly, times WebGPU in the background and says which one won and why."""
  app.wait_for_function("/faster here|no WebGPU|WebGPU failed/.test("
                        "document.querySelector('[data-testid=status]').textContent)", timeout=T)
  status, backend = app.inner_text(tid("status")), app.inner_text(tid("backend"))
  words = {"wasm": "WebAssembly on the CPU", "webgpu": "WebGPU on the GPU"}[backend]
  assert words in status and "ms" in status, status


@pytest.mark.parametrize("backend", ["wasm", "webgpu", "auto"])
def test_backend_picker(app, backend):
  """The visitor picks what runs the models: the status, the backend readout and the latency follow."""
  app.select_option(tid("backend-select"), backend)
  app.wait_for_function(f"document.querySelector('[data-testid=status]').dataset.state === 'ready' && "
                        f"(document.querySelector('[data-testid=backend]').textContent === '{backend}' || "
                        f"'{backend}' === 'auto')", timeout=T)
  clear(app)
  d = DRAWINGS[7]
  draw_mouse(app, d["strokes"])
  expect_read(app, d, f"backend-{backend}")
  assert reading(app)["backend"] == app.inner_text(tid("backend"))
  if backend != "auto": assert "(chosen)" in app.inner_text(tid("status"))
  clear(app)


# --- failure paths (own pages) -------------------------------------------------------------------------------
def test_missing_model_file_says_what_to_do(browser, url):
  pg = browser.new_page()
  pg.route("**/weights.safetensors", lambda route: route.fulfill(status=404, body="gone"))
  pg.goto(url)
  pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'error'", timeout=T)
  text = pg.inner_text(tid("status"))
  assert "weights.safetensors" in text and "404" in text and "make build" in text
  pg.close()


def test_no_webgpu_runs_on_webassembly(browser, url):
  """Without WebGPU the page runs the models on WebAssembly, says so, reads drawings; picking WebGPU says what to do."""
  pg = browser.new_page()
  pg.add_init_script("Object.defineProperty(Navigator.prototype, 'gpu', {get: () => undefined})")
  pg.goto(url)
  wait_ready(pg)
  pg.wait_for_function("document.querySelector('[data-testid=status]').textContent.includes('no WebGPU')", timeout=T)
  assert pg.inner_text(tid("backend")) == "wasm"
  d = DRAWINGS[31]
  draw_mouse(pg, d["strokes"])
  expect_read(pg, d, "no-webgpu")
  pg.select_option(tid("backend-select"), "webgpu")
  pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'error'", timeout=T)
  text = pg.inner_text(tid("status"))
  assert "WebGPU is not available" in text and "WebAssembly (CPU)" in text, text
  pg.close()


def test_no_off_host_requests(browser, url):
  """Its own page: every request of boot, the models (all loaded, on every backend), the editor, a drawing and a
  reload stays on the host."""
  seen = []
  pg = open_page(browser, url, seen)
  wait_ready(pg)
  pg.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  pg.check(tid("compare"))
  d = DRAWINGS[3]
  draw_mouse(pg, d["strokes"])
  expect_read(pg, d, "off-host")
  pg.select_option(tid("backend-select"), "webgpu")
  pg.wait_for_function("document.querySelector('[data-testid=backend]').textContent === 'webgpu'", timeout=T)
  pg.reload()
  wait_ready(pg)
  pg.close()
  host = urlparse(url).netloc
  assert len(seen) > 20 and any(u.endswith("model.wasm") for u in seen) and any(u.endswith(".wgsl") for u in seen)
  off = [u for u in seen if urlparse(u).scheme not in ("data", "blob") and urlparse(u).netloc != host]
  assert off == []


# --- phones and accessibility ----------------------------------------------------------------------------------
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def test_axe_finds_no_violations(app):
  """axe-core (WCAG 2 A/AA and best practices) on the ready page, editor loaded, side by side on."""
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  app.check(tid("compare"))
  app.add_script_tag(path=str(AXE))
  res = app.evaluate("""async () => {
    const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice']}});
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }""")
  app.uncheck(tid("compare"))
  assert res == []


@pytest.mark.parametrize("width", [360, 390, 414])
def test_phone_width_has_no_sideways_scroll(browser, url, width):
  """A phone (mobile viewport, touch, 3x pixels): nothing overflows sideways, the pad fits, a finger draws."""
  pg = browser.new_page()
  cdp = pg.context.new_cdp_session(pg)
  cdp.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 844, "deviceScaleFactor": 3,
                                                 "mobile": True})
  cdp.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
  try:
    pg.goto(url)
    wait_ready(pg)
    sizes = pg.evaluate("""() => ({doc: document.documentElement.scrollWidth, view: innerWidth,
      pad: document.querySelector('[data-testid=canvas]').getBoundingClientRect().toJSON()})""")
    assert sizes["view"] == width and sizes["doc"] <= width, sizes
    assert sizes["pad"]["left"] >= 0 and sizes["pad"]["right"] <= width, sizes
    if width == 390:
      d = DRAWINGS[0]
      draw_touch(pg, d["strokes"])
      expect_read(pg, d, "phone")
      ARTIFACTS.mkdir(exist_ok=True)
      pg.screenshot(path=str(ARTIFACTS / "phone-390.png"), full_page=True)
  finally:
    cdp.detach()
    pg.close()


def test_keyboard_draws_on_the_pad(app):
  """Tab to the pad, draw a 1 with the arrow keys and Space: it is read like any drawing."""
  clear(app)
  app.focus(tid("canvas"))
  for k in ["ArrowUp"] * 8 + [" "] + ["ArrowDown"] * 16 + [" "]: app.keyboard.press(k)
  r = reading(app)
  assert r["digit"] == "1", r
  clear(app)


def test_a_model_that_cannot_load_is_named_and_another_can_be_picked(browser, site_url):
  """The default model's weights missing: the status says which model and why (drawing cannot be read with it); the
  picker still works, and another model reads drawings."""
  pg = browser.new_page()
  try:
    pg.route("**/kernels/cnn/weights.safetensors", lambda r: r.fulfill(status=404, body="not found"))
    pg.goto(site_url)
    pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state !== 'loading'", timeout=T)
    text = pg.inner_text(tid("status"))
    assert pg.get_attribute(tid("status"), "data-state") == "error" and "Could not load CNN" in text, text
    assert "weights" in text and "404" in text, text
    select_model(pg, "small")
    assert pg.get_attribute(tid("status"), "data-state") == "ready"
    draw_mouse(pg, DRAWINGS[2]["strokes"])
    assert reading(pg)["digit"] == str(DRAWINGS[2]["digit"])
  finally:
    pg.close()
