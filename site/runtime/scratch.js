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
//
// Lower level (tests): trainer.init({seed, weights}), trainer.setLr(lr), trainer.step(x, y) (queued, no readback),
// await trainer.loss(), await trainer.read() -> {name: Uint8Array} of weights and optimizer state, trainer.write().
import {beside, encodeTensors, fetchOk, loadFiles, prng, turn} from './files.js';
import {abortError, score} from './teach.js';
import {GPUState, encodePass, loadWebGPU, requestDevice} from './webgpu.js';
import {KEEP, wasmSupported} from './wasm.js';
import {WasmStepProxy, wasmModel} from './remote.js';

export {prng};  // the bench page draws the same shuffles

const CANCELLED = 'training cancelled: the models on this page are as they were';

// The step on WebGPU: webgpu.js's GPUState holds the kept buffers as its "weights"; input, labels, loss and scratch
// are bound beside them. A step is queued (writeBuffer + one compute pass), never read back; loss() reads it.
class GPUStep {
  // `gpu` is requestDevice()'s result: its device is destroyed when this fails.
  static async create(files, entry, gpu, views) {
    try {
      const where = new URL('manifest.json', files.base).href;
      const names = [...new Set(entry.kernels.map((k) => k.file))];
      const texts = await Promise.all(names.map(async (f) => (await fetchOk(beside(files.base, f, where), 'kernel')).text()));
      const kept = entry.buffers.filter((b) => KEEP.includes(b.role));
      const state = new GPUState(gpu, {manifest: {id: files.manifest.id, weights: {buffers: kept}}, weights: views,
                                       sources: Object.fromEntries(names.map((f, i) => [f, texts[i]]))});
      const s = Object.assign(new GPUStep(), {entry, state, backend: 'webgpu', adapter: gpu.info});
      s.bound = await state.scoped(() => state.bind(entry.buffers.filter((b) => !KEEP.includes(b.role)), entry.kernels, 'scratch'), 'training');
      s.staging = state.device.createBuffer({size: 4, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, label: 'loss'});
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
  if (!['auto', 'webgpu', 'wasm'].includes(backend)) throw new Error(`unknown backend "${backend}" (auto | webgpu | wasm)`);
  const base = new URL(url.endsWith('/') ? url : `${url}/`, globalThis.location?.href).href;
  const files = await loadFiles(base), sc = files.manifest.scratch;
  if (!sc?.batches?.length) throw new Error(`model ${files.manifest.id} has no from-scratch training step: re-export it (python -m training.export)`);
  const batches = sc.batches.map((b) => b.batch);
  const entry = batch === null ? sc.batches[0] : sc.batches.find((b) => b.batch === batch);
  if (!entry) throw new Error(`the ${files.manifest.id} model trains in batches of ${batches.join(' or ')}, not ${batch}`);
  const trainer = new Trainer(files, entry);
  await trainer.open(backend, onStatus ?? (() => {}));
  return trainer;
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });
const perStep = (v) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms a step`;

class Trainer {
  constructor(files, entry) {
    Object.assign(this, {files, entry, id: files.manifest.id, scratch: files.manifest.scratch, batch: entry.batch});
    this.batches = this.scratch.batches.map((b) => b.batch);
    this.inSize = files.manifest.input.shape.reduce((a, d) => a * d, 1);
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
    if (!globalThis.navigator?.gpu) return this.use(await this.cpu(), 'WebAssembly on the CPU: this browser has no WebGPU');
    let gpu;
    try {
      gpu = await requestDevice();
    } catch (e) {
      return this.use(await this.cpu(), `WebAssembly on the CPU: ${e.message}`);
    }
    if (gpu.info.isFallbackAdapter || !wasmSupported()) {
      if (wasmSupported()) {
        gpu.device.destroy();
        return this.use(await this.cpu(), 'WebAssembly on the CPU: WebGPU here is a software renderer');
      }
      return this.use(await GPUStep.create(this.files, this.entry, gpu, views), 'WebGPU: this browser lacks WebAssembly SIMD');
    }
    return this.race(gpu, views, status);
  }

  // A real GPU and a CPU: the CPU's step starts in its worker at once (one step to warm up, one timed) while the GPU
  // is built and timed (one step to warm up, three timed). The CPU then gets 10x the GPU's step time (at least
  // 0.1 s) more to finish: a CPU that has lost by 10x is never waited for (a CNN step takes ~30 s there).
  async race(gpu, views, status) {
    const w = new WasmStepProxy(this.files, this.entry), t0 = performance.now();
    let built = null;  // when the CPU's kernels were ready (for the reason)
    const cpu = w.ready.then(() => { built = performance.now() - t0; return timeSteps(w, this, 1); });
    cpu.catch(() => {});  // a CPU that fails only loses the race
    let g;
    try {
      status('preparing the training kernels on WebGPU and WebAssembly…');
      g = await GPUStep.create(this.files, this.entry, gpu, views);
      const tg = await timeSteps(g, this);
      status(`choosing the backend: WebGPU ${perStep(tg)}; timing WebAssembly…`);
      const limit = Math.max(10 * tg, 100);
      const tw = await Promise.race([cpu, sleep(limit).then(() => null)]).catch((e) => e);
      if (typeof tw === 'number' && tw < tg) {
        g.dispose();
        return this.use(w, `WebAssembly on the CPU: faster here than WebGPU (${perStep(tw)} vs ${perStep(tg)})`);
      }
      w.dispose();
      const cpuSays = typeof tw === 'number' ? perStep(tw) : tw instanceof Error ? `failed (${tw.message})`
        : `no step done in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
          (built === null ? ', its kernels not ready yet' : ` (kernels ready after ${(built / 1000).toFixed(1)} s)`);
      return this.use(g, `WebGPU on the GPU: faster here (${perStep(tg)}; WebAssembly on the CPU: ${cpuSays})`);
    } catch (e) {  // the GPU failed (a kernel rejected, the device lost): the CPU, if it works
      g?.dispose();
      try {
        await w.ready;
      } catch {
        w.dispose();
        throw e;
      }
      return this.use(w, `WebAssembly on the CPU: WebGPU failed here (${e.message})`);
    }
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

// Images idx[from .. from + n) of a uint8 MNIST set as the step's input (f32 in [0, 1]) and labels (i32), into
// `out` ({x, y} of the right sizes; reused from step to step: both backends copy them in at once) or new arrays.
const BYTE = new Float32Array(256).map((_, v) => v / 255);  // the same values as dividing each pixel
export function gather(set, idx, from, n, inSize = 784, out = null) {
  const x = out?.x ?? new Float32Array(n * inSize), y = out?.y ?? new Int32Array(n), im = set.images;
  for (let i = 0; i < n; i++) {
    const j = idx[from + i], src = j * inSize, dst = i * inSize;
    for (let k = 0; k < inSize; k++) x[dst + k] = BYTE[im[src + k]];
    y[i] = set.labels[j];
  }
  return {x, y};
}

// A seeded permutation of 0 .. n-1 (Fisher-Yates).
export function shuffle(n, rand) {
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

const f32 = (u8) => new Float32Array(u8.buffer, u8.byteOffset, u8.byteLength / 4);

// The inference model's weights from the kept buffers: BatchNorm folded (scale = weight / sqrt(var + eps),
// shift = bias - mean * scale, as training/export.py's FoldedBatchNorm), every other weight as it is.
export function fold(scratch, views) {
  const out = {};
  for (const name of Object.keys(scratch.shapes)) if (views[name]) out[name] = views[name];
  for (const {bn, eps} of scratch.fold) {
    const [w, b, mean, v] = ['weight', 'bias', 'running_mean', 'running_var'].map((k) => f32(views[`${bn}.${k}`]));
    const scale = new Float32Array(w.length), shift = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) {
      scale[i] = Math.fround(Math.fround(1 / Math.sqrt(Math.fround(v[i] + eps))) * w[i]);
      shift[i] = Math.fround(-mean[i] * scale[i] + b[i]);
    }
    for (const k of ['weight', 'bias', 'running_mean', 'running_var']) delete out[`${bn}.${k}`];
    Object.assign(out, {[`${bn}.scale`]: new Uint8Array(scale.buffer), [`${bn}.shift`]: new Uint8Array(shift.buffer)});
  }
  return out;
}

export class TrainingRun {
  constructor(trainer, {train, test, epochs = 1, lr = null, seed = 1, every = 20, onProgress = null, onEpoch = null,
                        maxSteps = Infinity, schedule = 'constant'} = {}) {
    if (!train?.images || !train?.labels) throw new Error('a training run needs the training set ({images, labels, n})');
    if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100) throw new Error(`epochs must be an integer 1-100, got ${epochs}`);
    if (!['constant', 'linear'].includes(schedule)) throw new Error(`unknown learning-rate schedule "${schedule}" (constant | linear)`);
    Object.assign(this, {trainer, train, test, epochs, seed, every, onProgress, onEpoch, maxSteps, schedule});
    this.lr = lr ?? trainer.scratch.optimizer.lr;
    this.state = 'idle';
    this.history = {loss: [], accuracy: []};
    this.stepsDone = 0;
  }

  pause() {
    if (this.state !== 'training' || this.paused) return;
    let resolve;
    this.paused = new Promise((r) => { resolve = r; });
    this.paused.resolve = resolve;
    this.state = 'paused';
  }

  resume() {
    if (!this.paused) return;
    const p = this.paused;
    this.paused = null;
    this.state = 'training';
    p.resolve();
  }

  cancel() {
    this.cancelled = true;
    this.resume();
  }

  async start() {
    const t = this.trainer, B = t.batch, n = this.train.n ?? this.train.labels.length;
    const steps = Math.min(Math.floor(n / B), this.maxSteps);
    this.state = 'training';
    t.init({seed: this.seed});
    t.setLr(this.lr);
    const t0 = performance.now();
    let trained = 0, snapshot = await t.read(), losses = 0, batch = null, inflight = [], lastReport = t0;
    try {
      for (let epoch = 1; epoch <= this.epochs; epoch++) {
        const idx = shuffle(n, prng(this.seed * 1009 + epoch)), te = performance.now(), done = this.stepsDone;
        try {
          for (let s = 0; s < steps; s++) {
            if (this.paused) await this.paused;
            if (this.cancelled) throw abortError(CANCELLED);
            const {x, y} = batch = gather(this.train, idx, s * B, B, t.inSize, batch);
            if (this.schedule === 'linear') t.setLr(this.lr * Math.max(0.02, 1 - (this.stepsDone - 0.5) / (this.epochs * steps)));
            const running = t.step(x, y);  // WebGPU: queued; WASM: a promise, settled when the worker has done it
            if (running) {  // two steps in flight: the next batch is gathered while the worker computes this one
              running.catch(() => {});
              inflight.push(running);
              if (inflight.length > 1) await inflight.shift();
            }
            this.stepsDone++;
            trained += B;
            // the loss is read every `every` steps, and at least once a second (a slow CPU's step takes seconds)
            if ((s + 1) % this.every === 0 || s === steps - 1 || performance.now() - lastReport > 1000) {
              await Promise.all(inflight.splice(0));
              const loss = await t.loss();
              if (t.lost) throw new Error(`WebGPU device lost: ${t.lost.message}`);
              this.history.loss.push([this.stepsDone, loss]);
              const secs = (performance.now() - t0) / 1000, left = (this.epochs - epoch) * steps + steps - s - 1;
              lastReport = performance.now();
              this.onProgress?.({epoch, epochs: this.epochs, step: s + 1, steps, loss, imagesPerS: trained / secs,
                                 etaS: left * B / (trained / secs)});
            }
            // WebGPU: the page paints and handles input every 4th step (a step is ~1 ms of the page's time)
            if (!running && s % 4 === 3) await turn();
          }
        } catch (e) {
          if (!t.lost || ++losses > 2) throw e;
          await t.recover(snapshot);  // a new device from the last finished epoch; this epoch again, same order
          this.history.loss = this.history.loss.filter(([s]) => s <= done);
          this.stepsDone = done;
          epoch--;
          continue;
        }
        snapshot = await t.read();
        const accuracy = this.test ? await this.evaluate(snapshot) : null;
        this.history.accuracy.push([epoch, accuracy]);
        this.onEpoch?.({epoch, accuracy, ms: performance.now() - te});
      }
    } catch (e) {
      this.state = e.name === 'AbortError' ? 'cancelled' : 'error';
      throw e;
    } finally {
      this.model?.dispose();
      this.model = null;
    }
    this.final = snapshot;
    this.state = 'done';
    const accuracy = this.history.accuracy.at(-1)[1];
    return {epochs: this.epochs, accuracy, history: this.history, ms: performance.now() - t0, steps: this.stepsDone};
  }

  // Test accuracy of these weights through the inference kernels (the trainer's backend: WASM in a worker of its
  // own), in batches.
  async evaluate(views) {
    const t = this.trainer;
    this.model ??= t.backend === 'wasm' ? await wasmModel(t.files) : await loadWebGPU(t.files, await requestDevice());
    await this.model.loadWeights(encodeTensors(inferenceTensors(t, views)));
    return score(this.model, this.test, {chunk: t.backend === 'wasm' ? 1000 : 2560});
  }

  inferenceWeights() { return encodeTensors(inferenceTensors(this.trainer, this.final)); }

  checkpoint() {
    const sc = this.trainer.scratch, list = [];
    for (const [key, shape] of Object.entries(sc.shapes)) {
      if (key.endsWith('num_batches_tracked')) {
        list.push({key, dtype: 'I64', shape, bytes: new Uint8Array(new BigInt64Array([BigInt(this.stepsDone)]).buffer)});
      } else list.push({key, dtype: 'F32', shape, bytes: this.final[key]});
    }
    return encodeTensors(list);
  }
}

function inferenceTensors(trainer, views) {
  const folded = fold(trainer.scratch, views), m = trainer.files.manifest;
  return m.weights.buffers.map((b) => ({key: b.key, dtype: 'F32', shape: trainer.files.shapes[b.name], bytes: folded[b.key]}));
}
