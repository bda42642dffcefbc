// MNIST in the browser, fetched only when asked for: the four standard gzip IDX files that scripts/build.py copies
// into data/mnist/ with index.json ({splits: {train | test: {images, labels}}, files: [{name, bytes, sha256}]}).
//
//   const {images, labels, n} = await loadMnist('data/mnist/', {split: 'test', onProgress, signal});
//     images Uint8Array(n * 784) (pixels 0-255, row by row), labels Uint8Array(n) (0-9)
//     onProgress({loaded, total, file}): bytes of the split's gzip files received so far, after each chunk
//     signal: an AbortSignal; an aborted load rejects with an Error named 'AbortError'
//
// Each file is read as a stream (for the progress), unpacked by DecompressionStream('gzip') and checked against the
// standard SHA-256 of the unpacked file (index.json, written from training/data.py) before its IDX header is read.
// Any failure throws an Error a person can act on and returns nothing: a build without MNIST, a failed download
// (the file's name and its expected sum), a corrupt file, a bad IDX header.
import {resolveBase} from './net.js';
import {abortError} from './util.js';

const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

export async function loadMnist(base = 'data/mnist/', {split = 'train', onProgress = null, signal = null,
                                                        unpack = unpackSplit} = {}) {
  const root = resolveBase(base, 'MNIST');
  const index = await readIndex(root, signal);
  const pair = index.splits?.[split];
  if (!pair) throw new Error(`MNIST has no split "${split}" (${Object.keys(index.splits ?? {}).join(' | ')})`);
  const files = [pair.images, pair.labels].map((name) => {
    const f = index.files?.find((x) => x.name === name);
    if (!f) throw new Error(`${root}index.json does not list ${name}`);
    return f;
  });
  const total = files.reduce((s, f) => s + f.bytes, 0);
  let before = 0;
  const gz = [];
  for (const f of files) {
    const progress = onProgress && ((got) => onProgress({loaded: Math.min(before + got, total), total, file: f.name}));
    gz.push(await download(root, f, progress, signal));
    before += f.bytes;
  }
  aborted(signal);
  return unpack(gz, files);
}

// The downloaded split ([images .gz, labels .gz], their index.json entries) unpacked, checked and parsed:
// {images, labels, n}. Inflating holds the calling thread for long tasks (DecompressionStream works on it): the
// runtime does it in a worker (remote.js).
export async function unpackSplit(gz, files) {
  const raw = [];
  for (const [i, f] of files.entries()) raw.push(await unpackFile(gz[i], f));
  const images = parseIdx(raw[0], files[0].name), labels = parseIdx(raw[1], files[1].name);
  if (images.dims.length !== 3 || images.dims[1] !== 28 || images.dims[2] !== 28) {
    throw new Error(`MNIST ${files[0].name}: images of ${images.dims.join(' x ')}, expected n x 28 x 28`);
  }
  if (labels.dims.length !== 1 || labels.dims[0] !== images.dims[0]) {
    throw new Error(`MNIST ${files[1].name}: ${labels.dims.join(' x ')} labels for ${images.dims[0]} images`);
  }
  return {images: images.data, labels: labels.data, n: images.dims[0]};
}

export function parseIdx(bytes, name = 'IDX file') {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8.length < 4) throw new Error(`MNIST ${name} is too short for an IDX header (${u8.length} bytes)`);
  if (u8[0] !== 0 || u8[1] !== 0 || u8[2] !== 0x08 || u8[3] < 1 || u8[3] > 3) {
    throw new Error(`MNIST ${name}: bad IDX magic number ${hex(u8.subarray(0, 4))} (expected 000008 + 01..03)`);
  }
  const head = 4 + 4 * u8[3];
  if (u8.length < head) throw new Error(`MNIST ${name} is too short for its IDX header (${u8.length} bytes)`);
  const view = new DataView(u8.buffer, u8.byteOffset, head);
  const dims = Array.from({length: u8[3]}, (_, i) => view.getUint32(4 + 4 * i));
  const size = dims.reduce((a, b) => a * b, 1);
  if (u8.length !== head + size) {
    throw new Error(`MNIST ${name} is ${u8.length < head + size ? 'short' : 'too long'}: ${u8.length} bytes for ` +
                    `${dims.join(' x ')} values (expected ${head + size})`);
  }
  return {dims, data: u8.slice(head)};
}

function aborted(signal) {
  if (signal?.aborted) throw abortError('MNIST download cancelled');
}

async function readIndex(root, signal) {
  const url = `${root}index.json`;
  const none = `the MNIST training data is not part of this build (${url}`;
  let res;
  try {
    res = await fetch(url, {signal});
  } catch (e) {
    aborted(signal);
    throw new Error(`could not fetch the MNIST index ${url}: ${e.message}`);
  }
  if (res.status === 404) throw new Error(`${none} is missing; build the site with MNIST at hand)`);
  if (!res.ok) throw new Error(`could not fetch the MNIST index ${url}: HTTP ${res.status} ${res.statusText}`);
  try {
    return await res.json();
  } catch (e) {
    aborted(signal);
    throw new Error(`${none} is not valid JSON: ${e.message})`);
  }
}

// One gzip IDX file: streamed with progress, unpacked, checked against its SHA-256; the unpacked bytes.
const expected = (sha256) => `expected SHA-256 ${sha256} of the unpacked file`;

async function download(root, {name, sha256}, progress, signal) {
  const url = `${root}${name}`, failed = (why) => new Error(`MNIST ${name}: ${why}; ${expected(sha256)}`);
  try {
    const res = await fetch(url, {signal});
    if (!res.ok) throw failed(`download failed (HTTP ${res.status} ${res.statusText}) from ${url}`);
    return await readAll(res.body, progress, signal);
  } catch (e) {
    aborted(signal);
    throw e.message.startsWith(`MNIST ${name}:`) ? e : failed(`download failed (${e.message}) from ${url}`);
  }
}

async function unpackFile(gz, {name, sha256}) {
  const failed = (why) => new Error(`MNIST ${name}: ${why}; ${expected(sha256)}`);
  let raw = gz;
  if (gz[0] === 0x1f && gz[1] === 0x8b) {  // else a server already unpacked it (Content-Encoding: gzip): the sum decides
    try {
      raw = await readAll(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip')), null, null);
    } catch (e) {
      throw failed(`not a readable gzip file (${e.message}); the download is corrupt`);
    }
  }
  const got = hex(await crypto.subtle.digest('SHA-256', raw));
  if (got !== sha256) throw failed(`corrupt or truncated download: the unpacked file's SHA-256 is ${got}`);
  return raw;
}

// A response body read chunk by chunk into one array, reporting the bytes received so far.
async function readAll(body, progress, signal) {
  const chunks = [];
  let got = 0;
  const reader = body.getReader();
  for (;;) {
    aborted(signal);
    const {done, value} = await reader.read();
    if (done) break;
    chunks.push(value);
    got += value.length;
    progress?.(got);
  }
  const out = new Uint8Array(got);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}
