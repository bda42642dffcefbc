"""Export a model for site/runtime/runtime.js:  python -m training.export --model cnn [--checkpoint P]

Writes kernels/<id>/: manifest.json; per batch variant (1 and 256) the kernels twice, from the same tinygrad schedule:
WGSL for WebGPU (training/wgsl.py, one .wgsl per kernel) and C compiled to WebAssembly SIMD (training/wasm.py, all
kernels in one model.wasm); weights.safetensors (BatchNorm folded into one scale and one shift per layer), shared by
both backends; reference.json (fixed inputs with tinygrad's logits, and tinygrad's predictions on the 10,000 MNIST
test images). Updates kernels/index.json. Kernel optimisations come from kernels/<id>/tuning.json when present
(`python -m training.tune --model <id>` searches them), else from tinygrad's heuristic. Every WGSL file starts with
a one-line header naming its generator and tinygrad's version.

The forward pass is scheduled on the CPU device (no WebGPU needed) once per batch size; each scheduled call's
buffers are matched to the input, the output and the weights by identity, and named once for both code generators.
"""
import argparse
import hashlib
import json
from pathlib import Path

import numpy as np
from tinygrad import Tensor

from training import data, models, step, tg, wasm, wgsl
from training.graph import BATCHES, KERNELS, ROOT, buffer_entry, load, load_tuning, name_buffers, size, trace, \
  weight_tensors

FORMAT = 3
TINYGRAD = tg.VERSION


def graph(model, batch: int, spec: models.Spec, weight_ids: dict[int, str]) -> tuple[list, dict[int, str], list[dict]]:
  """One batch size: (scheduled calls, buffer name by UOp identity, the variant's own buffers: input, scratch,
  output; the weights are shared by every variant)."""
  calls, x, out = trace(model, batch, spec)
  names = {id(tg.buffer_of(x)): "input", id(tg.buffer_of(out)): "output", **weight_ids}
  own = name_buffers(calls, names, [buffer_entry("input", tg.buffer_of(x), "input")], set(weight_ids.values()),
                     {"output": "output"})
  if "output" not in {b["name"] for b in own}: raise ValueError("the output buffer is written by no kernel")
  order = {"input": 0, "scratch": 1, "output": 2}
  return calls, names, sorted(own, key=lambda b: order[b["role"]])


def wasm_batches(tuning: dict, batches) -> list[int]:
  """The batch variants the WebAssembly backend runs: the smallest, and a larger one only where its tuned kernels
  took less time per image than the best smaller one's when tuned (timed in V8). On a CPU a batch-256 conv's
  activations overflow the caches, so calling the batch-1 kernels per image can be faster; no wasm tuning at all:
  every batch. A batch the wasm tuning never saw (a WebGPU-only size, e.g. 16 for a number's digits) is left out."""
  wasm = tuning.get("wasm", {})
  per_image = {b: sum(k["ms"] for k in t) / b for b in batches  # a kernel left to the heuristic: time unknown
               if (t := wasm.get(str(b))) and all(t)}
  keep, best = [], float("inf")
  for b in sorted(batches):
    if wasm and str(b) not in wasm and keep: continue
    if b not in per_image or per_image[b] < best or not keep:
      keep.append(b)
      best = min(best, per_image.get(b, best))
  return keep


def fixed_inputs(mnist: dict | None, n: int = 784) -> dict[str, np.ndarray]:
  """The reference inputs: blank, full, seeded noise, and the first MNIST test images when MNIST is at hand."""
  inputs = {"zeros": np.zeros(n, np.float32), "ones": np.ones(n, np.float32),
            "noise": np.random.default_rng(0).random(n, dtype=np.float32)}
  if mnist is not None:
    for i in range(5): inputs[f"test{i}"] = mnist["x_test"][i].reshape(n).astype(np.float32) / 255
  return inputs


def predict(model, x: np.ndarray, batch: int = 256) -> np.ndarray:
  """tinygrad's logits on the CPU for uint8 or float images (N, 28, 28), in batches."""
  outs = []
  for i in range(0, len(x), batch):
    xb = x[i:i + batch].reshape(len(x[i:i + batch]), -1).astype(np.float32)
    if x.dtype == np.uint8: xb /= 255
    outs.append(model(Tensor(xb, device="CPU")).numpy())
  return np.concatenate(outs)


def reference(model, mnist: dict | None, n: int = 784) -> dict:
  inputs = fixed_inputs(mnist, n)
  logits = predict(model, np.stack(list(inputs.values())), batch=1)
  ref = {"tolerance": 1e-4, "cases": [{"name": k, "input": [round(float(v), 8) for v in x], "logits": y.tolist()}
                                      for (k, x), y in zip(inputs.items(), logits, strict=True)]}
  if mnist is not None:
    pred = predict(model, mnist["x_test"]).argmax(1)
    ref["test_predictions"] = "".join(str(int(p)) for p in pred)
    ref["test_accuracy"] = float((pred == mnist["y_test"]).mean())
  return ref


def checkpoint_info(model_id: str, checkpoint) -> dict:
  keys = ("val_acc", "test_acc", "epochs", "best_epoch", "trained", "wall_s")
  ckpt = Path(checkpoint) if checkpoint else ROOT / "checkpoints" / f"{model_id}.safetensors"
  meta = ckpt.with_suffix(".json")
  info = json.loads(meta.read_text()) if ckpt.exists() and meta.exists() else {}
  return {k: info.get(k) for k in keys} | {"checkpoint": ckpt.name if ckpt.exists() else None}


def export(model_id: str, checkpoint=None, out: Path = KERNELS, batches=BATCHES, mnist: dict | None = None,
           scratch_batches=step.SCRATCH_BATCHES) -> dict:
  """Export one model into out/<id>/ and update out/index.json; returns the manifest. scratch_batches: the batch
  sizes of the from-scratch training step (none: no `scratch` entry)."""
  wasm.check_tools()
  spec, model = models.REGISTRY[model_id], load(model_id, checkpoint)
  weights = weight_tensors(model)
  weight_ids = {id(tg.buffer_of(v)): k for k, v in weights.items()}
  folder = out / model_id
  folder.mkdir(parents=True, exist_ok=True)
  for old in [*folder.glob("*.wgsl"), *folder.glob("cpu_b*.js"), *folder.glob("scratch_b*.wasm")]: old.unlink()
  tuning = load_tuning(folder)
  variants, c_sources, on_wasm = [], [], wasm_batches(tuning, batches)
  for b in batches:
    calls, names, buffers = graph(model, b, spec, weight_ids)
    kernels, sources = wgsl.kernels(f"b{b}", calls, names, tg.tuned_for(tuning, "webgpu", b, len(calls)))
    for file, src in sources.items(): (folder / file).write_text(src)
    variants.append({"batch": b, "buffers": buffers, "kernels": kernels})
    if b in on_wasm:
      wkernels, csrc = wasm.kernels(f"b{b}", calls, names, tg.tuned_for(tuning, "wasm", b, len(calls)))
      c_sources += csrc
      variants[-1]["wasm"] = {"kernels": wkernels}
  wasm.compile_module(c_sources, folder / "model.wasm")
  teach = step.teach_entry(model_id, model, folder)  # after the inference graphs: scheduling it maps the weights'
  used = {n for v in [*variants, teach] for k in v["kernels"] for n in k["bindings"]}
  wbufs = [{"name": k, "key": k, "bytes": v.numel() * 4, "dtype": "f32", "role": "weight"}
           for k, v in weights.items() if k in used]
  mem = wasm.layout(wbufs, [v for v in variants if "wasm" in v], teach["buffers"])
  for b in wbufs: b["offset"] = mem["weights"][b["name"]]
  for v in variants:
    if "wasm" in v: v["wasm"] |= {"offsets": mem["variants"][v["batch"]]["offsets"],
                                  "memory": mem["variants"][v["batch"]]["end"]}
  teach["wasm"] |= {"offsets": mem["teach"]["offsets"], "memory": mem["teach"]["end"]}
  models.save_tensors({k: v for k, v in weights.items() if k in used}, folder / "weights.safetensors")  # f32: checked
  manifest = {"format": FORMAT, "id": model_id, "name": spec.name, "tinygrad": TINYGRAD,
              "input": {"shape": list(spec.input), "dtype": "f32"},
              "output": {"shape": list(spec.output), "dtype": "f32"},
              "weights": {"file": "weights.safetensors", "buffers": wbufs},
              "wasm": {"file": "model.wasm", "base": wasm.BASE, "stack": wasm.STACK},
              "variants": variants, "teach": teach}
  if scratch_batches: manifest["scratch"] = step.scratch_entry(model_id, folder, scratch_batches, tuning)
  if mnist is not None: write_samples(out, mnist)
  (folder / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
  (folder / "reference.json").write_text(json.dumps(reference(model, mnist, size(spec.input))) + "\n")
  params = models.param_count(spec.arch())  # the architecture's count, before BatchNorm folding
  update_index(out, model_id, params, checkpoint_info(model_id, checkpoint))
  return manifest


def write_samples(out: Path, mnist: dict) -> None:
  """kernels/replay.safetensors and kernels/testsample.safetensors (training/teach.py's seeded samples): uint8
  images x (N, 784) and labels y (N,)."""
  import safetensors.numpy
  for name, t in data.samples(mnist).items():
    safetensors.numpy.save_file({k: np.ascontiguousarray(v) for k, v in t.items()}, str(out / f"{name}.safetensors"))


SAMPLES = ("replay.safetensors", "testsample.safetensors")


def file_entry(f: Path) -> dict:
  return {"name": f.name, "bytes": f.stat().st_size, "sha256": hashlib.sha256(f.read_bytes()).hexdigest()}


def update_index(out: Path, model_id: str, params: int, info: dict) -> dict:
  path = out / "index.json"
  index = json.loads(path.read_text()) if path.exists() else {}
  folder = out / model_id
  files = [file_entry(f) for f in sorted(folder.iterdir()) if f.is_file()]
  spec = models.REGISTRY[model_id]
  entry = {"id": model_id, "name": spec.name, "params": params, "input_shape": list(spec.input),
           "path": f"{model_id}/", "batches": list(BATCHES), **info, "tinygrad": TINYGRAD, "files": files}
  entries = {m["id"]: m for m in index.get("models", [])} | {model_id: entry}
  rank = {k: i for i, k in enumerate(models.REGISTRY)}
  index = {"format": FORMAT, "models": sorted(entries.values(), key=lambda m: rank.get(m["id"], len(rank)))}
  if samples := [out / f for f in SAMPLES if (out / f).exists()]: index["samples"] = [file_entry(f) for f in samples]
  path.write_text(json.dumps(index, indent=1) + "\n")
  return index


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  ap.add_argument("--model", required=True, choices=list(models.REGISTRY))
  ap.add_argument("--checkpoint", help="default checkpoints/<id>.safetensors; seeded untrained weights if absent")
  ap.add_argument("--out", default=str(KERNELS))
  ap.add_argument("--no-mnist", action="store_true", help="reference without MNIST test images / predictions")
  ap.add_argument("--batches", default=",".join(map(str, BATCHES)), help="batch variants")
  a = ap.parse_args(argv)
  batches = tuple(int(b) for b in a.batches.split(","))
  mnist = None
  if not a.no_mnist:
    mnist = data.load(fetch=True)
  m = export(a.model, a.checkpoint, Path(a.out), batches, mnist=mnist)
  t = m["teach"]
  print(f"{a.model} Teach step (batch {t['batch']}, {t['layers']}, {t['optimizer']['name']}): {len(t['kernels'])} "
        f"kernels; wasm memory {t['wasm']['memory'] / 2**20:.1f} MiB")
  for v in m["variants"]:
    wasm_note = f"wasm memory {v['wasm']['memory'] / 2**20:.1f} MiB" if "wasm" in v else "wasm: runs batch 1 per image"
    print(f"{a.model} batch {v['batch']}: {len(v['kernels'])} kernels: " + ", ".join(k["entry"] for k in v["kernels"])
          + f"; {wasm_note}")
  print(f"wrote {Path(a.out) / a.model}/")


if __name__ == "__main__":
  main()
