// Generic WebGPU executor for the kernels that training/export.py writes. It knows only the manifest.
//
//   const model = await loadModel('kernels/cnn/', {backend: 'auto'});   // 'auto' | 'webgpu' | 'cpu' ('wasm': not built)
//   const logits = await model.run(x);   // Float32Array(784 * n) in [0, 1] -> Float32Array(10 * n)
//   model.backend ('webgpu' | 'cpu'), model.adapter ({vendor, architecture, description, isFallbackAdapter}),
//   model.device (the GPUDevice now in use), model.deviceLosses, model.autoChoice (ms per backend), model.dispose()
// 'auto': WebGPU on a hardware adapter; the CPU backend (plain JS, same graph) without WebGPU; on a software adapter
// (isFallbackAdapter, e.g. SwiftShader) whichever of the two ran this model faster at load.
// The manifest's optional "cpu" entry: {file, batch: 1, buffers, kernels: [{entry, bindings}]}, an ES module of
// JS functions (one per kernel, same buffers and bindings as the batch-1 variant's WGSL kernels).
//
// Manifest (format 1, extends DESIGN.md's "buffers + kernels" with batch variants):
//   {format: 1, id, name, tinygrad, input: {shape, dtype}, output: {shape, dtype},
//    weights: {file: 'weights.safetensors', buffers: [{name, key, bytes, dtype, role: 'weight'}]},   // shared
//    variants: [{batch, buffers: [{name, bytes, dtype, role: 'input'|'scratch'|'output'}],
//                kernels: [{file, entry, workgroups: [x, y, z], workgroup_size, bindings: [buffer names]}]}]}
// Every kernel's @binding(0) is `var<uniform> INFINITY: f32` (+inf); @binding(i + 1) is the read_write storage
// buffer named bindings[i]. Kernels run in order in one compute pass.
// Batches: run() of one image uses the batch-1 variant; n images use the smallest variant with batch >= n, or
// the largest one in chunks (the last chunk zero-padded). The variant with the smallest batch is built at load;
// the others are built on first use and kept (each compiles its own shaders and holds its own scratch buffers).
// Device loss: a run in flight throws; the next run requests a new device and rebuilds everything.

async function fetchOk(url, what) {
  let res;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`could not fetch ${what} ${url}: ${e.message}`);
  }
  if (!res.ok) throw new Error(`${what} ${url} is missing (HTTP ${res.status} ${res.statusText}); ` +
                               'export the model (python -m training.export) and rebuild the site');
  return res;
}

function fail(url, msg) { throw new Error(`bad manifest ${url}: ${msg}`); }

function checkManifest(m, url) {
  const isArr = (v) => Array.isArray(v) && v.length > 0;
  if (typeof m !== 'object' || m === null) fail(url, 'not a JSON object');
  if (m.format !== 1) fail(url, `format ${m.format} is not 1 (re-export with this runtime's exporter)`);
  if (!m.weights || typeof m.weights.file !== 'string' || !Array.isArray(m.weights.buffers)) fail(url, 'no "weights" {file, buffers}');
  if (!isArr(m.variants)) fail(url, 'no "variants" list');
  const size = (io) => (isArr(m[io]?.shape) && m[io].shape.every((d) => Number.isInteger(d) && d > 0) ?
    m[io].shape.reduce((a, d) => a * d, 1) : fail(url, `"${io}.shape" must list positive integers`));
  const [inSize, outSize] = [size('input'), size('output')];
  const weights = new Set(m.weights.buffers.map((b) => b.name));
  for (const v of m.variants) {
    if (!Number.isInteger(v.batch) || v.batch < 1) fail(url, `variant batch ${v.batch} is not a positive integer`);
    if (!isArr(v.buffers) || !isArr(v.kernels)) fail(url, `variant ${v.batch} needs "buffers" and "kernels"`);
    const names = new Set([...weights, ...v.buffers.map((b) => b.name)]);
    for (const b of [...m.weights.buffers, ...v.buffers]) {
      if (typeof b.name !== 'string' || !(b.bytes > 0) || b.bytes % 4) fail(url, `buffer ${JSON.stringify(b)} needs a name and a byte size (multiple of 4)`);
    }
    for (const [role, n] of [['input', inSize], ['output', outSize]]) {
      const found = v.buffers.filter((b) => b.role === role);
      if (found.length !== 1) fail(url, `variant ${v.batch} needs exactly one ${role} buffer`);
      if (found[0].bytes !== 4 * n * v.batch) fail(url, `the ${role} of variant ${v.batch} is not ${v.batch} × ${n} f32`);
    }
    for (const k of v.kernels) {
      if (typeof k.file !== 'string' || typeof k.entry !== 'string') fail(url, `kernel ${JSON.stringify(k)} needs "file" and "entry"`);
      if (!Array.isArray(k.workgroups) || k.workgroups.length !== 3) fail(url, `kernel ${k.entry} needs "workgroups" [x, y, z]`);
      if (!Array.isArray(k.bindings)) fail(url, `kernel ${k.entry} needs "bindings"`);
      for (const n of k.bindings) if (!names.has(n)) fail(url, `kernel ${k.entry} binds unknown buffer "${n}"`);
    }
  }
}

// safetensors: u64 little-endian header length, JSON header {key: {dtype, shape, data_offsets: [begin, end]}}, data
function parseSafetensors(bytes, url) {
  if (bytes.byteLength < 8) throw new Error(`${url} is not a safetensors file (${bytes.byteLength} bytes)`);
  const n = Number(new DataView(bytes).getBigUint64(0, true));
  if (8 + n > bytes.byteLength) throw new Error(`${url} is truncated: its header says ${n} bytes`);
  let header;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, n)));
  } catch (e) {
    throw new Error(`${url} has a corrupt header: ${e.message}`);
  }
  return {header, data: 8 + n};
}

function checkWeights(m, bytes, url) {
  const {header, data} = parseSafetensors(bytes, url);
  const views = {};
  for (const b of m.weights.buffers) {
    const t = header[b.key];
    if (!t) throw new Error(`${url} has no tensor "${b.key}" (the weights do not belong to this manifest; re-export)`);
    const [begin, end] = t.data_offsets;
    if (end - begin !== b.bytes) {
      throw new Error(`weight size mismatch for "${b.key}": ${url} holds ${end - begin} bytes, the manifest expects ${b.bytes}`);
    }
    if (data + end > bytes.byteLength) throw new Error(`${url} is truncated: "${b.key}" ends past the end of the file`);
    views[b.name] = new Uint8Array(bytes, data + begin, end - begin);
  }
  return views;
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

async function loadFiles(base, wgsl = true) {
  const url = new URL('manifest.json', base).href;
  let manifest;
  try {
    manifest = await (await fetchOk(url, 'manifest')).json();
  } catch (e) {
    if (e instanceof SyntaxError) fail(url, `not valid JSON (${e.message})`);
    throw e;
  }
  checkManifest(manifest, url);
  const wurl = new URL(manifest.weights.file, base).href;
  const weightBytes = await (await fetchOk(wurl, 'weights')).arrayBuffer();
  const weights = checkWeights(manifest, weightBytes, wurl);
  const files = wgsl ? [...new Set(manifest.variants.flatMap((v) => v.kernels.map((k) => k.file)))] : [];
  const texts = await Promise.all(files.map(async (f) => (await fetchOk(new URL(f, base).href, 'kernel')).text()));
  return {manifest, weights, sources: Object.fromEntries(files.map((f, i) => [f, texts[i]]))};
}

function makeBuffer(device, bytes, usage, label) { return device.createBuffer({size: bytes, usage, label}); }

// Everything on one device: weights, the INFINITY uniform, and (lazily) each variant's buffers and pipelines.
class GPUState {
  constructor(gpu, files) {
    Object.assign(this, gpu, {files, variants: new Map(), lost: null, modules: new Map(), layouts: new Map()});
    this.device.lost.then((info) => { this.lost = info; });
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST;
    this.weights = {};
    for (const b of files.manifest.weights.buffers) {
      this.weights[b.name] = makeBuffer(this.device, b.bytes, usage, b.name);
      this.device.queue.writeBuffer(this.weights[b.name], 0, files.weights[b.name]);
    }
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
    const code = this.files.sources[k.file];
    const module = this.device.createShaderModule({code, label: k.file});
    try {
      return await this.device.createComputePipelineAsync({layout: this.layout(k.bindings.length).pl,
                                                           compute: {module, entryPoint: k.entry}, label: k.file});
    } catch (e) {
      const msgs = (await module.getCompilationInfo()).messages.map((m) => `${m.lineNum}:${m.linePos} ${m.message}`);
      throw new Error(`WebGPU rejected kernel ${k.file}: ${e.message} ${msgs.join('; ')}`);
    }
  }

  async variant(v) {
    if (this.variants.has(v.batch)) return this.variants.get(v.batch);
    this.device.pushErrorScope('validation');
    let built, failure;
    try {
      built = await this.build(v);
    } catch (e) {
      failure = e;
    }
    const err = await this.device.popErrorScope();
    if (failure) throw failure;
    if (err) throw new Error(`WebGPU rejected the batch-${v.batch} kernels of ${this.files.manifest.id}: ${err.message}`);
    this.variants.set(v.batch, built);
    return built;
  }

  async build(v) {
    const bufs = {...this.weights};
    for (const b of v.buffers) {
      const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
      bufs[b.name] = makeBuffer(this.device, b.bytes, usage, `b${v.batch}:${b.name}`);
    }
    const out = v.buffers.find((b) => b.role === 'output');
    const staging = makeBuffer(this.device, out.bytes, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, 'staging');
    const pipelines = await Promise.all(v.kernels.map((k) => this.pipeline(k)));
    const steps = v.kernels.map((k, i) => ({
      pipeline: pipelines[i], workgroups: k.workgroups,
      bindGroup: this.device.createBindGroup({layout: this.layout(k.bindings.length).bgl, entries: [
        {binding: 0, resource: {buffer: this.inf}}, ...k.bindings.map((n, j) => ({binding: j + 1, resource: {buffer: bufs[n]}}))]}),
    }));
    const input = bufs[v.buffers.find((b) => b.role === 'input').name];
    return {batch: v.batch, input, output: bufs[out.name], staging, steps, own: v.buffers.map((b) => bufs[b.name])};
  }

  // One writeBuffer, one command buffer with every dispatch and the copy to the staging buffer, one readback.
  async exec(vb, x, outBytes) {
    const {device} = this;
    device.queue.writeBuffer(vb.input, 0, x);
    const enc = device.createCommandEncoder();
    const pass = enc.beginComputePass();
    for (const s of vb.steps) {
      pass.setPipeline(s.pipeline);
      pass.setBindGroup(0, s.bindGroup);
      pass.dispatchWorkgroups(...s.workgroups);
    }
    pass.end();
    enc.copyBufferToBuffer(vb.output, 0, vb.staging, 0, outBytes);
    device.queue.submit([enc.finish()]);
    try {
      await vb.staging.mapAsync(GPUMapMode.READ, 0, outBytes);
    } catch (e) {
      if (this.lost) throw lostError(this.lost);
      throw new Error(`WebGPU readback failed: ${e.message}`);
    }
    const y = new Float32Array(vb.staging.getMappedRange(0, outBytes).slice(0));
    vb.staging.unmap();
    return y;
  }

  destroy() {
    for (const vb of this.variants.values()) for (const b of [...vb.own, vb.staging]) b.destroy();
    for (const b of Object.values(this.weights)) b.destroy();
    this.inf.destroy();
    this.device.destroy();
  }
}

function lostError(info) {
  return new Error(`WebGPU device lost (${info.reason}: ${info.message || 'no message'}); the next run re-creates it`);
}

function pickVariant(variants, n) {
  const sorted = [...variants].sort((a, b) => a.batch - b.batch);
  return sorted.find((v) => v.batch >= n) ?? sorted[sorted.length - 1];
}

class WebGPUModel {
  constructor(files, gpu) {
    Object.assign(this, {files, backend: 'webgpu', adapter: gpu.info, deviceLosses: 0});
    const m = files.manifest;
    this.id = m.id;
    this.inSize = m.input.shape.reduce((a, b) => a * b, 1);
    this.outSize = m.output.shape.reduce((a, b) => a * b, 1);
    this.state = new GPUState(gpu, files);
    this.queue = Promise.resolve();
  }

  get device() { return this.state.device; }

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
  }

  async runNow(x) {
    if (!(x instanceof Float32Array) || x.length === 0 || x.length % this.inSize) {
      throw new Error(`model.run needs a Float32Array of ${this.inSize} * n values, got ${x?.constructor?.name} of length ${x?.length}`);
    }
    await this.ensureDevice();
    const n = x.length / this.inSize;
    const out = new Float32Array(n * this.outSize);
    for (let i = 0; i < n;) {
      const v = pickVariant(this.files.manifest.variants, n - i);
      const m = Math.min(v.batch, n - i);
      const vb = await this.state.variant(v);
      let chunk = x.subarray(i * this.inSize, (i + m) * this.inSize);
      if (m < v.batch) (chunk = new Float32Array(v.batch * this.inSize)).set(x.subarray(i * this.inSize, (i + m) * this.inSize));
      out.set(await this.state.exec(vb, chunk, m * this.outSize * 4), i * this.outSize);
      i += m;
    }
    return out;
  }

  // Runs are serialised: each waits for the one before it (a mapped staging buffer cannot be mapped twice).
  run(x) {
    const p = this.queue.then(() => this.runNow(x));
    this.queue = p.catch(() => {});
    return p;
  }

  dispose() {
    this.disposed = true;
    this.state.destroy();
  }
}

// The CPU backend: the manifest's "cpu" graph ({file, batch: 1, buffers, kernels: [{entry, bindings}]}), whose
// kernels are plain JS functions over Float32Arrays (translated at export from tinygrad's WGSL, rendered without
// workgroups: global dimensions become loops).
class CPUModel {
  constructor(files, mod) {
    Object.assign(this, {files, backend: 'cpu', adapter: null, deviceLosses: 0, device: null});
    const {manifest: m, weights} = files;
    this.inSize = m.input.shape.reduce((a, b) => a * b, 1);
    this.outSize = m.output.shape.reduce((a, b) => a * b, 1);
    this.bufs = {};
    for (const b of m.weights.buffers) this.bufs[b.name] = new Float32Array(weights[b.name].slice().buffer);
    for (const b of m.cpu.buffers) this.bufs[b.name] = new Float32Array(b.bytes / 4);
    this.steps = m.cpu.kernels.map((k) => {
      if (typeof mod[k.entry] !== 'function') fail(m.cpu.file, `no function ${k.entry}`);
      return [mod[k.entry], k.bindings.map((n) => this.bufs[n])];
    });
    [this.input, this.output] = ['input', 'output'].map((r) => this.bufs[m.cpu.buffers.find((b) => b.role === r).name]);
  }

  async run(x) {
    if (this.disposed) throw new Error('model.run after model.dispose()');
    if (!(x instanceof Float32Array) || x.length === 0 || x.length % this.inSize) {
      throw new Error(`model.run needs a Float32Array of ${this.inSize} * n values, got ${x?.constructor?.name} of length ${x?.length}`);
    }
    const n = x.length / this.inSize, out = new Float32Array(n * this.outSize);
    for (let i = 0; i < n; i++) {
      this.input.set(x.subarray(i * this.inSize, (i + 1) * this.inSize));
      for (const [f, args] of this.steps) f(...args);
      out.set(this.output.subarray(0, this.outSize), i * this.outSize);
    }
    return out;
  }

  dispose() { this.disposed = true; }
}

async function loadCPU(base, files) {
  const cpu = files.manifest.cpu;
  const where = `${base}manifest.json`;
  if (!cpu || typeof cpu.file !== 'string' || cpu.batch !== 1 || !Array.isArray(cpu.kernels)) fail(where, 'no "cpu" graph');
  let mod;
  try {
    mod = await import(new URL(cpu.file, base).href);
  } catch (e) {
    await fetchOk(new URL(cpu.file, base).href, 'CPU kernels');  // a 404 says so; otherwise the module is broken
    throw new Error(`CPU kernels ${new URL(cpu.file, base).href} do not load: ${e.message}`);
  }
  return new CPUModel(files, mod);
}

// backend 'auto': WebGPU on a hardware adapter; the CPU backend where WebGPU is missing; on a software adapter
// (adapter.info.isFallbackAdapter, e.g. SwiftShader) the faster of the two for this model, timed at load.
export async function loadModel(url, {backend = 'auto'} = {}) {
  if (!['auto', 'webgpu', 'cpu', 'wasm'].includes(backend)) throw new Error(`unknown backend "${backend}" (auto | webgpu | cpu)`);
  if (backend === 'wasm') throw new Error('backend "wasm" is not built into this runtime; use "cpu" (plain JS), "webgpu" or "auto"');
  const base = new URL(url.endsWith('/') ? url : `${url}/`, globalThis.location?.href).href;
  if (backend === 'cpu') return loadCPU(base, await loadFiles(base, false));
  const [gpu, files] = await Promise.allSettled([requestDevice(), loadFiles(base)]);
  const cpu = backend === 'auto' && files.status === 'fulfilled' && files.value.manifest.cpu;
  if (cpu && gpu.status === 'rejected') return loadCPU(base, files.value);
  if (gpu.status === 'rejected') throw gpu.reason;
  let model;
  try {
    if (files.status === 'rejected') throw files.reason;
    model = await new WebGPUModel(files.value, gpu.value).init();
  } catch (e) {
    gpu.value.device.destroy();
    throw e;
  }
  return cpu && gpu.value.info.isFallbackAdapter ? faster(model, await loadCPU(base, files.value)) : model;
}

// On a software adapter 'auto' keeps whichever backend runs this model faster here (median of a few runs each).
async function faster(a, b) {
  const x = new Float32Array(a.inSize).fill(0.5);
  const ms = async (m) => {
    const t = [];
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      await m.run(x);
      t.push(performance.now() - t0);
    }
    return t.sort((u, v) => u - v)[1];
  };
  const [ta, tb] = [await ms(a), await ms(b)];
  const [keep, drop] = ta <= tb ? [a, b] : [b, a];
  drop.dispose();
  keep.autoChoice = {[a.backend]: ta, [b.backend]: tb};
  return keep;
}
