// The WebAssembly worker (remote.js starts one per module): holds one WasmModel (wasm.js: inference and Teach's
// step) or one from-scratch WasmStep, and runs the page's calls on it one at a time, in order. Kernels run here, so a
// 6-second training step never holds up the page's input or painting.
import {loadWasm, loadWasmStep} from './wasm.js';

const OPEN = {model: loadWasm, step: loadWasmStep};
let held = null, lock = Promise.resolve(), failed = null;

// The result's own buffers go back without a copy (not views of the module's memory, which stays here).
const transfer = (v) => (ArrayBuffer.isView(v) && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength ? [v.buffer] : []);

async function call(method, args) {
  if (method === 'open') { held = await OPEN[args[0]](...args.slice(1)); return null; }
  if (!held || typeof held[method] !== 'function') throw new Error(`the WebAssembly worker has no method ${method}`);
  return held[method](...args);
}

self.onmessage = ({data: {id, method, args}}) => {
  lock = lock.then(async () => {
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
