"""Drawing from the moment the page says Ready, against drawing 10 s later, in headless Chromium.

  python -m bench.bench_steady [--n 20] [--width 1280]

For each of n drawings of tests/strokes/drawings.json: a new tab opens the built site; the moment the status says
ready (while 'auto' still times WebGPU and the status may change) the drawing is replayed with the mouse, at the
pad's box as it was at ready, and read; then, 10 s after ready, the same drawing again. Reports both accuracies, how
far the pad moved, and the first visit's download (the service worker's precache) against all of dist/. Prints and
writes bench/results/steady.json.
"""
import argparse
import json
import os
import platform
import time
from pathlib import Path

from bench.common import built_site
from training import writer

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "steady.json"
DRAWINGS = json.loads((ROOT / "tests" / "strokes" / "drawings.json").read_text())
READY = "document.querySelector('[data-testid=status]').dataset.state === 'ready'"
SETTLED = ("document.querySelector('[data-testid=prediction]').dataset.version === "
           "document.querySelector('[data-testid=canvas]').dataset.version")


def read(pg, strokes, box) -> str:
  pg.click("[data-testid=clear]")
  writer.draw_mouse(pg, strokes, box)
  pg.wait_for_function(SETTLED)
  return pg.inner_text("[data-testid=prediction]")


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  ap.add_argument("--n", type=int, default=20)
  ap.add_argument("--width", type=int, default=1280)
  a = ap.parse_args(argv)
  from playwright.sync_api import sync_playwright

  from scripts import build
  from training import browser
  picks = DRAWINGS[::max(1, len(DRAWINGS) // a.n)][:a.n]
  runs = []
  with built_site() as (url, out), sync_playwright() as p, browser.profile(p) as ctx:
    pre = build.precache(out)
    first, lazy = (sum((out / f).stat().st_size for f, _ in pre[k]) for k in ("files", "lazy"))
    for d in picks:
      pg = ctx.new_page()
      pg.set_viewport_size({"width": a.width, "height": 844 if a.width < 600 else 720})
      pg.goto(url)
      pg.wait_for_function(READY, polling=10, timeout=60_000)
      t0, box = time.monotonic(), pg.locator("[data-testid=canvas]").bounding_box()
      at_ready = read(pg, d["strokes"], box)  # where the pad was at ready: a person's hand does not re-aim
      time.sleep(max(0.0, 10 - (time.monotonic() - t0)))
      box10 = pg.locator("[data-testid=canvas]").bounding_box()
      runs.append({"digit": d["digit"], "variant": d["variant"], "at_ready": at_ready,
                   "later": read(pg, d["strokes"], box10), "moved_px": round(abs(box10["y"] - box["y"]), 1)})
      pg.close()
  right = lambda k: sum(r[k] == str(r["digit"]) for r in runs) / len(runs)  # noqa: E731
  res = {"machine": {"platform": platform.platform(), "cpu_count": os.cpu_count()},
         "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "width": a.width, "n": len(runs),
         "accuracy_at_ready": right("at_ready"), "accuracy_10s_later": right("later"),
         "pad_moved_px_max": max(r["moved_px"] for r in runs),
         "first_visit_bytes": first, "dist_bytes": first + lazy, "runs": runs}
  print(f"{len(runs)} drawings at {a.width} px: read right at ready {res['accuracy_at_ready']:.0%}, 10 s later "
        f"{res['accuracy_10s_later']:.0%}; the pad moved at most {res['pad_moved_px_max']} px")
  print(f"first visit (precache) {res['first_visit_bytes'] / 1e6:.1f} MB of {res['dist_bytes'] / 1e6:.1f} MB in dist/")
  RESULTS.parent.mkdir(parents=True, exist_ok=True)
  RESULTS.write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
  main()
