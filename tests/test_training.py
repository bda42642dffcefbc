"""The offline half: MNIST loading and checksums, the split, the models, augmentation, a CPU training run."""
import gzip
import hashlib
import struct

import numpy as np
import pytest
from tinygrad import Tensor

from training import augment, data, models, train


def test_shapes_dtypes_and_split(mnist):
  sizes = {"x_train": (55000, 28, 28), "x_val": (5000, 28, 28), "x_test": (10000, 28, 28),
           "y_train": (55000,), "y_val": (5000,), "y_test": (10000,)}
  for k, shape in sizes.items():
    assert mnist[k].shape == shape and mnist[k].dtype == np.uint8, k
  assert set(np.unique(mnist["y_train"])) == set(range(10)) and mnist["x_train"].max() == 255
  tr, va = data.split(60000)
  assert len(np.intersect1d(tr, va)) == 0 and len(np.union1d(tr, va)) == 60000
  np.testing.assert_array_equal(data.split(60000)[1], va)  # fixed: the same every time


def idx_gz(path, a: np.ndarray) -> str:
  """Write a uint8 array as a gzip IDX file; return the SHA256 of the unpacked file."""
  raw = bytes([0, 0, 8, a.ndim]) + struct.pack(f">{a.ndim}I", *a.shape) + a.tobytes()
  path.write_bytes(gzip.compress(raw))
  return hashlib.sha256(raw).hexdigest()


@pytest.fixture
def small_mnist(tmp_path, monkeypatch):
  """A tiny MNIST of random digits in tmp_path, and data.FILES holding its sums: it loads (no real MNIST needed)."""
  rng = np.random.default_rng(0)
  shapes = {"train-images-idx3-ubyte": (60, 28, 28), "train-labels-idx1-ubyte": (60,),
            "t10k-images-idx3-ubyte": (20, 28, 28), "t10k-labels-idx1-ubyte": (20,)}
  monkeypatch.setattr(data, "FILES", {k: idx_gz(tmp_path / f"{k}.gz", rng.integers(0, 10, shape, np.uint8))
                                      for k, shape in shapes.items()})
  assert data.load(tmp_path, fetch=False)["x_test"].shape == (20, 28, 28)
  return tmp_path


def test_corrupt_file_names_file_and_expected_sum(small_mnist):
  path = small_mnist / "t10k-labels-idx1-ubyte.gz"
  raw = bytearray(gzip.decompress(path.read_bytes()))
  raw[10] ^= 1  # one flipped label: a valid gzip with the wrong content
  path.write_bytes(gzip.compress(bytes(raw)))
  with pytest.raises(data.ChecksumError, match=r"t10k-labels-idx1-ubyte\.gz.*" + data.FILES["t10k-labels-idx1-ubyte"]):
    data.load(small_mnist, fetch=False)


def test_truncated_file_is_a_clear_error(small_mnist):
  path = small_mnist / "train-labels-idx1-ubyte.gz"
  gz = path.read_bytes()
  path.write_bytes(gz[:len(gz) // 2])
  expected = data.FILES["train-labels-idx1-ubyte"]
  with pytest.raises(data.ChecksumError, match=r"train-labels-idx1-ubyte\.gz.*not a readable gzip.*" + expected):
    data.load(small_mnist, fetch=False)


def test_missing_file_without_download_says_what_to_do(tmp_path):
  with pytest.raises(FileNotFoundError, match="MNIST_DIR"):
    data.load(tmp_path, fetch=False)


def test_parameter_counts():
  assert models.param_count(models.CNN()) == 87850  # the reference README's "~44K" is wrong
  assert models.param_count(models.MLP()) == 784 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10


def centre_of_mass(x: np.ndarray) -> np.ndarray:
  rows, cols = np.mgrid[:28, :28]
  m = x.sum((1, 2))
  return np.stack([(x * cols).sum((1, 2)) / m, (x * rows).sum((1, 2)) / m], 1)


def test_augment_identity_and_translation(mnist):
  x = mnist["x_val"][:64].astype(np.float32) / 255
  inner = np.zeros((28, 28), bool)
  inner[3:-3, 3:-3] = True
  x = x[(x * ~inner).sum((1, 2)) == 0][:16]  # digits with a blank 3-px border, so nothing is shifted out
  ident = np.tile(np.float32([[0, 1, 0, 0]]), (16, 1))
  np.testing.assert_allclose(augment.affine(Tensor(x), Tensor(ident)).numpy(), x, atol=1e-6)
  moved = ident.copy()
  moved[:, 2:] = [2.5, -1.5]  # 2.5 px right, 1.5 px up
  y = augment.affine(Tensor(x), Tensor(moved)).numpy()
  np.testing.assert_allclose(centre_of_mass(y) - centre_of_mass(x), np.tile([2.5, -1.5], (16, 1)), atol=1e-3)


def test_augment_rotation_and_scale_keep_the_digit(mnist):
  x = mnist["x_val"][:16].astype(np.float32) / 255
  p = np.tile(np.float32([[90, 1, 0, 0]]), (16, 1))  # a quarter turn clockwise on screen: exact on the grid
  np.testing.assert_allclose(augment.affine(Tensor(x), Tensor(p)).numpy(), np.rot90(x, -1, (1, 2)), atol=1e-4)
  p = np.tile(np.float32([[0, 1.1, 0, 0]]), (16, 1))
  ink = augment.affine(Tensor(x), Tensor(p)).numpy().sum((1, 2)) / x.sum((1, 2))
  np.testing.assert_allclose(ink, 1.21, rtol=0.03)  # ink area grows with the square of the scale
  params = augment.random_params(np.random.default_rng(0), 1000)
  assert np.abs(params[:, 0]).max() <= 15 and np.abs(params[:, 1] - 1).max() <= 0.1
  assert np.abs(params[:, 2:]).max() <= 2.8


def test_checkpoint_round_trip_gives_identical_logits(tmp_path, mnist):
  x = Tensor(mnist["x_val"][:32].reshape(-1, 784).astype(np.float32) / 255)
  for model_id in models.REGISTRY:
    m = models.load(model_id)
    models.save(m, tmp_path / "m.safetensors")
    np.testing.assert_array_equal(models.load(model_id, tmp_path / "m.safetensors")(x).numpy(), m(x).numpy())


def test_batchnorm_running_stats_are_updated_by_each_step(mnist):
  """One real optimizer step moves BatchNorm's running statistics (they are realized with the step)."""
  from tinygrad import Context
  model = models.SmallCNN()
  opt = train.optimizer(model, train.parse(["--model", "small"]))
  assert {id(p) for p in opt.params} == {id(p) for p in models.trainable(model).values()}
  before = [bn.running_mean.numpy().copy() for bn in (model.bn1, model.bn2)]
  x, y = Tensor(mnist["x_train"][:16].reshape(16, 784).astype(np.float32) / 255), Tensor(mnist["y_train"][:16])
  with Context(TRAINING=1):
    opt.zero_grad()
    model(x).sparse_categorical_crossentropy(y).backward()
    opt.step()
  for bn, b in zip((model.bn1, model.bn2), before, strict=True):  # realized by the step itself (a jitted step
    assert bn.running_mean.uop.is_realized and bn.running_var.uop.is_realized  # replays only what it realized)
    assert np.abs(bn.running_mean.numpy() - b).max() > 1e-4, "the running mean did not move"


@pytest.mark.slow
@pytest.mark.slow  # a real training run on the CPU: longer than the rest of the non-browser tests together
def test_cpu_smoke_run_beats_chance_and_resumes(tmp_path, mnist):
  argv = ["--model", "mlp", "--subset", "20000", "--steps", "100", "--out", str(tmp_path), "--no-test"]
  s = train.train(train.parse([*argv, "--epochs", "2"]))
  assert [h["epoch"] for h in s["history"]] == [1, 2]
  s = train.train(train.parse([*argv, "--epochs", "3", "--resume"]))  # picks up after epoch 2
  assert [h["epoch"] for h in s["history"]] == [1, 2, 3]
  assert s["val_acc"] >= 0.90, s["history"]
  assert (tmp_path / "mlp_curves.png").stat().st_size > 10_000
  preds = train.evaluate.predict(models.load("mlp", tmp_path / "mlp.safetensors"), mnist["x_val"][:1000])
  assert (preds == mnist["y_val"][:1000]).mean() >= 0.90
