// 'auto': which backend runs, chosen by one rule for a model (runtime.js) and for a from-scratch training step
// (scratch.js). Where WebGPU exists and is a real GPU, its kernels are built and timed on this machine while
// WebAssembly, in its own worker, is timed on the same work. The CPU gets a bounded chance: once it is SLACK times
// behind the GPU it has lost and is not waited for (a CNN's training step takes seconds on a CPU; kernels tuned for a
// real GPU run tens of times slower on a software adapter). The faster is kept; a tie keeps the CPU, which needs no
// switch. `reason` says both times, in words for a visitor. A GPU that fails while it is built or timed leaves the
// CPU, and the reason says why.
//
// What each caller times is its own (runtime.js timeBoth: runs alternated on the page's model, which must stay
// usable; scratch.js timeSteps: steps, the CPU's in a worker that a lost race ends mid-step, so that the choice
// never waits on it and the page never freezes).
export const SLACK = 10;

const BACKENDS = ['auto', 'webgpu', 'wasm'];
export function checkBackend(backend) {
  if (!BACKENDS.includes(backend)) throw new Error(`unknown backend "${backend}" (${BACKENDS.join(' | ')})`);
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

export const REASONS = {
  noWebGPU: 'WebAssembly on the CPU: this browser has no WebGPU',
  noSimd: 'WebGPU: this browser lacks WebAssembly SIMD for the CPU path',
  software: 'WebAssembly on the CPU: WebGPU here is a software renderer',
  noAdapter: 'WebAssembly on the CPU: this browser gives WebGPU no GPU adapter',
  failed: (e) => (e.name === 'NoAdapterError' ? REASONS.noAdapter
    : `WebAssembly on the CPU: WebGPU failed here (${e.message})`),
};

// gpu: a promise of WebGPU's time (its build included: a rejection is WebGPU failing here).
// cpu: a promise of WebAssembly's time on the same work, under way already.
// say(ms): a time in words. late(): what the CPU had done when its chance ran out. floor: the least chance it gets
// once the GPU's time is known (ms). onGpu(ms): the GPU's time is known. software(): the GPU is a software renderer.
// -> {backend: 'webgpu' | 'wasm', reason, ms: {webgpu, wasm | null} | null, error: the GPU's failure, if it failed}
export async function race({gpu, cpu, say, late = () => 'no result yet', floor = 0, onGpu = null,
                            software = () => false}) {
  cpu.catch(() => {});  // a CPU that fails only loses
  let tg;
  try {
    tg = await gpu;
  } catch (error) {
    return {backend: 'wasm', reason: REASONS.failed(error), ms: null, error};
  }
  onGpu?.(tg);
  const tw = await Promise.race([cpu, sleep(Math.max(SLACK * tg, floor)).then(() => null)]).catch((e) => e);
  const ms = {webgpu: tg, wasm: typeof tw === 'number' ? tw : null};
  if (ms.wasm !== null && ms.wasm <= tg) {
    const soft = software() ? ' (WebGPU here is a software renderer)' : '';
    return {backend: 'wasm', ms,
            reason: `WebAssembly on the CPU: faster here than WebGPU (${say(tw)} vs ${say(tg)})${soft}`};
  }
  const vs = ms.wasm !== null ? ` vs ${say(tw)} on the CPU`
    : `; WebAssembly on the CPU: ${tw instanceof Error ? `failed (${tw.message})` : late()}`;
  return {backend: 'webgpu', ms, reason: `WebGPU on the GPU: faster here (${say(tg)}${vs})`};
}
