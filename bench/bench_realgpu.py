"""The real-GPU benchmark: site/bench/realgpu.html in headless Chromium on the GPU machine (an NVIDIA H200), through
../shared/realgpu. The GPU machine is reachable only through the agent's remote-call tool, so this script does the
local halves:

  python -m bench.bench_realgpu prepare    # build the site into .gpu/site (+ ONNX Runtime Web and the ONNX graphs
                                           # under /peer/), pack it (../shared/realgpu/pack.sh .gpu .gpu/site), and
                                           # print the two remote calls to make
  python -m bench.bench_realgpu collect DIR   # DIR: the folder the calls' $OUT files came back to; writes
                                              # bench/results/realgpu.json (raw samples + a flat `summary`)

The page posts adapter_page.json, window.json (dispatch floor and readback experiments) and ours.json (this runtime's
webgpu, wasm and auto) from `?part=ours`, and peer.json (ONNX Runtime Web, webgpu and wasm) from `?part=peer`.
"""
import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.common import pct

ROOT = Path(__file__).resolve().parents[1]
GPU = ROOT / ".gpu"
SITE = GPU / "site"
REALGPU = ROOT.parent / "shared" / "realgpu"
RESULTS = ROOT / "bench" / "results" / "realgpu.json"
MODELS = ("mlp", "small", "cnn")
ENGINES = ("webgpu", "wasm", "auto", "ort-webgpu", "ort-wasm")
PAGES = ("bench/realgpu.html?part=ours", "bench/realgpu.html?part=peer", "bench/realgpu.html?part=kernels")
CALL2 = "bash .gpu/bin/run.sh --timeout 280 " + " ".join(f"'{p}'" for p in PAGES)
# Ours and TF.js train every model 3 epochs at batch 256 (TF.js's CNN capped to 40 steps an epoch: its webgl steps
# are too slow for a whole epoch in one call); the CPU engines only for the MLP; our step's kernels profiled first.
TRAIN_CALL = ("bash .gpu/bin/run.sh --timeout 560 'bench/train.html?post=1&epochs=3&batch=256&threads=1"
              "&profile=mlp:256,small:256,cnn:256&engines=ours-webgpu,tfjs-webgpu,tfjs-webgl,ours-wasm,tfjs-wasm"
              "&steps=tfjs-webgpu/cnn:40,tfjs-webgl/cnn:40,ours-wasm/small:0,ours-wasm/cnn:0,tfjs-wasm/small:0,"
              "tfjs-wasm/cnn:0'")


def prepare(mode: str = "all") -> None:
  from bench import onnx_graphs, peer
  from scripts import build
  if not (REALGPU / "pack.sh").is_file(): sys.exit(f"{REALGPU}/pack.sh is missing (see ../shared/realgpu/README.md)")
  build.build(SITE)  # not dist/: the site as built, plus the peer's files
  (SITE / "peer").mkdir()
  for f in peer.ORT_FILES: shutil.copy2(peer.ORT_DIST / f, SITE / "peer" / f)
  onnx_graphs.write(SITE / "peer", MODELS)
  from bench import bench_train
  bench_train.prepare_realgpu(SITE)  # TF.js for the training page (bench/train.html)
  if subprocess.run(["git", "check-ignore", "-q", str(GPU)], cwd=ROOT).returncode:
    sys.exit("add /.gpu/ to .git/info/exclude first (pack.sh refuses a folder git would send)")
  cmd = ["bash", str(REALGPU / "pack.sh"), ".gpu", ".gpu/site"] + ([mode] if mode != "all" else [])
  subprocess.run(cmd, cwd=ROOT, check=True)
  print("\nNow two remote calls on the GPU machine (kind nvidia-h200), back to back:\n"
        "  1. command: bash .gpu/bin/stage.sh      carry: [\".gpu/c1\", \".gpu/bin\"]  timeout_s: 120\n"
        f"  2. command: {CALL2}\n"
        "     carry: [\".gpu/c2\", \".gpu/web\", \".gpu/bin\"]  timeout_s: 600\n"
        "then: python -m bench.bench_realgpu collect <the folder the files came back to>\n"
        "Training (bench/results/train-realgpu.json), while warm: carry [\".gpu/bin\"], command\n"
        f"  {TRAIN_CALL}\n"
        "then: python -m bench.bench_train collect <folder> [<folder of a further call>]")


def ips(ms: list, images: int) -> int: return round(images * 1e3 / pct(ms, 50))


def summarise(adapter: dict, window: dict, ours: dict, peer: dict) -> dict:
  s = {"adapter": adapter.get("adapter")}
  if window:  # absent when a call brought back too few files
    s.update(floor_ms=round(pct(window["floor_none_write784"], 50), 4),
             floor_trivial_ms=round(pct(window["floor_none"], 50), 4))
  nudge = ours.get("default_nudge")
  for mid in MODELS:
    o, p = ours.get(mid, {}), peer.get(mid, {})
    g = o.get("webgpu", {})
    if "b1" in g:
      s[f"webgpu/{mid}/b1_p50_ms"] = round(pct(g["b1"][nudge], 50), 4)
      s[f"webgpu/{mid}/b1_p95_ms"] = round(pct(g["b1"][nudge], 95), 4)
      s[f"webgpu/{mid}/b256_images_per_s"] = ips(g["b256"][nudge], 256)
      s[f"webgpu/{mid}/run{256 * ours['big_batches']}_images_per_s"] = ips(g["big"], 256 * ours["big_batches"])
      s[f"webgpu/{mid}/gpu_ms_b1"] = g["gpu_ms"]["b1"]
      s[f"webgpu/{mid}/gpu_ms_b256"] = g["gpu_ms"]["b256"]
      for k, v in g["b1"].items(): s[f"webgpu/{mid}/b1_p50_ms_nudge_{k}"] = round(pct(v, 50), 4)
      for k, v in g["b256"].items(): s[f"webgpu/{mid}/b256_images_per_s_nudge_{k}"] = ips(v, 256)
    for e, src in (("wasm", o.get("wasm")), ("auto", o.get("auto")), ("ort-webgpu", p.get("webgpu")),
                   ("ort-wasm", p.get("wasm"))):
      if not src or "b1" not in src: continue
      s[f"{e}/{mid}/b1_p50_ms"] = round(pct(src["b1"], 50), 4)
      s[f"{e}/{mid}/b1_p95_ms"] = round(pct(src["b1"], 95), 4)
      s[f"{e}/{mid}/b256_images_per_s"] = ips(src["b256"], 256)
    if "chose" in o.get("auto", {}): s[f"auto/{mid}/chose"] = o["auto"]["chose"]
  return s


def collect(folder: Path, out: Path = RESULTS) -> dict:
  folder = Path(folder)
  read = lambda n: json.loads((folder / f"{n}.json").read_text()) if (folder / f"{n}.json").exists() else {}  # noqa: E731
  probe, adapter, window, ours, peer, kernels = (read(n) for n in ("adapter", "adapter_page", "window", "ours", "peer",
                                                                    "kernels"))
  res = {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
         "where": "NVIDIA H200 (GPU machine), headless Chromium with WebGPU (Vulkan), one browser run",
         "chromium": probe.get("chromium") or probe.get("version") or adapter.get("ua"),
         "summary": summarise(adapter, window, ours, peer),
         "raw": {"probe": probe, "adapter": adapter, "window": window, "ours": ours, "peer": peer, "kernels": kernels}}
  out.write_text(json.dumps(res, indent=1) + "\n")
  print(table(res["summary"]))
  print(f"wrote {out}")
  return res


def table(s: dict) -> str:
  lines = ["| engine | model | batch-1 p50 | batch-1 p95 | batch-256 images/s | auto chose |",
           "| --- | --- | ---: | ---: | ---: | --- |"]
  for e in ENGINES:
    for mid in MODELS:
      if f"{e}/{mid}/b1_p50_ms" not in s: continue
      chose = s.get(f"auto/{mid}/chose", "") if e == "auto" else ""
      lines.append(f"| {e} | {mid} | {s[f'{e}/{mid}/b1_p50_ms']:.3f} ms | {s[f'{e}/{mid}/b1_p95_ms']:.3f} ms | "
                   f"{s.get(f'{e}/{mid}/b256_images_per_s', 0):,} | {chose} |")
  return "\n".join(lines) + (f"\n\nfloor (dispatch + 784-float write + readback) p50 {s['floor_ms']:.3f} ms"
                             if "floor_ms" in s else "")


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  sub = ap.add_subparsers(dest="cmd", required=True)
  p = sub.add_parser("prepare", help="build, add the peer, pack; print the remote calls")
  p.add_argument("--mode", default="all", choices=["all", "web"], help="web: repack only the site (Chromium packed)")
  c = sub.add_parser("collect", help="write bench/results/realgpu.json from the calls' files")
  c.add_argument("folder")
  c.add_argument("--out", default=str(RESULTS))
  a = ap.parse_args(argv)
  if a.cmd == "prepare": prepare(a.mode)
  else: collect(Path(a.folder), Path(a.out))


if __name__ == "__main__":
  main()
