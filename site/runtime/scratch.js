// Training a model from random weights in the page: the exported from-scratch step (manifest.scratch,
// training/step.py: every layer, BatchNorm on batch statistics, Adam) on WebGPU or WebAssembly, and a run over MNIST
// that pauses, resumes, cancels and evaluates on the test set after each epoch.
//
//   const trainer = await loadTrainer('kernels/mlp/', {backend: 'auto', batch: 64});  // 'auto' | 'webgpu' | 'wasm'
//     trainer.backend, trainer.reason, trainer.batch, trainer.batches (what the export offers)
//   const run = new TrainingRun(trainer, {train, test, epochs: 3, lr: 1e-3, seed: 1, onProgress, onEpoch});
//     train/test: loadMnist()'s {images, labels, n}; onProgress({epoch, epochs, step, steps, loss, imagesPerS, etaS})
//     every `every` steps (the loss read back then); onEpoch({epoch, accuracy, ms}) after each test evaluation
//   await run.start()  -> {epochs, accuracy, history: {loss: [[step, loss]], accuracy: [[epoch, acc]]}, ms}
//     run.pause() / run.resume(): between steps; a paused and resumed run gives the same weights, bit for bit
//     run.cancel(): start() rejects with an Error named 'AbortError'; nothing the page holds changes
//   run.inferenceWeights() -> Uint8Array: the weights as the inference kernels read them (BatchNorm folded), a
//     safetensors file for model.loadWeights()
//   run.checkpoint() -> Uint8Array: a safetensors file with the keys of checkpoints/<id>.safetensors
//     (python -m training.evaluate --model <id> --checkpoint FILE)
//   trainer.dispose()
// TrainingRun, gather and shuffle live in trainingrun.js.
//
// Lower level (tests): trainer.init({seed, weights}), trainer.setLr(lr), trainer.step(x, y) (queued, no readback),
// await trainer.loss(), await trainer.read() -> {name: Uint8Array} of weights and optimizer state, trainer.write().
import {REASONS, checkBackend, race} from './auto.js';
import {GPUState, STAGING, encodePass, makeBuffer, requestDevice} from './gpu.js';
import {ioSizes, kernelSources, loadFiles} from './manifest.js';
import {resolveBase} from './net.js';
import {WasmStepProxy} from './remote.js';
import {prng} from './util.js';
import {KEEP, wasmSupported} from './wasm.js';

export {TrainingRun} from './trainingrun.js';

// The step on WebGPU: gpu.js's GPUState holds the kept buffers (weights and optimizer state); input, labels, loss
// and scratch are bound beside them. A step is queued (writeBuffer + one compute pass), never read back; loss() reads it.
class GPUStep {
  // `gpu` is requestDevice()'s result: its device is destroyed when this fails.
  static async create(files, entry, gpu, views) {
    try {
      const sources = await kernelSources(files, entry.kernels);
      const state = new GPUState(gpu, {id: files.manifest.id, kept: entry.buffers.filter((b) => KEEP.includes(b.role)), views});
      const s = Object.assign(new GPUStep(), {entry, state, backend: 'webgpu', adapter: gpu.info});
      const own = entry.buffers.filter((b) => !KEEP.includes(b.role));
      s.bound = await state.scoped(() => state.bind(own, entry.kernels, sources, 'scratch'), 'training');
      s.staging = makeBuffer(state.device, 4, STAGING(), 'loss');
      return s;
    } catch (e) {
      gpu.device.destroy();
      throw e;
    }
  }

  write(views) { this.state.writeWeights(views); }

  read() { return this.state.readWeights(); }

  step(x, y) {
    const {device} = this.state, {role, steps} = this.bound;
    device.queue.writeBuffer(role('input'), 0, x);
    device.queue.writeBuffer(role('labels'), 0, y);
    const enc = device.createCommandEncoder();
    encodePass(enc, steps);
    device.queue.submit([enc.finish()]);
  }

  async loss() {
    const {device} = this.state, enc = device.createCommandEncoder();
    enc.copyBufferToBuffer(this.bound.role('loss'), 0, this.staging, 0, 4);
    device.queue.submit([enc.finish()]);
    return new Float32Array(await this.state.read(this.staging, 4))[0];
  }

  get lost() { return this.state.lost; }

  dispose() {
    for (const b of [...this.bound.own, this.staging]) b.destroy();
    this.state.destroy();
  }
}

// Seeded initial values of the kept buffers, by the exporter's rules: uniform(-bound, bound) or a constant.
export function initialViews(scratch, entry, seed) {
  const rand = prng(seed), out = {};
  for (const b of entry.buffers.filter((u) => KEEP.includes(u.role))) {
    const rule = scratch.init[b.name], f = new Float32Array(b.bytes / 4);
    if (!rule) throw new Error(`manifest.scratch.init has no rule for "${b.name}": re-export the model`);
    if (rule.uniform !== undefined) for (let i = 0; i < f.length; i++) f[i] = (2 * rand() - 1) * rule.uniform;
    else f.fill(rule.fill);
    out[b.name] = new Uint8Array(f.buffer);
  }
  return out;
}

export async function loadTrainer(url, {backend = 'auto', batch = null, onStatus = null} = {}) {
  checkBackend(backend);
  const files = await loadFiles(resolveBase(url, 'a model')), sc = files.manifest.scratch;
  if (!sc?.batches?.length) throw new Error(`model ${files.manifest.id} has no from-scratch training step: re-export it (python -m training.export)`);
  const batches = sc.batches.map((b) => b.batch);
  const entry = batch === null ? sc.batches[0] : sc.batches.find((b) => b.batch === batch);
  if (!entry) throw new Error(`the ${files.manifest.id} model trains in batches of ${batches.join(' or ')}, not ${batch}`);
  const trainer = new Trainer(files, entry);
  await trainer.open(backend, onStatus ?? (() => {}));
  return trainer;
}

const perStep = (v) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms a step`;

class Trainer {
  constructor(files, entry) {
    Object.assign(this, {files, entry, id: files.manifest.id, scratch: files.manifest.scratch, batch: entry.batch});
    this.batches = this.scratch.batches.map((b) => b.batch);
    [this.inSize] = ioSizes(files.manifest);
  }

  get backend() { return this.impl.backend; }
  get lost() { return this.impl.lost; }

  async cpu() {
    const w = new WasmStepProxy(this.files, this.entry);
    await w.ready;
    return w;
  }

  // `status(text)` says what happens now (preparing kernels, timing the backends) for the page's status line.
  async open(backend, status) {
    const views = initialViews(this.scratch, this.entry, 0);
    status('preparing the training kernels…');
    if (backend === 'wasm') return this.use(await this.cpu(), 'WebAssembly on the CPU (chosen)');
    if (backend === 'webgpu') return this.use(await GPUStep.create(this.files, this.entry, await requestDevice(), views), 'WebGPU on the GPU (chosen)');
    if (!globalThis.navigator?.gpu) return this.use(await this.cpu(), REASONS.noWebGPU);
    let gpu;
    try {
      gpu = await requestDevice();
    } catch (e) {
      return this.use(await this.cpu(), REASONS.failed(e));
    }
    if (!wasmSupported()) return this.use(await GPUStep.create(this.files, this.entry, gpu, views), REASONS.noSimd);
    if (gpu.info.isFallbackAdapter) {  // a software GPU is the same CPU, slower: timing it would only delay the start
      gpu.device.destroy();
      return this.use(await this.cpu(), REASONS.software);
    }
    return this.choose(gpu, views, status);
  }

  // auto.js's rule on a real GPU: the CPU's step starts in its worker at once (one step to warm up, one timed) while
  // the GPU's is built and timed (one step to warm up, three timed); the CPU then has SLACK times the GPU's step time
  // (at least 0.1 s) to finish, else its worker is ended mid-step.
  async choose(gpu, views, status) {
    const w = new WasmStepProxy(this.files, this.entry), t0 = performance.now();
    let built = null, g = null;  // when the CPU's kernels were ready (for the reason); the GPU's step
    const cpu = w.ready.then(() => { built = performance.now() - t0; return timeSteps(w, this, 1); });
    status('preparing the training kernels on WebGPU and WebAssembly…');
    const timed = GPUStep.create(this.files, this.entry, gpu, views).then((s) => { g = s; return timeSteps(s, this); });
    const v = await race({gpu: timed, cpu, floor: 100, say: perStep,
                          onGpu: (tg) => status(`choosing the backend: WebGPU ${perStep(tg)}; timing WebAssembly…`),
                          late: () => `no step done in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
                            (built === null ? ', its kernels not ready yet' : ` (kernels ready after ${(built / 1000).toFixed(1)} s)`)});
    if (v.backend === 'webgpu') {
      w.dispose();
      return this.use(g, v.reason);
    }
    g?.dispose();
    if (v.error) {  // the GPU failed (a kernel rejected, the device lost): the CPU, if it works
      try {
        await w.ready;
      } catch {
        w.dispose();
        throw v.error;
      }
    }
    return this.use(w, v.reason);
  }

  use(impl, reason) {
    Object.assign(this, {impl, reason});
    this.init({seed: 0});
    return this;
  }

  // Fresh weights (seeded, or `weights`: {name: Uint8Array} of the kept buffers) and optimizer state.
  init({seed = 0, weights = null} = {}) {
    this.impl.write(weights ?? initialViews(this.scratch, this.entry, seed));
  }

  setLr(lr) {
    if (!(lr > 0 && lr < 1)) throw new Error(`the learning rate must be between 0 and 1, got ${lr}`);
    this.impl.write({lr: new Uint8Array(new Float32Array([lr]).buffer)});
  }

  step(x, y) { return this.impl.step(x, y); }  // WASM: a promise of the step done
  loss() { return this.impl.loss(); }
  read() { return this.impl.read(); }
  write(views) { this.impl.write(views); }

  // After a device loss: a new device with these kept buffers (the last finished epoch's).
  async recover(views) {
    this.impl.dispose();
    this.impl = await GPUStep.create(this.files, this.entry, await requestDevice(), views);
  }

  dispose() { this.impl?.dispose(); }
}

async function timeSteps(impl, trainer, n = 3) {
  const x = new Float32Array(trainer.batch * trainer.inSize).fill(0.5), y = new Int32Array(trainer.batch);
  await impl.step(x, y);
  await impl.loss();
  const t0 = performance.now(), queued = [];
  for (let i = 0; i < n; i++) queued.push(impl.step(x, y));
  await Promise.all(queued);
  await impl.loss();
  return (performance.now() - t0) / n;
}

