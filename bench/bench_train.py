"""Training benchmark: this project's in-browser trainer against TensorFlow.js (webgpu, webgl and wasm backends), the
same models, data order, batch and optimizer (Adam 1e-3, 0.9, 0.999, 1e-8), in one headless Chromium run
(site/bench/train.html; how each side is timed is at the top of site/bench/train.js).

  python -m bench.bench_train [--models mlp,small,cnn] [--engines ours-wasm,...,tfjs-webgpu] [--epochs 1]
                              [--batch 256] [--steps N | --steps cnn:20,tfjs-webgpu:5,40]
      builds the site into a temporary folder, serves it, serves TF.js (npm devDependencies, never in the built
      site) under /peer-tfjs/ with page.route, and writes bench/results/train.json (per-epoch records + `summary`)
  python -m bench.bench_train prepare-realgpu DIR   # copy the TF.js files into DIR/peer-tfjs/ (a built site folder)
  python -m bench.bench_train collect DIR           # the real-GPU page's posted train.json (in DIR) ->
                                                    # bench/results/train-realgpu.json, the same format

On the real-GPU machine: page `bench/train.html?post=1&epochs=...` (it posts /result/train after every run and at the
end, then /result/done).
"""
import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

from bench.common import built_site

ROOT = Path(__file__).resolve().parents[1]
TFJS = ROOT / "node_modules" / "@tensorflow"
# URL name -> file: the UMD bundles (core + layers + cpu/webgl, then the two backends) and the wasm backend's binaries
TFJS_FILES = {"tf.es2017.min.js": "tfjs/dist/tf.es2017.min.js",
              "tf-backend-wasm.es2017.min.js": "tfjs-backend-wasm/dist/tf-backend-wasm.es2017.min.js",
              "tf-backend-webgpu.es2017.min.js": "tfjs-backend-webgpu/dist/tf-backend-webgpu.es2017.min.js",
              **{f: f"tfjs-backend-wasm/dist/{f}" for f in ("tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm",
                                                             "tfjs-backend-wasm-threaded-simd.wasm")}}
PREFIX = "/peer-tfjs/"
PAGE = "bench/train.html"
RESULTS = ROOT / "bench" / "results" / "train.json"
RESULTS_REALGPU = ROOT / "bench" / "results" / "train-realgpu.json"
MODELS = ("mlp", "small", "cnn")
ENGINES = ("ours-wasm", "ours-webgpu", "tfjs-wasm", "tfjs-webgl", "tfjs-webgpu")


def tfjs_files() -> dict[str, Path]:
  """URL path -> local file for everything the page loads from /peer-tfjs/."""
  out = {PREFIX + name: TFJS / rel for name, rel in TFJS_FILES.items()}
  missing = [str(f) for f in out.values() if not f.is_file()]
  if missing: raise FileNotFoundError(f"no {missing}: run `npm ci` (@tensorflow/tfjs* are devDependencies)")
  return out


def tfjs_version() -> str:
  return json.loads((TFJS / "tfjs" / "package.json").read_text())["version"]


def route(page) -> None:
  """Serve tfjs_files() under /peer-tfjs/ of every origin the page loads from; anything else there is a 404."""
  from bench.peer import TYPES
  table = tfjs_files()

  def handle(r):
    path = "/" + r.request.url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
    if path not in table: return r.fulfill(status=404, body=f"not a TF.js file: {path}")
    f = table[path]
    r.fulfill(status=200, path=str(f), headers={"Content-Type": TYPES.get(f.suffix, "application/octet-stream")})

  page.route("**/peer-tfjs/**", handle)


def query(a) -> str:
  q = {"models": a.models, "engines": a.engines, "epochs": a.epochs, "batch": a.batch}
  if a.steps: q["steps"] = a.steps
  if a.threads: q["threads"] = a.threads
  return urlencode(q, safe=",:/")


def run_local(a) -> dict:
  """Build, serve, open the page in headless Chromium and wait for window.benchResult."""
  from playwright.sync_api import sync_playwright

  from training.browser import profile
  with built_site() as (base, _), sync_playwright() as p, profile(p) as ctx:
    page = ctx.new_page()
    page.set_default_timeout(0)
    page.on("pageerror", lambda e: print(f"[pageerror] {e}", file=sys.stderr))
    page.on("console", lambda m: print(f"  {m.text}", flush=True) if not m.text.startswith("{") else None)
    route(page)
    url = f"{base}{PAGE}?{query(a)}"
    print(f"opening {url}", flush=True)
    page.goto(url)
    page.wait_for_function("window.benchResult", timeout=0, polling=1000)
    res = page.evaluate("window.benchResult")
    res["chromium"] = ctx.browser.version if ctx.browser else page.evaluate("navigator.userAgent")
    return res


def summarise(raw: dict) -> dict:
  """Flat figures per engine and model: the best epoch's training seconds and images/s (epoch 1 of TF.js includes
  its lazy shader / kernel compilation; a capped run's epoch is `steps_per_epoch` steps), the last epoch's test
  accuracy, time to 97/98/99 %; and per model the best TF.js whole-epoch time / our best whole-epoch time, i.e. our
  best images/s / TF.js's best images/s over all backends (> 1: ours is faster)."""
  s = {}
  for r in raw.get("runs", []):
    key = f"{r['engine']}/{r['model']}"
    if "error" in r:
      s[f"{key}/error"] = r["error"].split("\n")[0][:200]
      continue
    if not r.get("epochs"): continue  # skipped (steps cap 0)
    best = min(r["epochs"], key=lambda e: e["train_s"])
    s[f"{key}/epoch_s"] = best["train_s"]
    s[f"{key}/images_per_s"] = best["images_per_s"]
    s[f"{key}/steps_per_epoch"] = best["steps"]
    s[f"{key}/test_acc"] = r["epochs"][-1]["test_acc"]
    for t in (97, 98, 99): s[f"{key}/to_{t}_s"] = r.get(f"to_{t}_s")
  def best(prefix, mid):
    xs = [s[f"{e}/{mid}/images_per_s"] for e in ENGINES if e.startswith(prefix) and f"{e}/{mid}/images_per_s" in s]
    return max(xs) if xs else None
  for mid in dict.fromkeys(r["model"] for r in raw.get("runs", [])):
    # from images/s (= whole-epoch time ratio), so that runs capped at different steps per epoch still compare
    o, t = best("ours-", mid), best("tfjs-", mid)
    if o and t: s[f"ours_vs_best_tfjs/{mid}/epoch"] = round(o / t, 3)
  return s


def table(res: dict) -> str:
  lines = ["| engine | model | backend | steps/epoch | epoch s (best) | images/s | test acc | to 97% s | to 98% s "
           "| to 99% s |",
           "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
  fmt = lambda v: "-" if v is None else f"{v:.2f}"  # noqa: E731
  for r in res["raw"].get("runs", []):
    if "error" in r:
      lines.append(f"| {r['engine']} | {r['model']} | error: {r['error'].splitlines()[0][:80]} | | | | | | | |")
      continue
    if not r.get("epochs"): continue
    k, s = f"{r['engine']}/{r['model']}", res["summary"]
    lines.append(f"| {r['engine']} | {r['model']} | {r.get('backend')} | {s[k + '/steps_per_epoch']} | "
                 f"{s[k + '/epoch_s']:.2f} | {s[k + '/images_per_s']:,} | {s[k + '/test_acc'] * 100:.2f}% | "
                 f"{fmt(s[k + '/to_97_s'])} | {fmt(s[k + '/to_98_s'])} | {fmt(s[k + '/to_99_s'])} |")
  ratios = [f"{k.split('/')[1]} {v:.2f}x" for k, v in res["summary"].items() if k.startswith("ours_vs_best_tfjs/")]
  return "\n".join(lines) + ("\n\nbest TF.js epoch / our best epoch: " + ", ".join(ratios) if ratios else "")


def write(raw: dict, where: str, out: Path) -> dict:
  res = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "where": where,
         "chromium": raw.get("chromium") or raw.get("ua"), "adapter": raw.get("adapter"),
         "tfjs": raw.get("tfjs") or tfjs_version(), "params": raw.get("params"),
         "timing": "training seconds per epoch: first step to the last step's loss readback (the loss is read every "
                   "20 steps on both sides); test evaluation (all 10,000 images) excluded",
         "summary": summarise(raw), "raw": raw}
  out.parent.mkdir(parents=True, exist_ok=True)
  out.write_text(json.dumps(res, indent=1) + "\n")
  print(table(res))
  print(f"wrote {out}")
  return res


def prepare_realgpu(folder: Path) -> None:
  dest = Path(folder) / PREFIX.strip("/")
  dest.mkdir(parents=True, exist_ok=True)
  for url, f in tfjs_files().items(): shutil.copy2(f, dest / url.rsplit("/", 1)[-1])
  print(f"copied {len(TFJS_FILES)} TF.js {tfjs_version()} files into {dest}; page: {PAGE}?post=1&epochs=...")


def collect(folders: list[Path], out: Path = RESULTS_REALGPU) -> dict:
  """The page's posted train.json (and profile.json, adapter.json) from one or more calls' folders: their runs
  merged, in order (a later call adds models or engines an earlier one timed out before)."""
  raw = None
  for folder in map(Path, folders):
    f = folder / "train.json"
    if not f.is_file(): sys.exit(f"{f} is missing: the page posts it after each run")
    part = json.loads(f.read_text())
    if not part.get("done"): print(f"warning: {folder}: the page did not finish (a timeout?): partial", file=sys.stderr)
    if raw is None: raw = {**part, "calls": []}
    else: raw["runs"] += part["runs"]
    raw["calls"].append({"params": part.get("params"), "done": bool(part.get("done"))})
    if (probe := folder / "adapter.json").is_file():
      p = json.loads(probe.read_text())
      raw["chromium"] = p.get("chromium") or p.get("version") or raw.get("ua")
      raw["probe"] = p
    if (prof := folder / "profile.json").is_file(): raw["profile"] = json.loads(prof.read_text())
  return write(raw, "NVIDIA H200 (GPU machine), headless Chromium with WebGPU (Vulkan)", out)


def main(argv=None):
  argv = sys.argv[1:] if argv is None else argv
  if argv and argv[0] in ("prepare-realgpu", "collect"):
    ap = argparse.ArgumentParser(prog=f"python -m bench.bench_train {argv[0]}")
    ap.add_argument("folder", nargs="+" if argv[0] == "collect" else None)
    if argv[0] == "collect": ap.add_argument("--out", default=str(RESULTS_REALGPU))
    a = ap.parse_args(argv[1:])
    return prepare_realgpu(Path(a.folder)) if argv[0] == "prepare-realgpu" else collect(a.folder, Path(a.out))
  ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
  ap.add_argument("--models", default=",".join(MODELS))
  ap.add_argument("--engines", default=",".join(ENGINES))
  ap.add_argument("--epochs", type=int, default=1)
  ap.add_argument("--batch", type=int, default=256)
  ap.add_argument("--steps", default="", help="cap of steps per epoch: N, or per model / engine / both, the most "
                  "specific winning, 0 skipping the run: cnn:20,tfjs-webgpu:5,ours-webgpu/cnn:0,40")
  ap.add_argument("--threads", default="", help="TF.js wasm threads (only where cross-origin isolated)")
  ap.add_argument("--out", default=str(RESULTS))
  a = ap.parse_args(argv)
  raw = run_local(a)
  write(raw, "this machine (2 CPU cores; WebGPU is SwiftShader, on the CPU), headless Chromium", Path(a.out))


if __name__ == "__main__":
  main()
