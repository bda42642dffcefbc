"""What the page's thread does while the page works: long tasks (PerformanceObserver) and how late pointer events
are handled, measured in the page. Shared by bench/bench_freeze.py and tests/test_freeze.py."""
from bench.common import pct

# Installed before the page's own scripts: every long task (start, duration) and every pointer event's delay (the
# time from the event to its first handler on the page's thread), in ms on the page's clock.
PROBE = """(() => {
  const f = window.__freeze = {tasks: [], delays: []};
  new PerformanceObserver((l) => { for (const e of l.getEntries()) f.tasks.push([e.startTime, e.duration]); })
    .observe({type: 'longtask', buffered: true});
  for (const type of ['pointermove', 'pointerdown', 'pointerup']) {
    addEventListener(type, (e) => f.delays.push([e.timeStamp, performance.now() - e.timeStamp]), {capture: true});
  }
})();"""


def now(pg) -> float:
  return pg.evaluate("performance.now()")


def window(pg, t0: float, t1: float) -> dict:
  """Long tasks that started in [t0, t1] and pointer delays of events in it: blocking time (TBT's rule: the part
  of each task over 50 ms), the longest task, delays p50/p95/max (0 when there was no event)."""
  f = pg.evaluate("window.__freeze")
  tasks = [d for s, d in f["tasks"] if t0 <= s <= t1]
  delays = [d for s, d in f["delays"] if t0 <= s <= t1]
  r = lambda v: round(v, 1)  # noqa: E731
  at = lambda q: r(pct(delays, q)) if delays else 0.0  # noqa: E731
  return {"seconds": r((t1 - t0) / 1000), "long_tasks": len(tasks), "longest_task_ms": r(max(tasks, default=0)),
          "blocking_ms": r(sum(d - 50 for d in tasks)), "blocked_ms_per_s": r(sum(tasks) / max(1e-9, t1 - t0) * 1000),
          "pointer_events": len(delays),
          "pointer_delay_ms": {"p50": at(50), "p95": at(95), "max": r(max(delays, default=0))}}


def wiggle(pg, seconds: float) -> None:
  """A hand hovering over the pad for `seconds`: mouse moves (no button), one every ~16 ms."""
  import time
  pad = pg.locator("[data-testid=canvas]")
  pad.scroll_into_view_if_needed()
  box, end, i = pad.bounding_box(), time.monotonic() + seconds, 0
  while time.monotonic() < end:
    x = box["x"] + box["width"] * (0.2 + 0.6 * ((i * 37) % 100) / 100)
    y = box["y"] + box["height"] * (0.2 + 0.6 * ((i * 61) % 100) / 100)
    pg.mouse.move(x, y)
    pg.wait_for_timeout(16)
    i += 1
