// A training run from scratch (scratch.js's Trainer does the steps): epochs over MNIST in a seeded order, paused,
// resumed or cancelled between steps, the loss read back every few steps, the test accuracy after each epoch through
// the inference kernels (BatchNorm folded), a device loss survived by replaying the epoch. See scratch.js for the API.
import {wasmModel} from './remote.js';
import {encodeTensors, encodeWeights} from './safetensors.js';
import {score} from './teach.js';
import {abortError, prng, turn} from './util.js';
import {loadWebGPU, requestDevice} from './webgpu.js';

const CANCELLED = 'training cancelled: the models on this page are as they were';

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
            // WebGPU: the page paints and handles input every 4th step (a step costs the page little: a turn after
            // each would slow the run more than it helps the page)
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
    await this.model.loadWeights(inferenceWeights(t, views));
    return score(this.model, this.test, {chunk: t.backend === 'wasm' ? 1000 : 2560});
  }

  inferenceWeights() { return inferenceWeights(this.trainer, this.final); }

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

// The inference weights of these kept buffers, as a safetensors file (the keys of weights.safetensors).
function inferenceWeights(trainer, views) {
  const folded = fold(trainer.scratch, views);
  return encodeWeights(trainer.files, Object.fromEntries(trainer.files.manifest.weights.buffers.map((b) => [b.name, folded[b.key]])));
}
