"""MNIST from gzip IDX files, checked against the standard SHA256 sums, with a seeded validation split."""
import gzip
import hashlib
import os
import struct
import urllib.request
from pathlib import Path

import numpy as np

FILES = {  # name -> SHA256 of the unpacked file (the standard sums, as in shared/data/mnist/SHA256SUMS)
  "train-images-idx3-ubyte": "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
  "train-labels-idx1-ubyte": "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
  "t10k-images-idx3-ubyte": "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
  "t10k-labels-idx1-ubyte": "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
}
MIRRORS = ["https://ossci-datasets.s3.amazonaws.com/mnist/", "https://storage.googleapis.com/cvdf-datasets/mnist/"]
VAL_SIZE, SPLIT_SEED = 5000, 1234
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mnist-webgpu"


class ChecksumError(ValueError):
  pass


def default_dir() -> Path:
  """MNIST_DIR if set, else ../shared/data/mnist beside the checkout if present, else the download cache."""
  if env := os.environ.get("MNIST_DIR"): return Path(env)
  shared = Path(__file__).resolve().parents[2] / "shared" / "data" / "mnist"
  return shared if shared.is_dir() else CACHE


def download(name: str, dest: Path) -> None:
  from tqdm import tqdm
  dest.mkdir(parents=True, exist_ok=True)
  errors = []
  for mirror in MIRRORS:
    url, tmp = f"{mirror}{name}.gz", dest / f"{name}.gz.part"
    try:
      with urllib.request.urlopen(url, timeout=30) as r, open(tmp, "wb") as f:
        with tqdm(total=int(r.headers.get("Content-Length") or 0), unit="B", unit_scale=True, desc=name) as bar:
          while chunk := r.read(1 << 16):
            f.write(chunk)
            bar.update(len(chunk))
      tmp.replace(dest / f"{name}.gz")
      return
    except OSError as e:
      errors.append(f"{url}: {e}")
      tmp.unlink(missing_ok=True)
  raise RuntimeError(f"could not download {name}.gz from any mirror:\n  " + "\n  ".join(errors))


def read_idx(path: Path, expected_sha: str) -> np.ndarray:
  """Unpack one gzip IDX file, check its SHA256, return it as a uint8 array of its stated shape."""
  try:
    raw = gzip.decompress(path.read_bytes())
  except (OSError, EOFError) as e:
    raise ChecksumError(f"{path} is not a readable gzip file ({e}); expected the unpacked file to have "
                        f"SHA256 {expected_sha}. Delete it to download it again.") from e
  sha = hashlib.sha256(raw).hexdigest()
  if sha != expected_sha:
    raise ChecksumError(f"{path}: SHA256 of the unpacked file is {sha}, expected {expected_sha}. "
                        "The file is corrupt or truncated; delete it to download it again.")
  ndim = raw[3]
  dims = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
  return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(dims).copy()


def split(n: int) -> tuple[np.ndarray, np.ndarray]:
  """Fixed, seeded indices of the training and the validation images among the n training images."""
  perm = np.random.default_rng(SPLIT_SEED).permutation(n)
  return perm[VAL_SIZE:], perm[:VAL_SIZE]


def load(data_dir: str | Path | None = None, fetch: bool = True) -> dict[str, np.ndarray]:
  """Return uint8 images (N, 28, 28) and labels (N,) for 'train', 'val' and 'test' (val held out of train)."""
  d = Path(data_dir) if data_dir else default_dir()
  arrays = {}
  for name, sha in FILES.items():
    path = d / f"{name}.gz"
    if not path.exists():
      if not fetch: raise FileNotFoundError(f"{path} is missing (set MNIST_DIR or --data to a folder with MNIST)")
      download(name, d)
    arrays[name] = read_idx(path, sha)
  xtr, ytr = arrays["train-images-idx3-ubyte"], arrays["train-labels-idx1-ubyte"]
  tr, va = split(len(xtr))
  return {"x_train": xtr[tr], "y_train": ytr[tr], "x_val": xtr[va], "y_val": ytr[va],
          "x_test": arrays["t10k-images-idx3-ubyte"], "y_test": arrays["t10k-labels-idx1-ubyte"]}


REPLAY, TESTSAMPLE, SAMPLE_SEED = 4096, 2000, 0


def samples(mnist: dict) -> dict[str, dict[str, np.ndarray]]:
  """The samples shipped beside the models for the Teach panel, seeded: replay (MNIST training images for each
  batch's other share) and testsample (MNIST test images for before/after accuracy in the browser); uint8 images
  (N, 784), uint8 labels."""
  rng = np.random.default_rng(SAMPLE_SEED)
  tr = rng.choice(len(mnist["x_train"]), REPLAY, replace=False)
  te = rng.choice(len(mnist["x_test"]), TESTSAMPLE, replace=False)
  def pick(x, y, i): return {"x": x[np.sort(i)].reshape(-1, 784), "y": y[np.sort(i)].astype(np.uint8)}
  return {"replay": pick(mnist["x_train"], mnist["y_train"], tr),
          "testsample": pick(mnist["x_test"], mnist["y_test"], te)}
