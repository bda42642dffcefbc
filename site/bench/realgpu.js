// The real-GPU benchmark page (see realgpu.html and bench/bench_realgpu.py). Every figure is a list of samples in ms;
// bench_realgpu.py summarises them. performance.now() steps by 5 us here (the server is cross-origin isolated).
const P = new URLSearchParams(location.search);
const SCALE = +(P.get('scale') || 1), PART = P.get('part') || 'ours';
const MODELS = (P.get('models') || 'mlp,small,cnn').split(',');
const N = (n) => Math.max(3, Math.round(n * SCALE));
const post = (name, obj) => fetch(`/result/${name}`, {method: 'POST', body: JSON.stringify(obj)});
const log = (s) => { document.getElementById('out').textContent += `\n${s}`; return fetch('/log', {method: 'POST', body: String(s)}); };
const r4 = (v) => Math.round(v * 1e4) / 1e4;
const pct = (a, q) => { const s = [...a].sort((u, v) => u - v); return s[Math.min(s.length - 1, Math.floor(s.length * q / 100))]; };

// A macrotask turn (MessageChannel: no setTimeout clamping), as the runtime's readback uses.
const ch = new MessageChannel();
let wakers = [];
ch.port1.onmessage = () => { const w = wakers; wakers = []; for (const f of w) f(); };
const turn = () => new Promise((res) => { wakers.push(res); ch.port2.postMessage(0); });
const timeout0 = () => new Promise((res) => setTimeout(res, 0));

function input(n) {
  const x = new Float32Array(n * 784);
  for (let i = 0; i < x.length; i++) x[i] = ((i % 784 * 7919 + Math.floor(i / 784)) % 255) / 255;
  return x;
}

async function adapterInfo() {
  const ad = await navigator.gpu?.requestAdapter();
  if (!ad) return {adapter: null};
  const i = ad.info, info = {};
  for (const k of ['vendor', 'architecture', 'device', 'description', 'subgroupMinSize', 'subgroupMaxSize', 'isFallbackAdapter']) info[k] = i[k];
  const lim = {};
  for (const k of ['maxComputeWorkgroupStorageSize', 'maxComputeInvocationsPerWorkgroup', 'maxStorageBufferBindingSize', 'maxBufferSize']) lim[k] = ad.limits[k];
  return {adapter: info, features: [...ad.features].sort(), limits: lim, ua: navigator.userAgent};
}

// ---- the readback window: one workgroup spinning n dependent FMAs, then a copy and a readback, waited on in
// several ways. 'none': mapAsync alone; 'workdone_then_map': await onSubmittedWorkDone, then mapAsync;
// 'workdone_only': onSubmittedWorkDone alone (no readback); the others: mapAsync while the page keeps nudging the GPU
// process once per task turn (submit([]), onSubmittedWorkDone(), a 4-byte writeBuffer, an error scope round trip),
// '_timeout': the turn is setTimeout(0) instead of a MessageChannel message.
const SPIN = `
struct P { n: u32, a: u32, b: u32, c: u32 };
@group(0) @binding(0) var<uniform> p: P;
@group(0) @binding(1) var<storage, read_write> buf: array<f32>;
@compute @workgroup_size(1) fn main() {
  var a = buf[0];
  for (var i = 0u; i < p.n; i++) { a = fma(a, 0.99999988, 0.5); }
  buf[1] = a;
}`;

function nudges(dev) {
  const small = dev.createBuffer({size: 4, usage: GPUBufferUsage.COPY_DST});
  const z = new Uint32Array(1);
  return {
    none: null, workdone_then_map: null, workdone_only: null,
    submit: () => dev.queue.submit([]),
    submit_timeout: () => dev.queue.submit([]),
    done: () => { dev.queue.onSubmittedWorkDone(); },
    write: () => dev.queue.writeBuffer(small, 0, z),
    scope: () => { dev.pushErrorScope('validation'); dev.popErrorScope(); },
    turn_only: () => {},
  };
}

async function wait(dev, how, nud, staging, bytes) {
  if (how === 'workdone_only') { await dev.queue.onSubmittedWorkDone(); return 0; }
  if (how === 'workdone_then_map') await dev.queue.onSubmittedWorkDone();
  const mapped = staging.mapAsync(GPUMapMode.READ, 0, bytes);
  let polls = 0;
  const f = nud[how];
  if (f) {
    let done = false;
    mapped.then(() => { done = true; });
    const next = how.endsWith('_timeout') ? timeout0 : turn;
    for (const t0 = performance.now(); !done && performance.now() - t0 < 50; polls++) { f(); await next(); }
  }
  await mapped;
  staging.getMappedRange(0, bytes);
  staging.unmap();
  return polls;
}

async function readbackWindow() {
  const dev = await (await navigator.gpu.requestAdapter()).requestDevice();
  const nud = nudges(dev);
  const module = dev.createShaderModule({code: SPIN});
  const pipe = await dev.createComputePipelineAsync({layout: 'auto', compute: {module, entryPoint: 'main'}});
  const buf = dev.createBuffer({size: 16, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST});
  const staging = dev.createBuffer({size: 16, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST});
  const img = dev.createBuffer({size: 784 * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST});
  const NS = (P.get('spin') || '0,100,300,1000,2000,3000,10000,30000,100000').split(',').map(Number);
  const groups = NS.map((n) => {
    const u = dev.createBuffer({size: 16, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST});
    dev.queue.writeBuffer(u, 0, new Uint32Array([n, 0, 0, 0]));
    return dev.createBindGroup({layout: pipe.getBindGroupLayout(0), entries: [{binding: 0, resource: {buffer: u}}, {binding: 1, resource: {buffer: buf}}]});
  });
  const once = async (g, how, write) => {
    const t0 = performance.now();
    if (write) dev.queue.writeBuffer(img, 0, write);
    const enc = dev.createCommandEncoder(), pass = enc.beginComputePass();
    pass.setPipeline(pipe); pass.setBindGroup(0, g); pass.dispatchWorkgroups(1); pass.end();
    enc.copyBufferToBuffer(buf, 0, staging, 0, 16);
    dev.queue.submit([enc.finish()]);
    const polls = await wait(dev, how, nud, staging, 16);
    return [performance.now() - t0, polls];
  };
  const out = {spin_n: NS, strategies: {}};
  const HOWS = (P.get('hows') || 'none,submit,done,write,scope,turn_only,submit_timeout,workdone_then_map,workdone_only').split(',');
  const x = input(1);
  // the floor: n = 0, with and without a 784-float writeBuffer first (as a batch-1 inference has)
  for (const how of ['none', 'submit']) {
    for (const write of [null, x]) {
      const ms = [];
      for (let i = -10; i < N(300); i++) { const [t] = await once(groups[0], how, write); if (i >= 0) ms.push(r4(t)); }
      out[`floor_${how}${write ? '_write784' : ''}`] = ms;
    }
  }
  for (const how of HOWS) {
    const per = out.strategies[how] = {};
    for (const [j, n] of NS.entries()) {
      const ms = [], polls = [];
      for (let i = -5; i < N(n >= 30000 ? 40 : 80); i++) {
        const [t, p] = await once(groups[j], how, null);
        if (i >= 0) { ms.push(r4(t)); polls.push(p); }
      }
      per[n] = {ms, polls_p50: pct(polls, 50)};
    }
    await log(`wait ${how}: ` + NS.map((n) => `${n}:${pct(per[n].ms, 50).toFixed(3)}`).join(' '));
  }
  dev.destroy();
  return out;
}

// ---- this runtime
async function timeRuns(m, x, n, w) {
  for (let i = 0; i < w; i++) await m.run(x);
  const ms = [];
  for (let i = 0; i < n; i++) { const t = performance.now(); await m.run(x); ms.push(r4(performance.now() - t)); }
  return ms;
}

// GPU time of one repetition of `encode(pass)`: submissions of k and of 3k repetitions in one pass, each the min of 3,
// and their difference over 2k, so that what a submission and its wait cost once (Chromium answers a wait only at its
// own checks, ~0.2-2.4 ms apart) cancels out. k: about 5 ms of work. The wait nudges with an error-scope round trip
// (the closest to the GPU's own finish in the window measurements); submit([]) nudges added up to ms.
async function perRep(device, encode) {
  const once = async (k) => {
    const t = performance.now(), enc = device.createCommandEncoder(), pass = enc.beginComputePass();
    for (let i = 0; i < k; i++) encode(pass);
    pass.end();
    device.queue.submit([enc.finish()]);
    let done = false;
    const p = device.queue.onSubmittedWorkDone().then(() => { done = true; });
    while (!done) { device.pushErrorScope('validation'); device.popErrorScope(); await turn(); }
    await p;
    return performance.now() - t;
  };
  let k = 2;
  while (await once(k) < 5 && k < 8192) k *= 2;
  const best = async (n) => Math.min(await once(n), await once(n), await once(n));
  const lo = await best(k), hi = await best(3 * k);
  return {ms: r4(Math.max(0, hi - lo) / (2 * k)), reps: k};
}

const encodeSteps = (steps) => (pass) => {
  for (const s of steps) { pass.setPipeline(s.pipeline); pass.setBindGroup(0, s.bindGroup); pass.dispatchWorkgroups(...s.workgroups); }
};

// GPU time of one inference (every kernel of the batch variant, in order).
async function gpuTime(m, batch) {
  const st = m.state, vb = st.variants.get(batch) ?? await st.variant(m.files.manifest.variants.find((v) => v.batch === batch));
  return (await perRep(st.device, encodeSteps(vb.steps))).ms;
}

// GPU time of each kernel of each variant, alone. Set against tuning.json's native Dawn times, it says whether a
// kernel is slower in Chromium.
async function kernelTimes() {
  const {loadModel} = await import('/runtime/runtime.js');
  const out = {};
  for (const id of MODELS) {
    const g = await loadModel(`/kernels/${id}/`, {backend: 'webgpu'});
    const st = g.state;
    for (const v of g.files.manifest.variants) {
      const vb = st.variants.get(v.batch) ?? await st.variant(v);
      const times = [];
      for (const [i, s] of vb.steps.entries()) times.push({file: v.kernels[i].file, ...await perRep(st.device, encodeSteps([s]))});
      const all = await perRep(st.device, encodeSteps(vb.steps));
      (out[id] ??= {})[v.batch] = {kernels: times, all};
      await log(`${id} b${v.batch} kernels: ${times.map((t) => t.ms).join(' ')} ms; all in order ${all.ms} ms`);
    }
    g.dispose();
  }
  return out;
}

async function ours() {
  const {loadModel} = await import('/runtime/runtime.js');
  const {readback} = await import('/runtime/gpu.js');
  const deflt = readback.nudge;
  const x1 = input(1), x256 = input(256), BIG = +(P.get('big') || 40), xbig = input(256 * BIG);
  const out = {default_nudge: deflt, big_batches: BIG};
  for (const id of MODELS) {
    const res = out[id] = {};
    try {
      let t0 = performance.now();
      const g = await loadModel(`/kernels/${id}/`, {backend: 'webgpu'});
      const e = res.webgpu = {load_ms: r4(performance.now() - t0), b1: {}, b256: {}};
      for (const nudge of (P.get('nudges') || 'none,done,scope').split(',')) {
        readback.nudge = nudge;
        e.b1[nudge] = await timeRuns(g, x1, N(300), 30);
        e.b256[nudge] = await timeRuns(g, x256, N(40), 5);
      }
      readback.nudge = deflt;
      e.big = await timeRuns(g, xbig, N(8), 2);
      const check = Array.from(await g.run(x1)).map(r4);
      e.gpu_ms = {b1: await gpuTime(g, 1), b256: await gpuTime(g, 256)};
      e.logits_b1 = check;
      g.dispose();
      await log(`${id} webgpu: b1 p50 ${Object.entries(e.b1).map(([k, v]) => `${k} ${pct(v, 50).toFixed(3)}`).join(', ')}; ` +
                `b256 p50 ${Object.entries(e.b256).map(([k, v]) => `${k} ${pct(v, 50).toFixed(3)}`).join(', ')}; ` +
                `big ${pct(e.big, 50).toFixed(2)} ms; gpu ${e.gpu_ms.b1} / ${e.gpu_ms.b256} ms`);
    } catch (err) { res.webgpu = {error: String(err?.stack || err)}; await log(`${id} webgpu ERROR ${err}`); }
    try {
      let t0 = performance.now();
      const w = await loadModel(`/kernels/${id}/`, {backend: 'wasm'});
      const e = res.wasm = {load_ms: r4(performance.now() - t0)};
      e.b1 = await timeRuns(w, x1, N(300), 30);
      e.b256 = await timeRuns(w, x256, N(8), 1);
      w.dispose();
      await log(`${id} wasm: b1 p50 ${pct(e.b1, 50).toFixed(3)}; b256 p50 ${pct(e.b256, 50).toFixed(2)} ms`);
    } catch (err) { res.wasm = {error: String(err?.stack || err)}; await log(`${id} wasm ERROR ${err}`); }
    try {
      let t0 = performance.now();
      const a = await loadModel(`/kernels/${id}/`, {backend: 'auto'});
      const e = res.auto = {load_ms: r4(performance.now() - t0)};
      const d = await a.decided;
      Object.assign(e, {decided_ms: r4(performance.now() - t0), chose: a.backend, reason: a.reason, timed: d.ms});
      e.b1 = await timeRuns(a, x1, N(300), 30);
      e.b256 = await timeRuns(a, x256, N(a.backend === 'webgpu' ? 40 : 8), 1);
      a.dispose();
      await log(`${id} auto: chose ${e.chose} (${e.reason}); b1 p50 ${pct(e.b1, 50).toFixed(3)}; b256 p50 ${pct(e.b256, 50).toFixed(2)} ms`);
    } catch (err) { res.auto = {error: String(err?.stack || err)}; await log(`${id} auto ERROR ${err}`); }
  }
  return out;
}

// ---- the peer: ONNX Runtime Web from /peer/ (bench_realgpu.py puts its files and the graphs there)
async function peer() {
  const ort = await import('/peer/ort.min.mjs');
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.wasmPaths = new URL('/peer/', location.href).href;
  const out = {ort: ort.env.versions?.web};
  const x1 = input(1), x256 = input(256);
  for (const id of MODELS) {
    for (const provider of (P.get('providers') || 'webgpu,wasm').split(',')) {
      const e = (out[id] ??= {})[provider] = {};
      try {
        const t0 = performance.now();
        const session = await ort.InferenceSession.create(`/peer/${id}.onnx`, {executionProviders: [provider]});
        e.load_ms = r4(performance.now() - t0);
        const run = async (x) => {
          const o = await session.run({x: new ort.Tensor('float32', x, [x.length / 784, 784])});
          const y = await o.logits.getData();
          o.logits.dispose();
          return y;
        };
        const m = {run};
        e.logits_b1 = Array.from(await run(x1)).map(r4);
        e.b1 = await timeRuns(m, x1, N(300), 30);
        e.b256 = await timeRuns(m, x256, N(provider === 'wasm' ? 5 : 20), 1);
        await session.release();
        await log(`${id} ort-${provider}: b1 p50 ${pct(e.b1, 50).toFixed(3)}; b256 p50 ${pct(e.b256, 50).toFixed(2)} ms`);
      } catch (err) { e.error = String(err?.stack || err); await log(`${id} ort-${provider} ERROR ${err}`); }
    }
  }
  return out;
}

// A written number is a batch of its digits (py/digits/segment.py): model.run on n images at once, on WebGPU.
async function numbers() {
  const {loadModel} = await import('/runtime/runtime.js');
  const out = {};
  for (const id of MODELS) {
    const g = await loadModel(`/kernels/${id}/`, {backend: 'webgpu'}), res = out[id] = {};
    for (const n of (P.get('sizes') || '1,4,12').split(',').map(Number)) res[n] = await timeRuns(g, input(n), N(300), 30);
    g.dispose();
    await log(`${id} webgpu numbers: ${Object.entries(res).map(([n, v]) => `${n} digits p50 ${pct(v, 50).toFixed(3)}`).join(', ')} ms`);
  }
  return out;
}

const tag = P.get('tag') || '';
try {
  if (PART === 'ours') {
    const a = await adapterInfo();
    await post(`adapter_page${tag}`, a);
    await log(`adapter ${JSON.stringify(a.adapter)}`);
    if (P.get('window') !== '0') await post(`window${tag}`, await readbackWindow());
    await post(`ours${tag}`, await ours());
  } else if (PART === 'kernels') {
    await post(`kernels${tag}`, await kernelTimes());
  } else if (PART === 'numbers') {
    await post(`numbers${tag}`, await numbers());
  } else if (PART === 'peer') {
    await post(`peer${tag}`, await peer());
  }
} catch (e) {
  await log(`page ERROR ${e?.stack || e}`);
  await post(`error_${PART}${tag}`, {error: String(e?.stack || e)});
}
await post('done', {});
