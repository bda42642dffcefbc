"""The drawing pad: pointer input (mouse, touch, pen; coalesced events; one pointer at a time) and the keyboard
(arrows move a pen, Space puts it down or lifts it) into Strokes, and the ink on the visible canvas, sized to its
CSS box times devicePixelRatio. Browser-only.

Forgiving by design: the pointer handlers sit on the pad's whole card, so a stroke that starts in the frame around
the drawing area is drawn too (its points clamped into the pad), and every point is measured against the pad's box
as it is now (a layout change in the middle of a stroke does not shift the ink)."""
import contextlib

import js

PEN = 0.07  # pen diameter as a fraction of the pad's side
CONTROLS = "button, input, select, label, a, textarea"  # on the card, but not the drawing's
INK = "#f4f4f4"


class Pad:
  def __init__(self, canvas, state, changed):
    """canvas: the pad element; state: the App's State (strokes, picture, pad_side live there, so a re-mounted
    Pad keeps the drawing); changed(): called whenever the drawing changed (the App predicts again)."""
    self.canvas, self.s, self.changed = canvas, state, changed
    self.active = None  # id of the pointer drawing now (a second finger is ignored)
    self.ctx = None
    self.cursor, self.pen_down = (0.5, 0.5), False  # the keyboard's pen, as fractions of the pad

  def fit(self) -> None:
    """Size the bitmap to the pad's CSS size times devicePixelRatio (crisp on high-DPI), rescale the drawing."""
    r, dpr = self.canvas.getBoundingClientRect(), js.window.devicePixelRatio or 1
    side = r.width or 280
    s = self.s
    if s.pad_side and s.pad_side != side:
      k = side / s.pad_side
      s.strokes.paths = [[(x * k, y * k) for x, y in p] for p in s.strokes.paths]
    s.pad_side = side
    s.strokes.pen = PEN * side
    self.canvas.width, self.canvas.height = round(r.width * dpr), round(r.height * dpr)
    ctx = self.canvas.getContext("2d")
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    ctx.lineCap, ctx.lineJoin = "round", "round"
    self.ctx = ctx
    self.repaint()

  async def adopt(self) -> None:
    """Strokes drawn before Python was ready (site/ink.js inked and kept them), taken over once: rescaled to the
    pad as it is now, and a stroke still being drawn goes on here."""
    try:
      got = (await js.digitsPreload.ink).take()
    except Exception:
      return  # no early ink (an old page, or its module failed): nothing was drawn before
    if not got.strokes.length: return
    k = self.s.pad_side / (got.side or self.s.pad_side)
    self.s.strokes.paths += [[(float(x) * k, float(y) * k) for x, y in p] for p in got.strokes.to_py()]
    self.s.strokes.version += 1
    if got.active >= 0: self.active = int(got.active)
    self.repaint()

  def repaint(self) -> None:
    ctx, side, pic = self.ctx, self.s.pad_side, self.s.picture
    ctx.clearRect(0, 0, side, side)
    if pic is not None:
      k = side / max(pic.width, pic.height)
      ctx.drawImage(pic, (side - pic.width * k) / 2, (side - pic.height * k) / 2, pic.width * k, pic.height * k)
    for p in self.s.strokes.paths:
      self.segment(p[0], p[0])
      for a, b in zip(p, p[1:], strict=False): self.segment(a, b)
    if js.document.activeElement == self.canvas and not self.pen_down:  # where the keyboard's pen would land
      x, y = self.cursor[0] * side, self.cursor[1] * side
      ctx.strokeStyle, ctx.lineWidth = "#5cc8ff", 2
      ctx.beginPath()
      ctx.arc(x, y, self.s.strokes.pen / 2, 0, 6.2832)
      ctx.stroke()

  def segment(self, a, b) -> None:
    ctx = self.ctx
    ctx.strokeStyle, ctx.lineWidth = INK, self.s.strokes.pen
    ctx.beginPath()
    ctx.moveTo(a[0], a[1])
    ctx.lineTo(b[0] + (0.01 if a == b else 0), b[1])
    ctx.stroke()

  def point(self, e, r=None):
    """The pointer in pad units, clamped into the pad; r: the pad's box now (read once per event)."""
    r = r or self.canvas.getBoundingClientRect()
    k = self.s.pad_side / (r.width or 1)
    return min(max(e.clientX - r.left, 0), r.width) * k, min(max(e.clientY - r.top, 0), r.height) * k

  def down(self, e, before=None) -> None:
    """A pointer went down on the card. before(): run first when a new stroke starts (the App drops an uploaded
    picture). The card's buttons and inputs keep their clicks."""
    if self.active is not None or (e.pointerType == "mouse" and e.button != 0): return
    if e.target.closest and e.target.closest(CONTROLS): return
    e.preventDefault()
    self.active = e.pointerId
    with contextlib.suppress(Exception):  # synthetic events (scripts) have no capturable pointer
      e.currentTarget.setPointerCapture(e.pointerId)  # keep the stroke when the pointer leaves the card
    if before is not None: before()
    p = self.point(e)
    self.s.strokes.begin(*p)
    self.segment(p, p)
    self.changed()

  def move(self, e) -> None:
    if e.pointerId != self.active: return
    events = e.getCoalescedEvents() if hasattr(e, "getCoalescedEvents") else None
    changed, r = False, self.canvas.getBoundingClientRect()
    for ev in (events if events and events.length else [e]):
      last, p = self.s.strokes.paths[-1][-1], self.point(ev, r)
      if self.s.strokes.add(*p):
        self.segment(last, p)
        changed = True
    if changed: self.changed()

  def up(self, e) -> None:
    if e.pointerId != self.active: return
    self.active = None
    last, p = self.s.strokes.paths[-1][-1], self.point(e)
    if self.s.strokes.add(*p): self.segment(last, p)
    self.s.strokes.version += 1  # the stroke is finished: always predict once more
    self.changed()

  KEYS = {"ArrowLeft": (-1, 0), "ArrowRight": (1, 0), "ArrowUp": (0, -1), "ArrowDown": (0, 1)}

  def key(self, e, before=None) -> None:
    """Keyboard drawing: arrows move the pen (Shift: finer), Space or Enter puts it down / lifts it."""
    side = self.s.pad_side
    if e.key in self.KEYS:
      e.preventDefault()
      step = 0.01 if e.shiftKey else 0.04
      dx, dy = self.KEYS[e.key]
      last = (self.cursor[0] * side, self.cursor[1] * side)
      self.cursor = (min(max(self.cursor[0] + dx * step, 0.0), 1.0), min(max(self.cursor[1] + dy * step, 0.0), 1.0))
      p = (self.cursor[0] * side, self.cursor[1] * side)
      if self.pen_down and self.s.strokes.add(*p):
        self.segment(last, p)
        self.changed()
      elif not self.pen_down:
        self.repaint()
    elif e.key in (" ", "Enter"):
      e.preventDefault()
      p = (self.cursor[0] * side, self.cursor[1] * side)
      self.pen_down = not self.pen_down
      if self.pen_down:
        if before is not None: before()
        self.s.strokes.begin(*p)
      else:
        self.s.strokes.version += 1  # the stroke is finished: predict once more
      self.repaint()
      self.changed()
