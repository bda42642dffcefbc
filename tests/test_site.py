"""End to end in headless Chromium: the built site served on loopback, driven like a person would (mouse, touch,
file upload, the page's editor). One page is shared by most tests (Pyodide boots once); every request it makes is
recorded and checked to stay on the serving host. The page contract (data-testids) is in docs/ARCHITECTURE.md.

DIGITS_KERNELS=<dir> serves another kernels/ folder (e.g. a fresh export) instead of the committed one, and
DIGITS_CHECKPOINTS=<dir> points the offline tinygrad predictions at the matching checkpoints."""
import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import pytest
from helpers import (ARTIFACTS, DRAWINGS, ROOT, T, clear, draw_mouse, draw_pen, draw_touch, expect_read, open_page,
                     pad_box, reading, select_model, settled, tid, wait_ready)

from bench.common import built_site

TOUCH = [d for i, d in enumerate(DRAWINGS) if i % 6 == (d["digit"] % 6)]  # one per digit, all variants covered


@pytest.fixture(scope="module")
def url(site_url):
  if not os.environ.get("DIGITS_KERNELS"):
    yield site_url
    return
  def other_kernels(out):
    shutil.rmtree(out / "kernels")
    shutil.copytree(os.environ["DIGITS_KERNELS"], out / "kernels")
  with built_site(other_kernels) as (served, _):
    yield served


@pytest.fixture(scope="module")
def app(browser, url):
  pg = open_page(browser, url)
  wait_ready(pg)
  yield pg
  ARTIFACTS.mkdir(exist_ok=True)
  pg.screenshot(path=str(ARTIFACTS / "site-final.png"), full_page=True)
  pg.close()


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


# --- upload --------------------------------------------------------------------------------------------------
def offline_predictions(model_id, x: np.ndarray) -> np.ndarray:
  from tinygrad import Tensor
  from training import models
  ckpt = os.environ.get("DIGITS_CHECKPOINTS")
  m = models.load(model_id, Path(ckpt) / f"{model_id}.safetensors" if ckpt else None)
  return m(Tensor(x.reshape(-1, 784).astype(np.float32) / 255)).argmax(1).numpy()


def test_upload_mnist_png_matches_tinygrad(app, mnist, tmp_path):
  """MNIST test images written as PNG and uploaded: every model (side by side view) reads them as tinygrad does
  offline on the original 28x28 image, although the page thresholds and re-centres them first."""
  from PIL import Image
  x, y = mnist["x_test"], mnist["y_test"]
  picks = [int(np.argmax(y == d)) for d in range(10)]  # the first test image of every digit
  ids = app.eval_on_selector_all(f"{tid('model-select')} option", "os => os.map(o => o.value)")
  expected = {mid: offline_predictions(mid, x[picks]).tolist() for mid in ids}
  app.check(tid("compare"))
  got = {mid: [] for mid in ids}
  for i in picks:
    png = tmp_path / f"mnist-test-{i}.png"
    Image.fromarray(x[i].reshape(28, 28)).save(png)
    app.set_input_files(tid("upload"), str(png))
    app.wait_for_function(f"document.querySelector('[data-testid=message]').textContent.includes('{png.name}')",
                          timeout=T)
    settled(app)
    app.wait_for_function("[...document.querySelectorAll('#compare-view .col')].every(c => c.dataset.version === "
                          "document.querySelector('[data-testid=canvas]').dataset.version)", timeout=T)
    for mid in ids:
      got[mid].append(int(app.inner_text(f"{tid('compare-' + mid)} .top").split()[0]))
  app.uncheck(tid("compare"))
  clear(app)
  assert got == expected, f"labels {y[picks].tolist()}"


def test_upload_photo_of_paper(app, mnist, tmp_path):
  """Dark ink on light, uneven paper, larger and off-centre, as JPEG: inverted, thresholded, read like the original."""
  from PIL import Image, ImageFilter
  x, y = mnist["x_test"], mnist["y_test"]
  picks = [int(np.argmax(y == d)) for d in range(10)]
  mid = app.eval_on_selector(tid("model-select"), "s => s.value")
  expected = offline_predictions(mid, x[picks]).tolist()
  got = []
  for k, i in enumerate(picks):
    ink = Image.fromarray(x[i].reshape(28, 28)).resize((112, 112), Image.Resampling.BICUBIC)
    paper = Image.linear_gradient("L").resize((300, 220)).point(lambda v: 200 + v // 8)  # 200..231, shaded
    paper.paste(0, (40 + 15 * k, 30 + 5 * k), ink.filter(ImageFilter.GaussianBlur(1)))  # ink where the digit is
    path = tmp_path / f"photo-{i}.jpg"
    paper.convert("RGB").save(path, quality=85)
    app.set_input_files(tid("upload"), str(path))
    app.wait_for_function(f"document.querySelector('[data-testid=message]').textContent.includes('{path.name}')",
                          timeout=T)
    got.append(int(reading(app)["digit"]))
  ARTIFACTS.mkdir(exist_ok=True)
  app.screenshot(path=str(ARTIFACTS / "site-upload-photo.png"))
  clear(app)
  assert got == expected, f"labels {y[picks].tolist()}"


def test_upload_not_an_image(app, tmp_path):
  """A file that is no picture says so, and the answer to the drawing before it does not stay as if it were its."""
  clear(app)
  draw_mouse(app, DRAWINGS[9]["strokes"])
  assert reading(app)["digit"] != ""
  bad = tmp_path / "notes.txt"
  bad.write_text("not a picture")
  app.set_input_files(tid("upload"), str(bad))
  app.wait_for_function("document.querySelector('[data-testid=message]').textContent.includes('not a picture')",
                        timeout=T)
  assert app.get_attribute(tid("status"), "data-state") == "ready"
  assert reading(app)["digit"] == "" and all(p == 0 for p in reading(app)["probs"])


# --- the page's Python editor ----------------------------------------------------------------------------------
def editor_source(pg, module):
  pg.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  pg.select_option(tid("editor-file"), module)
  return pg.evaluate("window.digitsEditorView.getValue()")


def edit_and_run(pg, text):
  """Type the new code into CodeMirror like a person (select all, insert) and press Run."""
  pg.click(".cm-content")
  pg.keyboard.press("Control+a")
  pg.keyboard.insert_text(text)
  assert pg.evaluate("window.digitsEditorView.getValue()") == text
  pg.click(tid("editor-run"))
  pg.wait_for_function("document.querySelector('[data-testid=editor-run]').disabled === false", timeout=T)


def test_editor_run_persist_reset(app):
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  src = editor_source(app, "app")
  shipped_hint = app.inner_text(tid("hint"))
  assert shipped_hint in src
  draw_mouse(app, DRAWINGS[6]["strokes"])
  before = reading(app)
  edit_and_run(app, src.replace(shipped_hint, "Edited in the browser"))
  app.wait_for_function("document.querySelector('[data-testid=hint]').textContent === 'Edited in the browser'",
                        timeout=T)
  assert app.get_attribute(tid("editor"), "data-ran") == "ok"
  assert app.is_hidden(tid("editor-error"))
  after = reading(app)  # the drawing and the loaded model stayed
  assert after["digit"] == before["digit"] and after["model"] == before["model"]
  ARTIFACTS.mkdir(exist_ok=True)
  app.screenshot(path=str(ARTIFACTS / "site-edited.png"), full_page=True)
  app.reload()
  wait_ready(app)
  assert app.inner_text(tid("hint")) == "Edited in the browser"
  assert "digits/app.py are running instead of the shipped code" in app.inner_text(tid("saved-edits"))
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  assert "Edited in the browser" in editor_source(app, "app")
  app.click(tid("saved-edits-reset"))  # the banner's Reset, right where the page says edits run
  app.wait_for_function(f"document.querySelector('[data-testid=hint]').textContent === {json.dumps(shipped_hint)}",
                        timeout=T)
  assert editor_source(app, "app") == src and app.evaluate("localStorage.length") == 0
  assert app.is_hidden(tid("saved-edits"))


def test_edit_of_an_older_version_is_offered_not_applied(app):
  """After an update, an edit saved on the old code does not run silently: the page says so, the editor has it."""
  shipped_hint = app.inner_text(tid("hint"))
  src = editor_source(app, "app").replace(shipped_hint, "Edited on last year's code")
  key = app.evaluate("`digits-editor:${location.pathname}:app`")
  app.evaluate("([k, v]) => localStorage.setItem(k, v)", [key, json.dumps({"base": "0" * 16, "source": src})])
  app.reload()
  wait_ready(app)
  assert app.inner_text(tid("hint")) == shipped_hint
  app.wait_for_function("document.querySelector('[data-testid=saved-edits]').textContent.includes('older version')",
                        timeout=T)
  app.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  assert "Edited on last year's code" in editor_source(app, "app")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0", timeout=T)
  assert app.is_hidden(tid("saved-edits")) and app.inner_text(tid("hint")) == shipped_hint


def test_editor_broken_edit_shows_error_and_drawing_works(app):
  src = editor_source(app, "app")
  edit_and_run(app, src + "\nraise RuntimeError('broken on purpose')\n")
  app.wait_for_selector(f"{tid('editor-error')}:not([hidden])", timeout=T)
  err = app.inner_text(tid("editor-error"))
  assert "Traceback" in err and "broken on purpose" in err
  assert app.get_attribute(tid("editor"), "data-ran") == "error"
  clear(app)
  d = DRAWINGS[13]
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-edit")
  app.reload()  # the broken edit was saved: the page says so, runs the shipped code, and keeps the edit to fix
  wait_ready(app)
  app.wait_for_function("document.querySelector('[data-testid=editor-error]').textContent.includes('saved edits')",
                        timeout=T)
  assert "broken on purpose" in editor_source(app, "app")
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-reload")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0 && !document.querySelector('[data-testid=editor-run]').disabled",
                        timeout=T)
  # code that imports fine but fails while drawing: traceback shown, the previous code takes over again
  pre = editor_source(app, "preprocess")
  edit_and_run(app, pre.replace('  bbox = shape.bbox()\n', '  bbox = shape.bbox()\n  1 / 0\n'))
  clear(app)
  draw_mouse(app, d["strokes"])
  app.wait_for_function("document.querySelector('[data-testid=editor-error]').textContent.includes('ZeroDivision')",
                        timeout=T)
  clear(app)
  draw_mouse(app, d["strokes"])
  expect_read(app, d, "after-edit")
  app.click(tid("editor-reset"))
  app.wait_for_function("localStorage.length === 0", timeout=T)
  assert app.is_hidden(tid("editor-error"))


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
