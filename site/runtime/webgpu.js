// The WebGPU backend of a model: the manifest's WGSL kernels, one compute pipeline each, run in one command buffer
// (gpu.js holds the device, the weights, the pipelines and the readback). The variant with the smallest batch is built
// at load; the others on first use. Device loss: a run in flight throws; the next run requests a new device and
// rebuilds everything. A run of more images than the largest batch is one command buffer (each batch: a copy in, the
// dispatches, a copy out) and one readback at the end, so the GPU never waits on the page between batches.
import {GPUState, STAGING, encodePass, makeBuffer, requestDevice} from './gpu.js';
import {checkInput, ioSizes, kernelSources, pickVariant, teachFiles} from './manifest.js';
import {teachable} from './teach.js';
import {serial} from './util.js';

export {readback, requestDevice} from './gpu.js';

const BIG_INPUT = 64 << 20;  // bytes of input written at once by a run of many batches: bounds the upload buffer

// One command buffer: every step's dispatch in one compute pass, then `bytes` of `src` copied to the staging buffer.
function dispatch(device, steps, src, staging, bytes) {
  const enc = device.createCommandEncoder();
  encodePass(enc, steps);
  enc.copyBufferToBuffer(src, 0, staging, 0, bytes);
  device.queue.submit([enc.finish()]);
}

// A model on one device: its weights (gpu.js GPUState) and, lazily, each variant's buffers and pipelines and the
// Teach step's.
class ModelGPU extends GPUState {
  constructor(gpu, files) {
    super(gpu, {id: files.manifest.id, kept: files.manifest.weights.buffers, views: files.weights});
    Object.assign(this, {files, variants: new Map()});
  }

  async variant(v) {
    if (!this.variants.has(v.batch)) this.variants.set(v.batch, await this.scoped(() => this.build(v), `batch-${v.batch}`));
    return this.variants.get(v.batch);
  }

  async build(v) {
    const {steps, role, own} = await this.bind(v.buffers, v.kernels, this.files.sources, `b${v.batch}`);
    const out = v.buffers.find((b) => b.role === 'output');
    const staging = makeBuffer(this.device, out.bytes, STAGING(), 'staging');
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
      big.staging = makeBuffer(device, outBytes, STAGING(), 'run:staging');
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

  // The Teach step's buffers and pipelines, built once (its WGSL is in files.teach.sources by then).
  async buildTeach() {
    const t = this.files.manifest.teach;
    this.teacher = await this.scoped(async () => {
      const {bufs, steps, role, own} = await this.bind(t.buffers, t.kernels, this.files.teach.sources, 'teach');
      const staging = makeBuffer(this.device, 4, STAGING(), 'teach:staging');
      return {steps, input: role('input'), labels: role('labels'), loss: role('loss'), staging, own: [...own, staging],
              state: t.buffers.filter((b) => b.role === 'state').map((b) => [b.name, bufs[b.name]])};
    }, 'teaching');
  }

  async teachStep(x, y) {
    const {device} = this, tr = this.teacher;
    device.queue.writeBuffer(tr.input, 0, x);
    device.queue.writeBuffer(tr.labels, 0, y);
    dispatch(device, tr.steps, tr.loss, tr.staging, 4);
    return new Float32Array(await this.read(tr.staging, 4))[0];
  }

  destroy() {
    for (const b of this.teacher?.own ?? []) b.destroy();
    for (const vb of this.variants.values()) for (const b of [...vb.own, vb.staging, vb.big?.input, vb.big?.staging]) b?.destroy();
    super.destroy();
  }
}

// A model on WebGPU; `gpu` is requestDevice()'s result (the device is destroyed when the load fails).
export async function loadWebGPU(files, gpu) {
  try {
    const sources = await kernelSources(files, files.manifest.variants.flatMap((v) => v.kernels));
    return await new WebGPUModel({...files, sources}, gpu).init();
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
    this.state = new ModelGPU(gpu, files);
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
    this.state = new ModelGPU(await requestDevice(), this.files);
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

  // The Teach step's pipelines and buffers are built on the first run (and after a device loss); each run
  // starts from the optimizer state in teach.safetensors.
  async teachBegin() {
    await this.ensureDevice();
    const {state} = await teachFiles(this.files, 'webgpu');
    if (!this.state.teacher) await this.state.buildTeach();
    for (const [name, buf] of this.state.teacher.state) this.state.device.queue.writeBuffer(buf, 0, state[name]);
  }

  teachStep(x, y) { return this.state.teachStep(x, y); }

  dispose() {
    this.disposed = true;
    this.state.destroy();
  }
}
Object.assign(WebGPUModel.prototype, teachable);
