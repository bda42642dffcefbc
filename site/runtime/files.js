// A model's files, fetched and checked before any backend sees them: manifest.json (format 2), weights.safetensors,
// and what one backend needs (the WGSL sources, or model.wasm). See docs/ARCHITECTURE.md ("Artefacts").
// Only files beside the manifest are fetched: a manifest that names another host or folder is refused.

export async function fetchOk(url, what) {
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

export function fail(url, msg) { throw new Error(`bad manifest ${url}: ${msg}`); }

// A file named by the manifest: a plain name beside it, nothing else (no scheme, no host, no path).
export function beside(base, name, where) {
  if (typeof name !== 'string' || !/^[\w.-]+$/.test(name) || name.startsWith('.')) {
    fail(where, `file ${JSON.stringify(name)} is not a plain file name beside the manifest`);
  }
  return new URL(name, base).href;
}

const size = (shape) => shape.reduce((a, d) => a * d, 1);
export const ioSizes = (m) => [size(m.input.shape), size(m.output.shape)];

export function checkInput(x, inSize) {
  if (!(x instanceof Float32Array) || x.length === 0 || x.length % inSize) {
    throw new Error(`model.run needs a Float32Array of ${inSize} * n values, got ${x?.constructor?.name} of length ${x?.length}`);
  }
}

// A macrotask turn without setTimeout's 4 ms clamp (one shared MessageChannel): the page paints and handles input,
// and IPC replies (a WebGPU mapping) are delivered, between such turns.
let wakers = [], port = null;
export function turn() {
  if (!port) {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { const w = wakers; wakers = []; for (const f of w) f(); };
    port = ch.port2;
  }
  return new Promise((resolve) => { wakers.push(resolve); port.postMessage(0); });
}

// The one lock: calls given to the returned function run one at a time, in order; a failure does not block the next.
export function serial() {
  let tail = Promise.resolve();
  return (fn) => {
    const p = tail.then(fn);
    tail = p.catch(() => {});
    return p;
  };
}

// mulberry32: a small seeded PRNG (Teach's batches; a training run's shuffles and initial weights).
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
  if (m.format !== 2) fail(url, `format ${m.format} is not 2 (re-export with this runtime's exporter)`);
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
  if (m.train !== undefined) checkTrain(m, url, weights, inSize);
}

// The optional training step: like a variant, with labels, loss and optimizer-state buffers and its own wasm module.
function checkTrain(m, url, weights, inSize) {
  const t = m.train, isArr = (v) => Array.isArray(v) && v.length > 0;
  if (!Number.isInteger(t?.batch) || t.batch < 1 || !isArr(t.buffers) || !isArr(t.kernels) || !isArr(t.wasm?.kernels)) {
    fail(url, '"train" needs batch, buffers, kernels and wasm.kernels');
  }
  if (typeof t.wasm.file !== 'string' || typeof t.state?.file !== 'string') fail(url, '"train" needs wasm.file and state.file');
  const names = new Set([...weights, ...t.buffers.map((b) => b.name)]);
  for (const [role, bytes] of [['input', 4 * inSize * t.batch], ['labels', 4 * t.batch], ['loss', 4]]) {
    const found = t.buffers.filter((b) => b.role === role);
    if (found.length !== 1 || found[0].bytes !== bytes) fail(url, `"train" needs one ${role} buffer of ${bytes} bytes`);
  }
  for (const k of [...t.kernels, ...t.wasm.kernels]) {
    if (typeof k.entry !== 'string' || !Array.isArray(k.bindings)) fail(url, `train kernel ${JSON.stringify(k)} needs "entry" and "bindings"`);
    for (const n of k.bindings) if (!names.has(n)) fail(url, `train kernel ${k.entry} binds unknown buffer "${n}"`);
  }
  for (const n of t.trainable ?? []) if (!weights.has(n)) fail(url, `"train" trains unknown weight "${n}"`);
}

// safetensors: u64 little-endian header length, JSON header {key: {dtype, shape, data_offsets: [begin, end]}}, data
export function parseSafetensors(bytes, url) {
  if (bytes.byteLength < 8) throw new Error(`${url} is not a safetensors file (${bytes.byteLength} bytes)`);
  const n = Number(new DataView(bytes).getBigUint64(0, true));
  if (8 + n > bytes.byteLength) throw new Error(`${url} is truncated: its header says ${n} bytes`);
  let header;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, n)));
  } catch (e) {
    throw new Error(`${url} has a corrupt header: ${e.message}`);
  }
  if (typeof header !== 'object' || header === null) throw new Error(`${url} has a corrupt header`);
  return {header, data: 8 + n, bytes, url};
}

// The one reader of a tensor's bytes, for every caller: `file` from parseSafetensors; checked in this order, each
// with its own message: present (`why` says what a missing key means), dtype, shape, byte size, inside the file.
// Returns a Uint8Array view (copy: a copy of it); `kind` names the tensor in the size message.
export function tensor(file, key, {dtype, shape, nbytes, why = '', kind = 'tensor', copy = false} = {}) {
  const {header, data, bytes, url} = file, t = header[key];
  if (!t || typeof t !== 'object') throw new Error(`${url} has no tensor "${key}"${why && `: ${why}`}`);
  if (dtype && t.dtype !== dtype) throw new Error(`${url}: "${key}" is ${t.dtype}, not ${dtype}`);
  if (shape && JSON.stringify(t.shape) !== JSON.stringify(shape)) {
    throw new Error(`${url}: "${key}" has shape [${t.shape}], not [${shape}]${why && `: ${why}`}`);
  }
  const [begin, end] = t.data_offsets ?? [];
  if (!Number.isInteger(begin) || !Number.isInteger(end) || end < begin) throw new Error(`${url}: "${key}" has corrupt offsets`);
  if (nbytes !== undefined && end - begin !== nbytes) {
    throw new Error(`${kind} size mismatch for "${key}": ${url} holds ${end - begin} bytes, ${nbytes} expected${why && ` (${why})`}`);
  }
  if (data + end > bytes.byteLength) throw new Error(`${url} is truncated: "${key}" ends past the end of the file`);
  return copy ? new Uint8Array(bytes.slice(data + begin, data + end)) : new Uint8Array(bytes, data + begin, end - begin);
}

function checkWeights(m, bytes, url) {
  const file = parseSafetensors(bytes, url), views = {};
  for (const b of m.weights.buffers) {
    views[b.name] = tensor(file, b.key, {nbytes: b.bytes, kind: 'weight', why: 'the weights do not belong to this manifest; re-export'});
  }
  const shapes = Object.fromEntries(m.weights.buffers.map((b) => [b.name, file.header[b.key].shape]));
  return {views, shapes};
}

// {manifest, weights: {name: Uint8Array}, base}: what every backend needs.
export async function loadFiles(base) {
  const url = new URL('manifest.json', base).href;
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

// The WGSL source of every kernel file, by file name.
export async function wgslSources({manifest, base}) {
  const where = new URL('manifest.json', base).href;
  const files = [...new Set(manifest.variants.flatMap((v) => v.kernels.map((k) => k.file)))];
  const texts = await Promise.all(files.map(async (f) => (await fetchOk(beside(base, f, where), 'kernel')).text()));
  return Object.fromEntries(files.map((f, i) => [f, texts[i]]));
}

// What a learning run needs beyond the inference files, fetched once per model on the first run and shared by
// the backends: the optimizer state's initial values (train.safetensors, by buffer name) and, per backend, the
// WGSL sources or the bytes of train.wasm.
export async function trainFiles(files, backend) {
  const {manifest, base} = files, t = manifest.train, where = new URL('manifest.json', base).href;
  if (!t) throw new Error(`model ${manifest.id} has no training step: re-export it (python -m training.export)`);
  files.train ??= {};
  if (!files.train.state) {
    const url = beside(base, t.state.file, where);
    const bytes = await (await fetchOk(url, 'optimizer state')).arrayBuffer();
    const file = parseSafetensors(bytes, url), state = {};
    for (const b of t.buffers.filter((u) => u.role === 'state')) {
      state[b.name] = tensor(file, b.key, {nbytes: b.bytes, why: 'it does not belong to this manifest; re-export'});
    }
    files.train.state = state;
  }
  if (backend === 'webgpu' && !files.train.sources) {
    const names = [...new Set(t.kernels.map((k) => k.file))];
    const texts = await Promise.all(names.map(async (f) => (await fetchOk(beside(base, f, where), 'kernel')).text()));
    files.train.sources = Object.fromEntries(names.map((f, i) => [f, texts[i]]));
  }
  if (backend === 'wasm' && !files.train.wasm) {
    files.train.wasm = await (await fetchOk(beside(base, t.wasm.file, where), 'WebAssembly training kernels')).arrayBuffer();
  }
  return files.train;
}

// A safetensors file from [{key, dtype, shape, bytes}] in this order: -> Uint8Array.
export function encodeTensors(list) {
  const header = {};
  let at = 0;
  for (const t of list) {
    header[t.key] = {dtype: t.dtype, shape: t.shape, data_offsets: [at, at + t.bytes.byteLength]};
    at += t.bytes.byteLength;
  }
  let json = JSON.stringify(header);
  json += ' '.repeat((8 - (json.length % 8)) % 8);  // the data 8-byte aligned, as the safetensors writers do
  const head = new TextEncoder().encode(json), out = new Uint8Array(8 + head.length + at);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let pos = 8 + head.length;
  for (const t of list) { out.set(t.bytes, pos); pos += t.bytes.byteLength; }
  return out;
}

// Weights as a safetensors file (the keys, shapes and order of weights.safetensors): {name: bytes} -> Uint8Array.
export function encodeWeights(files, views) {
  return encodeTensors(files.manifest.weights.buffers.map((b) => ({key: b.key, dtype: 'F32', shape: files.shapes[b.name], bytes: views[b.name]})));
}

// A weights file from a person (model.loadWeights): checked in full before anything changes, else an Error saying
// what is wrong. Returns {name: Uint8Array} (copies, 4-byte aligned).
export function decodeWeights(files, bytes, what = 'the weights file') {
  if (bytes instanceof Uint8Array) bytes = bytes.slice().buffer;
  if (!(bytes instanceof ArrayBuffer)) throw new Error(`${what} must be a Uint8Array or an ArrayBuffer of a safetensors file`);
  const file = parseSafetensors(bytes, what), views = {}, id = files.manifest.id;
  for (const b of files.manifest.weights.buffers) {
    const v = tensor(file, b.key, {dtype: 'F32', shape: files.shapes[b.name], nbytes: b.bytes, kind: 'weight', copy: true,
                                   why: `these are not weights of the ${id} model`});
    const f = new Float32Array(v.buffer);
    const bad = f.findIndex((u) => !Number.isFinite(u));
    if (bad >= 0) throw new Error(`${what}: "${b.key}" holds a non-finite number (${f[bad]}) at index ${bad}`);
    views[b.name] = v;
  }
  return views;
}
