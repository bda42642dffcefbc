// Small pieces every part of the runtime shares, with no imports: a page turn, the one lock, a seeded PRNG, the
// AbortError every cancelled call rejects with.

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

// What a cancelled call rejects with (a learning run, a training run, an MNIST download): an Error named AbortError,
// as fetch's own, so a caller tells "cancelled" from "failed" by its name.
export function abortError(message) {
  return Object.assign(new Error(message), {name: 'AbortError'});
}
