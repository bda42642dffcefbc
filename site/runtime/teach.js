// Teaching a model: the exported Teach step (manifest.teach, training/teach.py) run on the live weights, and the
// weights as a file. Generic over the backend, which gives four primitives:
//   readWeights() -> {name: Uint8Array}     writeWeights({name: Uint8Array})
//   teachBegin()  (builds the step once; resets the optimizer state from teach.safetensors)
//   teachStep(x Float32Array(batch * 784), y Int32Array(batch)) -> loss
// and gets teach(), weights(), loadWeights(), resetWeights() from `teachable` (see runtime.js for the API).
import {fetchOk, resolveUrl} from './net.js';
import {decodeWeights, encodeWeights, parseSafetensors, tensor} from './safetensors.js';
import {abortError, prng, serial, turn} from './util.js';

// MNIST samples shipped beside the models (kernels/replay.safetensors, kernels/testsample.safetensors):
// {x: Uint8Array(n * 784), y: Uint8Array(n), n}; pixels 0-255, white ink on black.
export async function loadSamples(url) {
  const href = resolveUrl(url, 'a sample');
  const file = parseSafetensors(await (await fetchOk(href, 'sample')).arrayBuffer(), href);
  const x = tensor(file, 'x', {dtype: 'U8'}), y = tensor(file, 'y', {dtype: 'U8'});
  if (x.length !== y.length * 784) throw new Error(`${href}: ${x.length} pixels for ${y.length} labels`);
  return {x, y, n: y.length};
}

// Images i .. i + n of a sample as the models' input, Float32Array(n * 784) in [0, 1]: one call, no per-pixel loop
// on the caller's side.
export function pixels(sample, i, n) {
  const u8 = sample.x.subarray(i * 784, (i + n) * 784), out = new Float32Array(u8.length);
  for (let k = 0; k < u8.length; k++) out[k] = u8[k] / 255;
  return out;
}

// The share of a sample ({images | x: Uint8Array(n * 784), labels | y: Uint8Array(n)}) that `model` reads right,
// run in chunks (a chunk converted to f32 at a time; the page gets a turn between chunks). `signal` stops it between
// chunks (then it resolves null). On WebAssembly, when the first (small) chunk shows that the rest would take longer
// than starting a worker, replicas of the model (model.replicas: one per further core) share the remaining chunks, so a
// long evaluation uses every core; on WebGPU the model runs them alone.
export async function score(model, sample, {chunk = 1000, signal = null, cores = CORES} = {}) {
  const images = sample.images ?? sample.x, labels = sample.labels ?? sample.y, n = labels.length;
  const out = model.outSize ?? 10, size = Math.min(chunk, Math.ceil(n / 8));
  let right = 0, next = 0, spreading = null;
  const more = [];
  const spread = async () => {
    more.push(...await model.replicas(Math.min(cores - 1, Math.ceil((n - next) / size))).catch(() => []));
    await Promise.all(more.map(work));
  };
  const work = async (m) => {
    for (let i = next; i < n && !signal?.aborted; i = next) {
      const k = Math.min(i ? size : PROBE, n - i);  // the first chunk is small: it decides on replicas early
      next += k;
      const t = performance.now(), logits = await m.run(pixels({x: images}, i, k));
      const rest = (n - next) / k * (performance.now() - t);
      if (m === model && cores > 1 && model.replicas && rest > SPREAD_MS) spreading ??= spread();
      for (let j = 0; j < k; j++) {
        let best = 0;
        for (let c = 1; c < out; c++) if (logits[j * out + c] > logits[j * out + best]) best = c;
        if (best === labels[i + j]) right++;
      }
      await turn();
    }
  };
  try {
    await work(model);
    await spreading;
  } finally {
    for (const m of more) m.dispose();
  }
  return signal?.aborted ? null : right / n;
}

// The cores an evaluation may use (a few: each replica is a worker with the model's memory), and the time the rest
// of an evaluation must need for replicas to pay off (a worker and its module start in tens of milliseconds).
const CORES = Math.max(1, Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1));
const SPREAD_MS = 150, PROBE = 64;

const CANCELLED = 'learning cancelled: the weights are as they were before this run';

// One step's batch: a `share` of it drawn from the examples, the rest from the replay images (with replacement).
export function mixBatch(rand, examples, replay, batch, inSize, share = 0.25) {
  const x = new Float32Array(batch * inSize), y = new Int32Array(batch);
  const own = replay?.n ? Math.max(1, Math.round(batch * share)) : batch;
  for (let i = 0; i < batch; i++) {
    if (i < own) {
      const e = examples[Math.floor(rand() * examples.length)];
      x.set(e.x, i * inSize);
      y[i] = e.label;
    } else {
      const j = Math.floor(rand() * replay.n);
      x.set(pixels(replay, j, 1), i * inSize);
      y[i] = replay.y[j];
    }
  }
  return {x, y};
}

function checkExamples(examples, inSize, outSize) {
  if (!Array.isArray(examples) || examples.length === 0) throw new Error('model.teach needs a non-empty list of {x, label} examples');
  for (const [i, e] of examples.entries()) {
    if (!(e?.x instanceof Float32Array) || e.x.length !== inSize) throw new Error(`example ${i}: x must be a Float32Array(${inSize})`);
    if (!Number.isInteger(e.label) || e.label < 0 || e.label >= outSize) throw new Error(`example ${i}: label must be an integer 0-${outSize - 1}`);
  }
}

async function teach(model, examples, {steps, batch, replay = null, share = 0.25, onProgress = null, signal = null,
                                      seed = 1} = {}) {
  const t = model.files.manifest.teach;
  if (!t) throw new Error(`model ${model.id} has no Teach step: re-export it (python -m training.export)`);
  steps ??= t.steps;
  if (batch !== undefined && batch !== t.batch) throw new Error(`the exported step runs batches of ${t.batch}, not ${batch}`);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`steps must be a positive integer, got ${steps}`);
  checkExamples(examples, model.inSize, model.outSize);
  if (replay && !(replay.x instanceof Uint8Array && replay.y instanceof Uint8Array && replay.x.length === replay.y.length * model.inSize)) {
    throw new Error('replay must be {x: Uint8Array(n * 784), y: Uint8Array(n)} (loadSamples)');
  }
  if (signal?.aborted) throw abortError(CANCELLED);
  const t0 = performance.now(), rand = prng(seed);
  const mix = replay && {...replay, n: replay.y.length};
  const before = await model.readWeights();
  let loss = NaN;
  try {
    await model.teachBegin();
    for (let s = 1; s <= steps; s++) {
      if (signal?.aborted) throw abortError(CANCELLED);
      const {x, y} = mixBatch(rand, examples, mix, t.batch, model.inSize, share);
      loss = await model.teachStep(x, y);
      onProgress?.({step: s, steps, loss});
      await turn();  // the page paints and handles input between steps
    }
    if (signal?.aborted) throw abortError(CANCELLED);
  } catch (e) {
    await model.writeWeights(before);  // nothing half-trained
    throw e;
  }
  return {steps, loss, ms: performance.now() - t0};
}

// The methods every backend's model gets (Object.assign onto its prototype).
export const teachable = {
  teach(examples, opts) { return this.exclusive(() => teach(this, examples, opts)); },
  async weights() { return encodeWeights(this.files, await this.exclusive(() => this.readWeights())); },
  loadWeights(bytes) {
    let views;
    try {
      views = decodeWeights(this.files, bytes);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.exclusive(() => this.writeWeights(views));
  },
  resetWeights() { return this.exclusive(() => this.writeWeights(this.files.weights)); },
  // One learning run or weight change at a time (a second waits for the first).
  exclusive(fn) {
    this.teaching ??= serial();
    return this.teaching(() => {
      if (this.disposed) throw new Error('model used after model.dispose()');
      return fn();
    });
  },
};
