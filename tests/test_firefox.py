"""The page in stock Firefox ESR: tests/firefox/*.test.mjs (puppeteer-core over WebDriver BiDi, run by node's test
runner) against the site built and served for this session. Skipped, with the reason, where Firefox is absent."""
import os
import random
import shutil
import subprocess
import sys

import numpy as np
import pytest
from helpers import ROOT

FIREFOX = os.environ.get("FIREFOX") or shutil.which("firefox-esr") or shutil.which("firefox")


@pytest.mark.browser
@pytest.mark.skipif(not FIREFOX, reason="no Firefox here (apt install firefox-esr)")
def test_page_in_firefox(site, mnist, tmp_path):
  site_url, dist = site
  from PIL import Image

  from training.numbers import compose
  rng = random.Random(3)
  x, y = mnist["x_test"], mnist["y_test"]
  picks = [int(np.argmax(y == d)) for d in (2, 0, 2, 6)]
  ink, _ = compose([x[i].reshape(28, 28) for i in picks], rng, touch=0.0)
  photo = tmp_path / "number-on-paper.png"  # dark ink on light paper, four times the size
  Image.fromarray(255 - ink).resize((ink.shape[1] * 4, ink.shape[0] * 4), Image.Resampling.BICUBIC).save(photo)
  tests = sorted(str(p) for p in (ROOT / "tests" / "firefox").glob("*.test.mjs"))
  env = {**os.environ, "DIGITS_URL": site_url, "FIREFOX": FIREFOX, "DIGITS_UPLOAD": f"{photo}:2026",
         "DIGITS_DIST": str(dist), "DIGITS_PYTHON": sys.executable}
  res = subprocess.run(["node", "--test", "--test-reporter=spec", "--test-concurrency=1", *tests], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=900)
  print(res.stdout[-20000:], res.stderr[-5000:])
  assert res.returncode == 0, res.stdout[-4000:] + res.stderr[-2000:]
