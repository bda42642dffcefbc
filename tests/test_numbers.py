"""The page reads whole numbers: drawn with the mouse, uploaded as a photo, with every model side by side; a digit
picked on the pad is the one Teach learns; ink that is no number, or too many digits, is read without a crash."""
import random

import numpy as np
from helpers import T, clear, draw_mouse, select_model, settled, tid, wait_ready

from training import numbers

NUMBER_JS = """() => {
  const q = (t) => document.querySelector(`[data-testid="${t}"]`);
  const boxes = [...document.querySelectorAll('[data-testid^="number-digit-"]')];
  return {text: q('number').textContent, count: +q('number').dataset.count, version: q('number').dataset.version,
          canvas: q('canvas').dataset.version, prediction: q('prediction').textContent,
          p: boxes.map((b) => +b.dataset.p), digits: boxes.map((b) => b.dataset.digit),
          unsure: boxes.map((b) => b.classList.contains('unsure')), preview: q('preview').width,
          message: q('message').textContent};
}"""


def number(pg) -> dict:
  settled(pg)
  pg.wait_for_function("document.querySelector('[data-testid=number]').dataset.version === "
                       "document.querySelector('[data-testid=canvas]').dataset.version", timeout=T)
  return pg.evaluate(NUMBER_JS)


def test_numbers_drawn_with_the_mouse_are_read(app):
  """Numbers of 2-4 digits drawn with the mouse on the default model: every one read exactly, each digit with its
  box and probability, the preview holding every digit's input; the bars show the last digit."""
  rng, wrong = random.Random(42), []
  for digits in ["42", "2026", "907", "1865", "35", "7140"]:
    clear(app)
    draw_mouse(app, numbers.stroke_number(digits, rng)[0])
    got = number(app)
    if got["text"] != digits: wrong.append((digits, got["text"]))
    assert got["count"] == len(got["text"]) == len(got["p"]) and got["digits"] == list(got["text"])
    assert all(0 < p <= 1 for p in got["p"]) and got["preview"] == 28 * got["count"]
    assert got["prediction"] == got["text"][-1]
  assert not wrong, wrong


def test_one_digit_is_a_number_of_one(app):
  clear(app)
  draw_mouse(app, numbers.stroke_number("3", random.Random(1))[0])
  got = number(app)
  assert got["text"] == got["prediction"] == "3" and got["count"] == 1 and got["preview"] == 28
  assert app.locator(tid("number-boxes")).is_hidden()  # a lone digit needs no box


def test_a_picked_digit_is_the_one_taught(app):
  """Pressing a digit's tag on the pad makes it the one the bars show; "It is a 4" then keeps that digit (the
  pad clears for the next example), not the whole number."""
  clear(app)
  draw_mouse(app, numbers.stroke_number("42", random.Random(3))[0])
  assert number(app)["prediction"] == "2"
  app.click(f"{tid('number-digit-0')} button")
  got = number(app)
  assert got["prediction"] == "4" and got["text"] == "42"
  assert "picked" in app.get_attribute(tid("number-digit-0"), "class")
  px = "c => [...c.getContext('2d').getImageData(0, 0, 28, 28).data].filter((_, i) => i % 4 === 0)"
  first = app.eval_on_selector(tid("preview"), px)  # the preview's first slot: the 4's input
  before = app.eval_on_selector(tid("teach-examples"), "e => e.children.length")
  app.click(tid("teach-label-4"))
  app.wait_for_function(f"document.querySelector('{tid('teach-examples')}').children.length === {before + 1}",
                        timeout=T)
  assert number(app)["count"] == 0  # the pad cleared for the next example
  kept = app.eval_on_selector(f"{tid('teach-examples')} li:last-child canvas", px)
  assert max(abs(a - b) for a, b in zip(first, kept, strict=True)) <= 1 and max(kept) > 200
  app.click(f"{tid('teach-examples')} li:last-child button")  # leave no example behind for other tests


def test_a_photo_of_a_number_is_read_with_every_model(app, mnist, tmp_path):
  """MNIST test digits written on light paper as one picture (a number of 4 apart): every model side by side
  reads the number."""
  from PIL import Image
  x, y = mnist["x_test"], mnist["y_test"]
  idx = [int(np.argmax(y == d)) for d in (2, 0, 2, 6)]
  canvas, _ = numbers.compose([x[i] for i in idx], random.Random(0), touch=0.0)
  png = tmp_path / "number.png"
  Image.fromarray(255 - np.pad(canvas, 8)).save(png)  # dark ink on white paper
  app.check(tid("compare"))
  app.set_input_files(tid("upload"), str(png))
  app.wait_for_function("document.querySelector('[data-testid=message]').textContent.includes('number.png')",
                        timeout=T)
  assert number(app)["text"] == "2026"
  app.wait_for_function("[...document.querySelectorAll('#compare-view .col')].every(c => c.dataset.version === "
                        "document.querySelector('[data-testid=canvas]').dataset.version)", timeout=T)
  cols = app.eval_on_selector_all("#compare-view .col", "cs => cs.map(c => c.dataset.number)")
  assert cols and all(c == "2026" for c in cols), cols
  app.uncheck(tid("compare"))
  clear(app)


def test_ink_that_is_no_number_and_too_many_digits(app, tmp_path):
  """A scribble and a horizontal line give a reading, marked unsure where the model is; a picture of 16 digits is
  read as its first 12 and the page says so."""
  from PIL import Image
  rng = random.Random(0)
  for strokes in ([[(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)) for _ in range(40)]], [[(0.1, 0.5), (0.9, 0.5)]]):
    clear(app)
    draw_mouse(app, strokes)
    got = number(app)
    assert 1 <= got["count"] <= 12
    assert got["unsure"] == [p < 0.6 for p in got["p"]]
  ones = np.full((60, 16 * 24), 255, np.uint8)
  for i in range(16): ones[10:50, i * 24 + 10:i * 24 + 14] = 0
  png = tmp_path / "ones.png"
  Image.fromarray(ones).save(png)
  app.set_input_files(tid("upload"), str(png))
  app.wait_for_function("document.querySelector('[data-testid=message]').textContent.includes('12 digits')",
                        timeout=T)
  got = number(app)
  assert got["text"] == "1" * 12 and got["count"] == 12
  clear(app)


def test_phone_shows_the_number_and_the_pad(browser, site_url):
  pg = browser.new_page()
  cdp = pg.context.new_cdp_session(pg)
  cdp.send("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True})
  pg.goto(site_url)
  wait_ready(pg)
  select_model(pg, "cnn")
  draw_mouse(pg, numbers.stroke_number("314", random.Random(5))[0])
  assert number(pg)["text"] == "314"
  pg.evaluate("window.scrollTo(0, 0)")
  assert pg.evaluate("innerWidth") == 390
  for t in ("canvas", "number"):
    b = pg.evaluate(f"document.querySelector('{tid(t)}').getBoundingClientRect().toJSON()")
    assert b["top"] >= 0 and b["bottom"] <= 844, (t, b)
  pg.close()
