// The WebAssembly backend: model.wasm holds every kernel of every batch variant (C from tinygrad's renderer, compiled
// to wasm32 + SIMD128 at export). Its memory is imported: the runtime creates it, copies the weights to the offsets
// the manifest gives, and grows it the first time a larger batch runs. A kernel is called with the byte offsets of
// its buffers; the variant's kernels run in order. This module runs in a worker (worker.js; the page talks to it
// through remote.js), never on the page's thread.
import {checkInput, fileBytes, fileUrl, ioSizes, pickVariant, teachFiles} from './manifest.js';

const PAGE = 65536;
// The smallest module that uses a SIMD instruction (i32x4.splat of 0, dropped): valid only where SIMD128 is supported.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 9, 1, 7, 0,
                                   65, 0, 253, 17, 26, 11]);

export function wasmSupported() {
  return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}

// The CPU backend's requirement, checked on the page before a worker starts and again in the worker.
export function requireSimd(what = 'run') {
  if (typeof WebAssembly !== 'object') throw new Error(`this browser has no WebAssembly: the CPU backend cannot ${what}`);
  if (!wasmSupported()) {
    throw new Error(`this browser lacks WebAssembly SIMD (Chrome 91+, Firefox 89+, Safari 16.4+): the CPU backend cannot ${what}`);
  }
}

async function compileModule(files) {
  const {manifest} = files;
  requireSimd();
  const url = fileUrl(files, manifest.wasm.file), bytes = await fileBytes(files, manifest.wasm.file, 'WebAssembly kernels');
  let module;
  try {
    module = await WebAssembly.compile(bytes);
  } catch (e) {
    throw new Error(`${url} is not a valid WebAssembly module (corrupt or truncated; re-export the model): ${e.message}`);
  }
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  for (const v of manifest.variants.filter((u) => u.wasm)) {
    for (const k of v.wasm.kernels) if (!exported.has(k.entry)) throw new Error(`${url} has no kernel ${k.entry}: it does not belong to this manifest; re-export`);
  }
  return module;
}

class WasmModel {
  constructor(files, instance, memory) {
    Object.assign(this, {files, instance, memory, backend: 'wasm', adapter: null, device: null, deviceLosses: 0});
    this.id = files.manifest.id;
    [this.inSize, this.outSize] = ioSizes(files.manifest);
    this.steps = new Map();
    this.variants = files.manifest.variants.filter((v) => v.wasm);  // the batches the exporter found worth it here
  }

  // Kernels (w: {kernels, offsets, memory} of a variant or the Teach step) as [function, byte offsets of their
  // buffers], the memory grown to what they need.
  calls(exports, w, batch) {
    const need = Math.ceil(w.memory / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (need > 0) grow(this.memory, need, batch);
    const at = {...offsets(this.files.manifest.weights.buffers), ...w.offsets};
    return {at, steps: bindKernels(exports, w.kernels, at)};
  }

  variant(v) {
    if (!this.steps.has(v.batch)) {
      const {at, steps} = this.calls(this.instance.exports, v.wasm, v.batch);
      const io = Object.fromEntries(v.buffers.filter((b) => b.role !== 'scratch').map((b) => [b.role, at[b.name] / 4]));
      this.steps.set(v.batch, {steps, ...io});
    }
    return this.steps.get(v.batch);
  }

  async run(x) {
    if (this.disposed) throw new Error('model.run after model.dispose()');
    checkInput(x, this.inSize);
    const n = x.length / this.inSize, out = new Float32Array(n * this.outSize);
    for (let i = 0; i < n;) {
      const v = pickVariant(this.variants, n - i, 'fit');
      const {steps, input, output} = this.variant(v), m = Math.min(v.batch, n - i);
      const f = new Float32Array(this.memory.buffer);
      f.set(x.subarray(i * this.inSize, (i + m) * this.inSize), input);
      if (m < v.batch) f.fill(0, input + m * this.inSize, input + v.batch * this.inSize);
      for (const [k, args] of steps) k(...args);
      out.set(f.subarray(output, output + m * this.outSize), i * this.outSize);
      i += m;
    }
    return out;
  }

  readWeights() {
    const bytes = new Uint8Array(this.memory.buffer);
    return Object.fromEntries(this.files.manifest.weights.buffers.map((b) => [b.name, bytes.slice(b.offset, b.offset + b.bytes)]));
  }

  writeWeights(views) {
    const bytes = new Uint8Array(this.memory.buffer);
    for (const b of this.files.manifest.weights.buffers) bytes.set(views[b.name], b.offset);
  }

  // The Teach step: teach.wasm instantiated on this model's memory (grown to the step's buffers) on the first
  // run; every run starts from the optimizer state in teach.safetensors.
  async teachBegin() {
    const t = this.files.manifest.teach, {state, wasm} = await teachFiles(this.files, 'wasm');
    if (!this.teacher) {
      const exports = await instantiateKernels(wasm, this.memory, t.wasm.kernels, t.wasm.file);
      const {at, steps} = this.calls(exports, t.wasm, t.batch);
      const io = Object.fromEntries(t.buffers.filter((b) => b.role !== 'scratch' && b.role !== 'state').map((b) => [b.role, at[b.name]]));
      this.teacher = {steps, ...io, state: t.buffers.filter((b) => b.role === 'state').map((b) => [b.name, at[b.name]])};
    }
    const bytes = new Uint8Array(this.memory.buffer);
    for (const [name, at] of this.teacher.state) bytes.set(state[name], at);
  }

  teachStep(x, y) {
    const {steps, input, labels, loss} = this.teacher, buf = this.memory.buffer;
    new Float32Array(buf, input, x.length).set(x);
    new Int32Array(buf, labels, y.length).set(y);
    for (const [k, args] of steps) k(...args);
    return new Float32Array(this.memory.buffer, loss, 1)[0];
  }

  dispose() {
    this.disposed = true;
    this.steps.clear();
  }
}

// A training step's module (teach.wasm, scratch_b<batch>.wasm) on `memory`: its exports, every kernel checked.
export async function instantiateKernels(bytes, memory, kernels, name) {
  let instance;
  try {
    instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes), {env: {memory}});
  } catch (e) {
    throw new Error(`${name} is not a valid WebAssembly module for this model (re-export): ${e.message}`);
  }
  const missing = kernels.find((k) => !instance.exports[k.entry]);
  if (missing) throw new Error(`${name} has no kernel ${missing.entry}: re-export the model`);
  return instance.exports;
}

// Each kernel as [its exported function, the byte offsets of its buffers] (`at`: buffer name -> offset).
const bindKernels = (exports, kernels, at) => kernels.map((k) => [exports[k.entry], k.bindings.map((n) => at[n])]);

const offsets = (buffers) => Object.fromEntries(buffers.map((b) => [b.name, b.offset]));

function grow(memory, pages, batch) {
  try {
    memory.grow(pages);
  } catch (e) {
    const mib = (memory.buffer.byteLength + pages * PAGE) / 2 ** 20;
    throw new Error(`could not reserve ${mib.toFixed(0)} MiB of memory for the batch-${batch} kernels: ${e.message}`);
  }
}

// A model on WebAssembly: the module compiled, its memory made, the weights copied in at their offsets.
export async function loadWasm(files) {
  const {manifest} = files;
  const module = await compileModule(files);
  const small = pickVariant(manifest.variants.filter((v) => v.wasm), 1);
  const end = Math.max(small.wasm.memory, ...manifest.weights.buffers.map((b) => b.offset + b.bytes));
  for (const b of manifest.weights.buffers) {
    if (!Number.isInteger(b.offset) || b.offset < manifest.wasm.base || b.offset % 4) {
      throw new Error(`weight "${b.name}" has no valid offset in the manifest (re-export the model)`);
    }
  }
  let memory;
  try {
    memory = new WebAssembly.Memory({initial: Math.ceil(end / PAGE)});
  } catch (e) {
    throw new Error(`could not reserve ${(end / 2 ** 20).toFixed(1)} MiB of memory for the weights: ${e.message}`);
  }
  const instance = await WebAssembly.instantiate(module, {env: {memory}});
  const heap = instance.exports.__heap_base?.value ?? 0;
  if (heap > manifest.wasm.base) {
    throw new Error(`the kernels' own data ends at ${heap}, past the weights at ${manifest.wasm.base}: model.wasm and the manifest do not match; re-export`);
  }
  const model = new WasmModel(files, instance, memory);
  model.writeWeights(files.weights);
  return model;
}

// A from-scratch training step (manifest.scratch.batches[i]: scratch_b<batch>.wasm) on its own memory, laid out by
// the exporter. write/read move the kept buffers (weights and optimizer state; KEEP names their roles).
class WasmStep {
  write(views) {
    const u8 = new Uint8Array(this.memory.buffer);
    for (const [name, v] of Object.entries(views)) u8.set(v, this.at[name]);
  }

  read() {
    const u8 = new Uint8Array(this.memory.buffer);
    return Object.fromEntries(this.entry.buffers.filter((b) => KEEP.includes(b.role))
      .map((b) => [b.name, u8.slice(this.at[b.name], this.at[b.name] + b.bytes)]));
  }

  step(x, y) {
    const buf = this.memory.buffer;
    new Float32Array(buf, this.at.input, x.length).set(x);
    new Int32Array(buf, this.at.labels, y.length).set(y);
    for (const [k, args] of this.steps) k(...args);
  }

  loss() { return new Float32Array(this.memory.buffer, this.at.loss, 1)[0]; }
}

export const KEEP = ['weight', 'state'];  // the buffers a step carries to the next: weights (running statistics too), optimizer

export async function loadWasmStep(files, entry) {
  requireSimd('train');
  const url = fileUrl(files, entry.wasm.file), bytes = await fileBytes(files, entry.wasm.file, 'WebAssembly training kernels');
  const memory = new WebAssembly.Memory({initial: Math.ceil(entry.wasm.memory / PAGE)});
  const exports = await instantiateKernels(bytes, memory, entry.wasm.kernels, url);
  const at = entry.wasm.offsets;
  return Object.assign(new WasmStep(), {entry, memory, steps: bindKernels(exports, entry.wasm.kernels, at), at});
}
