"""docs/BENCHMARKS.md is what bench/report.py renders from the committed results: a table cannot drift from its data,
and every percentile in it follows bench/common.py's one rule."""
from helpers import ROOT

from bench import report
from bench.common import pct


def test_committed_benchmarks_doc_is_rendered_from_the_results():
  assert (ROOT / "docs" / "BENCHMARKS.md").read_text() == report.render(), "stale: run python -m bench.report"


def test_percentile_is_a_sample_at_nearest_rank():
  xs = [5.0, 1.0, 4.0, 2.0, 3.0]
  assert (pct(xs, 0), pct(xs, 50), pct(xs, 95), pct(xs, 100)) == (1.0, 3.0, 5.0, 5.0)
  assert pct(list(range(300)), 95) == 284 and pct([7.5], 50) == 7.5


def test_docs_point_nowhere_outside_the_repository():
  for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
    assert "../" not in doc.read_text(), doc.name
