"""WebGPU code generator: tinygrad's WGSL renderer (f32 only), checked against WebGPU's default limits.

Binding layout of tinygrad's WGSL: @binding(0) is `var<uniform> INFINITY: f32`, then one read_write storage
buffer per kernel argument, in order (site/runtime/runtime.js builds explicit bind-group layouts for it).
"""
import re

import numpy as np

from training import tg

# WebGPU's default limits: the kernels must run on any adapter without asking for more
LIMITS = {"maxStorageBuffersPerShaderStage": 8, "maxComputeInvocationsPerWorkgroup": 256,
          "maxComputeWorkgroupSize": (256, 256, 64), "maxComputeWorkgroupsPerDimension": 65535,
          "maxComputeWorkgroupStorageSize": 16384, "maxStorageBufferBindingSize": 1 << 27}


def renderer(): return tg.wgsl_renderer()


def check_limits(name: str, info, src: str) -> None:
  """Fail the export (not the page) when a kernel would need more than WebGPU's default limits."""
  lim, local = LIMITS, tuple(info.local_size or (1, 1, 1))
  problems = []
  if len(info.globals) > lim["maxStorageBuffersPerShaderStage"]: problems.append(f"{len(info.globals)} storage buffers")
  if int(np.prod(local)) > lim["maxComputeInvocationsPerWorkgroup"]: problems.append(f"workgroup size {local}")
  if any(a > b for a, b in zip(local, lim["maxComputeWorkgroupSize"], strict=False)):
    problems.append(f"workgroup {local}")
  if any(g > lim["maxComputeWorkgroupsPerDimension"] for g in info.global_size):
    problems.append(f"grid {info.global_size}")
  shared = sum(4 * int(n) for n in re.findall(r"var<workgroup>\s*\w+\s*:\s*array<\w+,\s*(\d+)>", src))
  if shared > lim["maxComputeWorkgroupStorageSize"]: problems.append(f"{shared} bytes of workgroup memory")
  if "f16" in src: problems.append("f16 arithmetic (needs shader-f16)")
  if info.vars: problems.append(f"symbolic variables {info.vars}")
  if problems: raise ValueError(f"kernel {name} exceeds WebGPU's default limits: {', '.join(problems)}")


def scalarize_registers(src: str) -> str:
  """Turn register arrays indexed only by constants (tinygrad's accumulators, `var buf0: array<f32,16>`) into scalars:
  SwiftShader keeps private arrays in memory, scalars in registers. Same arithmetic, same order."""
  for name, ty, n in re.findall(r"var (\w+): array<(\w+),(\d+)>;", src):
    if re.search(rf"\b{name}\[(?!\d+\])", src): continue  # indexed by a variable somewhere: keep the array
    src = src.replace(f"var {name}: array<{ty},{n}>;", " ".join(f"var {name}_{i}: {ty};" for i in range(int(n))))
    src = re.sub(rf"\b{name}\[(\d+)\]", rf"{name}_\1", src)
  return src


def render(call, opts=None, r=None) -> tuple:
  """One scheduled call → (tg.KernelInfo, WGSL source, argument buffer UOps in binding order), within the limits."""
  info, src, args = tg.program(call, r or renderer(), opts)
  src = scalarize_registers(src)
  check_limits(info.function_name, info, src)
  return info, src, args


def kernels(prefix: str, calls, names: dict[int, str], tuned: list | None) -> tuple[list[dict], dict[str, str]]:
  """The manifest's kernel list for one schedule (a batch variant, prefix `b<batch>`, or the training step, prefix
  `train`) and the WGSL source of each file."""
  r, out, sources = renderer(), [], {}
  for i, (info, src, args) in enumerate(tg.render_all(calls, lambda c, o: render(c, o, r), tuned)):
    file = f"{prefix}_{i}_{info.function_name}.wgsl"
    sources[file] = src + "\n"
    out.append({"file": file, "entry": info.function_name, "workgroups": list(info.global_size),
                "workgroup_size": list(info.local_size or (1, 1, 1)), "bindings": [names[id(a)] for a in args],
                "opts": "tuned" if tuned and tuned[i] else "heuristic"})
  return out, sources


def candidate(call, opts) -> dict | None:
  """What the tuner times for these steps: {src, entry, workgroups}; None for an illegal combination."""
  try:
    info, src, _ = render(call, opts)
  except Exception:
    return None
  return {"src": src, "entry": info.function_name, "workgroups": list(info.global_size)}
