// A model's files, fetched and checked before any backend sees them: manifest.json (format 3), weights.safetensors,
// and what one backend needs (the WGSL sources, or a .wasm module). See docs/ARCHITECTURE.md ("Artefacts").
// Only files beside the manifest are fetched: a manifest that names another host or folder is refused.
import {fetchOk} from './net.js';
import {parseSafetensors, tensor} from './safetensors.js';

function fail(url, msg) { throw new Error(`bad manifest ${url}: ${msg}`); }

// A file named by the manifest: a plain name beside it, nothing else (no scheme, no host, no path).
function beside(base, name, where) {
  if (typeof name !== 'string' || !/^[\w.-]+$/.test(name) || name.startsWith('.')) {
    fail(where, `file ${JSON.stringify(name)} is not a plain file name beside the manifest`);
  }
  return new URL(name, base).href;
}

const manifestUrl = (base) => new URL('manifest.json', base).href;

// The URL of a file the manifest names, for a model's files ({base}).
export const fileUrl = ({base}, name) => beside(base, name, manifestUrl(base));

// The bytes of a .wasm module (or any binary file) the manifest names.
export async function fileBytes(files, name, what) {
  return (await fetchOk(fileUrl(files, name), what)).arrayBuffer();
}

// The one WGSL fetch: the source of every kernel file these kernels name (each once), by file name.
export async function kernelSources(files, kernels) {
  const names = [...new Set(kernels.map((k) => k.file))];
  const texts = await Promise.all(names.map(async (f) => (await fetchOk(fileUrl(files, f), 'kernel')).text()));
  return Object.fromEntries(names.map((f, i) => [f, texts[i]]));
}

const size = (shape) => shape.reduce((a, d) => a * d, 1);
export const ioSizes = (m) => [size(m.input.shape), size(m.output.shape)];

export function checkInput(x, inSize) {
  if (!(x instanceof Float32Array) || x.length === 0 || x.length % inSize) {
    throw new Error(`model.run needs a Float32Array of ${inSize} * n values, got ${x?.constructor?.name} of length ${x?.length}`);
  }
}

// The variant for the next n images: 'pad' (WebGPU: one dispatch costs the same for a part-filled batch) takes the
// smallest batch >= n, else the largest; 'fit' (WASM: work grows with the batch) the largest batch <= n.
export function pickVariant(variants, n, mode = 'pad') {
  const sorted = [...variants].sort((a, b) => a.batch - b.batch);
  if (mode === 'fit') return [...sorted].reverse().find((v) => v.batch <= n) ?? sorted[0];
  return sorted.find((v) => v.batch >= n) ?? sorted[sorted.length - 1];
}

function checkManifest(m, url) {
  const isArr = (v) => Array.isArray(v) && v.length > 0;
  if (typeof m !== 'object' || m === null) fail(url, 'not a JSON object');
  if (m.format !== 3) fail(url, `format ${m.format} is not 3 (re-export with this runtime's exporter)`);
  if (!m.weights || typeof m.weights.file !== 'string' || !Array.isArray(m.weights.buffers)) fail(url, 'no "weights" {file, buffers}');
  if (!m.wasm || typeof m.wasm.file !== 'string' || !Number.isInteger(m.wasm.base)) fail(url, 'no "wasm" {file, base}');
  if (!isArr(m.variants)) fail(url, 'no "variants" list');
  if (!m.variants.some((v) => v.wasm)) fail(url, 'no variant has "wasm" kernels');
  for (const io of ['input', 'output']) {
    if (!isArr(m[io]?.shape) || !m[io].shape.every((d) => Number.isInteger(d) && d > 0)) fail(url, `"${io}.shape" must list positive integers`);
  }
  const [inSize, outSize] = ioSizes(m);
  const weights = new Set(m.weights.buffers.map((b) => b.name));
  for (const v of m.variants) {
    if (!Number.isInteger(v.batch) || v.batch < 1) fail(url, `variant batch ${v.batch} is not a positive integer`);
    if (!isArr(v.buffers) || !isArr(v.kernels)) fail(url, `variant ${v.batch} needs "buffers" and "kernels"`);
    if (v.wasm && !isArr(v.wasm.kernels)) fail(url, `variant ${v.batch} has "wasm" without "kernels"`);
    const names = new Set([...weights, ...v.buffers.map((b) => b.name)]);
    for (const b of [...m.weights.buffers, ...v.buffers]) {
      if (typeof b.name !== 'string' || !(b.bytes > 0) || b.bytes % 4) fail(url, `buffer ${JSON.stringify(b)} needs a name and a byte size (multiple of 4)`);
    }
    for (const [role, n] of [['input', inSize], ['output', outSize]]) {
      const found = v.buffers.filter((b) => b.role === role);
      if (found.length !== 1) fail(url, `variant ${v.batch} needs exactly one ${role} buffer`);
      if (found[0].bytes !== 4 * n * v.batch) fail(url, `the ${role} of variant ${v.batch} is not ${v.batch} × ${n} f32`);
    }
    for (const k of [...v.kernels, ...(v.wasm?.kernels ?? [])]) {
      if (typeof k.entry !== 'string' || !Array.isArray(k.bindings)) fail(url, `kernel ${JSON.stringify(k)} needs "entry" and "bindings"`);
      for (const n of k.bindings) if (!names.has(n)) fail(url, `kernel ${k.entry} binds unknown buffer "${n}"`);
    }
    for (const k of v.kernels) {
      if (typeof k.file !== 'string') fail(url, `kernel ${k.entry} needs "file"`);
      if (!Array.isArray(k.workgroups) || k.workgroups.length !== 3) fail(url, `kernel ${k.entry} needs "workgroups" [x, y, z]`);
    }
  }
  if (m.teach !== undefined) checkTeach(m, url, weights, inSize);
}

// The optional Teach step: like a variant, with labels, loss and optimizer-state buffers and its own wasm module.
function checkTeach(m, url, weights, inSize) {
  const t = m.teach, isArr = (v) => Array.isArray(v) && v.length > 0;
  if (!Number.isInteger(t?.batch) || t.batch < 1 || !isArr(t.buffers) || !isArr(t.kernels) || !isArr(t.wasm?.kernels)) {
    fail(url, '"teach" needs batch, buffers, kernels and wasm.kernels');
  }
  if (typeof t.wasm.file !== 'string' || typeof t.state?.file !== 'string') fail(url, '"teach" needs wasm.file and state.file');
  const names = new Set([...weights, ...t.buffers.map((b) => b.name)]);
  for (const [role, bytes] of [['input', 4 * inSize * t.batch], ['labels', 4 * t.batch], ['loss', 4]]) {
    const found = t.buffers.filter((b) => b.role === role);
    if (found.length !== 1 || found[0].bytes !== bytes) fail(url, `"teach" needs one ${role} buffer of ${bytes} bytes`);
  }
  for (const k of [...t.kernels, ...t.wasm.kernels]) {
    if (typeof k.entry !== 'string' || !Array.isArray(k.bindings)) fail(url, `teach kernel ${JSON.stringify(k)} needs "entry" and "bindings"`);
    for (const n of k.bindings) if (!names.has(n)) fail(url, `teach kernel ${k.entry} binds unknown buffer "${n}"`);
  }
  for (const n of t.trainable ?? []) if (!weights.has(n)) fail(url, `"teach" trains unknown weight "${n}"`);
}

function checkWeights(m, bytes, url) {
  const file = parseSafetensors(bytes, url), views = {};
  for (const b of m.weights.buffers) {
    views[b.name] = tensor(file, b.key, {nbytes: b.bytes, kind: 'weight', why: 'the weights do not belong to this manifest; re-export'});
  }
  const shapes = Object.fromEntries(m.weights.buffers.map((b) => [b.name, file.header[b.key].shape]));
  return {views, shapes};
}

// {manifest, base, weights: {name: Uint8Array}, shapes}: what every backend needs. `base` is the model's folder,
// resolved and on the page's origin (net.js resolveBase).
export async function loadFiles(base) {
  const url = manifestUrl(base);
  let manifest;
  try {
    manifest = await (await fetchOk(url, 'manifest')).json();
  } catch (e) {
    if (e instanceof SyntaxError) fail(url, `not valid JSON (${e.message})`);
    throw e;
  }
  checkManifest(manifest, url);
  const wurl = beside(base, manifest.weights.file, url);
  const weightBytes = await (await fetchOk(wurl, 'weights')).arrayBuffer();
  const {views, shapes} = checkWeights(manifest, weightBytes, wurl);
  return {manifest, base, weights: views, shapes};
}

// What a learning run needs beyond the inference files, fetched once per model on the first run and shared by
// the backends: the optimizer state's initial values (teach.safetensors, by buffer name) and, per backend, the
// WGSL sources or the bytes of teach.wasm.
export async function teachFiles(files, backend) {
  const t = files.manifest.teach;
  if (!t) throw new Error(`model ${files.manifest.id} has no Teach step: re-export it (python -m training.export)`);
  files.teach ??= {};
  if (!files.teach.state) {
    const url = fileUrl(files, t.state.file);
    const file = parseSafetensors(await (await fetchOk(url, 'optimizer state')).arrayBuffer(), url), state = {};
    for (const b of t.buffers.filter((u) => u.role === 'state')) {
      state[b.name] = tensor(file, b.key, {nbytes: b.bytes, why: 'it does not belong to this manifest; re-export'});
    }
    files.teach.state = state;
  }
  if (backend === 'webgpu') files.teach.sources ??= await kernelSources(files, t.kernels);
  if (backend === 'wasm') files.teach.wasm ??= await fileBytes(files, t.wasm.file, 'WebAssembly Teach kernels');
  return files.teach;
}
