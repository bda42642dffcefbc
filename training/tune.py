"""Kernel tuning where the kernels run: tinygrad's optimisation search, each candidate timed in headless Chromium.

tinygrad's BEAM search times kernels on the device it renders for, and neither WebGPU nor WebAssembly is a tinygrad
device here. So the candidates of each round are timed in the browser: WGSL on its WebGPU, C compiled to one wasm
module per round (V8's code generation is what runs on the page). The chosen steps go into kernels/<id>/tuning.json
({backend: {batch: [...]}}), which every later export reuses (weights do not change the kernels' shapes).

  python -m training.tune --model cnn                                  # both backends, the inference variants
  python -m training.tune --model cnn --backend wasm                   # one backend
  python -m training.tune --backend wasm --jobs small:64:scratch --top 4  # chosen schedules, the 4 slowest kernels
  python -m training.export --model cnn                                # then export with the choice

training/tune_native.py runs the same search (tune_jobs) with each WGSL candidate timed natively on a GPU.
"""
import argparse
import base64
import contextlib
import json
import os
import time
from pathlib import Path

from training import browser, graph, models, step, tg, wasm, wgsl

WGSL_JS = """async ([cands, sizes, budget]) => {
  if (!window.tuneDevice) window.tuneDevice = await (await navigator.gpu.requestAdapter()).requestDevice();
  const dev = window.tuneDevice, stage = GPUShaderStage.COMPUTE;
  const entries = [{binding: 0, visibility: stage, buffer: {type: 'uniform'}}];
  sizes.forEach((_, i) => entries.push({binding: i + 1, visibility: stage, buffer: {type: 'storage'}}));
  const bgl = dev.createBindGroupLayout({entries});
  const layout = dev.createPipelineLayout({bindGroupLayouts: [bgl]});
  const mk = (size, usage) => dev.createBuffer({size, usage: usage | GPUBufferUsage.COPY_DST});
  const inf = mk(4, GPUBufferUsage.UNIFORM);
  dev.queue.writeBuffer(inf, 0, new Float32Array([Infinity]));
  const bufs = sizes.map((n) => mk(n, GPUBufferUsage.STORAGE));
  const noise = (n) => Float32Array.from({length: n / 4}, () => Math.random() - 0.5);
  bufs.forEach((b, i) => dev.queue.writeBuffer(b, 0, noise(sizes[i])));
  const bg = dev.createBindGroup({layout: bgl, entries: [{binding: 0, resource: {buffer: inf}},
    ...bufs.map((b, i) => ({binding: i + 1, resource: {buffer: b}}))]});
  const out = [];
  let best = Infinity;
  for (const c of cands) {
    let p;
    try {
      const module = dev.createShaderModule({code: c.src});
      p = await dev.createComputePipelineAsync({layout, compute: {module, entryPoint: c.entry}});
    } catch (e) { out.push(null); continue; }
    const run = async (n) => {
      const t = performance.now(), enc = dev.createCommandEncoder(), pass = enc.beginComputePass();
      pass.setPipeline(p); pass.setBindGroup(0, bg);
      for (let i = 0; i < n; i++) pass.dispatchWorkgroups(...c.workgroups);
      pass.end(); dev.queue.submit([enc.finish()]); await dev.queue.onSubmittedWorkDone();
      return (performance.now() - t) / n;
    };
    let ms = await run(1);  // the first run: a candidate far slower than the best so far gets no more
    if (ms < 3 * best) {
      ms = await run(1);
      const n = Math.max(2, Math.min(50, Math.ceil(budget / ms)));
      for (let r = 0; r < 3; r++) ms = Math.min(ms, await run(n));
    }
    best = Math.min(best, ms);
    out.push(ms);
  }
  bufs.forEach((b) => b.destroy()); inf.destroy();
  return out;
}"""

# One module holds every candidate of a round (exports c0, c1, …), all called on the same buffers at the offsets
# wasm.place gives (as the exported model lays out its own).
WASM_JS = """async ([b64, n, offsets, base, at, budget]) => {
  const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
  const memory = new WebAssembly.Memory({initial: Math.ceil(at / 65536)});
  const {instance} = await WebAssembly.instantiate(bytes, {env: {memory}});
  const f = new Float32Array(memory.buffer);
  for (let i = base / 4; i < at / 4; i++) f[i] = Math.random() - 0.5;
  const out = [];
  let best = Infinity;
  for (let c = 0; c < n; c++) {
    const k = instance.exports[`c${c}`];
    const total = (reps) => {
      const t = performance.now();
      for (let i = 0; i < reps; i++) k(...offsets);
      return performance.now() - t;
    };
    let ms = total(1);  // performance.now() is coarse (0.1 ms): time enough calls to fill the budget
    if (ms < 3 * best) {
      let reps = 1;
      while (total(reps) < budget && reps < 1e6) reps *= 4;
      ms = Infinity;
      for (let r = 0; r < 3; r++) ms = Math.min(ms, total(reps) / reps);
    }
    best = Math.min(best, ms);
    out.push(ms);
  }
  return out;
}"""


class Timer:
  """Times candidate kernels in one headless Chromium page, for one backend."""
  def __init__(self, page, backend: str):
    self.page, self.backend = page, backend

  def time(self, cands: list[dict], sizes: list[int], budget_ms: float = 20) -> list[float | None]:
    if self.backend == "webgpu": return self.page.evaluate(WGSL_JS, [cands, sizes, budget_ms])
    srcs = [wasm.as_export(c["src"], c["fn"], f"c{i}") for i, c in enumerate(cands)]
    try:
      data = wasm.compile_module(srcs)
    except RuntimeError:  # a bad candidate: time the others, each in a module of its own
      return [None] if len(cands) == 1 else [self.time([c], sizes, budget_ms)[0] for c in cands]
    offsets, end = wasm.place(sizes)
    args = [base64.b64encode(data).decode(), len(cands), offsets, wasm.BASE, end, budget_ms]
    return self.page.evaluate(WASM_JS, args)


CANDIDATE = {"webgpu": wgsl.candidate, "wasm": wasm.candidate}
RENDERER = {"webgpu": wgsl.renderer, "wasm": wasm.renderer}


def tune_kernel(call, backend: str, timer: Timer, width: int = 4, rounds: int = 6, patience: int = 3,
                render=None) -> dict:
  """Beam search over tinygrad's optimisation steps. Seeds: tinygrad's heuristic, and no steps at all when the
  heuristic's kernel is quick (an unoptimised big kernel would take minutes to time). `render(list of opts)` makes
  the candidates (default: one by one here; training/tune_native.py renders them in worker processes)."""
  cand = CANDIDATE[backend]
  render = render or (lambda many: [cand(call, o) for o in many])
  k = tg.scheduler(call, RENDERER[backend]())
  info, _, args = tg.program(call, RENDERER[backend]())
  sizes = [graph.buffer_entry("", a, "")["bytes"] for a in args]
  hand = tg.heuristic(k)
  seen, best, stale = {}, float("inf"), 0

  def measure(todo: dict) -> int:
    keys = list(todo)
    for o, ms in zip(keys, timer.time([todo[o] for o in keys], sizes), strict=True):
      if ms is not None: seen[o] = ms
    return len(keys)

  measure({hand: cand(call, hand)})
  if seen.get(hand, 0) < 20 and (c := cand(call, ())): measure({(): c})
  if not tg.next_steps(k, hand):  # the heuristic's upcasts leave no step to add: start from its shorter prefixes too
    measure({p: c for j in range(1, len(hand)) if (c := cand(call, p := hand[:j]))})
  for r in range(1, rounds + 1):
    steps = {}
    for opts in sorted(seen, key=seen.get)[:width]:
      steps.update({o: None for o in tg.next_steps(k, opts) if o not in seen})
    todo = {o: c for o, c in zip(steps, render(list(steps)), strict=True) if c}
    n = measure(todo)
    top = min(seen, key=seen.get)
    print(f"  {backend} {(info.function_name if r == 1 else ''):>24} round {r}: {n} timed, best {seen[top]:.4f} ms"
          f" (heuristic {seen.get(hand, float('nan')):.4f})")
    stale = stale + 1 if seen[top] > 0.97 * best else 0
    best = min(best, seen[top])
    if not n or stale >= patience: break
  top = min(seen, key=seen.get)
  return {"opts": [tg.opt_json(o) for o in top], "ms": seen[top], "heuristic_ms": seen.get(hand)}


CALLS: list = []  # every kernel call of a tune_jobs run, filled before the render workers are forked (they read it)


def _render(job: tuple) -> tuple:
  """In a worker process: one candidate for `backend` (opts None: tinygrad's heuristic) and, for the heuristic, the
  byte sizes of its buffers."""
  i, opts, backend = job
  c = CANDIDATE[backend](CALLS[i], opts)
  sizes = [graph.buffer_entry("", a, "")["bytes"] for a in tg.program(CALLS[i], RENDERER[backend]())[2]] \
    if opts is None else None
  return c, sizes


def schedule(model_id: str, b: int, scratch: bool) -> list:
  """The kernel calls of a model's inference at batch b, or of its from-scratch training step (training/step.py)."""
  spec = models.REGISTRY[model_id]
  if not scratch: return graph.trace(graph.load(model_id, None), b, spec)[0]
  return step.schedule(step.Step(step.scratch_model(model_id), step.SCRATCH, scratch=True), b, spec)[0]


def tune_jobs(jobs: list[tuple[str, int, bool]], backend: str, make_timer, where: str, out: Path = graph.KERNELS,
              top: int = 99, seconds: float = 1e9, **search) -> None:
  """Each job (model, batch, scratch) in order: every kernel's starting point timed (tinygrad's heuristic, and the
  committed choice if there is one: the faster stays), then the `top` slowest beam-searched, slowest first.
  OUT/<id>/tuning.json is rewritten after each kernel and nothing new is started after `seconds`, so a run cut off
  keeps what it finished. Inference: tuning.json[backend][batch]; the training step: ["scratch"][backend][batch]
  (None: tinygrad's heuristic, which the export then keeps). Candidates are rendered in a pool of worker processes
  (tinygrad's code generation is the slow part); make_timer() is called after the pool is forked."""
  import multiprocessing
  t_end, plan = time.time() + seconds, []
  for model_id, b, scratch in jobs:
    calls = schedule(model_id, b, scratch)
    plan.append((model_id, b, scratch, len(CALLS), calls))
    CALLS.extend(calls)
  pool = multiprocessing.get_context("fork").Pool(os.cpu_count())  # before the timer starts any thread
  timer, results = make_timer(), {}
  for model_id, b, scratch, base, calls in plan:
    result = results.setdefault(model_id, graph.load_tuning(out / model_id)  # an earlier run's, else the committed
                                or graph.load_tuning(graph.KERNELS / model_id))  # (other entries are kept)
    table = result.setdefault("scratch", {}) if scratch else result
    table.setdefault(f"{backend}_measured", {})[str(b)] = where
    save = lambda m=model_id, r=result: (out / m).mkdir(parents=True, exist_ok=True) or (  # noqa: E731
      out / m / "tuning.json").write_text(json.dumps(r, indent=1) + "\n")
    tune_job(f"{model_id} {'scratch' if scratch else 'inference'} batch {b}", calls, base, table, b, backend, pool,
             timer, save, top, t_end, search)
  pool.close()


def tune_job(name: str, calls: list, base: int, table: dict, b: int, backend: str, pool, timer, save, top: int,
             t_end: float, search: dict) -> None:
  """One schedule's kernels: table[backend][b] gets one entry per kernel ({opts, ms, heuristic_ms}, or None for
  tinygrad's heuristic); save() after each kernel."""
  t0, n = time.time(), len(calls)
  old = tg.tuned_for(table, backend, b, n) or [None] * n
  first = pool.map(_render, [(base + i, None, backend) for i in range(n)])
  hand = [timer.time([c], sizes)[0] or 0.0 for c, sizes in first]
  tuned = table.setdefault(backend, {})[str(b)] = []
  for i, k in enumerate(old):  # a committed choice (tuned elsewhere, e.g. on SwiftShader) stays only if faster here
    ms = timer.time([CANDIDATE[backend](calls[i], [tg.opt_from_json(j) for j in k["opts"]])], first[i][1])[0] \
      if k else None
    tuned.append(dict(k, ms=ms, heuristic_ms=hand[i]) if ms and ms < hand[i] else None)
  now = lambda: sum(k["ms"] if k else hand[i] for i, k in enumerate(tuned))  # noqa: E731
  start = now()
  save()
  for i in sorted(range(n), key=lambda i: -(tuned[i]["ms"] if tuned[i] else hand[i]))[:top]:
    if time.time() > t_end:
      print(f"  out of time: {name} stops before kernel {i}", flush=True)
      break
    render = lambda many, j=base + i: [c for c, _ in pool.map(  # noqa: E731
      _render, [(j, o, backend) for o in many], chunksize=4)]
    best = tune_kernel(calls[i], backend, timer, render=render, **search)
    if not tuned[i] or best["ms"] < tuned[i]["ms"]: tuned[i] = dict(best, heuristic_ms=hand[i])
    save()
  print(f"{name}: {backend} kernel time {sum(hand):.4f} ms with tinygrad's heuristic, {start:.4f} at the start, "
        f"{now():.4f} tuned ({n} kernels, {time.time() - t0:.0f} s)", flush=True)


def job_args(ap: argparse.ArgumentParser, out: str, jobs: str | None = None) -> None:
  """The options of a tune_jobs run (this CLI's and training/tune_native.py's); jobs: the default."""
  ap.add_argument("--jobs", default=jobs, help="model:batch for inference, model:batch:scratch for the from-scratch "
                  "training step; in order")
  ap.add_argument("--top", type=int, default=99, help="per job, how many of the slowest kernels to tune")
  ap.add_argument("--seconds", type=float, default=1e9, help="start no kernel's search after this many seconds")
  ap.add_argument("--width", type=int, default=4, help="beam width of the search")
  ap.add_argument("--rounds", type=int, default=6, help="most optimisation steps added by the search")
  ap.add_argument("--out", default=out)


def parse_jobs(text: str) -> list[tuple[str, int, bool]]:
  return [(j.split(":")[0], int(j.split(":")[1]), j.endswith(":scratch")) for j in text.split(",")]


def main(argv=None):
  """Tune kernels here, each candidate timed in this machine's headless Chromium.

  The WGSL on Chromium's WebGPU, the C as WebAssembly in V8; then `python -m training.export --model <id>` (or
  `make export`) renders the kernels with the choice."""
  ap = argparse.ArgumentParser(description=main.__doc__.splitlines()[0])
  ap.add_argument("--model", choices=list(models.REGISTRY), help="tune this model's inference variants (--batches)")
  ap.add_argument("--batches", default=",".join(map(str, graph.BATCHES)), help="with --model: the batch variants")
  ap.add_argument("--backend", default="webgpu,wasm", help="webgpu, wasm or both, comma-separated")
  job_args(ap, str(graph.KERNELS))
  a = ap.parse_args(argv)
  if bool(a.model) == bool(a.jobs): ap.error("give --model or --jobs (one of them)")
  if bad := set(a.backend.split(",")) - set(CANDIDATE): ap.error(f"unknown backend {', '.join(sorted(bad))}")
  jobs = [(a.model, int(b), False) for b in a.batches.split(",")] if a.model else parse_jobs(a.jobs)
  where = f"headless Chromium on this machine ({os.cpu_count()} CPU cores); {time.strftime('%Y-%m-%d')}"
  site = str(graph.ROOT / "site")
  for backend in a.backend.split(","):
    with contextlib.ExitStack() as stack:  # the browser starts after the render workers are forked
      def timer(stack=stack, backend=backend) -> Timer:
        return Timer(stack.enter_context(browser.served_page(site, "runtime/test.html?bench")), backend)
      tune_jobs(jobs, backend, timer, where, Path(a.out), a.top, a.seconds, width=a.width, rounds=a.rounds)


if __name__ == "__main__":
  main()
