// The pad before Python is ready: strokes drawn while Pyodide starts are inked here at once and kept, then handed
// to the page's Python (py/digits/pad.py), which owns the pad from then on and reads them the moment it is ready.
// Only this much is JS: the pad's logic stays in the editable Python. Same rules as pad.py: the whole card takes
// strokes (not its buttons), points are clamped into the pad and measured against its box as it is now, in CSS px,
// a pen of PEN × the pad's side, points closer than MIN_STEP dropped.
const PEN = 0.07, INK = '#f4f4f4', MIN_STEP = 0.75;
const CONTROLS = 'button, input, select, label, a, textarea';

export function start(card, canvas) {
  const strokes = [];
  let active = null, ctx = null, side = 0;
  const fit = () => {
    const r = canvas.getBoundingClientRect(), dpr = devicePixelRatio || 1;
    side = r.width || 280;
    canvas.width = Math.round(r.width * dpr);
    canvas.height = Math.round(r.height * dpr);
    ctx = canvas.getContext('2d');
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    Object.assign(ctx, {lineCap: 'round', lineJoin: 'round', strokeStyle: INK, lineWidth: PEN * side});
  };
  const point = (e) => {
    const r = canvas.getBoundingClientRect(), k = side / (r.width || 1);
    return [Math.min(Math.max(e.clientX - r.left, 0), r.width) * k, Math.min(Math.max(e.clientY - r.top, 0), r.height) * k];
  };
  const segment = (a, b) => {
    ctx.beginPath();
    ctx.moveTo(a[0], a[1]);
    ctx.lineTo(b[0] + (a === b ? 0.01 : 0), b[1]);
    ctx.stroke();
  };
  const add = (p) => {
    const path = strokes.at(-1), last = path.at(-1);
    if ((p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 < MIN_STEP ** 2) return;
    path.push(p);
    segment(last, p);
  };
  const on = {
    pointerdown(e) {
      if (active !== null || (e.pointerType === 'mouse' && e.button !== 0) || e.target.closest?.(CONTROLS)) return;
      e.preventDefault();
      active = e.pointerId;
      try { card.setPointerCapture(e.pointerId); } catch { /* a synthetic event has no pointer to capture */ }
      if (!ctx) fit();
      const p = point(e);
      strokes.push([p]);
      segment(p, p);
    },
    pointermove(e) {
      if (e.pointerId !== active) return;
      for (const ev of e.getCoalescedEvents?.() ?? [e]) add(point(ev));
    },
    pointerup(e) {
      if (e.pointerId !== active) return;
      add(point(e));
      active = null;
    },
  };
  on.pointercancel = on.pointerup;
  for (const [type, fn] of Object.entries(on)) card.addEventListener(type, fn);
  // Python takes over: the strokes so far (CSS px of the pad), its side then, and the pointer still drawing.
  let taken = false;
  return {
    take() {  // the strokes once (no strokes after the first call); active -1: no pointer drawing now
      for (const [type, fn] of Object.entries(on)) card.removeEventListener(type, fn);
      const got = {strokes: taken ? [] : strokes, side, active: taken || active === null ? -1 : active};
      taken = true;
      return got;
    },
  };
}
