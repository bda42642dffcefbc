"""MNIST in the browser (site/runtime/mnist.js): the build's data/mnist/ files loaded, unpacked and checked in headless
Chromium; progress, corrupt downloads, a bad IDX header, a build without MNIST. Only the test split (1.6 MB)."""
import gzip
import hashlib
import json
import re
import urllib.request

import pytest

from training import data

# In the page: load a split, return its SHA-256s, labels, progress events — or the thrown Error.
LOAD_JS = """async ([base, split, abort]) => {
  const {loadMnist} = await import('/runtime/runtime.js');
  const hex = async (a) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', a))]
    .map((b) => b.toString(16).padStart(2, '0')).join('');
  const progress = [], ctl = new AbortController();
  if (abort) ctl.abort();
  try {
    const d = await loadMnist(base, {split, onProgress: (p) => progress.push(p), signal: ctl.signal});
    return {n: d.n, images: await hex(d.images), labels: Array.from(d.labels), nbytes: d.images.length, progress};
  } catch (e) {
    return {error: String(e.message), name: e.name, isError: e instanceof Error};
  }
}"""


def sums(site_url) -> dict:
  return json.loads(urllib.request.urlopen(site_url + "data/mnist/index.json").read())


@pytest.fixture
def rt(mnist, rt):
  """conftest's runtime test page, on a site built with MNIST (the `mnist` fixture skips where it is absent)."""
  return rt


def load(page, split="test", base="/data/mnist/", abort=False):
  return page.evaluate(LOAD_JS, [base, split, abort])


def test_test_split_equals_numpy(rt, mnist, site_url):
  res = load(rt)
  assert res.get("error") is None, res
  x, y = mnist["x_test"], mnist["y_test"]
  assert res["n"] == len(y) == 10_000 and res["nbytes"] == x.size
  assert res["images"] == hashlib.sha256(x.tobytes()).hexdigest()  # every pixel, exactly
  assert res["labels"] == y.tolist()
  p, index = res["progress"], sums(site_url)
  total = sum(f["bytes"] for f in index["files"] if f["name"].startswith("t10k"))
  assert len(p) >= 2 and all(e["total"] == total for e in p)
  assert [e["loaded"] for e in p] == sorted(e["loaded"] for e in p) and p[-1]["loaded"] == total
  assert {e["file"] for e in p} == {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}


def test_index_is_data_py_and_lazy(rt, site_url):
  """index.json's sums are training/data.py's; the files are cached on first use, not in the first visit's precache."""
  index = sums(site_url)
  assert {f["name"]: f["sha256"] for f in index["files"]} == {f"{n}.gz": s for n, s in data.FILES.items()}
  sw = urllib.request.urlopen(site_url + "sw.js").read().decode()
  build = json.loads(re.search(r"const BUILD = (\{.*?\});\n", sw).group(1))
  names = {f"data/mnist/{f['name']}" for f in index["files"]} | {"data/mnist/index.json"}
  assert names <= {p for p, _ in build["lazy"]} and not names & {p for p, _ in build["files"]}


def corrupt(raw: bytes, how: str) -> bytes | None:
  if how == "flipped": return raw[:len(raw) // 2] + bytes([raw[len(raw) // 2] ^ 0xFF]) + raw[len(raw) // 2 + 1:]
  if how == "truncated": return raw[:len(raw) // 2]
  if how == "regzipped":  # a valid gzip file of other labels
    body = bytearray(gzip.decompress(raw))
    body[100] = (body[100] + 1) % 10
    return gzip.compress(bytes(body))
  return None  # HTTP 500


@pytest.mark.parametrize("how", ["flipped", "truncated", "regzipped", "http500"])
def test_corrupt_download_is_refused(rt, site_url, how):
  name = "t10k-labels-idx1-ubyte.gz"
  raw = urllib.request.urlopen(site_url + f"data/mnist/{name}").read()
  body = corrupt(raw, how)
  rt.route(f"**/data/mnist/{name}", lambda r: r.fulfill(status=500 if body is None else 200, body=body or b"oops"))
  res = load(rt)
  print(res.get("error"))
  assert res["isError"] and name in res["error"] and data.FILES[name[:-3]] in res["error"]
  assert "images" not in res


def test_abort(rt):
  res = load(rt, abort=True)
  assert res["name"] == "AbortError" and "cancelled" in res["error"]


@pytest.mark.parametrize("body, words", [(b"\x00\x00\x09\x01" + bytes(8), "bad IDX magic"),
                                         (b"\x00\x00\x08\x01\x00\x00\x00\x05" + bytes(3), "short"),
                                         (b"\x00\x00\x08\x03\x00\x00", "too short"),
                                         (b"\x00\x00\x08\x01\x00\x00\x00\x02\x07\x03", "")])
def test_idx_header(rt, body, words):
  res = rt.evaluate("""async (bytes) => {
    const {parseIdx} = await import('/runtime/mnist.js');
    try { const r = parseIdx(new Uint8Array(bytes), 'x.idx'); return {dims: r.dims, data: Array.from(r.data)}; }
    catch (e) { return {error: e.message}; }
  }""", list(body))
  if words: assert "x.idx" in res["error"] and words in res["error"]
  else: assert res == {"dims": [2], "data": [7, 3]}


def test_build_without_mnist(page, tmp_path, monkeypatch):
  """MNIST nowhere (MNIST_DIR: an empty folder): the build succeeds without data/ and never downloads; loadMnist
  says the training data is not part of this build."""
  from scripts import build, serve
  monkeypatch.setenv("MNIST_DIR", str(tmp_path / "none"))
  monkeypatch.setattr(data, "download", lambda *a: pytest.fail("the build tried to download MNIST"))
  out = build.build(tmp_path / "dist")
  assert not (out / "data").exists() and not any(p.startswith("data/") for p, _ in build.precache(out)["lazy"])
  server = serve.start(str(out))
  try:
    page.goto(f"http://127.0.0.1:{server.server_port}/runtime/test.html?bench")
    res = load(page)
  finally:
    server.shutdown()
  assert res["isError"] and "not part of this build" in res["error"], res


def test_file_unpacked_in_transit(rt, site_url, mnist):
  """A host sending a .gz with Content-Encoding: gzip hands the page the unpacked file: accepted, as its sum holds."""
  name = "t10k-labels-idx1-ubyte.gz"
  raw = gzip.decompress(urllib.request.urlopen(site_url + f"data/mnist/{name}").read())
  rt.route(f"**/data/mnist/{name}", lambda r: r.fulfill(status=200, body=raw))
  res = load(rt)
  assert res.get("error") is None and res["labels"] == mnist["y_test"].tolist()
