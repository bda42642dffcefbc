"""Reading whole numbers: segmentation and accuracy on our own test set, and the page's answer time.

  python -m bench.bench_numbers [--drawn 30] [--reps 20]

1. In CPython, the page's own Python (segment.py, preprocess.py with Pillow for the canvas) on every digit of
   MNIST's test set laid out as numbers of 1-6 digits (training/numbers.py), apart and with a quarter of the gaps
   touching, and on 500 numbers drawn with strokes; each shipped model (its checkpoint, in tinygrad) reads every
   number: whole numbers read exactly, digits right (of numbers whose count is right), and segmentation's split and
   merge errors (more or fewer digits than written, with the likeliest count; the model's choice fixes some).
2. On the page (headless Chromium here, 'auto': WebAssembly): --drawn numbers of 2-4 digits drawn with the mouse
   per model, read exactly or not; then a 4-digit number's answer time with the CNN, from the last pointer event
   (its pointerup) to the number shown, --reps times.
Prints a table and writes bench/results/numbers.json."""
import argparse
import json
import platform
import random
import time

import numpy as np
from tinygrad import Tensor

from bench.common import RESULTS, built_site, pct
from training import browser, data, models, numbers, writer
from training.numbers import Mask, preprocess, segment

MODELS = ("cnn", "small", "mlp")

# Time from the last pointerup on the pad to the number of that input on screen.
TIMER_JS = """() => {
  const q = (t) => document.querySelector(`[data-testid="${t}"]`);
  window.numberTimes = [];
  let up = 0;
  q('pad').addEventListener('pointerup', (e) => { up = performance.now(); }, {capture: true});
  new MutationObserver(() => {
    if (up && q('number').dataset.version === q('canvas').dataset.version) {
      window.numberTimes.push([performance.now() - up, +q('number').dataset.count]); up = 0; }
  }).observe(q('number'), {attributes: true, attributeFilter: ['data-version']});
}"""


def logits_of(mid: str):
  model = models.load(mid)
  Tensor.training = False

  def run(x: np.ndarray) -> np.ndarray:
    return np.concatenate([model(Tensor(x[i:i + 512])).numpy() for i in range(0, len(x), 512)])
  return run


def softmax(z):
  e = np.exp(z - z.max(1, keepdims=True))
  return (e / e.sum(1, keepdims=True)).tolist()


def offline(sets: dict) -> dict:
  """Per set: segmentation errors, and per model exact-number and per-digit accuracy."""
  raster, out = writer.PilRaster(), {}
  runs = {mid: logits_of(mid) for mid in MODELS}
  for name, nums in sets.items():
    t = time.perf_counter()
    segs = [segment.segment(src) for src, _, _ in nums]
    seg_s = time.perf_counter() - t
    parts = [segment.parts(g) for g in segs]
    x = np.array([preprocess(p.shape, raster) for ps in parts for p in ps], np.float32)
    likely = [sum(len(g.options[0]) for g in gs) for gs in segs]
    res = {"numbers": len(nums), "digits": sum(len(d) for _, d, _ in nums),
           "segment_ms_per_number": 1000 * seg_s / len(nums),
           "split": sum(k > len(d) for k, (_, d, _) in zip(likely, nums, strict=True)),
           "merged": sum(k < len(d) for k, (_, d, _) in zip(likely, nums, strict=True)),
           "images_per_number": len(x) / len(nums), "models": {}}
    for mid, run in runs.items():
      probs, i, exact, counted, right, total = softmax(run(x)), 0, 0, 0, 0, 0
      for gs, ps, (_, want, _) in zip(segs, parts, nums, strict=True):
        got = "".join(str(int(np.argmax(p))) for _, p in segment.choose(gs, probs[i:i + len(ps)]))
        i += len(ps)
        exact += got == want
        if len(got) == len(want):
          counted += 1
          right += sum(a == b for a, b in zip(got, want, strict=True))
          total += len(want)
      res["models"][mid] = {"exact": exact / len(nums), "count_right": counted / len(nums),
                            "digit_accuracy": right / max(1, total)}
    out[name] = res
    print(name, json.dumps(res), flush=True)
  return out


def page(drawn: int, reps: int) -> dict:
  rng, out = random.Random(2026), {"drawn": {}, "answer_ms": {}}
  cases = ["".join(str(rng.randrange(10)) for _ in range(rng.randint(2, 4))) for _ in range(drawn)]
  with built_site() as (url, _), browser.chromium() as ctx:
    pg = ctx.new_page()
    pg.set_viewport_size({"width": 1280, "height": 900})
    pg.goto(url)
    pg.wait_for_function("document.querySelector('[data-testid=status]').dataset.state === 'ready'", timeout=120_000)
    pg.evaluate(TIMER_JS)
    box = pg.locator("[data-testid=canvas]").bounding_box()
    settled = ("document.querySelector('[data-testid=number]').dataset.version === "
               "document.querySelector('[data-testid=canvas]').dataset.version")
    for mid in MODELS:
      pg.select_option("[data-testid=model-select]", mid)
      wrong, hand = [], random.Random(7)
      for digits in cases:
        pg.click("[data-testid=clear]")
        writer.draw_mouse(pg, numbers.stroke_number(digits, hand)[0], box)
        pg.wait_for_function(f"{settled} && document.querySelector('[data-testid=prediction]').dataset.model === "
                             f"'{mid}'", timeout=60_000)
        got = pg.inner_text("[data-testid=number]")
        if got != digits: wrong.append([digits, got])
      out["drawn"][mid] = {"numbers": len(cases), "exact": 1 - len(wrong) / len(cases), "wrong": wrong,
                           "backend": pg.inner_text("[data-testid=backend]")}
      print(mid, json.dumps(out["drawn"][mid]), flush=True)
    pg.select_option("[data-testid=model-select]", "cnn")
    pg.evaluate("() => { window.numberTimes = []; }")
    hand = random.Random(11)
    for _ in range(reps):
      pg.click("[data-testid=clear]")
      writer.draw_mouse(pg, numbers.stroke_number("2026", hand)[0], box)
      pg.wait_for_function(settled, timeout=30_000)
    times = [ms for ms, count in pg.evaluate("window.numberTimes") if count == 4]  # the last stroke's: 4 digits
    out["answer_ms"] = {"model": "cnn", "digits": 4, "backend": pg.inner_text("[data-testid=backend]"), "n": len(times),
                        "p50": pct(times, 50), "p95": pct(times, 95)}
    print("answer", json.dumps(out["answer_ms"]), flush=True)
  return out


def section(r: dict, table, ms, names, gpu: dict) -> str:
  """docs/BENCHMARKS.md's section (bench/report.py) from numbers.json's data `r`, and the real-GPU runs `gpu`
  (numbers-realgpu-b256.json: before the batch-16 variant, numbers-realgpu.json: with it)."""
  sets = {"mnist-apart": "MNIST test digits as numbers, apart", "mnist-touching": "the same, a quarter of the gaps "
          "touching", "strokes": "numbers drawn with strokes (writer.TEMPLATES)"}
  rows = []
  for key, what in sets.items():
    o = r["offline"][key]
    for mid, m in o["models"].items():
      rows.append([what, names[mid], f"{o['numbers']:,}", f"{m['exact']:.1%}", f"{m['digit_accuracy']:.2%}",
                   f"{o['split']} / {o['merged']}"])
  drawn = [[names[mid], d["numbers"], f"{d['exact']:.1%}", d["backend"]] for mid, d in r["page"]["drawn"].items()]
  a = r["page"]["answer_ms"]
  gpu_rows = [[names[mid], what, *(ms(pct(g["samples_ms"][mid][n], 50)) for n in ("1", "4", "12"))]
              for what, g in (("1, 256", gpu["numbers-realgpu-b256.json"]), ("1, 16, 256", gpu["numbers-realgpu.json"]))
              for mid in g["samples_ms"]]
  return f"""## Whole numbers (`python -m bench.bench_numbers`, `bench/results/numbers.json`)

Our own test set (`training/numbers.py`), read in CPython by the page's own Python (segment, preprocess with Pillow
for the canvas) and each model's checkpoint: numbers of 1-6 digits. "Digits right" counts the digits of numbers
whose count came out right; split / merged: numbers segmented into more / fewer digits than written before the
model's choice between counts.

{table(["set", "model", "numbers", "read exactly", "digits right", "split / merged"], rows, 2)}

On the page (headless Chromium here, `auto`), numbers of 2-4 digits drawn with the mouse:

{table(["model", "numbers", "read exactly", "backend"], drawn)}

A 4-digit number on the {names[a['model']]} ({a['backend']}), from a pointerup to that input's number on screen
(the inputs that read 4 digits: the last strokes of 4-digit numbers drawn with the mouse, {a['n']} of them):
p50 {ms(a['p50'])}, p95 {ms(a['p95'])}.

Real GPU (NVIDIA H200, Chromium 153, `site/bench/realgpu.html?part=numbers`): `model.run` on a number's digits at
once on WebGPU, p50 of 300 runs. Before the batch-16 variant, 2 or more images ran the padded batch-256 kernels.

{table(["model", "variants", "1 digit", "4 digits", "12 digits"], gpu_rows)}"""


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--drawn", type=int, default=30, help="numbers drawn on the page per model")
  ap.add_argument("--reps", type=int, default=20, help="4-digit numbers timed on the page")
  ap.add_argument("--strokes", type=int, default=500, help="numbers drawn with strokes, read in CPython")
  ap.add_argument("--page-only", action="store_true", help="keep numbers.json's offline part, measure the page again")
  a = ap.parse_args(argv)
  if a.page_only:
    res = json.loads((RESULTS / "numbers.json").read_text()) | {"machine": platform.platform(),
                                                                 "page": page(a.drawn, a.reps)}
    (RESULTS / "numbers.json").write_text(json.dumps(res, indent=1) + "\n")
    return
  m = data.load()
  sets = {"mnist-apart": numbers.mnist_numbers(m["x_test"], m["y_test"], touch=0.0),
          "mnist-touching": numbers.mnist_numbers(m["x_test"], m["y_test"], touch=0.25),
          "strokes": numbers.stroke_numbers(a.strokes, seed=1)}
  assert all(isinstance(s[0][0], Mask) for s in list(sets.values())[:2])
  res = {"machine": platform.platform(), "offline": offline(sets), "page": page(a.drawn, a.reps)}
  (RESULTS / "numbers.json").write_text(json.dumps(res, indent=1) + "\n")
  print(f"wrote {RESULTS / 'numbers.json'}")


if __name__ == "__main__":
  main()
