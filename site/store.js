// This browser's storage (IndexedDB database 'digits'), one object store per kind of record, kept until the visitor
// clears site data. Values are structured clones (typed arrays stay typed).
//   taught   Teach (py/digits/teach.py), per model id: {examples: [{x: Float32Array(784), label}], weights}
//            (weights: the personalised weights as a safetensors file, or null)
//   trained  the models trained here (py/digits/train.py), per model id 'trained-<architecture>':
//            {arch, epochs, accuracy, backend, weights, checkpoint, when}
// Version 1 kept both in one store 'teach' (a trained model under 'model:trained-<architecture>'): opening it
// upgrades to version 2, every record moved to its store in the same transaction, then 'teach' deleted.
const DB = 'digits', VERSION = 2, STORES = ['taught', 'trained'];
const V1 = 'teach', V1_TRAINED = 'model:';
let db = null;

function upgrade(req) {
  const d = req.result, tx = req.transaction;
  for (const s of STORES) if (!d.objectStoreNames.contains(s)) d.createObjectStore(s);
  if (!d.objectStoreNames.contains(V1)) return;
  const taught = tx.objectStore('taught'), trained = tx.objectStore('trained');
  tx.objectStore(V1).openCursor().onsuccess = (e) => {
    const c = e.target.result;
    if (!c) { d.deleteObjectStore(V1); return; }
    const key = String(c.key);
    if (key.startsWith(V1_TRAINED)) trained.put(c.value, key.slice(V1_TRAINED.length));
    else taught.put(c.value, key);
    c.continue();
  };
}

function open() {
  db ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, VERSION);
    req.onupgradeneeded = () => upgrade(req);
    req.onsuccess = () => {
      req.result.onversionchange = () => { req.result.close(); db = null; };  // a newer page may upgrade it
      resolve(req.result);
    };
    req.onerror = () => reject(new Error(`this browser's storage (IndexedDB) is unavailable: ${req.error?.message}`));
  });
  return db;
}

async function request(store, mode, fn) {
  const tx = (await open()).transaction(store, mode);
  const req = fn(tx.objectStore(store));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = tx.onabort = () => reject(new Error(`could not ${mode === 'readonly' ? 'read' : 'save'} in this browser's storage: ${tx.error?.message}`));
  });
}

// One kind of record: get(key), put(key, value), del(key), all() (every value, in key order).
function kind(store) {
  return {
    get: (key) => request(store, 'readonly', (s) => s.get(key)),
    put: (key, value) => request(store, 'readwrite', (s) => s.put(value, key)),
    del: (key) => request(store, 'readwrite', (s) => s.delete(key)),
    all: () => request(store, 'readonly', (s) => s.getAll()),
  };
}

export const taught = kind('taught'), trained = kind('trained');
