"""The WGSL kernels' optimisation search timed on a real GPU: the same beam search as training/tune.py (tinygrad's
optimisation steps, same candidates, same WebGPU default limits), but each candidate timed natively through Dawn with
tinygrad's own WEBGPU device (timestamp queries around the pass, training/tg.py's NativeWebGPU), not in a browser.

Runs on a GPU machine with tinygrad's WEBGPU device (Dawn) installed: `DEV=NULL python3 -m training.tune_native
--jobs cnn:256,small:256:scratch --seconds 400 --out $OUT` (DEV=NULL: the graph is scheduled without computing
anything, so no CPU compiler is needed there). A job
is model:batch (inference) or model:batch:scratch (the from-scratch training step). Kernel shapes do not depend on the
weights. It writes OUT/<id>/tuning.json: kernels/<id>/tuning.json with the job's "webgpu" entry (or "scratch"
"webgpu") replaced and "webgpu_measured" (where the times come from), the rest kept; it prints each job's kernel time
with tinygrad's heuristic, at the start and tuned. Copy the files into kernels/<id>/, then `make export`.
"""
import argparse
import functools
import os
import time
from pathlib import Path

from training import graph, tg, tune


class NativeTimer:
  """tune.Timer's interface: each candidate's WGSL compiled by Dawn, then `reps` dispatches of it in one compute pass
  between two timestamp queries (Dawn rounds timestamps, so one dispatch cannot be timed alone); ms per dispatch,
  the best of 3 passes. Needs the adapter's timestamp-query feature."""
  backend = "webgpu"

  def __init__(self, budget_ms: float = 1.5):
    self.gpu, self.budget = tg.NativeWebGPU(), budget_ms

  def time(self, cands: list[dict], sizes: list[int], budget_ms: float = 20) -> list[float | None]:
    bufs = [self.gpu.alloc(max(4, n)) for n in sizes]
    out, best = [], float("inf")
    try:
      for c in cands:
        try:
          pipe, bg, _keep = self.gpu.pipeline(c["src"], c["entry"], bufs)
          run = functools.partial(self.gpu.time_pass, pipe, bg, tuple(c["workgroups"]))  # run(reps) -> ms
          ms = max(run(8), 1e-4)  # a first estimate (also the warm-up)
          reps = int(min(1000, max(8, self.budget / ms)))
          ms = run(reps)
          if ms < 2 * best: ms = min(ms, *(run(reps) for _ in range(2)))
        except Exception as e:  # an illegal candidate for this GPU: not timed
          print(f"    candidate failed: {str(e)[:160]}")
          out.append(None)
          continue
        best = min(best, ms)
        out.append(ms)
    finally:
      for b in bufs: self.gpu.free(b, 4)
    return out


def tune_native(jobs: list[tuple[str, int, bool]], out: Path = graph.KERNELS, top: int = 99, seconds: float = 1e9,
                **search) -> None:
  """tune.tune_jobs with every candidate timed natively on this machine's GPU (see tune.tune_jobs)."""
  where = (f"NVIDIA H200 (GPU machine), native Dawn (Vulkan) through tinygrad {tg.VERSION}'s WEBGPU device, "
           f"timestamp queries around many dispatches; {time.strftime('%Y-%m-%d')}")
  tune.tune_jobs(jobs, "webgpu", NativeTimer, where, out, top, seconds, **search)


def main(argv=None):
  ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  tune.job_args(ap, os.environ.get("TUNE_OUT", str(graph.KERNELS)), jobs="cnn:256,small:256")
  a = ap.parse_args(argv)
  tune_native(tune.parse_jobs(a.jobs), Path(a.out), a.top, a.seconds, width=a.width, rounds=a.rounds)


if __name__ == "__main__":
  main()
