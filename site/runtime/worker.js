// The WebAssembly worker (remote.js starts one per module): holds one WasmModel (wasm.js: inference and Teach's
// step) or one from-scratch WasmStep, and runs the page's calls on it one at a time, in order. Kernels run here, so a
// long training step (seconds, for a CNN on a slow CPU) never holds up the page's input or painting.
import {serial} from './util.js';
import {unpackSplit} from './mnist.js';
import {loadWasm, loadWasmStep} from './wasm.js';

const OPEN = {model: loadWasm, step: loadWasmStep};
// Work that holds no module: MNIST's gunzip (DecompressionStream inflates on the calling thread), sums and parsing.
const JOBS = {unpackMnist: unpackSplit};
const lock = serial();
let held = null, failed = null;

// The result's own buffers (it, or its fields) go back without a copy (never views of a module's memory, which stays).
const own = (v) => ArrayBuffer.isView(v) && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength;
const transfer = (v) => (own(v) ? [v.buffer] : v && typeof v === 'object' ? Object.values(v).filter(own).map((u) => u.buffer) : []);

async function call(method, args) {
  if (method === 'open') { held = await OPEN[args[0]](...args.slice(1)); return null; }
  if (JOBS[method]) return JOBS[method](...args);
  if (!held || typeof held[method] !== 'function') throw new Error(`the WebAssembly worker has no method ${method}`);
  return held[method](...args);
}

self.onmessage = ({data: {id, method, args}}) => {
  lock(async () => {
    try {
      if (failed && id) { const e = failed; failed = null; throw e; }
      const value = await call(method, args);
      if (id) self.postMessage({id, value}, transfer(value));
    } catch (e) {
      if (!id) { failed ??= e; return; }
      self.postMessage({id, error: {message: String(e?.message ?? e), name: e?.name ?? 'Error'}});
    }
  });
};
