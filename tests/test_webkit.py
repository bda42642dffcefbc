"""The page in WebKit, Safari's engine: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver) driven by WebKitWebDriver
over W3C WebDriver (Selenium), on a virtual X display (Xvfb): ready with a true status, drawn digits read, the
editor runs an edit and resets it. Skipped, with the reason, where WebKitWebDriver or Xvfb is absent."""
import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from helpers import DRAWINGS, tid

DRIVER, XVFB = shutil.which("WebKitWebDriver"), shutil.which("Xvfb")
MINIBROWSER = next(iter(Path("/usr/lib").glob("*/webkit2gtk-4.*/MiniBrowser")), None)
T = 60  # s: waits are for conditions, this only bounds a hang
pytestmark = [pytest.mark.browser, pytest.mark.skipif(not (DRIVER and XVFB and MINIBROWSER),
                                                      reason="no WebKit here (apt install webkit2gtk-driver xvfb)")]


def until(driver, js: str, timeout=T, *args):
  end = time.monotonic() + timeout
  while not driver.execute_script(js, *args):
    if time.monotonic() > end: raise TimeoutError(js)
    time.sleep(0.1)


@pytest.fixture(scope="module")
def wk(site_url):
  from selenium import webdriver
  from selenium.webdriver.webkitgtk.options import Options
  from selenium.webdriver.webkitgtk.service import Service
  read, write = os.pipe()
  xvfb = subprocess.Popen([XVFB, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                          pass_fds=(write,), stderr=subprocess.DEVNULL)
  os.close(write)
  with os.fdopen(read) as f: display = ":" + f.readline().strip()  # Xvfb picks a free display and says which
  opts = Options()
  opts.binary_location = str(MINIBROWSER)
  opts.add_argument("--automation")
  driver = webdriver.WebKitGTK(options=opts, service=Service(DRIVER, env={**os.environ, "DISPLAY": display}))
  try:
    driver.set_window_size(1280, 1000)
    driver.get(site_url)
    yield driver
  finally:
    with contextlib.suppress(Exception): driver.quit()
    xvfb.terminate()
    xvfb.wait()


def press(driver, name: str):
  el = driver.find_element("css selector", tid(name))
  driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
  el.click()


def draw(driver, strokes):
  from selenium.webdriver.common.action_chains import ActionChains
  pad = driver.find_element("css selector", tid("canvas"))
  driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", pad)
  w, h = pad.size["width"], pad.size["height"]
  at = lambda p: (round((p[0] - 0.5) * w), round((p[1] - 0.5) * h))  # noqa: E731  offsets from the pad's centre
  for s in strokes:
    chain = ActionChains(driver, duration=10).move_to_element_with_offset(pad, *at(s[0])).click_and_hold()
    for a, b in zip(s, s[1:], strict=False):
      chain.move_by_offset(at(b)[0] - at(a)[0], at(b)[1] - at(a)[1])
    chain.release().perform()


def test_ready_with_a_true_status(wk):
  until(wk, "return document.querySelector('[data-testid=status]').dataset.state !== 'loading'")
  state, text = wk.execute_script("const s = document.querySelector('[data-testid=status]'); "
                                  "return [s.dataset.state, s.textContent]")
  assert state == "ready", text
  assert wk.execute_script("return document.querySelector('[data-testid=backend]').textContent") in ("wasm", "webgpu")


def test_drawn_digits_are_read(wk):
  picks = [next(d for d in DRAWINGS if d["digit"] == k and d["variant"] == "centre") for k in (0, 3, 4, 7)]
  got = []
  for d in picks:
    press(wk, "clear")
    draw(wk, d["strokes"])
    until(wk, "const p = document.querySelector('[data-testid=prediction]'); "
              "return p.textContent !== '' && p.dataset.version === "
              "document.querySelector('[data-testid=canvas]').dataset.version")
    got.append(wk.execute_script("return document.querySelector('[data-testid=prediction]').textContent"))
  assert got == [str(d["digit"]) for d in picks]


def test_the_editor_runs_an_edit_and_resets_it(wk):
  until(wk, "return document.querySelector('[data-testid=editor]').dataset.state === 'ready'")
  hint = wk.execute_script("return document.querySelector('[data-testid=hint]').textContent")
  src = wk.execute_script("return window.digitsEditorView.getValue()")
  wk.execute_script("window.digitsEditorView.setValue(arguments[0])", src.replace(hint, "Edited in WebKit"))
  press(wk, "editor-run")
  until(wk, "return document.querySelector('[data-testid=hint]').textContent === 'Edited in WebKit'")
  press(wk, "editor-reset")
  until(wk, "return document.querySelector('[data-testid=hint]').textContent === arguments[0]", T, hint)
  assert wk.execute_script("return window.digitsEditorView.getValue()") == src
