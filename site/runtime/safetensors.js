// The safetensors codec: every safetensors file the runtime reads (weights, optimizer state, a visitor's weights, the
// Teach samples) goes through parseSafetensors + tensor, one set of checks and messages; every one it writes (the
// weights a visitor downloads, a training run's checkpoint) through encodeTensors.
// Format: u64 little-endian header length, JSON header {key: {dtype, shape, data_offsets: [begin, end]}}, data.

// A file's header, read and checked: {header, data (where its data begins), bytes, url}.
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
