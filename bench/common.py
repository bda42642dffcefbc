"""What every benchmark shares: the one percentile rule (so that every table in docs/BENCHMARKS.md is computed
alike) and the site built into a private folder and served on a free loopback port."""
import contextlib
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def pct(xs, q: float) -> float:
  """The q-th percentile of the samples by nearest rank: the sorted sample at index round(q/100 * (n - 1)). A
  sample that was measured, never an interpolation between two."""
  xs = sorted(xs)
  return xs[min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))]


@contextlib.contextmanager
def served(directory) -> Iterator[str]:
  """Serve a folder (scripts/serve.py, the server of `make serve`) on a free port; yields its base URL (ends in '/')."""
  from scripts import serve
  server = serve.start(str(directory))
  try:
    yield f"http://127.0.0.1:{server.server_port}/"
  finally:
    server.shutdown()


@contextlib.contextmanager
def built_site(prepare: Callable[[Path], None] | None = None, out: Path | None = None) -> Iterator[tuple[str, Path]]:
  """Build the site into `out` (default: a temporary folder, so that a concurrent `make build` cannot swap files
  under a run), let prepare(dist) add to it, and serve it; yields (base URL, the built folder)."""
  from scripts import build
  with contextlib.ExitStack() as stack:
    if out is None: out = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "dist"
    dist = build.build(out)
    if prepare is not None: prepare(dist)
    yield stack.enter_context(served(dist)), dist
