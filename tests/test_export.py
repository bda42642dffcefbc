"""The exporter in CPython: manifest shape, WebGPU default limits, f32 only, the WebAssembly module and its memory
layout, BatchNorm folding, committed artefacts."""
import hashlib
import json
import re
from pathlib import Path

import numpy as np
import pytest
from tinygrad import Tensor

from training import export, graph, models, step, tg, wasm, wgsl

KERNELS = Path(__file__).resolve().parents[1] / "kernels"
IDS = list(models.REGISTRY)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
  """Every model exported (untrained weights, batches 1 and 4, no MNIST) into a temporary kernels folder; the
  from-scratch step only for the MLP at batch 4 (test_scratch_entry: compiling every model's takes minutes)."""
  out = tmp_path_factory.mktemp("kernels")
  missing = out / "none.safetensors"
  manifests = {m: export.export(m, missing, out=out, batches=(1, 4), scratch_batches=(4,) if m == "mlp" else ())
               for m in IDS}
  return out, manifests


def wgsl_files(folder: Path) -> list[Path]:
  files = sorted(folder.glob("*.wgsl"))
  assert files, f"no kernels in {folder}"
  return files


def test_manifest_shape(exported):
  out, manifests = exported
  for mid, m in manifests.items():
    assert json.loads((out / mid / "manifest.json").read_text()) == m
    assert m["format"] == 3 and m["id"] == mid and m["tinygrad"] == "0.14.0"
    assert [v["batch"] for v in m["variants"]] == [1, 4]
    weights = {b["name"]: b for b in m["weights"]["buffers"]}
    for v in m["variants"]:
      bufs = {b["name"]: b for b in v["buffers"]}
      assert [b["role"] for b in v["buffers"]].count("input") == 1 and bufs["input"]["bytes"] == v["batch"] * 784 * 4
      assert bufs["output"]["role"] == "output" and bufs["output"]["bytes"] == v["batch"] * 10 * 4
      for k in v["kernels"]:
        assert (out / mid / k["file"]).exists() and len(k["workgroups"]) == 3
        assert all(n in bufs or n in weights for n in k["bindings"])
        assert f"fn {k['entry']}(" in (out / mid / k["file"]).read_text()
      assert v["kernels"][-1]["bindings"][0] == "output"


def test_scratch_entry(exported):
  """The from-scratch step: every weight its own buffer with an init rule, every parameter trained, Adam's state, a
  wasm layout that overlaps nothing, BatchNorm folding listed for the CNNs."""
  out, manifests = exported
  sc = manifests["mlp"]["scratch"]
  (b,) = sc["batches"]
  bufs = {x["name"]: x for x in b["buffers"]}
  assert b["batch"] == 4 and bufs["input"]["bytes"] == 4 * 784 * 4 and bufs["labels"]["bytes"] == 16
  assert sc["trainable"] == list(sc["shapes"]) and set(sc["trainable"]) <= set(bufs)
  assert {x["name"] for x in b["buffers"] if x["role"] in ("weight", "state")} == set(sc["init"])
  assert sc["optimizer"] == {"name": "adam", "lr": 1e-3, "b1": 0.9, "b2": 0.999, "eps": 1e-8} and sc["fold"] == []
  spans = sorted((b["wasm"]["offsets"][n], b["wasm"]["offsets"][n] + x["bytes"]) for n, x in bufs.items())
  assert all(e <= s for (_, e), (s, _) in zip(spans, spans[1:], strict=False)) and spans[-1][1] <= b["wasm"]["memory"]
  assert all((out / "mlp" / k["file"]).exists() for k in b["kernels"])
  assert (out / "mlp" / "scratch_b4.wasm").read_bytes()[:4] == b"\0asm"
  folds = json.loads((KERNELS / "cnn" / "manifest.json").read_text())["scratch"]["fold"]
  assert [f["bn"] for f in folds] == ["bn1", "bn2"] and all(f["eps"] == 1e-5 for f in folds)


def test_kernel_counts(exported):
  _, manifests = exported
  assert len(manifests["mlp"]["variants"][0]["kernels"]) <= 3
  assert len(manifests["cnn"]["variants"][0]["kernels"]) <= 7


def test_webgpu_default_limits_and_f32_only(exported):
  out, _ = exported
  for mid in IDS:
    for f in wgsl_files(out / mid):
      src = f.read_text()
      assert len(re.findall(r"var<storage", src)) <= 8, f.name
      size = [int(x) for x in re.search(r"@workgroup_size\(([\d,]+)\)", src).group(1).split(",")]
      assert int(np.prod(size)) <= 256, f.name
      assert "f16" not in src and "enable" not in src, f.name
      assert "var<uniform> INFINITY" in src  # binding 0, which the runtime fills with +inf
      assert src.startswith(wgsl.HEADER) and "tinygrad 0.14.0" in wgsl.HEADER  # marked generated, with the version


def test_limits_are_enforced():
  class Info:
    globals, local_size, global_size, vars = tuple(range(9)), (16, 16, 2), (1, 1, 1), ()
  with pytest.raises(ValueError, match="9 storage buffers.*workgroup size"):
    wgsl.check_limits("k", Info, "")
  with pytest.raises(ValueError, match="shader-f16"):
    wgsl.check_limits("k", type("I", (Info,), {"globals": (0,), "local_size": (1, 1, 1)}), "var x: f16;")


def test_weights_match_manifest(exported):
  from safetensors.numpy import load_file
  out, manifests = exported
  for mid, m in manifests.items():
    tensors = load_file(str(out / mid / m["weights"]["file"]))
    assert {b["key"] for b in m["weights"]["buffers"]} == set(tensors)
    for b in m["weights"]["buffers"]:
      assert tensors[b["key"]].dtype == np.float32 and tensors[b["key"]].nbytes == b["bytes"]
  assert not any("running_" in k or "num_batches" in k for k in load_file(str(out / "cnn" / "weights.safetensors")))


def test_batchnorm_folding_is_numerically_equal():
  model = models.load("cnn", "/nonexistent.safetensors")
  rng = np.random.default_rng(1)
  for bn in (model.bn1, model.bn2):  # non-trivial statistics, so the fold has something to do
    n = bn.running_mean.shape[0]
    bn.running_mean.assign(Tensor(rng.normal(0, 0.5, n).astype(np.float32))).realize()
    bn.running_var.assign(Tensor(rng.uniform(0.5, 2, n).astype(np.float32))).realize()
    bn.weight.assign(Tensor(rng.normal(1, 0.2, n).astype(np.float32))).realize()
    bn.bias.assign(Tensor(rng.normal(0, 0.2, n).astype(np.float32))).realize()
  x = Tensor(rng.random((3, 784), dtype=np.float32))
  expected = model(x).numpy()
  folded = graph.fold_batchnorm(model)
  assert isinstance(folded.bn1, graph.FoldedBatchNorm)
  np.testing.assert_allclose(folded(x).numpy(), expected, rtol=1e-5, atol=1e-5)


def test_reference_matches_tinygrad(exported):
  out, _ = exported
  for mid in IDS:
    ref = json.loads((out / mid / "reference.json").read_text())
    names = [c["name"] for c in ref["cases"]]
    assert names[:3] == ["zeros", "ones", "noise"]
    model = graph.load(mid, "/nonexistent.safetensors")
    x = np.array([c["input"] for c in ref["cases"]], np.float32)
    np.testing.assert_allclose(model(Tensor(x)).numpy(), [c["logits"] for c in ref["cases"]], atol=1e-5)


def test_index(exported):
  out, _ = exported
  index = json.loads((out / "index.json").read_text())
  assert [m["id"] for m in index["models"]] == IDS
  for m in index["models"]:
    assert m["params"] == models.param_count(models.load(m["id"], "/nonexistent.safetensors"))
    assert m["test_acc"] is None and m["val_acc"] is None and m["trained"] is None  # untrained: no claims
    assert m["input_shape"] == [1, 28, 28] and m["tinygrad"] == "0.14.0"
    for f in m["files"]: assert (out / m["id"] / f["name"]).stat().st_size == f["bytes"]


@pytest.mark.parametrize("mid", IDS)
def test_committed_artefacts_are_consistent(mid):
  """kernels/ as committed: the index's sizes and hashes, the manifest's files, the reference's predictions."""
  index = {m["id"]: m for m in json.loads((KERNELS / "index.json").read_text())["models"]}
  entry, folder = index[mid], KERNELS / mid
  for f in entry["files"]:
    data = (folder / f["name"]).read_bytes()
    assert len(data) == f["bytes"] and hashlib.sha256(data).hexdigest() == f["sha256"], f["name"]
  manifest = json.loads((folder / "manifest.json").read_text())
  kernels = [*manifest["variants"], manifest["teach"], *manifest["scratch"]["batches"]]
  assert {k["file"] for v in kernels for k in v["kernels"]} == {p.name for p in folder.glob("*.wgsl")}
  assert all(p.read_text().startswith(wgsl.HEADER) for p in folder.glob("*.wgsl")), "a kernel without its header"
  assert (folder / manifest["wasm"]["file"]).read_bytes()[:4] == b"\0asm" and not list(folder.glob("*.js"))
  assert sorted(v["batch"] for v in manifest["variants"]) == [1, 16, 256]
  assert [b["batch"] for b in manifest["scratch"]["batches"]] == list(step.SCRATCH_BATCHES)
  for b in manifest["scratch"]["batches"]: assert (folder / b["wasm"]["file"]).read_bytes()[:4] == b"\0asm"
  ref = json.loads((folder / "reference.json").read_text())
  assert len(ref["test_predictions"]) == 10000 and 0 <= ref["test_accuracy"] <= 1
  assert any(c["name"].startswith("test") for c in ref["cases"])


def test_scalarize_registers():
  src = "var buf0: array<f32,3>;\n  buf0[0] = 0.0f;\n  buf0[1] = buf0[0]+x;\n  y[i] = buf0[2]+buf0[10%3];"
  out = wgsl.scalarize_registers(src.replace("buf0[10%3]", "buf0[1]"))
  assert "array" not in out and "var buf0_0: f32; var buf0_1: f32; var buf0_2: f32;" in out
  assert "buf0_1 = buf0_0+x;" in out and "y[i] = buf0_2+buf0_1;" in out
  assert wgsl.scalarize_registers(src) == src  # an index that is not a literal: left alone


def test_tuning_steps_round_trip():
  from tinygrad.codegen.opt import Opt, OptOps
  opts = [Opt(OptOps.UPCAST, 0, 4), Opt(OptOps.LOCAL, 1, 8), Opt(OptOps.SWAP, 0, 1)]
  assert [tg.opt_from_json(json.loads(json.dumps(tg.opt_json(o)))) for o in opts] == opts


def generated(src: str) -> str:
  """A kernel's source without its leading comment lines (the "generated by" header)."""
  lines = src.splitlines(keepends=True)
  while lines and lines[0].startswith("//"): lines.pop(0)
  return "".join(lines)


def committed_schedules(mid):
  """kernels/<id>/ as committed, and for each of its batch variants: (variant, scheduled calls, buffer names), traced
  from the committed checkpoint the way the export does; plus tuning.json."""
  folder = KERNELS / mid
  manifest = json.loads((folder / "manifest.json").read_text())
  spec, model = models.REGISTRY[mid], export.load(mid)
  weight_ids = {id(v.uop.base): k for k, v in export.weight_tensors(model).items()}
  return folder, manifest, export.load_tuning(folder), [
    (v, *export.graph(model, v["batch"], spec, weight_ids)[:2]) for v in manifest["variants"]]


def used_tuning(tuning: dict, backend: str, batch: int, calls) -> list | None:
  """tuning.json's steps for one schedule; a schedule it names must get them (not stale, so not ignored)."""
  tuned = tg.tuned_for(tuning, backend, batch, len(calls))
  assert tuned or str(batch) not in tuning.get(backend, {}), f"stale {backend} tuning at batch {batch}"
  return tuned


@pytest.mark.parametrize("mid", IDS)
def test_committed_tuning_is_used(mid):
  """The committed WGSL is what rendering the committed checkpoint's schedules with kernels/<id>/tuning.json gives,
  byte for byte (a kernel whose entry is null keeps tinygrad's heuristic: it was the faster one where it was tuned),
  so a tuning.json that the export ignored, or kernels exported before it changed, fail here."""
  folder, manifest, tuning, schedules = committed_schedules(mid)
  assert [v["batch"] for v in manifest["variants"] if "wasm" in v] == export.wasm_batches(tuning, export.BATCHES)
  for v, calls, names in schedules:
    kernels, sources = wgsl.kernels(f"b{v['batch']}", calls, names, used_tuning(tuning, "webgpu", v["batch"], calls))
    assert [k["file"] for k in kernels] == [k["file"] for k in v["kernels"]], v["batch"]
    for k in kernels:
      assert generated((folder / k["file"]).read_text()) == generated(sources[k["file"]]), k["file"]


@pytest.mark.slow  # renders every tuned C kernel and links the module: the tuned batch-256 C is slow to render
@pytest.mark.parametrize("mid", IDS)
def test_committed_wasm_is_the_tuned_render(mid):
  """model.wasm as committed is rebuilt bit for bit from the C that tuning.json's steps render, and its kernels
  carry the tuned shapes (tinygrad names a kernel by its shape after the steps)."""
  folder, manifest, tuning, schedules = committed_schedules(mid)
  c_sources = []
  for v, calls, names in schedules:
    if "wasm" not in v: continue
    kernels, csrc = wasm.kernels(f"b{v['batch']}", calls, names, used_tuning(tuning, "wasm", v["batch"], calls))
    assert [k["kernel"] for k in kernels] == [k["kernel"] for k in v["wasm"]["kernels"]], v["batch"]
    c_sources += csrc
  assert wasm.compile_module(c_sources) == (folder / manifest["wasm"]["file"]).read_bytes()


def test_wasm_runs_a_larger_batch_only_where_it_was_faster_per_image():
  def tuning(ms1, ms256): return {"wasm": {"1": [{"ms": ms1}], "256": [{"ms": ms256}]}}
  assert export.wasm_batches(tuning(1.0, 400.0), (1, 256)) == [1]  # 1.56 ms an image at 256: batch 1 it is
  assert export.wasm_batches(tuning(0.024, 4.9), (1, 256)) == [1, 256]
  assert export.wasm_batches({}, (1, 256)) == [1, 256]  # not tuned: no measurement to go by
  assert export.wasm_batches(tuning(0.024, 4.9), (1, 16, 256)) == [1, 256]  # 16: never tuned for wasm (WebGPU's)


def test_wasm_graph_and_memory_layout(exported):
  """The wasm kernels run the same schedule on the same buffers as the WGSL ones; every buffer has its own bytes
  above the stack, and model.wasm exports each entry."""
  out, manifests = exported
  for mid, m in manifests.items():
    data = (out / mid / m["wasm"]["file"]).read_bytes()
    assert data[:4] == b"\0asm" and m["wasm"]["base"] == wasm.BASE >= wasm.STACK
    spans = [(b["offset"], b["offset"] + b["bytes"]) for b in m["weights"]["buffers"]]
    for v in m["variants"]:
      kernels = v["wasm"]["kernels"]
      assert [k["bindings"] for k in kernels] == [k["bindings"] for k in v["kernels"]]
      for k in kernels: assert k["entry"].encode() in data
      assert set(v["wasm"]["offsets"]) == {b["name"] for b in v["buffers"]}
      spans += [(v["wasm"]["offsets"][b["name"]], v["wasm"]["offsets"][b["name"]] + b["bytes"]) for b in v["buffers"]]
      assert max(e for _, e in spans) <= v["wasm"]["memory"]
    spans.sort()
    assert spans[0][0] >= wasm.BASE and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_export_names_missing_compilers(monkeypatch, tmp_path):
  monkeypatch.setattr(wasm.shutil, "which", lambda tool: None if tool == "wasm-ld" else "/usr/bin/" + tool)
  with pytest.raises(RuntimeError, match=r"wasm-ld not found.*apt-get install lld"):
    export.export("mlp", tmp_path / "none.safetensors", out=tmp_path, batches=(1,))


def test_c_that_needs_libc_does_not_link():
  """No libc: a kernel calling a library function fails at export, naming the symbol."""
  with pytest.raises(RuntimeError, match="undefined symbol: expf"):
    wasm.compile_module(['float expf(float); __attribute__((export_name("k"))) float k(float x) { return expf(x); }'])


@pytest.mark.parametrize("mid", IDS)
def test_committed_reference_matches_a_numpy_forward_pass(mid):
  """reference.json (tinygrad's logits, written by the exporter) against the checkpoint run by plain numpy."""
  from numpy_forward import forward
  ref = json.loads((KERNELS / mid / "reference.json").read_text())
  x = np.array([c["input"] for c in ref["cases"]], np.float32)
  got = forward(mid, KERNELS.parent / "checkpoints" / f"{mid}.safetensors", x)
  np.testing.assert_allclose(got, [c["logits"] for c in ref["cases"]], atol=ref["tolerance"], rtol=0)
