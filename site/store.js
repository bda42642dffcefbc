// IndexedDB for the Teach panel (py/digits/teach.py): one record per model id, {examples, weights}, kept in this
// browser until Reset or the visitor clears site data; and the models trained here (py/digits/train.py), under
// 'model:trained-<architecture>': {arch, epochs, accuracy, backend, weights, checkpoint, when}. Values are structured clones (typed arrays stay typed).
const DB = 'digits', STORE = 'teach';
let db = null;

function open() {
  db ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new Error(`this browser's storage (IndexedDB) is unavailable: ${req.error?.message}`));
  });
  return db;
}

async function request(mode, fn) {
  const tx = (await open()).transaction(STORE, mode);
  const req = fn(tx.objectStore(STORE));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = tx.onabort = () => reject(new Error(`could not ${mode === 'readonly' ? 'read' : 'save'} in this browser's storage: ${tx.error?.message}`));
  });
}

export const get = (key) => request('readonly', (s) => s.get(key));
export const put = (key, value) => request('readwrite', (s) => s.put(value, key));
export const del = (key) => request('readwrite', (s) => s.delete(key));
// Every record whose key starts with `prefix` (the models trained here: 'model:').
export const entries = (prefix) => request('readonly', (s) => s.getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`)));
