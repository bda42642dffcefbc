// The WebGPU backend: the manifest's WGSL kernels, one compute pipeline each, run in one command buffer.
// Every kernel's @binding(0) is `var<uniform> INFINITY: f32` (+inf); @binding(i + 1) is the read_write storage
// buffer named bindings[i]. The variant with the smallest batch is built at load; the others on first use.
// Device loss: a run in flight throws; the next run requests a new device and rebuilds everything.
// A run of more images than the largest batch is one command buffer (each batch: a copy in, the dispatches, a copy
// out) and one readback at the end, so the GPU never waits on the page between batches.
import {checkInput, ioSizes, pickVariant, serial, trainFiles, turn, wgslSources} from './files.js';
import {teachable} from './teach.js';

// How a readback waits. Chromium answers a mapAsync at once only if the GPU work is done when its GPU process first
// looks; otherwise it looks again ~2.4 ms later. While the mapping is pending the page asks for onSubmittedWorkDone
// once per task turn (`nudge`, for at most `pollMs`): each request makes the GPU process look again, so a readback
// returns ~0.1 ms after the GPU finishes instead of on the next 2.4 ms step. Measured on an NVIDIA H200 in Chromium
// 153 (bench/results/realgpu.json): cnn batch 1 2.59 -> 0.46 ms with the same kernels; 'submit' (empty submits) was
// erratic (0.2-12 ms) and a setTimeout turn is clamped to ~4 ms. On a software adapter (SwiftShader) the GPU process
// shares the CPU with the page and nudging made batch 1 slower here, so `softwareNudge` is 'none' (plain mapAsync).
export const readback = {nudge: 'done', softwareNudge: 'none', pollMs: 20};
const NUDGES = {
  none: null,
  submit: (s) => s.device.queue.submit([]),
  done: (s) => { s.device.queue.onSubmittedWorkDone().catch(() => {}); },
  write: (s) => s.device.queue.writeBuffer(s.nudgeBuffer(), 0, new Uint32Array(1)),
  scope: (s) => { s.device.pushErrorScope('validation'); s.device.popErrorScope().catch(() => {}); },
};

// Every step's dispatch, in one compute pass of `enc`.
export function encodePass(enc, steps) {
  const pass = enc.beginComputePass();
  for (const s of steps) {
    pass.setPipeline(s.pipeline);
    pass.setBindGroup(0, s.bindGroup);
    pass.dispatchWorkgroups(...s.workgroups);
  }
  pass.end();
}

// One command buffer: every step's dispatch in one compute pass, then `bytes` of `src` copied to the staging buffer.
function dispatch(device, steps, src, staging, bytes) {
  const enc = device.createCommandEncoder();
  encodePass(enc, steps);
  enc.copyBufferToBuffer(src, 0, staging, 0, bytes);
  device.queue.submit([enc.finish()]);
}

// The one place that talks to navigator.gpu: every WebGPU failure at setup becomes an Error a person can act on.
export async function requestDevice() {
  const gpu = globalThis.navigator?.gpu;
  if (!gpu) {
    throw new Error('WebGPU is not available: navigator.gpu is missing. Use a browser with WebGPU enabled ' +
                    '(Chrome/Edge 113+, Safari 26+, Firefox 141+) on a page served over https or localhost.');
  }
  let adapter;
  try {
    adapter = await gpu.requestAdapter();
  } catch (e) {
    throw new Error(`WebGPU adapter request failed: ${e.message}`);
  }
  if (!adapter) throw new Error('WebGPU has no adapter: the GPU is disabled or blocklisted (see chrome://gpu), or no driver supports it.');
  let device;
  try {
    device = await adapter.requestDevice();
  } catch (e) {
    throw new Error(`WebGPU device request failed: ${e.message}`);
  }
  const i = adapter.info ?? {};
  const info = {vendor: i.vendor ?? '', architecture: i.architecture ?? '', description: i.description ?? '',
                isFallbackAdapter: Boolean(i.isFallbackAdapter ?? adapter.isFallbackAdapter)};
  return {adapter, device, info};
}

const BIG_INPUT = 64 << 20;  // bytes of input written at once by a run of many batches

function makeBuffer(device, bytes, usage, label) { return device.createBuffer({size: bytes, usage, label}); }

// Everything on one device: weights, the INFINITY uniform, and (lazily) each variant's buffers and pipelines.
// scratch.js reuses it for the from-scratch step: its "weights" are then the step's kept buffers.
export class GPUState {
  constructor(gpu, files) {
    Object.assign(this, gpu, {files, variants: new Map(), lost: null, modules: new Map(), layouts: new Map()});
    this.device.lost.then((info) => { this.lost = info; });
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;  // COPY_SRC: model.weights()
    this.weights = Object.fromEntries(files.manifest.weights.buffers.map((b) => [b.name, makeBuffer(this.device, b.bytes, usage, b.name)]));
    this.writeWeights(files.weights);
    this.inf = makeBuffer(this.device, 4, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST, 'INFINITY');
    this.device.queue.writeBuffer(this.inf, 0, new Float32Array([Infinity]));
  }

  layout(n) {
    if (!this.layouts.has(n)) {
      const entries = [{binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: {type: 'uniform'}}];
      for (let i = 1; i <= n; i++) entries.push({binding: i, visibility: GPUShaderStage.COMPUTE, buffer: {type: 'storage'}});
      const bgl = this.device.createBindGroupLayout({entries});
      this.layouts.set(n, {bgl, pl: this.device.createPipelineLayout({bindGroupLayouts: [bgl]})});
    }
    return this.layouts.get(n);
  }

  async pipeline(k) {
    const code = this.files.sources[k.file] ?? this.files.train?.sources?.[k.file];
    const module = this.device.createShaderModule({code, label: k.file});
    try {
      return await this.device.createComputePipelineAsync({layout: this.layout(k.bindings.length).pl,
                                                           compute: {module, entryPoint: k.entry}, label: k.file});
    } catch (e) {
      const msgs = (await module.getCompilationInfo()).messages.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
      throw new Error(`WebGPU rejected kernel ${k.file}: ${e.message} ${msgs.join('; ')}`);
    }
  }

  // build() under a validation error scope: a kernel WebGPU rejects becomes an Error naming `what`.
  async scoped(build, what) {
    this.device.pushErrorScope('validation');
    let built, failure;
    try {
      built = await build();
    } catch (e) {
      failure = e;
    }
    const err = await this.device.popErrorScope();
    if (failure) throw failure;
    if (err) throw new Error(`WebGPU rejected the ${what} kernels of ${this.files.manifest.id}: ${err.message}`);
    return built;
  }

  // A set of buffers (beside the weights) and the kernels that use them: {bufs by name, steps}.
  async bind(buffers, kernels, label) {
    const bufs = {...this.weights};
    for (const b of buffers) {
      const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
      bufs[b.name] = makeBuffer(this.device, b.bytes, usage, `${label}:${b.name}`);
    }
    const pipelines = await Promise.all(kernels.map((k) => this.pipeline(k)));
    const steps = kernels.map((k, i) => ({
      pipeline: pipelines[i], workgroups: k.workgroups,
      bindGroup: this.device.createBindGroup({layout: this.layout(k.bindings.length).bgl, entries: [
        {binding: 0, resource: {buffer: this.inf}}, ...k.bindings.map((n, j) => ({binding: j + 1, resource: {buffer: bufs[n]}}))]}),
    }));
    const role = (r) => bufs[buffers.find((b) => b.role === r).name];
    return {bufs, steps, role, own: buffers.map((b) => bufs[b.name])};
  }

  async variant(v) {
    if (!this.variants.has(v.batch)) this.variants.set(v.batch, await this.scoped(() => this.build(v), `batch-${v.batch}`));
    return this.variants.get(v.batch);
  }

  async build(v) {
    const {steps, role, own} = await this.bind(v.buffers, v.kernels, `b${v.batch}`);
    const out = v.buffers.find((b) => b.role === 'output');
    const staging = makeBuffer(this.device, out.bytes, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, 'staging');
    return {batch: v.batch, input: role('input'), output: role('output'), staging, steps, own};
  }

  // One writeBuffer, one command buffer with every dispatch and the copy to the staging buffer, one readback.
  async exec(vb, x, outBytes) {
    this.device.queue.writeBuffer(vb.input, 0, x);
    dispatch(this.device, vb.steps, vb.output, vb.staging, outBytes);
    return new Float32Array(await this.read(vb.staging, outBytes));
  }

  // n images (more than one batch of this variant): one writeBuffer (in groups of at most BIG_INPUT bytes), one command
  // buffer per group (each batch: copy in, the dispatches, copy out into one staging buffer), one readback.
  async execMany(vb, x, n, inSize, outSize) {
    const {device} = this, B = vb.batch, perGroup = Math.max(1, Math.floor(BIG_INPUT / (B * inSize * 4)));
    const groupImages = Math.min(n, perGroup * B), outBytes = n * outSize * 4;
    const big = vb.big ??= {};
    if (!(big.inBytes >= groupImages * inSize * 4)) {
      big.input?.destroy();
      big.inBytes = groupImages * inSize * 4;
      big.input = makeBuffer(device, big.inBytes, GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST, 'run:input');
    }
    if (!(big.outBytes >= outBytes)) {
      big.staging?.destroy();
      big.outBytes = outBytes;
      big.staging = makeBuffer(device, outBytes, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, 'run:staging');
    }
    for (let g = 0; g < n; g += groupImages) {
      const gn = Math.min(groupImages, n - g);
      device.queue.writeBuffer(big.input, 0, x, g * inSize, gn * inSize);  // queued after the group before it
      const enc = device.createCommandEncoder();
      for (let i = 0; i < gn; i += B) {
        const m = Math.min(B, gn - i);
        enc.copyBufferToBuffer(big.input, i * inSize * 4, vb.input, 0, m * inSize * 4);
        encodePass(enc, vb.steps);
        enc.copyBufferToBuffer(vb.output, 0, big.staging, (g + i) * outSize * 4, m * outSize * 4);
      }
      device.queue.submit([enc.finish()]);
    }
    return new Float32Array(await this.read(big.staging, outBytes));
  }

  // The training step's buffers and pipelines, built once (its WGSL is in files.train.sources by then).
  async buildTrain() {
    const t = this.files.manifest.train;
    this.trainer = await this.scoped(async () => {
      const {bufs, steps, role, own} = await this.bind(t.buffers, t.kernels, 'train');
      const staging = makeBuffer(this.device, 4, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, 'train:staging');
      return {steps, input: role('input'), labels: role('labels'), loss: role('loss'), staging, own: [...own, staging],
              state: t.buffers.filter((b) => b.role === 'state').map((b) => [b.name, bufs[b.name]])};
    }, 'training');
  }

  async trainStep(x, y) {
    const {device} = this, tr = this.trainer;
    device.queue.writeBuffer(tr.input, 0, x);
    device.queue.writeBuffer(tr.labels, 0, y);
    dispatch(device, tr.steps, tr.loss, tr.staging, 4);
    return new Float32Array(await this.read(tr.staging, 4))[0];
  }

  nudgeBuffer() {
    return (this.nudgeBuf ??= makeBuffer(this.device, 4, GPUBufferUsage.COPY_DST, 'nudge'));
  }

  async read(staging, bytes) {
    const mapped = staging.mapAsync(GPUMapMode.READ, 0, bytes);
    const nudge = NUDGES[this.info.isFallbackAdapter ? readback.softwareNudge : readback.nudge];
    if (nudge) {
      let done = false;
      mapped.then(() => { done = true; }, () => { done = true; });
      for (const t0 = performance.now(); !done && !this.lost && performance.now() - t0 < readback.pollMs;) {
        nudge(this);
        await turn();
      }
    }
    try {
      await mapped;
    } catch (e) {
      if (this.lost) throw lostError(this.lost);
      throw new Error(`WebGPU readback failed: ${e.message}`);
    }
    const out = staging.getMappedRange(0, bytes).slice(0);
    staging.unmap();
    return out;
  }

  async readWeights() {
    const bufs = this.files.manifest.weights.buffers, total = bufs.reduce((a, b) => a + b.bytes, 0);
    const staging = makeBuffer(this.device, total, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, 'weights:staging');
    const enc = this.device.createCommandEncoder();
    let at = 0;
    for (const b of bufs) { enc.copyBufferToBuffer(this.weights[b.name], 0, staging, at, b.bytes); at += b.bytes; }
    this.device.queue.submit([enc.finish()]);
    try {
      const all = new Uint8Array(await this.read(staging, total));
      at = 0;
      return Object.fromEntries(bufs.map((b) => [b.name, all.slice(at, at += b.bytes)]));
    } finally {
      staging.destroy();
    }
  }

  writeWeights(views) {
    for (const b of this.files.manifest.weights.buffers) {
      if (views[b.name]) this.device.queue.writeBuffer(this.weights[b.name], 0, views[b.name]);  // those given
    }
  }

  destroy() {
    for (const b of this.trainer?.own ?? []) b.destroy();
    for (const vb of this.variants.values()) for (const b of [...vb.own, vb.staging, vb.big?.input, vb.big?.staging]) b?.destroy();
    this.nudgeBuf?.destroy();
    for (const b of Object.values(this.weights)) b.destroy();
    this.inf.destroy();
    this.device.destroy();
  }
}

function lostError(info) {
  return new Error(`WebGPU device lost (${info.reason}: ${info.message || 'no message'}); the next run re-creates it`);
}

// A model on WebGPU; `gpu` is requestDevice()'s result (the device is destroyed when the load fails).
export async function loadWebGPU(files, gpu) {
  try {
    return await new WebGPUModel({...files, sources: await wgslSources(files)}, gpu).init();
  } catch (e) {
    gpu.device.destroy();
    throw e;
  }
}

class WebGPUModel {
  constructor(files, gpu) {
    Object.assign(this, {files, backend: 'webgpu', adapter: gpu.info, deviceLosses: 0, device: gpu.device});
    this.id = files.manifest.id;
    [this.inSize, this.outSize] = ioSizes(files.manifest);
    this.state = new GPUState(gpu, files);
    this.queue = serial();
  }

  async init() {
    await this.state.variant(pickVariant(this.files.manifest.variants, 1));
    return this;
  }

  async ensureDevice() {
    if (this.disposed) throw new Error('model.run after model.dispose()');
    if (!this.state.lost) return;
    this.deviceLosses++;
    this.state = new GPUState(await requestDevice(), this.files);
    this.adapter = this.state.info;
    this.device = this.state.device;
  }

  async runNow(x) {
    checkInput(x, this.inSize);
    await this.ensureDevice();
    const n = x.length / this.inSize;
    const vb = await this.state.variant(pickVariant(this.files.manifest.variants, n, 'pad'));
    if (n > vb.batch) return this.state.execMany(vb, x, n, this.inSize, this.outSize);
    let chunk = x;
    if (n < vb.batch) (chunk = new Float32Array(vb.batch * this.inSize)).set(x);
    return this.state.exec(vb, chunk, n * this.outSize * 4);
  }

  // Runs are serialised: each waits for the one before it (a mapped staging buffer cannot be mapped twice).
  run(x) { return this.queue(() => this.runNow(x)); }

  readWeights() { return this.state.readWeights(); }

  writeWeights(views) { this.state.writeWeights(views); }

  // The training step's pipelines and buffers are built on the first run (and after a device loss); each run
  // starts from the optimizer state in train.safetensors.
  async trainBegin() {
    await this.ensureDevice();
    const {state} = await trainFiles(this.files, 'webgpu');
    if (!this.state.trainer) await this.state.buildTrain();
    for (const [name, buf] of this.state.trainer.state) this.state.device.queue.writeBuffer(buf, 0, state[name]);
  }

  trainStep(x, y) { return this.state.trainStep(x, y); }

  dispose() {
    this.disposed = true;
    this.state.destroy();
  }
}
Object.assign(WebGPUModel.prototype, teachable);

