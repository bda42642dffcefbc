// WebAssembly off the page's thread: every WASM module (a model's inference and Teach kernels, a from-scratch
// training step) lives in a worker of its own (worker.js), and the page holds a proxy with the same methods, async.
// One worker per module: side by side runs the models in parallel, an evaluation never waits behind a training step.
// A model's dispose() lets the calls already posted finish; a training step's ends its worker at once (a cancelled
// CNN step on a slow CPU takes seconds). MNIST's unpacking runs in a short-lived worker too (loadMnist below).
//
// Protocol: the page posts {id, method, args}; the worker runs the calls one at a time, in order, and answers
// {id, value} or {id, error: {message, name}}. A call without an id (fire and forget) that fails makes the next
// call with an id fail with its error.
import {checkInput, ioSizes} from './manifest.js';
import {teachable} from './teach.js';
import {requireSimd} from './wasm.js';
import {loadMnist as mnistOnPage} from './mnist.js';

const WORKER = new URL('./worker.js', import.meta.url);

export class Remote {
  constructor() {
    Object.assign(this, {calls: new Map(), next: 1, dead: null});
    try {
      this.worker = new Worker(WORKER, {type: 'module', name: 'digits-wasm'});
    } catch (e) {
      throw new Error(`this browser cannot start a module worker for the WebAssembly kernels: ${e.message}`);
    }
    this.worker.onmessage = ({data: {id, value, error}}) => {
      const c = this.calls.get(id);
      this.calls.delete(id);
      if (error) c?.reject(Object.assign(new Error(error.message), {name: error.name}));
      else c?.resolve(value);
    };
    this.worker.onerror = (e) => {
      e.preventDefault?.();
      this.end(new Error(`the WebAssembly worker failed to start: ${e.message || 'runtime/worker.js could not load'}`));
    };
  }

  call(method, ...args) {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, {resolve, reject});
      this.worker.postMessage({id, method, args});
    });
  }

  post(method, ...args) { if (!this.dead) this.worker.postMessage({method, args}); }

  end(err = new Error('the WebAssembly worker was stopped (the model was disposed)')) {
    this.worker.terminate();
    this.dead ??= err;
    for (const c of this.calls.values()) c.reject(this.dead);
    this.calls.clear();
  }
}

// A model's files as the worker needs them (what loadFiles returned, without the page's caches).
const plain = ({manifest, base, weights, shapes}) => ({manifest, base, weights, shapes});

// A model on WebAssembly, in its worker: the WasmModel API (run, the teaching primitives), every call async.
class WasmProxy {
  constructor(files, remote) {
    Object.assign(this, {files, remote, backend: 'wasm', adapter: null, device: null, deviceLosses: 0});
    this.id = files.manifest.id;
    [this.inSize, this.outSize] = ioSizes(files.manifest);
  }

  run(x) {
    if (this.disposed) return Promise.reject(new Error('model.run after model.dispose()'));
    try {
      checkInput(x, this.inSize);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.remote.call('run', x);
  }

  // n more copies of this model, each in a worker of its own, with its weights as they are now (taught ones
  // included): score() spreads an evaluation over the cores with them. The caller disposes them.
  async replicas(n) {
    if (n < 1) return [];
    const views = await this.readWeights();
    const made = await Promise.allSettled(Array.from({length: n}, () => wasmModel(this.files)));
    const ok = made.filter((r) => r.status === 'fulfilled').map((r) => r.value);
    await Promise.all(ok.map((m) => m.writeWeights(views)));
    return ok;
  }

  readWeights() { return this.remote.call('readWeights'); }
  writeWeights(views) { return this.remote.call('writeWeights', views); }
  teachBegin() { return this.remote.call('teachBegin'); }
  teachStep(x, y) { return this.remote.call('teachStep', x, y); }

  // Calls already posted finish first (a run in flight still answers); then the worker ends.
  dispose() {
    if (this.disposed) return;
    this.disposed = true;
    this.remote.call('dispose').catch(() => {}).finally(() => this.remote.end());
  }
}
Object.assign(WasmProxy.prototype, teachable);

export async function wasmModel(files) {
  requireSimd();
  const remote = new Remote();
  try {
    await remote.call('open', 'model', plain(files));
  } catch (e) {
    remote.end();
    throw e;
  }
  return new WasmProxy(files, remote);
}

// A from-scratch training step on WebAssembly, in its worker (scratch.js's step API). The worker is started at once;
// `ready` settles when its module is instantiated, and dispose() may come first (auto gave up on the CPU).
export class WasmStepProxy {
  constructor(files, entry) {
    requireSimd('train');
    Object.assign(this, {entry, backend: 'wasm', remote: new Remote()});
    this.ready = this.remote.call('open', 'step', plain(files), entry);
    this.ready.catch(() => this.remote.end());
  }

  write(views) { this.remote.post('write', views); }
  read() { return this.remote.call('read'); }
  step(x, y) { return this.remote.call('step', x, y); }  // resolves when the step is done (the page keeps 2 in flight)
  loss() { return this.remote.call('loss'); }
  get lost() { return null; }
  dispose() { this.remote.end(new Error('training stopped')); }
}

// MNIST (mnist.js's loadMnist, the same API): downloaded by the page (the progress), unpacked, checked and parsed in
// a worker of its own.
export function loadMnist(base = 'data/mnist/', opts = {}) {
  return mnistOnPage(base, {...opts, unpack: async (gz, files) => {
    const remote = new Remote();
    try {
      return await remote.call('unpackMnist', gz, files);
    } finally {
      remote.end();
    }
  }});
}
