"""This browser's storage (site/store.js) across its upgrade: a visitor's records written in the version-1 layout (one
store 'teach': Teach's record per model id, a model trained here under 'model:trained-<arch>') are all there after the
page opens the database, under the version-2 layout (stores 'taught' and 'trained'), and the page shows them: the
Teach examples, the personalised weights in use, the trained model in the model picker and loadable."""
import json
from pathlib import Path

import numpy as np
import pytest
from helpers import KERNELS, T, open_page, select_model, tid, wait_ready
from safetensors.numpy import load as st_load
from safetensors.numpy import save as st_save

INDEX = json.loads((KERNELS / "index.json").read_text())["models"]
DEFAULT = max(INDEX, key=lambda m: m.get("val_acc") or 0)["id"]  # the page's first model
N = 3  # examples

# The version-1 layout, written as the old store.js did, before the app first opens the database.
WRITE_V1 = """async ([mid, examples, taught, trained]) => {
  const db = await new Promise((resolve, reject) => {
    const r = indexedDB.open('digits', 1);
    r.onupgradeneeded = () => r.result.createObjectStore('teach');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = db.transaction('teach', 'readwrite'), s = tx.objectStore('teach');
  s.put({examples: examples.map((e) => ({x: new Float32Array(e.x), label: e.label})),
         weights: new Uint8Array(taught)}, mid);
  s.put({arch: 'mlp', epochs: 1, accuracy: 0.95, backend: 'wasm', weights: new Uint8Array(trained),
         checkpoint: new Uint8Array(trained), when: '2026-01-01T00:00:00.000Z'}, 'model:trained-mlp');
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
}"""

READ_V2 = """async (mid) => {
  const {taught, trained} = await import('./store.js');
  const t = await taught.get(mid), m = await trained.get('trained-mlp');
  const dbs = await indexedDB.databases();
  const db = await new Promise((resolve) => {
    const r = indexedDB.open('digits');
    r.onsuccess = () => resolve(r.result);
  });
  const stores = [...db.objectStoreNames];
  db.close();
  return {version: dbs.find((d) => d.name === 'digits').version, stores, labels: t.examples.map((e) => e.label),
          x: t.examples.map((e) => e.x instanceof Float32Array && e.x.length === 784),
          taughtBytes: t.weights.length, arch: m.arch, epochs: m.epochs, trainedBytes: m.weights.length,
          taughtAll: (await taught.all()).length, trainedAll: (await trained.all()).length};
}"""


def tensors(data: bytes) -> dict:
  return {k: v.tobytes() for k, v in st_load(data).items()}


@pytest.fixture
def ctx(fresh_profile):
  return fresh_profile()


def test_version_1_records_survive_the_upgrade(ctx, site_url):
  weights = st_load((KERNELS / DEFAULT / "weights.safetensors").read_bytes())
  last = sorted(k for k in weights if k.endswith("bias"))[-1]
  weights[last] = weights[last] + np.float32(0.25)  # personalised: not the shipped weights
  taught = st_save(weights)
  trained = (KERNELS / "mlp" / "weights.safetensors").read_bytes()
  rng = np.random.default_rng(0)
  examples = [{"x": rng.random(784, dtype=np.float32).round(3).tolist(), "label": d} for d in (8, 3, 5)]

  pg = open_page(ctx, f"{site_url}manifest.webmanifest")  # the site's origin, before the app opens its database
  pg.evaluate(WRITE_V1, [DEFAULT, examples, list(taught), list(trained)])
  pg.goto(site_url)
  wait_ready(pg)

  got = pg.evaluate(READ_V2, DEFAULT)
  assert got["version"] == 2 and sorted(got["stores"]) == ["taught", "trained"], got
  assert got["labels"] == [8, 3, 5] and all(got["x"]), got
  assert (got["taughtBytes"], got["trainedBytes"]) == (len(taught), len(trained)), got
  assert (got["arch"], got["epochs"], got["taughtAll"], got["trainedAll"]) == ("mlp", 1, 1, 1), got

  # the page shows them: the Teach examples and the personalised weights in use, the trained model in the picker
  pg.wait_for_function(f"document.querySelector('{tid('teach-examples')}').children.length === {N}", timeout=T)
  with pg.expect_download() as d:
    pg.click(tid("teach-download"))
  assert tensors(Path(d.value.path()).read_bytes()) == tensors(taught)
  options = pg.evaluate("[...document.querySelectorAll('[data-testid=model-select] option')].map((o) => o.value)")
  assert "trained-mlp" in options, options
  select_model(pg, "trained-mlp")
  pg.close()
