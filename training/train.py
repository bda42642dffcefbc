"""Train one model on MNIST with augmentation, Muon + AdamW, and early stopping on a held-out validation split.

  python -m training.train --model cnn            # DEV=CUDA to train on an NVIDIA GPU
  python -m training.train --model mlp --resume   # go on from the last finished epoch

Writes checkpoints/<model>.safetensors (best epoch on validation), checkpoints/<model>.json (summary and
per-epoch metrics), learning-curve and confusion-matrix plots, and ends with the test accuracy."""
import argparse
import json
import math
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from tinygrad import Context, Device, Tensor, TinyJit, nn
from tinygrad.nn.state import get_state_dict, load_state_dict
from tqdm import trange

from training import augment, data, evaluate, models

ROOT = Path(__file__).resolve().parents[1]


def parse(argv=None) -> argparse.Namespace:
  ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
  ap.add_argument("--model", choices=models.REGISTRY, required=True)
  ap.add_argument("--epochs", type=int, help="most epochs to run")
  ap.add_argument("--bs", type=int, default=512, help="batch size")
  ap.add_argument("--lr", type=float, help="peak learning rate of Muon (weight matrices)")
  ap.add_argument("--adam-lr", type=float, help="peak learning rate of AdamW (biases, BatchNorm, output layer)")
  ap.add_argument("--wd", type=float, help="weight decay")
  ap.add_argument("--smooth", type=float, help="label smoothing")
  ap.add_argument("--schedule", choices=["onecycle", "exp"], default="onecycle",
                  help="onecycle: warm-up then cosine to zero; exp: the reference's x0.9 per epoch")
  ap.add_argument("--patience", type=int, help="stop after this many epochs without a better validation accuracy")
  ap.add_argument("--no-augment", action="store_true")
  ap.add_argument("--subset", type=int, default=0, help="train on the first N training images (smoke tests)")
  ap.add_argument("--steps", type=int, default=0, help="steps per epoch (default: one pass over the data)")
  ap.add_argument("--seed", type=int)
  ap.add_argument("--data", help="folder with the MNIST gzip IDX files (default: MNIST_DIR, ../shared, cache)")
  ap.add_argument("--out", default=str(ROOT / "checkpoints"), help="where the best checkpoint, metrics and plots go")
  ap.add_argument("--resume", action="store_true", help="go on from the last finished epoch in --out")
  ap.add_argument("--no-test", action="store_true", help="skip the final test-set report")
  ap.add_argument("--target", type=float, help="exit non-zero when the test accuracy (in %%) ends below this")
  args = ap.parse_args(argv)
  for k, v in models.REGISTRY[args.model].train.items():
    if getattr(args, k) is None: setattr(args, k, v)
  return args


def optimizer(model, args):
  """Muon on the hidden weight matrices and conv kernels; AdamW on biases, BatchNorm and the output layer."""
  params = models.trainable(model)
  out = list(params)[-2:]  # the output layer's weight and bias
  muon = [v for k, v in params.items() if v.ndim >= 2 and k not in out]
  rest = [v for k, v in params.items() if v.ndim < 2 or k in out]
  # BatchNorm running statistics go in as buffers, so each step realizes their update
  rest += [v for k, v in get_state_dict(model).items() if k.endswith(("running_mean", "running_var"))]
  return nn.optim.OptimizerGroup(nn.optim.Muon(muon, lr=args.lr, weight_decay=args.wd),
                                 nn.optim.AdamW(rest, lr=args.adam_lr, weight_decay=args.wd))


def lr_scale(epoch: int, step: int, steps: int, args) -> float:
  t = epoch + step / steps
  if args.schedule == "exp": return 0.9 ** int(t)
  warm = min(2.0, args.epochs * 0.1)
  return t / warm if t < warm else 0.5 * (1 + math.cos(math.pi * (t - warm) / max(args.epochs - warm, 1e-9)))


def make_step(model, opt, args):
  """The jitted training step: augment on the device, forward, label-smoothed loss, backward, update."""
  @TinyJit
  def step(x: Tensor, y: Tensor, aug: Tensor) -> tuple[Tensor, Tensor]:
    with Context(TRAINING=1):
      opt.zero_grad()
      x = x.float() / 255
      if not args.no_augment: x = augment.affine(x, aug)
      logits = model(x)
      loss = logits.sparse_categorical_crossentropy(y, label_smoothing=args.smooth).backward()
      opt.step()
      return loss.realize(), (logits.argmax(-1) == y).mean().realize()
  return step


def make_accuracy(model):
  """accuracy(x uint8 images, y labels) in eval mode, jitted, in batches of 1000 (the split sizes are multiples)."""
  @TinyJit
  def logits(x: Tensor) -> Tensor:
    return model(x.float() / 255).realize()

  def accuracy(x: np.ndarray, y: np.ndarray, bs=1000) -> float:
    x = x.reshape(len(x), -1)
    preds = np.concatenate([logits(Tensor(x[i:i + bs])).argmax(-1).numpy() for i in range(0, len(x) - bs + 1, bs)])
    return float((preds == y[:len(preds)]).mean())
  return accuracy


def run_epoch(step, opt, base_lrs, x: np.ndarray, y: np.ndarray, epoch: int, args) -> dict:
  """One pass in a per-epoch seeded order (resumable, reproducible), learning rate set every step."""
  rng = np.random.default_rng([args.seed, epoch])
  order, steps = rng.permutation(len(x)), args.steps or len(x) // args.bs
  losses, accs = [], []
  bar = trange(steps, desc=f"{args.model} epoch {epoch + 1}/{args.epochs}", unit="step", leave=False)
  for i in bar:
    idx = order[(i * args.bs) % (len(x) - args.bs + 1):][:args.bs]
    scale = lr_scale(epoch, i, steps, args)
    for o, base in zip(opt.optimizers, base_lrs, strict=True):
      o.lr.assign(Tensor(base * scale, device=o.lr.device)).realize()
    loss, acc = step(Tensor(x[idx]), Tensor(y[idx].astype(np.int32)), Tensor(augment.random_params(rng, args.bs)))
    if i % 10 == 0 or i == steps - 1:
      losses.append(loss.item()), accs.append(acc.item())
      bar.set_postfix(loss=f"{losses[-1]:.4f}", acc=f"{accs[-1]:.4f}")
  return {"epoch": epoch + 1, "train_loss": float(np.mean(losses)), "train_acc": float(np.mean(accs)),
          "lr_scale": scale}


def final_report(args, ckpt: Path, d: dict, out: Path, summary: dict) -> None:
  """The test set is read once, for the report, after the model was chosen on validation."""
  preds = evaluate.predict(models.load(args.model, ckpt), d["x_test"])
  summary["test_acc"] = float((preds == d["y_test"]).mean())
  evaluate.plot_confusion(evaluate.confusion(preds, d["y_test"]), out / f"{args.model}_confusion.png", args.model)


def train(args) -> dict:
  out = Path(args.out)
  out.mkdir(parents=True, exist_ok=True)
  ckpt, summary_path = out / f"{args.model}.safetensors", out / f"{args.model}.json"
  state_path = out / f"{args.model}.state.safetensors"  # model + optimizer after the last finished epoch
  d = data.load(args.data)
  xtr, ytr = (d["x_train"][:args.subset], d["y_train"][:args.subset]) if args.subset else (d["x_train"], d["y_train"])
  Tensor.manual_seed(args.seed)
  model = models.REGISTRY[args.model].arch()
  opt = optimizer(model, args)
  base_lrs = [o.lr.numpy().copy() for o in opt.optimizers]
  history, best = [], {"val_acc": -1.0, "epoch": -1}
  if args.resume and state_path.exists():
    load_state_dict({"model": model, "opt": opt}, models.load_tensors(state_path), verbose=False)
    prev = json.loads(summary_path.read_text())
    history, best = prev["history"], {"val_acc": prev["val_acc"], "epoch": prev["best_epoch"]}
    print(f"resuming after epoch {len(history)} (best so far: {best['val_acc']:.4f} at epoch {best['epoch']})")
  step, accuracy = make_step(model, opt, args), make_accuracy(model)
  t0 = time.perf_counter() - (history[-1]["wall_s"] if history else 0)
  for epoch in range(len(history), args.epochs):
    h = run_epoch(step, opt, base_lrs, xtr, ytr, epoch, args)
    val = accuracy(d["x_val"], d["y_val"])
    history.append(h | {"val_acc": val, "wall_s": time.perf_counter() - t0})
    if improved := val > best["val_acc"]:
      best = {"val_acc": val, "epoch": epoch + 1}
      models.save(model, ckpt)
    print(f"epoch {epoch + 1:3d}  loss {h['train_loss']:.4f}  train {h['train_acc']:.4f}  "
          f"val {val:.4f}{'  *best' if improved else ''}  {history[-1]['wall_s']:.0f}s")
    summary = {"model": args.model, "params": models.param_count(model), "val_acc": best["val_acc"],
               "best_epoch": best["epoch"], "epochs": epoch + 1, "test_acc": None, "wall_s": history[-1]["wall_s"],
               "device": Device.DEFAULT, "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
               "config": {k: v for k, v in vars(args).items() if k not in ("out", "data", "resume")},
               "history": history}
    models.save_tensors(get_state_dict({"model": model, "opt": opt}), state_path)
    summary_path.write_text(json.dumps(summary, indent=1))
    if epoch + 1 - best["epoch"] >= args.patience:
      print(f"no better validation accuracy for {args.patience} epochs: stopping")
      break
  evaluate.plot_curves(history, out / f"{args.model}_curves.png", args.model)
  if not args.no_test:
    final_report(args, ckpt, d, out, summary)
    summary_path.write_text(json.dumps(summary, indent=1))
    print(f"{args.model}: best epoch {best['epoch']}, validation {best['val_acc']:.4f}, "
          f"test accuracy {summary['test_acc']:.4f}")
  return summary


def main(argv=None) -> None:
  args = parse(argv)
  summary = train(args)
  if args.target is not None and (summary["test_acc"] is None or 100 * summary["test_acc"] < args.target):
    raise SystemExit(f"{args.model}: test accuracy {summary['test_acc']} is below the promised {args.target}%")


if __name__ == "__main__":
  main()
