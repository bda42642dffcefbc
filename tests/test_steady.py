"""The pad holds still and forgives, and no saved edit can lock a visitor out (headless Chromium, like a person).

Layout: the pad's box is the same at `ready` and 10 s later (after 'auto' has timed WebGPU and said why), at phone
and desktop widths, with no layout shift at all (the Layout Instability API, what Lighthouse's CLS sums); on a
phone the pad and the answer are in view as the page opens, the Teach digits beside the pad. Pad: a stroke that
starts in the card's frame is drawn, a touch on the card never scrolls, a layout change mid-stroke does not shift
the ink. Edits: a saved edit that hangs the page is not applied by the next visit, `?safe` runs the shipped code,
and an edit that loops while it imports is stopped and reported."""
import hashlib
import json
import time

import pytest
from helpers import DRAWINGS, ROOT, T, draw_mouse, reading, tid, wait_ready

PHONE = (390, 844)
CLS = """() => new Promise((resolve) => {
  let sum = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(sum), 100);
})"""


def box(pg, testid):
  return pg.evaluate(f"(() => {{ const r = document.querySelector('{tid(testid)}').getBoundingClientRect(); "
                     "return [r.x, r.y, r.width, r.height]; })()")


def open_at(ctx, url, width, height):
  pg = ctx.new_page()
  pg.set_viewport_size({"width": width, "height": height})
  pg.goto(url)
  wait_ready(pg)
  return pg


@pytest.fixture(scope="module")
def app(browser, site_url):
  pg = browser.new_page()
  pg.goto(site_url)
  wait_ready(pg)
  yield pg
  pg.close()


@pytest.mark.parametrize("width", [360, 390, 414, 1280])
def test_pad_holds_still_from_ready_on(browser, site_url, width):
  pg = open_at(browser, site_url, width, 844 if width < 600 else 720)
  at_ready = box(pg, "canvas")
  time.sleep(10)  # 'auto' times WebGPU meanwhile and the status says what it chose and why
  assert "measuring" not in pg.inner_text(tid("status"))
  assert box(pg, "canvas") == at_ready
  assert pg.evaluate(CLS) == 0
  pg.close()


def test_phone_shows_pad_and_answer_as_it_opens(browser, site_url):
  pg = open_at(browser, site_url, *PHONE)
  draw_mouse(pg, DRAWINGS[3]["strokes"])
  assert reading(pg)["digit"] == str(DRAWINGS[3]["digit"])
  assert pg.evaluate("scrollY") == 0
  for t in ("canvas", "prediction", "confidence", "teach-label-0", "teach-label-9"):
    x, y, w, h = box(pg, t)
    assert h > 0 and 0 <= x <= PHONE[0] - w and 0 <= y <= PHONE[1] - h, (t, x, y, w, h)
  pg.close()


def test_stroke_from_the_frame_is_drawn_clamped(app):
  """A 1 drawn from 10 px above the drawing area (in the card's frame) to its lower part is a 1 on the pad."""
  app.click(tid("clear"))
  x, y, w, h = box(app, "canvas")
  app.mouse.move(x + w / 2, y - 10)
  app.mouse.down()
  for k in range(1, 9): app.mouse.move(x + w / 2, y + h * 0.1 * k)
  app.mouse.up()
  assert reading(app)["digit"] == "1"
  top = app.evaluate("""() => { const c = document.querySelector('[data-testid=canvas]');
    const d = c.getContext('2d').getImageData(0, 0, c.width, 3).data; let ink = 0;
    for (let i = 0; i < d.length; i += 4) ink += d[i] > 128; return ink; }""")
  assert top > 0, "the stroke's clamped start is inked at the pad's top edge"


def test_touch_on_the_card_never_scrolls(browser, site_url):
  pg = open_at(browser, site_url, *PHONE)
  x, y, w, h = box(pg, "hint")
  cdp = pg.context.new_cdp_session(pg)
  for k in range(12):  # a swipe up over the card's hint, as a thumb that means to scroll
    kind = "touchStart" if k == 0 else "touchMove"
    cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": x + 40, "y": y + 400 - 30 * k}]})
  cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
  cdp.detach()
  time.sleep(0.3)
  assert pg.evaluate("scrollY") == 0
  pg.close()


def test_stroke_survives_a_layout_change(app):
  """Mid-stroke, something above the pad grows by 60 px: the rest of the stroke lands where the pen is now."""
  d = next(d for d in DRAWINGS if d["digit"] == 7)
  app.click(tid("clear"))
  s = d["strokes"][0]
  x, y, w, h = box(app, "canvas")
  app.mouse.move(x + s[0][0] * w, y + s[0][1] * h)
  app.mouse.down()
  half = len(s) // 2
  for p in s[1:half]: app.mouse.move(x + p[0] * w, y + p[1] * h)
  app.evaluate("""() => { const e = document.createElement('div'); e.id = 'shift'; e.style.height = '60px';
    document.querySelector('[data-testid=pad]').prepend(e); }""")
  x, y, w, h = box(app, "canvas")
  for p in s[half:]: app.mouse.move(x + p[0] * w, y + p[1] * h)
  app.mouse.up()
  try:
    for stroke in d["strokes"][1:]: draw_mouse(app, [stroke])
    assert reading(app)["digit"] == "7"
  finally:
    app.evaluate("document.getElementById('shift').remove()")
    app.click(tid("clear"))


def test_drawings_made_at_ready_are_read(browser, site_url):
  """A person starts drawing when the page says Ready, while 'auto' still measures WebGPU."""
  pg = browser.new_page()
  pg.goto(site_url)
  wait_ready(pg)
  for d in DRAWINGS[:30:6]:
    pg.click(tid("clear"))
    draw_mouse(pg, d["strokes"])
    assert reading(pg)["digit"] == str(d["digit"]), d["variant"]
  pg.close()


# --- edits cannot lock anyone out -----------------------------------------------------------------------------
def save_edit(pg, module, source):
  """Store an edit the way the page's editor does: {base: hash of the shipped module, source}."""
  shipped = (ROOT / "py" / "digits" / f"{module}.py").read_text()
  entry = json.dumps({"base": hashlib.sha256(shipped.encode()).hexdigest()[:16], "source": source})
  pg.evaluate("([m, v]) => localStorage.setItem(`digits-editor:${location.pathname}:${m}`, v)", [module, entry])
  return shipped


def test_an_edit_that_hangs_the_page_does_not_lock_the_next_visit_out(fresh_profile, site_url):
  ctx = fresh_profile()
  pg = ctx.new_page()
  pg.goto(site_url)
  wait_ready(pg)
  shipped = (ROOT / "py" / "digits" / "app.py").read_text()
  hang = shipped.replace("  async def load(self) -> None:\n", "  async def load(self) -> None:\n    while True: pass\n")
  assert hang != shipped
  save_edit(pg, "app", hang)
  pg.goto(site_url, wait_until="commit")  # this tab applies the edit and hangs: loading for good
  time.sleep(8)
  second = ctx.new_page()  # the visitor gives up and opens the page again
  second.goto(site_url)
  wait_ready(second)
  text = second.inner_text(tid("saved-edits"))
  assert "stopped this page last time" in text and "digits/app.py" in text, text
  second.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  second.select_option(tid("editor-file"), "app")
  assert "while True: pass" in second.evaluate("window.digitsEditorView.getValue()")  # kept, in the editor
  draw_mouse(second, DRAWINGS[0]["strokes"])
  assert reading(second)["digit"] == str(DRAWINGS[0]["digit"])


def test_safe_in_the_address_runs_the_shipped_code(fresh_profile, site_url):
  pg = fresh_profile().new_page()
  pg.goto(site_url)
  wait_ready(pg)
  shipped_hint = pg.inner_text(tid("hint"))
  save_edit(pg, "app", (ROOT / "py" / "digits" / "app.py").read_text().replace(shipped_hint, "Edited"))
  pg.goto(site_url + "?safe")
  wait_ready(pg)
  assert pg.inner_text(tid("hint")) == shipped_hint
  assert "?safe" in pg.inner_text(tid("saved-edits"))
  pg.goto(site_url)
  wait_ready(pg)
  assert pg.inner_text(tid("hint")) == "Edited"


def test_an_edit_that_loops_while_importing_is_stopped(fresh_profile, site_url):
  """Saved, it is stopped at boot and the shipped code runs; Run on it reports it and the page keeps working."""
  pg = fresh_profile().new_page()
  pg.goto(site_url)
  wait_ready(pg)
  looping = save_edit(pg, "view", "") + "\nwhile True: pass\n"
  save_edit(pg, "view", looping)
  pg.reload()
  wait_ready(pg)
  assert "fail" in pg.inner_text(tid("saved-edits"))
  assert "TimeoutError" in pg.inner_text(tid("editor-error"))
  pg.wait_for_selector(f"{tid('editor')}[data-state=ready]", timeout=T)
  pg.select_option(tid("editor-file"), "view")
  pg.click(tid("editor-run"))
  pg.wait_for_function("document.querySelector('[data-testid=editor]').dataset.ran === 'error'", timeout=T)
  assert "stopped after" in pg.inner_text(tid("editor-error"))
  draw_mouse(pg, DRAWINGS[1]["strokes"])
  assert reading(pg)["digit"] == str(DRAWINGS[1]["digit"])
