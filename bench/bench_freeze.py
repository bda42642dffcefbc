"""Does anything the page does freeze it? The page's thread measured in headless Chromium (bench/freeze.py's probe):

  python -m bench.bench_freeze [--train-seconds 15] [--arch small] [--backend wasm]

1. boot: long tasks from the first paint to 5 s after ready (TBT's rule), and when ready came;
2. training from the panel (the small CNN on WebAssembly, the panel's other defaults): Start -> training (MNIST in
   memory first), then a hand hovering over the pad and a digit drawn and read while it trains;
3. Teach: three examples kept on the default model, Learn, until the accuracy after is in, the hand hovering.
Prints and writes bench/results/freeze.json.
"""
import argparse
import json
import platform
import time
from pathlib import Path

from bench.common import built_site
from bench.freeze import PROBE, now, wiggle, window
from training import writer

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "freeze.json"
DRAWINGS = json.loads((ROOT / "tests" / "strokes" / "drawings.json").read_text())
Q = "document.querySelector('[data-testid=%s]')"
SETTLED = f"{Q % 'prediction'}.dataset.version === {Q % 'canvas'}.dataset.version"


def draw_and_read(pg, d) -> dict:
  pg.click("[data-testid=clear]")  # scrolls the pad into view (Start scrolled to the Train panel)
  box, t0 = pg.locator("[data-testid=canvas]").bounding_box(), time.monotonic()
  writer.draw_mouse(pg, d["strokes"], box)
  pg.wait_for_function(SETTLED, timeout=120_000)
  return {"digit": d["digit"], "read": pg.inner_text("[data-testid=prediction]"),
          "last_input_to_answer_s": round(time.monotonic() - t0, 2)}


def boot(pg, url) -> dict:
  pg.goto(url)
  pg.wait_for_function(f"{Q % 'status'}.dataset.state !== 'loading'", timeout=120_000)
  ready = pg.evaluate("performance.getEntriesByName('digits:ready')[0]?.startTime ?? performance.now()")
  pg.wait_for_timeout(5000)
  paint = pg.evaluate("performance.getEntriesByType('paint').find((e) => e.name === 'first-paint')?.startTime ?? 0")
  return {"ready_ms": round(ready), "first_paint_ms": round(paint), **window(pg, paint, ready + 5000)}


def train(pg, arch: str, backend: str, seconds: float) -> dict:
  pg.select_option("[data-testid=train-arch]", arch)
  pg.select_option("[data-testid=train-backend]", backend)
  pg.evaluate(f"""() => {{ const a = {Q % 'train-accuracy'}; window.__states = [];
    new MutationObserver(() => __states.push([a.dataset.state, performance.now()]))
      .observe(a, {{attributes: true, attributeFilter: ['data-state']}}); }}""")
  t0 = now(pg)
  pg.click("[data-testid=train-start]")
  pg.wait_for_function(f"{Q % 'train-accuracy'}.dataset.state === 'training'", timeout=300_000)
  states = dict(pg.evaluate("__states"))
  t1 = now(pg)
  wiggle(pg, seconds)
  read = draw_and_read(pg, next(d for d in DRAWINGS if d["digit"] == 3))
  t2 = now(pg)
  status = pg.inner_text("[data-testid=train-status]")
  pg.click("[data-testid=train-cancel]")
  return {"arch": arch, "backend": backend, "message": pg.inner_text("[data-testid=train-message]"),
          "status_at_end": status, "click_to_training_s": round((states["training"] - t0) / 1000, 2),
          "kernels_to_training_s": round((states["training"] - states["loading-data"]) / 1000, 2),
          "read_while_training": read, **window(pg, t1, t2)}


def teach(pg) -> dict:
  picks = [d for d in DRAWINGS if d["digit"] == 7][:3]
  for d in picks:
    draw_and_read(pg, d)
    pg.click(f"[data-testid=teach-label-{d['digit']}]")
  t0 = now(pg)
  pg.click("[data-testid=teach-learn]")
  end = time.monotonic() + 300
  while time.monotonic() < end and pg.get_attribute("[data-testid=teach-before-after]", "data-state") != "done":
    wiggle(pg, 0.5)
  t1 = now(pg)
  return {"model": pg.input_value("[data-testid=model-select]"), "backend": pg.inner_text("[data-testid=backend]"),
          "learn_to_accuracy_after_s": round((t1 - t0) / 1000, 2), **window(pg, t0, t1)}


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--train-seconds", type=float, default=15)
  ap.add_argument("--arch", default="small")
  ap.add_argument("--backend", default="wasm")
  ap.add_argument("--out", type=Path, default=RESULTS)
  a = ap.parse_args(argv)
  from playwright.sync_api import sync_playwright

  from training import browser
  with built_site() as (url, _), sync_playwright() as p, browser.profile(p) as ctx:
    pg = ctx.new_page()
    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.add_init_script(PROBE)
    res = {"boot": boot(pg, url)}
    res["train"] = train(pg, a.arch, a.backend, a.train_seconds)
    res["teach"] = teach(pg)
    res["browser"] = ctx.browser.version if ctx.browser else pg.evaluate("navigator.userAgent")
  res["machine"] = f"{platform.machine()}, {__import__('os').cpu_count()} cores"
  print(json.dumps(res, indent=1))
  a.out.parent.mkdir(parents=True, exist_ok=True)
  a.out.write_text(json.dumps(res, indent=1) + "\n")
  return res


if __name__ == "__main__":
  main()
