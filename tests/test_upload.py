"""Pictures into the page: MNIST PNGs read as tinygrad reads them, a photo of paper, a file that is no picture.
DIGITS_CHECKPOINTS=<dir> points the offline tinygrad predictions at the checkpoints of DIGITS_KERNELS's export."""
import os
from pathlib import Path

import numpy as np
from helpers import (ARTIFACTS, DRAWINGS, T, clear, draw_mouse, reading, settled, tid)


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
