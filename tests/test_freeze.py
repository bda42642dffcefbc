"""The page's thread stays free while the page works hard (bench/freeze.py's probe: long tasks, pointer-event
delays): training the small CNN on WebAssembly from the panel, and Teach's learning run and accuracy after on the
default model. Before the WebAssembly worker, a training step was one long task: the page froze while it ran."""
import pytest
from helpers import DRAWINGS, draw_mouse, settled, tid

from bench.freeze import PROBE, now, wiggle, window
from training import writer

Q = "document.querySelector('[data-testid=%s]')"
T = 60_000  # ms: a busy page (training beside it) is slower to answer; this only bounds a hang


@pytest.fixture
def pg(browser, site_url):
  pg = browser.new_page()
  pg.set_viewport_size({"width": 1280, "height": 800})
  pg.add_init_script(PROBE)
  pg.goto(site_url)
  pg.wait_for_function(f"{Q % 'status'}.dataset.state === 'ready'", timeout=T)
  yield pg
  pg.close()


def read(pg, d) -> str:
  pg.click(tid("clear"))
  draw_mouse(pg, d["strokes"])  # scrolls the pad into view (Start scrolled to the Train panel)
  settled(pg, T)
  return pg.inner_text(tid("prediction"))


def assert_free(w: dict) -> None:
  assert w["pointer_events"] > 20, w
  assert w["longest_task_ms"] < 100, w  # the target is none over 50 ms; the margin is this machine's noise
  assert w["pointer_delay_ms"]["p95"] < 50, w


def test_training_on_webassembly_leaves_the_page_free(pg, mnist):  # the build carries MNIST where it is at hand
  pg.select_option("[data-testid=train-arch]", "small")
  pg.select_option("[data-testid=train-backend]", "wasm")
  pg.click("[data-testid=train-start]")
  pg.wait_for_function(f"{Q % 'train-accuracy'}.dataset.state === 'training'", timeout=T)
  t0 = now(pg)
  wiggle(pg, 4)
  eight = next(d for d in DRAWINGS if d["digit"] == 8)
  assert read(pg, eight) == "8"  # the pad inks and reads as usual meanwhile
  w = window(pg, t0, now(pg))
  # slow CPU steps still show progress: the first loss within seconds (a busy 2-core machine: a step can take 5 s)
  pg.wait_for_function(f"{Q % 'train-status'}.textContent.includes('loss')", timeout=30_000)
  pg.click("[data-testid=train-cancel]")
  pg.wait_for_function(f"{Q % 'train-accuracy'}.dataset.state === 'idle'", timeout=T)
  assert_free(w)


def test_teach_leaves_the_page_free(pg):
  for d in [d for d in DRAWINGS if d["digit"] == 7][:3]:
    read(pg, d)
    pg.click("[data-testid=teach-label-7]")
  t0 = now(pg)
  pg.click("[data-testid=teach-learn]")
  for _ in range(240):
    if pg.get_attribute("[data-testid=teach-before-after]", "data-state") == "done": break
    wiggle(pg, 0.5)
  assert pg.get_attribute("[data-testid=teach-before-after]", "data-state") == "done"
  assert_free(window(pg, t0, now(pg)))


def test_a_digit_drawn_before_python_is_ready_is_read(browser, site_url):
  """The pad takes strokes from the first paint (site/ink.js): a digit drawn 0.5 s after it, while Python still
  starts, is kept and read once the page is ready."""
  pg = browser.new_page()
  try:
    pg.goto(site_url, wait_until="commit")
    pg.wait_for_function("performance.getEntriesByType('paint').length > 0 && window.digitsPreload", timeout=T)
    pg.wait_for_timeout(500)
    assert pg.get_attribute("[data-testid=status]", "data-state") == "loading"  # Python is not there yet
    four = next(d for d in DRAWINGS if d["digit"] == 4)
    writer.draw_mouse(pg, four["strokes"], pg.locator("[data-testid=canvas]").bounding_box())
    pg.wait_for_function(f"{Q % 'status'}.dataset.state === 'ready'", timeout=T)
    pg.wait_for_function(f"{Q % 'prediction'}.textContent !== ''", timeout=T)
    settled(pg, T)
    assert pg.inner_text("[data-testid=prediction]") == "4"
  finally:
    pg.close()
