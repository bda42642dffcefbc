"""docs/BENCHMARKS.md, written from bench/results/*.json, kernels/*/tuning.json and checkpoints/*.json, so that no
table can drift from its data (tests/test_benchmarks_doc.py checks the committed file against this script).

  python -m bench.report            # rewrite docs/BENCHMARKS.md
  python -m bench.report --check    # exit 1 if docs/BENCHMARKS.md is not what the data gives

Percentiles are bench/common.pct's one rule: recomputed here wherever a result file keeps its samples (the real-GPU
runs, Teach's runs), else the p50/p95 its bench script wrote with that same rule. The prose beside each table is
the context a reader needs to read it (what was timed, on what); the numbers all come from the data."""
import argparse
import json
import sys
from bench import bench_eval, bench_numbers, bench_realgpu, bench_runtime, bench_train
from bench.common import RESULTS, ROOT, pct

OUT = ROOT / "docs" / "BENCHMARKS.md"
NAMES = {"mlp": "MLP", "cnn": "CNN", "small": "small CNN"}


def load(name: str) -> dict:
  return json.loads((RESULTS / name).read_text())


def table(head: list[str], rows: list[list], right: int = 1) -> str:
  """A markdown table; every column from `right` on is right-aligned (numbers)."""
  align = ["---" if i < right else "---:" for i in range(len(head))]
  return "\n".join("| " + " | ".join(map(str, r)) + " |" for r in [head, align, *rows])


def ms(x: float) -> str: return f"{x:.3g} ms" if x < 10 else f"{x:,.0f} ms"


def inference_here() -> str:
  r = load("runtime.json")
  return f"""## Inference on this machine

`python -m bench.bench_runtime` (`bench/results/runtime.json`, {r['when'][:10]}, Chromium {r['chromium']}, load average
{r['load_average_1m_end']} at the end). `model.run` side by side with ONNX Runtime Web (single-threaded wasm; graphs
written from the same checkpoints by `bench/onnx_graphs.py`): {r['rounds']} rounds of fresh pages, {r['runs_per_round']}
batch-1 samples per round after {r['warmup']} warm-up runs. Each batch-1 sample is the mean of a group of runs lasting
about 1 ms, because `performance.now()` is coarse on a page that is not cross-origin isolated; the same rule for every
engine.

{bench_runtime.table(r)}
"""


def page_here() -> str:
  s, st, f = load("site.json"), load("steady.json"), load("freeze.json")
  c, w, pw, marks = s["cold_ready_ms"], s["warm_ready_ms"], s["pyodide_warm_ready_ms"], s["page_marks_ms"]
  rows = [["cold: the page `ready` (a drawing is read from then on)", ms(c["page"]["p50"]), ms(c["page"]["p95"])],
          ["cold: bare `loadPyodide()` + one statement", ms(c["pyodide"]["p50"]), ms(c["pyodide"]["p95"])],
          ["cold: an empty PyScript page (same config)", ms(c["pyscript"]["p50"]), ms(c["pyscript"]["p95"])],
          ["cold: default model ready on WebAssembly", ms(marks["model-ready"]["p50"]),
           ms(marks["model-ready"]["p95"])],
          ["cold: the page's Python starts", ms(marks["python-start"]["p50"]), ms(marks["python-start"]["p95"])],
          ["warm, from the service worker's cache", ms(w["service_worker"]["p50"]), ms(w["service_worker"]["p95"])],
          ["warm, HTTP cache only", ms(w["http_cache"]["p50"]), ms(w["http_cache"]["p95"])],
          ["warm, bare Pyodide from the service worker's cache", ms(pw["service_worker"]["p50"]),
           ms(pw["service_worker"]["p95"])],
          ["offline reload (network off after one visit)", ms(s["offline"]["ready_ms"]), ""]]
  strokes = [[f"stroke end → prediction painted, {NAMES[m]} on auto ({s['backend_per_model'][m]})", ms(v["p50"]),
              ms(v["p95"])] for m, v in s["stroke_end_to_painted_ms"].items()]
  strokes += [[f"preprocessing in Pyodide ({NAMES[m]})", ms(v["p50"]), ms(v["p95"])]
              for m, v in s["preprocess_ms"].items()]
  boot, train, teach = f["boot"], f["train"], f["teach"]
  longest = lambda w: ms(w["longest_task_ms"]) if w["long_tasks"] else "none over 50 ms"  # noqa: E731
  delay = lambda w: f"{w['pointer_delay_ms']['p50']} / {w['pointer_delay_ms']['p95']} ms"  # noqa: E731
  free = table(["while", "seconds", "longest task", "pointer delay p50 / p95"],
               [[f"{NAMES[train['arch']]} trains on {train['backend']} from the panel", train["seconds"],
                 longest(train), delay(train)],
                [f"Teach: Learn on the {NAMES[teach['model']]} until the accuracy after is in", teach["seconds"],
                 longest(teach), delay(teach)],
                ["boot (first paint to 5 s after ready)", boot["seconds"], longest(boot), ""]])
  return f"""## The page on this machine

Start-up, `python -m bench.bench_site` (`bench/results/site.json`, {s['date'][:10]}; {c['page']['n']} cold loads of each
page in fresh profiles, interleaved; {w['service_worker']['n']} warm visits; times from navigation start; load average
{s['machine']['loadavg_1min_at_start']} → {s['machine']['loadavg_1min_at_end']}). Start-up here is bound by the CPU
starting the interpreter, not by fetching files: bare Pyodide's own warm visits gain as little.

{table(["what", "p50", "p95"], rows)}

Drawing to answer (the same file; every test drawing per model, {s['stroke_end_to_painted_ms']['mlp']['n']} per
model):

{table(["what", "p50", "p95"], strokes)}

The pad holds still, `python -m bench.bench_steady` (`bench/results/steady.json`, {st['date'][:10]}): {st['n']}
drawings replayed with the mouse at {st['width']} px the moment the page says Ready were read right
{st['accuracy_at_ready']:.0%}, the same drawings 10 s later {st['accuracy_10s_later']:.0%}; the pad moved at most
{st['pad_moved_px_max']} px. The first visit precaches {st['first_visit_bytes'] / 1e6:.1f} MB of the
{st['dist_bytes'] / 1e6:.1f} MB in `dist/`.

Nothing heavy on the page's thread, `python -m bench.bench_freeze` (`bench/results/freeze.json`, Chromium
{f['browser']}): the longest task on the page's thread and how late pointer events were handled.

{free}

A digit drawn while the model trains was read in {train['read_while_training']['last_input_to_answer_s']} s; Start →
the first step under way took {train['click_to_training_s']} s, MNIST's download included.
"""


def teach_here() -> str:
  t = load("teach.json")
  rows, page = [], []
  for mid, r in t["models"].items():
    runs = " / ".join(f"{pct(r['ms'][n]['runs'], 50) / 1e3:.2f} s" for n in ("10", "30", "50"))
    best = min(r["taught"], key=lambda x: x["accuracy"] if x["share"] == 0.25 else 2)
    eights = f"{r['shipped']['eights']}/20 → {r['by_share']['0.25']['eights_min']}/20"
    rows.append([NAMES[mid], r["backend"], runs, eights, f"{r['shipped']['accuracy']:.2%} → {best['accuracy']:.2%}"])
    p = r["page"]
    page.append([NAMES[mid], f"{pct(p['answer_s'], 50):.2f} s ({', '.join(map(str, p['answer_s']))})",
                 f"{pct(p['accuracy_s'], 50):.2f} s", f"{sum(p['before_measured'])} of {len(p['before_measured'])}"])
  return f"""## Teach on this machine

`python -m bench.bench_teach` (`bench/results/teach.json`; headless Chromium on 'auto'). The writer is scripted
(`training/writer.py`): its 8 is two loops side by side, which every shipped model reads as a 0. Five of them were
taught (a quarter of each batch from the examples, the rest MNIST replay); 20 new ones were read after. MNIST: all
10,000 test images in the browser, worst of 3 seeds.

{table(["model", "runs on", "learning run, 10 / 30 / 50 examples (p50)", "new 8s read as 8",
        "MNIST test set, before → after"], rows)}

On the page: 5 of the writer's 8s drawn with the mouse and kept, then one click on Learn, in fresh profiles:

{table(["model", "click → before/after table (p50; runs)", "click → accuracy after (p50)",
        "accuracy before measured before the click"], page)}

{bench_eval.section(load("eval.json"), table, ms, NAMES)}
"""


def train_here() -> str:
  t, tuned, b64 = load("train.json"), load("train-wasm-tuned.json"), load("train-wasm-tuned-b64.json")
  return f"""## Training from scratch on this machine

`python -m bench.bench_train` (`bench/results/train.json`, {t['when'][:10]}): this project's trainer against
TensorFlow.js {t['tfjs']} in the same page, same data order, batch {t['params']['batch']}, Adam
{t['params']['lr']}. WebGPU here is SwiftShader (a CPU emulator), so its runs and the CNNs are capped to a few steps
(images/s only). Training seconds exclude the test evaluation.

{bench_train.table(t)}

After tuning the from-scratch steps' WebAssembly kernels here (`python -m training.tune --backend wasm`, each
candidate timed in V8), batch {tuned['params']['batch']} (`bench/results/train-wasm-tuned.json`):

{bench_train.table(tuned)}

Batch {b64['params']['batch']}, the panel's default for the MLP (`bench/results/train-wasm-tuned-b64.json`):

{bench_train.table(b64)}
"""


def realgpu() -> str:
  out = ["""## On a real GPU

Measured with the repository's bench pages in a Chromium with WebGPU on a GPU machine (an NVIDIA H200, Vulkan,
Chromium 153, headless): `site/bench/realgpu.html` (inference), `site/bench/train.html` (training against TF.js) and
`site/bench/panel.html` (the Train panel, driven in a frame). `make bench-realgpu` builds the site with the peers'
files; the pages post their results, and `python -m bench.bench_realgpu collect DIR` (inference) or
`python -m bench.bench_train collect DIR` (training) turn the posted files into `bench/results/*.json`.

Inference: per engine 300 batch-1 samples after 30 warm-ups, each timed alone (the page is cross-origin isolated, so
`performance.now()` is fine-grained); batch 256: one awaited 256-image `model.run` at a time. The wasm rows are that
machine's CPU. Percentiles recomputed from the samples kept in each file."""]
  for name in ("realgpu.json", "realgpu-2.json", "realgpu-repeat.json"):
    r = load(name)
    raw = r["raw"]
    s = bench_realgpu.summarise(raw.get("adapter", {}), raw.get("window", {}), raw.get("ours", {}),
                                raw.get("peer", {}))
    gpu = [[NAMES[m], f"{s[f'webgpu/{m}/gpu_ms_b1']:.3f} ms", f"{s[f'webgpu/{m}/gpu_ms_b256']:.3f} ms",
            f"{s[k]:,}" if (k := f"webgpu/{m}/run{256 * raw['ours']['big_batches']}_images_per_s") in s else ""]
           for m in bench_realgpu.MODELS if f"webgpu/{m}/gpu_ms_b1" in s]
    nudge = [[NAMES[m], *(f"{s[k]:.3f} ms" if (k := f"webgpu/{m}/b1_p50_ms_nudge_{n}") in s else "—"
                          for n in ("none", "done", "scope"))] for m in bench_realgpu.MODELS]
    out.append(f"### `bench/results/{name}` ({r['when'][:10]}, {r['chromium']})\n\n{bench_realgpu.table(s)}\n\n"
               + table(["model", "GPU time, batch 1", "GPU time, batch 256",
                        f"images/s, {raw['ours']['big_batches']} batches in one run"], gpu) + "\n\n"
               + table(["WebGPU batch-1 p50", "waiting only", "nudged: onSubmittedWorkDone", "nudged: error scope"],
                       nudge))
  out.append("""GPU time is one inference's kernels in order, timed in the page: submissions of k and of 3k repetitions,
their difference over 2k, so that the submission and Chromium's wait cancel out. `realgpu-2.json` measured it with an
older method that overstated it.

What made batch 1 fast is the waiting, not the kernels alone: Chromium answers a `mapAsync` at once only when the GPU
work is done at its GPU process's first check, else a few milliseconds later. Asking for
`queue.onSubmittedWorkDone()` once per task turn while the mapping is pending (or an error-scope round trip) makes
it check again; the "nudged" columns above against "waiting only". On a software adapter the runtime does not
nudge: there it made batch 1 slower. The rest of an awaited batch-256 run is the browser: writing the input into a
GPU buffer, submitting and waiting, not the GPU work.""")
  for name, what in (("train-realgpu.json", "Training from scratch, every engine"),
                     ("train-realgpu-tuned.json", "Training, after tuning the CNN step's slowest kernels on the GPU"),
                     ("train-realgpu-repeat.json", "Training, the MLP again after a cheaper batch gather")):
    r = load(name)
    out.append(f"### {what} (`bench/results/{name}`, {r['when'][:10]})\n\nBatch {r['params']['batch']}, Adam "
               f"{r['params']['lr']}, {r['params']['epochs']} epochs, TensorFlow.js {r['tfjs']} in the same page.\n\n"
               + bench_train.table(r))
  p = load("panel-realgpu.json")
  rows = []
  for mid in ("cnn", "small", "mlp"):
    runs = [run["archs"][mid] for run in p["runs"].values()]
    span = lambda k, runs=runs: "–".join(sorted({f"{float(a[k]):.2f}" for a in runs}))  # noqa: E731
    rows.append([NAMES[mid], f"{span('start_to_training_s')} s", f"{span('data_loaded_to_training_s')} s",
                 f"{span('start_to_done_s')} s", ", ".join(sorted({a["accuracy"] for a in runs}))])
  out.append(f"""### The Train panel on `auto` (`bench/results/panel-realgpu.json`, {len(p['runs'])} runs)

`site/bench/panel.html` drives the page itself through its Train panel with each architecture's defaults on `auto`.

{table(["model", "Start → first step", "MNIST in memory → first step", "Start → done", "test accuracy"], rows)}
""")
  return "\n\n".join(out)


def tuning() -> str:
  rows = []
  for mid in NAMES:
    t = json.loads((ROOT / "kernels" / mid / "tuning.json").read_text())
    for step, d in (("inference", t), ("from-scratch step", t.get("scratch", {}))):
      for backend in ("webgpu", "wasm"):
        for batch, ks in d.get(backend, {}).items():
          if not isinstance(ks, list): continue
          done = [k for k in ks if k]
          where = d.get(f"{backend}_measured", {}).get(batch, "")
          rows.append([f"{NAMES[mid]}, {step}, batch {batch}", backend, where.split(",")[0].split(" (")[0] or "—",
                       f"{len(done)} of {len(ks)}", ms(sum(k["heuristic_ms"] for k in done)),
                       ms(sum(k["ms"] for k in done))])
  return f"""## Kernel tuning

`kernels/<id>/tuning.json`: the optimisation steps that every export reuses, with each kernel's time under
tinygrad's heuristic and tuned (the tuned kernels only; an entry left null kept the heuristic, which was faster
where it was tuned). WebGPU timed natively through Dawn on the GPU machine (`python -m training.tune_native`) or in
Chromium (`python -m training.export --tune`); wasm timed in V8 on this machine.

{table(["schedule", "backend", "timed on", "kernels tuned", "heuristic", "tuned"], rows, right=3)}
"""


def accuracy() -> str:
  rows = []
  for mid in NAMES:
    c = json.loads((ROOT / "checkpoints" / f"{mid}.json").read_text())
    rows.append([NAMES[mid], f"{c['params']:,}", f"{c['val_acc']:.2%}", f"**{c['test_acc']:.2%}**",
                 f"{c['best_epoch']} / {c['epochs']}", f"{c['wall_s']:.0f} s"])
  sweep = json.loads((ROOT / "checkpoints" / "sweep.json").read_text())
  return f"""## Accuracy

MNIST's 10,000 test images; the checkpoint kept is the epoch with the best accuracy on a 5,000-image validation split,
and the test set is read once, after training (`checkpoints/<id>.json`). Trained with `DEV=CUDA` on one GPU shared
by the {len(sweep['runs'])} runs of one sweep (`checkpoints/sweep.json`, every run's settings and results), so
wall times are longer than a run alone; the shipped run of each model is the sweep's best on validation.

{table(["model", "parameters", "validation", "test", "best epoch / epochs", "wall time"], rows)}
"""


def numbers_here() -> str:
  gpu = {f: load(f) for f in ("numbers-realgpu-b256.json", "numbers-realgpu.json")}
  return bench_numbers.section(load("numbers.json"), table, ms, NAMES, gpu)


def render() -> str:
  parts = ["""# Benchmarks

<!-- Generated by `python -m bench.report` from bench/results/*.json, kernels/*/tuning.json and checkpoints/*.json:
do not edit by hand; re-run the benchmark or change bench/report.py. -->

Unless a section says "real GPU", everything was measured on this project's development machine: 2 CPU cores, no GPU,
headless Chromium whose WebGPU runs on SwiftShader (a software adapter). A real GPU is faster on WebGPU; these are
the floor. `make bench` re-runs the benchmarks of this machine and writes `bench/results/`; `python -m bench.report`
then rewrites this file. Percentiles (p50, p95) are the sample at nearest rank (`bench/common.py`), for every
table.""", accuracy(), inference_here(), page_here(), numbers_here(), teach_here(), train_here(), realgpu(), tuning()]
  return "\n\n".join(p.strip() for p in parts) + "\n"


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--check", action="store_true", help="exit 1 if docs/BENCHMARKS.md differs from what the data gives")
  a = ap.parse_args(argv)
  text = render()
  if a.check:
    if OUT.read_text() != text: sys.exit(f"{OUT.relative_to(ROOT)} is stale: run python -m bench.report")
    return
  OUT.write_text(text)
  print(f"wrote {OUT.relative_to(ROOT)} ({len(text.splitlines())} lines)")


if __name__ == "__main__":
  main()
