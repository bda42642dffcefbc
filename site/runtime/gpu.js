// WebGPU's common ground, for a model (webgpu.js) and a from-scratch training step (scratch.js): the device request,
// a device's kept buffers (a model's weights, a step's weights and optimizer state), the compute pipelines and bind
// groups of exported kernels, and the readback. Every kernel's @binding(0) is `var<uniform> INFINITY: f32` (+inf);
// @binding(i + 1) is the read_write storage buffer named bindings[i].
import {turn} from './util.js';

// How a readback waits. Chromium answers a mapAsync at once only if the GPU work is done when its GPU process first
// looks; otherwise it looks again only after a timer. While the mapping is pending the page asks for
// onSubmittedWorkDone once per task turn (`nudge`, for at most `pollMs`): each request makes the GPU process look
// again, so a readback returns soon after the GPU finishes instead of on the timer's next step (docs/ARCHITECTURE.md,
// "Environment facts"). Empty submits ('submit') made readbacks erratic, and a setTimeout turn is clamped. On a
// software adapter (SwiftShader) the GPU process shares the CPU with the page and nudging slows it, so
// `softwareNudge` is 'none' (plain mapAsync). bench/realgpu.js switches `nudge` to compare them.
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
  if (!adapter) {
    throw Object.assign(new Error('WebGPU has no adapter: the GPU is disabled or blocklisted (chrome://gpu or ' +
                                  'about:support says which), or no driver supports it.'), {name: 'NoAdapterError'});
  }
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

export function makeBuffer(device, bytes, usage, label) { return device.createBuffer({size: bytes, usage, label}); }

// Usages as functions: GPUBufferUsage exists only where WebGPU does, and this module loads everywhere.
const STORAGE = () => GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
export const STAGING = () => GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST;

function lostError(info) {
  return new Error(`WebGPU device lost (${info.reason}: ${info.message || 'no message'}); the next run re-creates it`);
}

// One device (`gpu`: requestDevice()'s result) and what lives as long as it: the kept buffers (`kept`: [{name,
// bytes}], written from `views`: {name: Uint8Array}), the INFINITY uniform, and the pipelines of the kernels bound.
// `id` names the model in errors. Buffers made by bind() belong to the caller, who destroys them.
export class GPUState {
  constructor(gpu, {id, kept, views}) {
    Object.assign(this, gpu, {id, kept, lost: null, layouts: new Map()});
    this.device.lost.then((info) => { this.lost = info; });
    this.weights = Object.fromEntries(kept.map((b) => [b.name, makeBuffer(this.device, b.bytes, STORAGE(), b.name)]));
    this.writeWeights(views);
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

  async pipeline(k, code) {
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
    if (err) throw new Error(`WebGPU rejected the ${what} kernels of ${this.id}: ${err.message}`);
    return built;
  }

  // A set of buffers (beside the kept ones) and the kernels that use them, their WGSL in `sources` (by file name):
  // {bufs by name, steps, role(r) -> the buffer of that role, own: the buffers made here}.
  async bind(buffers, kernels, sources, label) {
    const bufs = {...this.weights};
    for (const b of buffers) bufs[b.name] = makeBuffer(this.device, b.bytes, STORAGE(), `${label}:${b.name}`);
    const pipelines = await Promise.all(kernels.map((k) => this.pipeline(k, sources[k.file])));
    const steps = kernels.map((k, i) => ({
      pipeline: pipelines[i], workgroups: k.workgroups,
      bindGroup: this.device.createBindGroup({layout: this.layout(k.bindings.length).bgl, entries: [
        {binding: 0, resource: {buffer: this.inf}}, ...k.bindings.map((n, j) => ({binding: j + 1, resource: {buffer: bufs[n]}}))]}),
    }));
    const role = (r) => bufs[buffers.find((b) => b.role === r).name];
    return {bufs, steps, role, own: buffers.map((b) => bufs[b.name])};
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

  // The kept buffers, read back through one staging buffer: {name: Uint8Array}.
  async readWeights() {
    const total = this.kept.reduce((a, b) => a + b.bytes, 0);
    const staging = makeBuffer(this.device, total, STAGING(), 'weights:staging');
    const enc = this.device.createCommandEncoder();
    let at = 0;
    for (const b of this.kept) { enc.copyBufferToBuffer(this.weights[b.name], 0, staging, at, b.bytes); at += b.bytes; }
    this.device.queue.submit([enc.finish()]);
    try {
      const all = new Uint8Array(await this.read(staging, total));
      at = 0;
      return Object.fromEntries(this.kept.map((b) => [b.name, all.slice(at, at += b.bytes)]));
    } finally {
      staging.destroy();
    }
  }

  writeWeights(views) {
    for (const b of this.kept) {
      if (views[b.name]) this.device.queue.writeBuffer(this.weights[b.name], 0, views[b.name]);  // those given
    }
  }

  destroy() {
    this.nudgeBuf?.destroy();
    for (const b of Object.values(this.weights)) b.destroy();
    this.inf.destroy();
    this.device.destroy();
  }
}
