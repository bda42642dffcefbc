"""The Train panel's charts, drawn on one canvas: training loss by step (log scale) and test accuracy by epoch.
Two small line plots need no chart library (nothing more to ship offline, and the code stays editable on the page
like the rest of the UI). Browser-only (a 2D canvas context)."""
import math


def training(canvas, run) -> None:
  """Both plots of a TrainingRun (scratch.js; None: empty axes) on the canvas, side by side."""
  w, h = canvas.width, canvas.height
  ctx = canvas.getContext("2d")
  ctx.clearRect(0, 0, w, h)
  loss = [(float(s), float(v)) for s, v in run.history.loss.to_py()] if run else []
  acc = [(float(e), float(v)) for e, v in run.history.accuracy.to_py() if v is not None] if run else []
  half, smooth, ema = w // 2, [], None
  for step, v in loss:  # each point is one batch's loss: an exponential moving average shows the trend
    ema = v if ema is None else 0.7 * ema + 0.3 * v
    smooth.append((step, ema))
  plot(ctx, 0, 0, half, h, "training loss (moving average)", smooth, log=True, xlabel="step")
  epochs = float(run.epochs) if run else 1.0
  plot(ctx, half, 0, w - half, h, "test accuracy %", [(e, 100 * v) for e, v in acc], xlabel="epoch",
       xmax=epochs, xmin=0.0)


def plot(ctx, x0: float, y0: float, w: float, h: float, title: str, pts: list, log: bool = False,
         xlabel: str = "", xmin: float | None = None, xmax: float | None = None) -> None:
  """One line plot in the box (x0, y0, w, h): title, axes with min/max labels, the points joined."""
  pad_l, pad_r, pad_t, pad_b = 44, 10, 18, 18
  ctx.font = "11px system-ui, sans-serif"
  ctx.fillStyle = "#9aa3ad"
  ctx.fillText(title, x0 + pad_l, y0 + 12)
  px, py, pw, ph = x0 + pad_l, y0 + pad_t, w - pad_l - pad_r, h - pad_t - pad_b
  ctx.strokeStyle = "#3a4048"
  ctx.strokeRect(px, py, pw, ph)
  if not pts:
    ctx.fillText("no data yet", px + 8, py + ph / 2)
    return
  f = (lambda v: math.log10(max(v, 1e-6))) if log else (lambda v: v)
  xs, ys = [p[0] for p in pts], [f(p[1]) for p in pts]
  lo_x, hi_x = xmin if xmin is not None else min(xs), xmax if xmax is not None else max(xs)
  lo_y, hi_y = min(ys), max(ys)
  if hi_x <= lo_x: hi_x = lo_x + 1
  if hi_y - lo_y < 1e-9: lo_y, hi_y = lo_y - 0.5, hi_y + 0.5

  def at(x, y): return px + (x - lo_x) / (hi_x - lo_x) * pw, py + ph - (y - lo_y) / (hi_y - lo_y) * ph
  ctx.strokeStyle = "#4fa3ff"
  ctx.lineWidth = 1.5
  ctx.beginPath()
  for i, (x, y) in enumerate(zip(xs, ys, strict=True)):
    cx, cy = at(x, y)
    if i == 0: ctx.moveTo(cx, cy)
    else: ctx.lineTo(cx, cy)
  ctx.stroke()
  if len(pts) < 30:
    ctx.fillStyle = "#4fa3ff"
    for x, y in zip(xs, ys, strict=True):
      cx, cy = at(x, y)
      ctx.fillRect(cx - 2, cy - 2, 4, 4)
  ctx.fillStyle = "#9aa3ad"
  un = (lambda v: 10 ** v) if log else (lambda v: v)
  ctx.fillText(f"{un(hi_y):.3g}", x0 + 2, py + 10)
  ctx.fillText(f"{un(lo_y):.3g}", x0 + 2, py + ph)
  ctx.fillText(f"{xlabel} {lo_x:g}", px, py + ph + 13)
  end = f"{hi_x:g}"
  ctx.fillText(end, px + pw - ctx.measureText(end).width, py + ph + 13)
