// The runtime for the kernels that training/export.py writes. Generic: it knows only the manifest.
//
//   const model = await loadModel('kernels/cnn/', {backend: 'auto'});   // 'auto' | 'webgpu' | 'wasm'
//     option `after` (auto): a promise to wait for before timing WebGPU (a page starting up passes its 'ready')
//   const logits = await model.run(x);   // Float32Array(784 * n) in [0, 1] -> Float32Array(10 * n)
//   model.backend   'webgpu' | 'wasm': what runs the model now
//   model.reason    why, in words for a visitor
//   model.adapter   {vendor, architecture, description, isFallbackAdapter} on WebGPU, else null
//   model.decided   (auto) a Promise of {backend, reason, ms: {webgpu, wasm}} once the choice is measured
//   model.replicas(n)   (WebAssembly) n copies in workers of their own, with the current weights (score() spreads
//                       an evaluation over the cores with them; the caller disposes them); [] on WebGPU
//   model.dispose()
//
// Teaching (teach.js; a model exported with a Teach step, manifest.teach):
//   const replay = await loadSamples('kernels/replay.safetensors');    // {x: Uint8Array(n * 784), y: Uint8Array(n), n}
//   pixels(sample, i, n)  -> Float32Array(n * 784) in [0, 1]: images i .. i + n of a sample, as run() takes them
//   const {steps, loss, ms} = await model.teach([{x: Float32Array(784), label: 7}, …],
//                                               {steps, replay, onProgress: ({step, steps, loss}) => …, signal});
//     runs the exported step on the live weights (the next run uses them); a `share` of each batch (default 0.25)
//     is the examples, the rest replay images; cancelled by the AbortSignal: rejects with an Error named 'AbortError', weights as before
//   await model.weights()            -> Uint8Array: the current weights as a safetensors file
//   await model.loadWeights(bytes)   checked in full first: a bad file throws and changes nothing
//   await model.resetWeights()       the shipped weights, bit for bit
//
// Training from scratch (scratch.js; manifest.scratch): loadTrainer(url, {backend, batch}) and
// new TrainingRun(trainer, {train, test, epochs, lr, seed, onProgress, onEpoch}): see scratch.js.
//
// Backends: 'webgpu' (webgpu.js: the WGSL kernels, on the page's thread: the GPU works while the page waits on
// promises) and 'wasm' (wasm.js: the same schedule as C compiled to WebAssembly SIMD, run in a worker of its own:
// remote.js). 'auto' starts on wasm at once (ready in milliseconds), then, where WebGPU exists, builds the
// WebGPU model in the background, times both on this model and keeps the faster: `backend` switches when
// `decided` settles. Without WebGPU it stays on wasm; without WebAssembly SIMD it uses WebGPU alone.
// Errors are thrown as Error with a message a person can act on (see manifest.js, gpu.js, wasm.js). Every loader
// refuses a URL on another origin (net.js resolveBase).
import {REASONS, SLACK, checkBackend, race} from './auto.js';
import {loadFiles} from './manifest.js';
import {resolveBase} from './net.js';
import {wasmSupported} from './wasm.js';
import {wasmModel} from './remote.js';
import {loadSamples, pixels, score} from './teach.js';
import {serial} from './util.js';
import {loadWebGPU, requestDevice} from './webgpu.js';

export {loadSamples, pixels, requestDevice, score};
export {loadMnist} from './remote.js';  // mnist.js's, run in a worker
export {loadTrainer, TrainingRun} from './scratch.js';

export async function loadModel(url, {backend = 'auto', after = null} = {}) {
  checkBackend(backend);
  const base = resolveBase(url, 'a model');
  if (backend === 'webgpu') {
    const [gpu, files] = await Promise.allSettled([requestDevice(), loadFiles(base)]);
    if (gpu.status === 'rejected') throw gpu.reason;
    if (files.status === 'rejected') { gpu.value.device.destroy(); throw files.reason; }
    return named(await loadWebGPU(files.value, gpu.value), 'WebGPU on the GPU (chosen)');
  }
  const files = await loadFiles(base);
  if (backend === 'wasm') return named(await wasmModel(files), 'WebAssembly on the CPU (chosen)');
  if (!wasmSupported()) return named(await loadWebGPU(files, await requestDevice()), REASONS.noSimd);
  return new AutoModel(await wasmModel(files), files, after);
}

function named(model, reason) { return Object.assign(model, {reason}); }

// Median time of one batch-1 run, alternating the two models so that both see the same machine load. When the
// second warm-up round already shows one SLACK times slower than the other (kernels tuned for a real GPU on a
// CPU-emulated adapter), that round decides: timing seven more would only load the machine.
async function timeBoth(a, b, inSize, runs = 7) {
  const x = new Float32Array(inSize);
  for (let i = 0; i < inSize; i++) x[i] = (i * 7919 % 255) / 255;
  const t = [[], []];
  for (let r = -2; r < runs; r++) {
    const round = [];
    for (const m of [a, b]) {
      const t0 = performance.now();
      await m.run(x);
      round.push(performance.now() - t0);
    }
    if (r === -1 && Math.max(...round) > SLACK * Math.min(...round)) return round;
    if (r >= 0) round.forEach((v, i) => t[i].push(v));
  }
  return t.map((s) => s.sort((u, v) => u - v)[s.length >> 1]);
}

class AutoModel {
  constructor(wasm, files, after) {
    Object.assign(this, {current: wasm, id: wasm.id, inSize: wasm.inSize, outSize: wasm.outSize});
    this.reason = 'WebAssembly on the CPU (measuring WebGPU…)';
    this.decided = Promise.resolve(after).then(() => this.decide(files))
      .catch((e) => this.settle(wasm, REASONS.failed(e)));
  }

  get backend() { return this.current.backend; }
  get adapter() { return this.current.adapter; }
  get device() { return this.current.device; }
  get deviceLosses() { return this.current.deviceLosses; }

  // auto.js's rule, in the background: WebGPU built and timed against the model already running on WebAssembly.
  async decide(files) {
    const wasm = this.current;
    if (!globalThis.navigator?.gpu) return this.settle(wasm, REASONS.noWebGPU);
    let gpu = null;
    const times = (async () => {
      gpu = this.pending = await loadWebGPU(files, await requestDevice());
      if (this.disposed) gpu.dispose();
      return timeBoth(gpu, wasm, this.inSize);
    })();
    const v = await race({gpu: times.then(([tg]) => tg), cpu: times.then(([, tw]) => tw),
                          say: (ms) => `${ms.toFixed(1)} ms`, software: () => gpu.adapter.isFallbackAdapter});
    this.pending = null;
    if (v.backend === 'webgpu') {  // after any learning run or weight change in flight; the current weights go along
      return this.exclusive(async () => {
        gpu.writeWeights(await wasm.readWeights());
        wasm.dispose();
        return this.settle(gpu, v.reason, v.ms);
      });
    }
    gpu?.dispose();
    return this.settle(wasm, v.reason, v.ms);
  }

  settle(model, reason, ms = null) {
    Object.assign(this, {current: model, reason});
    return {backend: model.backend, reason, ms};
  }

  run(x) {
    if (this.disposed) return Promise.reject(new Error('model.run after model.dispose()'));
    return this.current.run(x);
  }

  // Teaching goes to the current backend, one call at a time, never across a switch of backend.
  exclusive(fn) {
    this.lock ??= serial();
    return this.lock(() => fn(this.current));
  }

  replicas(n) { return this.current.replicas?.(n) ?? Promise.resolve([]); }

  teach(examples, opts) { return this.exclusive((m) => m.teach(examples, opts)); }
  weights() { return this.exclusive((m) => m.weights()); }
  loadWeights(bytes) { return this.exclusive((m) => m.loadWeights(bytes)); }
  resetWeights() { return this.exclusive((m) => m.resetWeights()); }

  dispose() {
    this.disposed = true;
    this.current.dispose();
    this.pending?.dispose();
  }
}
