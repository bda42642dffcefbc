"""The "Train a model here" panel, driven like a person would in headless Chromium: a real MLP run on MNIST (one
epoch, 234 steps of 256 images, WebAssembly), the trained model drawn on, downloaded and checked offline, kept over a
reload and deleted; pause, resume and cancel; a corrupt or missing download of MNIST refused. Each test has its own
browser profile (its own IndexedDB)."""
import gzip
import re
import subprocess
import sys

import pytest
from helpers import DRAWINGS, T, draw_mouse, reading, select_model, tid, wait_ready

from scripts.build import MNIST

RUN_T = 300_000  # ms: bounds a hung run, with room for a real MLP epoch on a slow, busy CPU
OPTIONS = "[...document.querySelectorAll('[data-testid=model-select] option')].map((o) => o.value)"


@pytest.fixture
def pg(fresh_profile, site_url, mnist):
  """A page of its own profile on the built site (the build carries MNIST: `mnist` skips where it is absent)."""
  page = fresh_profile().new_page()
  page.on("pageerror", lambda e: print(f"[pageerror] {e}"))
  page.goto(site_url)
  wait_ready(page)
  return page


def state(pg) -> str: return pg.get_attribute(tid("train-accuracy"), "data-state")


def wait_state(pg, want: str, timeout=T):
  pg.wait_for_function(f"document.querySelector('[data-testid=train-accuracy]').dataset.state === '{want}'",
                       timeout=timeout)


def start(pg, arch="mlp", epochs=1, batch=256, backend="wasm"):
  pg.select_option(tid("train-arch"), arch)
  pg.fill(tid("train-epochs"), str(epochs))
  pg.select_option(tid("train-batch"), str(batch))
  pg.select_option(tid("train-backend"), backend)
  pg.click(tid("train-start"))


def test_train_draw_download_reload_delete(pg, tmp_path, site_url):
  assert state(pg) == "idle" and pg.evaluate(OPTIONS) == ["mlp", "cnn", "small"]
  start(pg)
  wait_state(pg, "training", timeout=60_000)
  assert pg.is_disabled(tid("train-start")) and not pg.is_disabled(tid("train-pause"))
  wait_state(pg, "done", timeout=RUN_T)
  shown = float(pg.inner_text(tid("train-accuracy")).rstrip("%"))
  assert shown > 90, shown  # one epoch from random weights: far above chance (10%)
  assert re.search(r"images/s|done", pg.inner_text(tid("train-status")))
  assert pg.evaluate(OPTIONS)[-1] == "trained-mlp"
  # the chart has been drawn: the loss line's blue pixels are on the canvas
  blue = pg.evaluate("""() => { const c = document.querySelector('[data-testid=train-chart]');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 2] > 200 && d[i] < 120) n++; return n; }""")
  assert blue > 200, blue
  # draw on it
  select_model(pg, "trained-mlp")
  seven = next(d for d in DRAWINGS if d["digit"] == 7)
  draw_mouse(pg, seven["strokes"])
  r = reading(pg)
  assert r["model"] == "trained-mlp" and r["digit"] == "7", r
  # the checkpoint, checked offline
  with pg.expect_download() as dl:
    pg.click(tid("train-download"))
  ckpt = tmp_path / dl.value.suggested_filename
  dl.value.save_as(ckpt)
  out = subprocess.run([sys.executable, "-m", "training.evaluate", "--model", "mlp", "--checkpoint", str(ckpt)],
                       capture_output=True, text=True, check=True).stdout
  offline = 100 * float(out.split("test accuracy ")[1].split()[0])
  assert abs(offline - shown) <= 0.15, (offline, shown)  # the page's kernels and tinygrad agree on the same weights
  # kept over a reload, then deleted for good
  pg.reload()
  wait_ready(pg)
  assert "trained-mlp" in pg.evaluate(OPTIONS)
  select_model(pg, "trained-mlp")
  draw_mouse(pg, seven["strokes"])
  assert reading(pg)["digit"] == "7"
  pg.select_option(tid("train-arch"), "mlp")
  pg.click(tid("train-delete"))
  pg.wait_for_function(f"!{OPTIONS}.includes('trained-mlp')", timeout=T)
  pg.reload()
  wait_ready(pg)
  assert pg.evaluate(OPTIONS) == ["mlp", "cnn", "small"]


def test_pause_resume_cancel(pg):
  start(pg, batch=64, backend="auto")
  wait_state(pg, "training", timeout=60_000)
  assert "WebAssembly on the CPU: WebGPU here is a software renderer" in pg.inner_text(tid("train-message"))  # auto
  pg.wait_for_function("document.querySelector('[data-testid=train-status]').textContent.includes('loss')", timeout=T)
  pg.click(tid("train-pause"))
  assert state(pg) == "paused" and pg.inner_text(tid("train-pause")) == "Resume"
  pg.wait_for_timeout(300)  # a step already in the worker when Pause was pressed finishes and is reported
  progress = pg.get_attribute(tid("train-progress"), "value")
  pg.wait_for_timeout(1500)
  assert pg.get_attribute(tid("train-progress"), "value") == progress  # nothing trains while paused
  pg.click(tid("train-pause"))
  assert state(pg) == "training"
  pg.wait_for_function(f"document.querySelector('[data-testid=train-progress]').value > {progress}", timeout=T)
  pg.click(tid("train-cancel"))
  wait_state(pg, "idle")
  pg.wait_for_function("document.querySelector('[data-testid=train-message]').textContent.includes('Cancelled')",
                       timeout=T)
  assert pg.evaluate(OPTIONS) == ["mlp", "cnn", "small"]  # nothing joined the picker
  assert pg.is_disabled(tid("train-download")) and not pg.is_disabled(tid("train-start"))


def test_corrupt_mnist_is_refused(pg):
  """A training-set file that unpacks to other bytes than MNIST's fails its SHA-256: an error, nothing trained."""
  fake = gzip.compress(bytes([0, 0, 8, 1, 0, 0, 234, 96]) + bytes(60000))
  pg.route(f"**/{MNIST}/train-labels-idx1-ubyte.gz", lambda r: r.fulfill(status=200, body=fake))
  start(pg)
  wait_state(pg, "error", timeout=60_000)
  msg = pg.inner_text(tid("train-message"))
  assert "SHA-256" in msg and "Nothing changed" in msg, msg
  assert pg.evaluate(OPTIONS) == ["mlp", "cnn", "small"] and not pg.is_disabled(tid("train-start"))


def test_a_build_without_mnist_says_so(pg):
  pg.route(f"**/{MNIST}/index.json", lambda r: r.fulfill(status=404, body="not found"))
  start(pg)
  wait_state(pg, "error", timeout=60_000)
  assert "not part of this build" in pg.inner_text(tid("train-message"))
