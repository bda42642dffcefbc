"""WebAssembly code generator: tinygrad's C renderer, compiled by clang + wasm-ld to wasm32 with SIMD128, no libc.

Every kernel of every batch variant becomes one exported function of one module (`model.wasm`) whose arguments are
byte offsets into the module's memory; the memory is imported (the runtime creates it, copies the weights into it
and grows it for a larger batch). The layout is fixed at export and written into the manifest:

  [0, STACK)              the C stack (register tiles that clang keeps in memory live here)
  [BASE, …)               the weights, in manifest order, 64-byte aligned
  then, per variant       its input, scratch and output buffers (a variant's `end` is the memory it needs)
  then the Teach step     its input, labels, loss, optimizer state and scratch (teach.wasm: a second module of
                          the Teach step's kernels on the same memory, instantiated on the first learning run)
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from training import tg

STACK = 1 << 16
BASE = 1 << 17  # the module's own data (none: tinygrad's kernels carry no tables) and __heap_base sit below this
ALIGN = 64
# -fno-builtin: no libc calls conjured by the optimiser (a zeroing loop must not become memset: there is no libc)
CFLAGS = ["--target=wasm32", "-O3", "-msimd128", "-nostdlib", "-std=c11", "-fno-builtin",
          "-Werror=implicit-function-declaration"]
LDFLAGS = ["-Wl,--no-entry", "-Wl,--import-memory", "-Wl,--stack-first", f"-Wl,-z,stack-size={STACK}",
           "-Wl,--export=__heap_base"]
TOOLS = {"clang": "clang", "wasm-ld": "lld"}


def renderer():
  """tinygrad's C, single-threaded (no core-id argument): a WebAssembly module runs on one thread."""
  return tg.c_renderer()


def check_tools() -> None:
  """The export needs clang and wasm-ld; say which Debian packages give them."""
  missing = [t for t in TOOLS if shutil.which(t) is None]
  if missing:
    pkgs = " ".join(TOOLS[t] for t in missing)
    raise RuntimeError(f"{' and '.join(missing)} not found: the WebAssembly kernels are compiled with clang and "
                       f"wasm-ld. Install them (Debian/Ubuntu: apt-get install {pkgs}) and export again.")


def render(call, opts=None, r=None) -> tuple:
  """One scheduled call → (tg.KernelInfo, C source, argument buffer UOps in parameter order)."""
  info, src, args = tg.program(call, r or renderer(), opts)
  if info.vars: raise ValueError(f"kernel {info.function_name} has symbolic variables {info.vars}")
  if info.global_size and any(g != 1 for g in info.global_size):
    raise ValueError(f"kernel {info.function_name} has a launch grid {info.global_size}: not a single-thread kernel")
  return info, src, args


def as_export(src: str, function_name: str, name: str) -> str:
  """The kernel's C with its function renamed to `name` and exported from the module under that name."""
  head = f"void {function_name}("
  if src.count(head) != 1: raise ValueError(f"cannot find the definition of {function_name} in its C source")
  return src.replace(head, f'__attribute__((export_name("{name}"))) void {name}(')


def compile_module(sources: list[str], out: Path | None = None) -> bytes:
  """Compile and link C kernels into one wasm module; returns its bytes (and writes them to `out`)."""
  check_tools()
  with tempfile.TemporaryDirectory() as tmp:
    c, wasm = Path(tmp) / "kernels.c", Path(tmp) / "kernels.wasm"
    c.write_text("\n".join(sources))
    cmd = ["clang", *CFLAGS, *LDFLAGS, "-o", str(wasm), str(c)]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode: raise RuntimeError(f"clang failed to build the WebAssembly kernels:\n{res.stderr[-4000:]}")
    data = wasm.read_bytes()
  if out is not None: out.write_bytes(data)
  return data


def align(n: int) -> int: return (n + ALIGN - 1) // ALIGN * ALIGN


def place(sizes: list[int], at: int = BASE) -> tuple[list[int], int]:
  """Byte offsets for buffers of these sizes, one after the other from `at`, each 64-byte aligned; and the end."""
  offsets = []
  for n in sizes:
    offsets.append(at)
    at = align(at + n)
  return offsets, at


def layout(weights: list[dict], variants: list[dict], teach: list[dict] | None = None) -> dict:
  """Fixed offsets: weights from BASE, then each variant's own buffers, then the Teach step's (overlapping
  nothing: a learning run leaves the variants' buffers alone). Returns {weights: {name: offset},
  variants: {batch: {offsets: {name: offset}, end}}, teach: {offsets, end} | None}."""
  woff, at = place([b["bytes"] for b in weights])
  def group(buffers):
    nonlocal at
    offs, at = place([b["bytes"] for b in buffers], at)
    return {"offsets": dict(zip([b["name"] for b in buffers], offs, strict=True)), "end": at}
  out = {v["batch"]: group(v["buffers"]) for v in variants}
  return {"weights": dict(zip([b["name"] for b in weights], woff, strict=True)), "variants": out,
          "teach": None if teach is None else group(teach)}


def kernels(prefix: str, calls, names: dict[int, str], tuned: list | None) -> tuple[list[dict], list[str]]:
  """The manifest's wasm kernel list for one schedule (entry `<prefix>_<i>`: `b<batch>_<i>` for a batch variant,
  `teach_<i>` for the Teach step, `scratch_b<batch>_<i>` for training from scratch; bindings = argument buffers in
  order) and the C source of each kernel, renamed and exported."""
  r, out, sources = renderer(), [], []
  for i, (info, src, args) in enumerate(tg.render_all(calls, lambda c, o: render(c, o, r), tuned)):
    entry = f"{prefix}_{i}"
    sources.append(as_export(src, info.function_name, entry))
    out.append({"entry": entry, "kernel": info.function_name, "bindings": [names[id(a)] for a in args],
                "opts": "tuned" if tuned and tuned[i] else "heuristic"})
  return out, sources


def candidate(call, opts) -> dict | None:
  """What the tuner times for these steps: {src (C), fn (its function's name)}; None for an illegal combination."""
  try:
    info, src, _ = render(call, opts)
  except Exception:
    return None
  return {"src": src, "fn": info.function_name}
