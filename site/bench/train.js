// The training benchmark page (see train.html and bench/bench_train.py): this project's trainer and TensorFlow.js
// train the same models on the same data in the same order (runtime/trainingrun.js's shuffle and gather, seed 1), batch
// `batch`, Adam(1e-3, 0.9, 0.999, 1e-8), last partial batch dropped, the loss read back every 20 steps and after the
// last. Training seconds of an epoch: from its first step to the last step's loss readback (both systems; the test
// evaluation, the weight snapshot and the shuffle are not in them). Test accuracy: all 10,000 test images after each
// epoch, by each system's own inference (ours: the exported inference kernels on the same backend, BatchNorm folded
// from the running statistics; TF.js: the layers model with training false).
import {gather, shuffle} from '/runtime/trainingrun.js';
import {prng} from '/runtime/util.js';

const P = new URLSearchParams(location.search);
const MODELS = (P.get('models') || 'mlp,small,cnn').split(',');
const ENGINES = (P.get('engines') || 'ours-wasm,ours-webgpu,tfjs-wasm,tfjs-webgl,tfjs-webgpu').split(',');
const EPOCHS = +(P.get('epochs') || 1), BATCH = +(P.get('batch') || 256), SEED = 1, EVERY = 20, LR = 1e-3;
const TFJS = new URL(P.get('tfjs') || '/peer-tfjs/', location.href).href;
const POST = P.get('post') === '1';
const THREADS = P.get('threads');  // TF.js wasm threads (only where cross-origin isolated); default: TF.js's choice
const TARGETS = [0.97, 0.98, 0.99];
const MEAN = 0.1307, STD = 0.3081;

// steps=N caps every run's steps per epoch; steps=cnn:20,tfjs-webgpu:5,ours-webgpu/cnn:3,40 per model, engine or both
// (the most specific wins; a bare number is the default; 0 skips the run). No cap: the whole training set,
// floor(60000 / batch) steps.
const CAPS = Object.fromEntries((P.get('steps') || '').split(',').filter(Boolean)
  .map((s) => s.includes(':') ? [s.slice(0, s.lastIndexOf(':')), +s.slice(s.lastIndexOf(':') + 1)] : ['', +s]));
const cap = (engine, model) => CAPS[`${engine}/${model}`] ?? CAPS[model] ?? CAPS[engine] ?? CAPS[''] ?? Infinity;

const r4 = (v) => Math.round(v * 1e4) / 1e4;
const post = (name, obj) => POST ? fetch(`/result/${name}`, {method: 'POST', body: JSON.stringify(obj)}) : null;
const log = async (s) => {
  document.getElementById('out').textContent += `\n${s}`;
  console.log(s);
  if (POST) await fetch('/log', {method: 'POST', body: String(s)});
};
const errText = (e) => String(e?.stack || e?.message || e);

async function adapterInfo() {
  try {
    const ad = await navigator.gpu?.requestAdapter();
    if (!ad) return null;
    const i = ad.info;
    return {vendor: i.vendor, architecture: i.architecture, device: i.device, description: i.description,
            isFallbackAdapter: i.isFallbackAdapter};
  } catch (e) { return {error: errText(e)}; }
}

// ?profile=cnn:256,mlp:256: where our WebGPU step's time goes. Each kernel of the from-scratch step dispatched 20
// times in one pass (its bindings as in a step), waited on with onSubmittedWorkDone: ms per dispatch; and whole
// steps (50 queued, one wait): ms per step. Posted as profile.json.
const PROFILE = (P.get('profile') || '').split(',').filter(Boolean);
async function profile(rt, jobs) {
  const res = {};
  for (const job of jobs) {
    const [id, batch] = job.split(':');
    const t = await rt.loadTrainer(`/kernels/${id}/`, {backend: 'webgpu', batch: +batch});
    const {device} = t.impl.state, steps = t.impl.bound.steps, kernels = t.entry.kernels;
    const wait = async (fn) => { const t0 = performance.now(); fn(); await device.queue.onSubmittedWorkDone(); return performance.now() - t0; };
    const pass = (list) => {
      const enc = device.createCommandEncoder(), p = enc.beginComputePass();
      for (const s of list) { p.setPipeline(s.pipeline); p.setBindGroup(0, s.bindGroup); p.dispatchWorkgroups(...s.workgroups); }
      p.end(); device.queue.submit([enc.finish()]);
    };
    const x = new Float32Array(+batch * 784).fill(0.3), y = new Int32Array(+batch).fill(3);
    for (let i = 0; i < 5; i++) t.step(x, y);
    await t.loss();
    const stepMs = Math.min(...await Promise.all([0, 1, 2].map(async () => 0)).then(async () => {
      const r = [];
      for (let k = 0; k < 3; k++) r.push(await wait(() => { for (let i = 0; i < 50; i++) t.step(x, y); }) / 50);
      return r;
    }));
    const per = [];
    for (const [i, s] of steps.entries()) {
      await wait(() => pass([s]));
      let best = Infinity;
      for (let r = 0; r < 3; r++) best = Math.min(best, await wait(() => pass(Array(20).fill(s))) / 20);
      per.push({i, entry: kernels[i].entry, workgroups: kernels[i].workgroups, ms: r4(best)});
    }
    per.sort((a, b) => b.ms - a.ms);
    res[job] = {step_ms: r4(stepMs), kernels: per.length, sum_ms: r4(per.reduce((a, k) => a + k.ms, 0)), top: per.slice(0, 15)};
    await log(`profile ${job}: step ${stepMs.toFixed(3)} ms, ${per.length} kernels, top ${per.slice(0, 5).map((k) => `${k.entry} ${k.ms}`).join(', ')}`);
    t.dispose();
    await post('profile', res);
  }
  return res;
}

// time-to-accuracy: cumulative training seconds at the end of the first epoch whose test accuracy reached t
function finish(res) {
  let cum = 0;
  for (const e of res.epochs) e.cum_train_s = r4(cum += e.train_s);
  for (const t of TARGETS) {
    const hit = res.epochs.find((e) => e.test_acc >= t);
    res[`to_${Math.round(t * 100)}_s`] = hit ? hit.cum_train_s : null;
  }
  return res;
}

// ---- this project's trainer
async function ours(rt, backend, id, train, test, steps) {
  const t0 = performance.now();
  const trainer = await rt.loadTrainer(`/kernels/${id}/`, {backend, batch: BATCH});
  const res = {backend: trainer.backend, reason: trainer.reason, setup_s: r4((performance.now() - t0) / 1000), epochs: []};
  try {
    let last = null, lastLoss = null;
    const losses = [];
    const run = new rt.TrainingRun(trainer, {
      train, test, epochs: EPOCHS, lr: LR, seed: SEED, every: EVERY, maxSteps: steps,
      onProgress: (p) => {
        last = performance.now();
        lastLoss = p.loss;
        losses.push([(p.epoch - 1) * p.steps + p.step, r4(p.loss)]);
        res.steps_per_epoch = p.steps;
      },
      onEpoch: (e) => {
        // e.ms runs from the epoch's first step to this call; the test evaluation (and the weight snapshot before
        // it) is the part after the last step's loss readback (the last onProgress call)
        const now = performance.now(), evalMs = now - last, trainMs = e.ms - evalMs;
        const images = res.steps_per_epoch * BATCH;
        res.epochs.push({epoch: e.epoch, steps: res.steps_per_epoch, train_s: r4(trainMs / 1000),
                         images_per_s: Math.round(images / (trainMs / 1000)), test_acc: e.accuracy,
                         eval_s: r4(evalMs / 1000), loss: r4(lastLoss)});
      },
    });
    const r = await run.start();
    res.total_ms = r4(r.ms);
    res.loss_curve = losses;
  } finally {
    trainer.dispose();
  }
  return res;
}

// ---- TensorFlow.js (UMD bundles under TFJS, loaded once: core + layers + cpu/webgl, then the wasm and webgpu
// backends, which register themselves on the global tf)
let tfLoaded = null;
function script(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}
async function loadTf() {
  tfLoaded ??= (async () => {
    await script(`${TFJS}tf.es2017.min.js`);
    const errors = {};
    for (const f of ['tf-backend-wasm.es2017.min.js', 'tf-backend-webgpu.es2017.min.js']) {
      try { await script(TFJS + f); } catch (e) { errors[f] = errText(e); }
    }
    const tf = globalThis.tf;
    tf.wasm?.setWasmPaths(TFJS);
    if (THREADS && tf.wasm) tf.wasm.setThreadsCount(+THREADS);
    return {tf, errors};
  })();
  return tfLoaded;
}

// The model as training/models.py defines it, channels last; weights and biases uniform(+-1/sqrt(fan_in)) as the
// exported from-scratch step initialises them (torch's default), BatchNorm momentum 0.9 (Keras terms), eps 1e-5.
function buildModel(tf, id) {
  let seed = SEED * 100;
  const init = (fanIn) => ({
    kernelInitializer: tf.initializers.varianceScaling({scale: 1 / 3, mode: 'fanIn', distribution: 'uniform', seed: seed++}),
    biasInitializer: tf.initializers.randomUniform({minval: -1 / Math.sqrt(fanIn), maxval: 1 / Math.sqrt(fanIn), seed: seed++}),
  });
  const L = tf.layers;
  if (id === 'mlp') {
    return tf.sequential({layers: [
      L.dense({inputShape: [784], units: 128, activation: 'swish', ...init(784)}),
      L.dense({units: 64, activation: 'swish', ...init(128)}),
      L.dense({units: 10, ...init(64)}),
    ]});
  }
  const [[a, b, c, d], [k1, k2, k3, k4]] = id === 'small' ? [[12, 24, 32, 32], [3, 3, 3, 3]] : [[32, 32, 64, 64], [5, 5, 3, 3]];
  const side = Math.floor((Math.floor((28 - k1 - k2 + 2) / 2) - k3 - k4 + 2) / 2);
  const conv = (filters, k, cin, extra = {}) => L.conv2d({filters, kernelSize: k, padding: 'valid', activation: 'swish', ...init(k * k * cin), ...extra});
  const bn = () => L.batchNormalization({momentum: 0.9, epsilon: 1e-5});
  const pool = () => L.maxPooling2d({poolSize: 2, strides: 2});
  return tf.sequential({layers: [
    conv(a, k1, 1, {inputShape: [28, 28, 1]}), conv(b, k2, a), bn(), pool(),
    conv(c, k3, b), conv(d, k4, c), bn(), pool(),
    L.flatten(), L.dense({units: 10, ...init(d * side * side)}),
  ]});
}

async function tfjs(backend, id, train, test, steps) {
  const {tf, errors} = await loadTf();
  const t0 = performance.now();
  let ok = false;
  try { ok = await tf.setBackend(backend); } catch (e) { throw new Error(`TF.js backend ${backend}: ${errText(e)}`); }
  if (!ok) throw new Error(`TF.js backend ${backend} did not initialise${Object.keys(errors).length ? `: ${JSON.stringify(errors)}` : ''}`);
  await tf.ready();
  const res = {backend: tf.getBackend(), tfjs: tf.version.tfjs, epochs: []};
  if (backend === 'wasm') res.wasm_threads = tf.wasm.getThreadsCount?.();
  const shape = id === 'mlp' ? [-1, 784] : [-1, 28, 28, 1];
  const model = buildModel(tf, id);
  const opt = tf.train.adam(LR, 0.9, 0.999, 1e-8);
  const forward = (x, training) => model.apply(x.sub(MEAN).div(STD).reshape(shape), {training});
  res.setup_s = r4((performance.now() - t0) / 1000);
  res.params = model.countParams();
  const tensors0 = tf.memory().numTensors;
  const n = train.n, B = BATCH, perEpoch = Math.min(Math.floor(n / B), steps);
  res.steps_per_epoch = perEpoch;
  const losses = [];
  try {
    for (let epoch = 1; epoch <= EPOCHS; epoch++) {
      const idx = shuffle(n, prng(SEED * 1009 + epoch));
      const te = performance.now();
      let loss = null;
      for (let s = 0; s < perEpoch; s++) {
        const {x, y} = gather(train, idx, s * B, B);
        const cost = tf.tidy(() => {
          const xs = tf.tensor2d(x, [B, 784]), ys = tf.oneHot(tf.tensor1d(y, 'int32'), 10).toFloat();
          return opt.minimize(() => tf.losses.softmaxCrossEntropy(ys, forward(xs, true)), true);
        });
        if ((s + 1) % EVERY === 0 || s === perEpoch - 1) {
          loss = (await cost.data())[0];
          losses.push([(epoch - 1) * perEpoch + s + 1, r4(loss)]);
        }
        cost.dispose();
      }
      const trainMs = performance.now() - te;
      const t1 = performance.now();
      const acc = await tfAccuracy(tf, forward, test);
      res.epochs.push({epoch, steps: perEpoch, train_s: r4(trainMs / 1000), images_per_s: Math.round(perEpoch * B / (trainMs / 1000)),
                       test_acc: acc, eval_s: r4((performance.now() - t1) / 1000), loss: r4(loss),
                       tensors: tf.memory().numTensors - tensors0});
    }
    res.loss_curve = losses;
  } finally {
    model.dispose();
    opt.dispose();
  }
  res.tensors_left = tf.memory().numTensors - tensors0;
  return res;
}

async function tfAccuracy(tf, forward, test, chunk = 1000) {
  let right = 0;
  for (let i = 0; i < test.n; i += chunk) {
    const m = Math.min(chunk, test.n - i);
    const pred = tf.tidy(() => {
      const x = tf.tensor2d(test.images.subarray(i * 784, (i + m) * 784), [m, 784], 'float32').div(255);
      return forward(x, false).argMax(-1);
    });
    const p = await pred.data();
    pred.dispose();
    for (let j = 0; j < m; j++) if (p[j] === test.labels[i + j]) right++;
  }
  return right / test.n;
}

// ---- the run
const out = {when: new Date().toISOString(), ua: navigator.userAgent, cross_origin_isolated: globalThis.crossOriginIsolated,
             hardware_concurrency: navigator.hardwareConcurrency,
             params: {models: MODELS, engines: ENGINES, epochs: EPOCHS, batch: BATCH, steps: P.get('steps'), lr: LR,
                      seed: SEED, every: EVERY, tfjs: TFJS, threads: THREADS},
             runs: []};
try {
  out.adapter = await adapterInfo();
  await log(`adapter ${JSON.stringify(out.adapter)}`);
  const rt = await import('/runtime/runtime.js');
  const [train, test] = [await rt.loadMnist('/data/mnist/', {split: 'train'}), await rt.loadMnist('/data/mnist/', {split: 'test'})];
  await log(`MNIST: ${train.n} training, ${test.n} test images`);
  if (PROFILE) out.profile = await profile(rt, PROFILE);
  for (const id of MODELS) {
    for (const engine of ENGINES) {
      const [sys, backend] = [engine.slice(0, engine.indexOf('-')), engine.slice(engine.indexOf('-') + 1)];
      const steps = cap(engine, id);
      let res;
      if (steps === 0) { out.runs.push({model: id, engine, cap: 0, skipped: 'steps cap 0'}); continue; }
      try {
        if (sys === 'ours') res = await ours(rt, backend, id, train, test, steps);
        else if (sys === 'tfjs') res = await tfjs(backend, id, train, test, steps);
        else throw new Error(`unknown engine ${engine} (ours-wasm, ours-webgpu, tfjs-wasm, tfjs-webgl, tfjs-webgpu)`);
        finish(res);
        const last = res.epochs.at(-1);
        await log(`${engine} ${id} (${res.backend}): ` + res.epochs.map((e) => `epoch ${e.epoch}: ${e.steps} steps ${e.train_s.toFixed(2)} s ` +
          `${e.images_per_s} img/s acc ${(e.test_acc * 100).toFixed(2)}% (eval ${e.eval_s.toFixed(1)} s)`).join('; ') +
          (last ? '' : ' no epochs'));
      } catch (e) {
        res = {error: errText(e)};
        await log(`${engine} ${id} ERROR ${res.error.split('\n')[0]}`);
      }
      out.runs.push({model: id, engine, cap: Number.isFinite(steps) ? steps : null, ...res});
      await post('train', out);  // the whole record so far: a timed-out page still leaves its finished runs
    }
  }
  if (globalThis.tf) out.tfjs = globalThis.tf.version.tfjs;
} catch (e) {
  out.error = errText(e);
  await log(`page ERROR ${out.error}`);
}
out.done = true;
window.benchResult = out;
document.getElementById('out').textContent += `\n\n${JSON.stringify(out, null, 1)}`;
await post('train', out);
if (POST) await fetch('/result/done', {method: 'POST', body: '{}'});
