"""The assembled dist/ (built into a temp folder): self-contained, every URL relative, the editor's import map
complete, PyScript told about every module of the UI package."""
import html
import json
import re

import pytest
from helpers import ROOT

from scripts import build


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
  return build.build(tmp_path_factory.mktemp("b") / "dist")


def test_import_map_resolves_every_bare_import(dist):
  html = (dist / "index.html").read_text()
  imports = json.loads(re.search(r'<script type="importmap">(.*?)</script>', html, re.S).group(1))["imports"]
  for name, url in imports.items():
    assert url.startswith("./vendor/cm/") and (dist / url).is_file(), name
  sources = [(dist / u).read_text() for u in imports.values()] + [(dist / "editor.js").read_text()]
  specs = r"""^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]"""
  found = {a or b for s in sources for a, b in re.findall(specs, s, re.M)}
  bare = {m for m in found if not m.startswith(".")}
  assert "@codemirror/view" in bare
  assert bare <= set(imports), bare - set(imports)


def test_pyscript_config_lists_every_module(dist):
  tag = re.search(r'<script type="py" [^>]*config="([^"]+)"', (dist / "index.html").read_text()).group(1)
  config = json.loads(html.unescape(tag))  # written into the tag: PyScript fetches no config first
  assert not (dist / "pyscript.json").exists()
  assert config["interpreter"] == "./vendor/pyodide/pyodide.mjs" and (dist / config["interpreter"]).is_file()
  mods = sorted(p.name for p in (ROOT / "py" / "digits").glob("*.py"))
  assert sorted(v.rsplit("/", 1)[1] for v in config["files"].values()) == mods
  for url in config["files"]: assert (dist / url).is_file()


def test_no_absolute_or_off_host_urls(dist):
  html = (dist / "index.html").read_text()
  urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html) + re.findall(r"""import\(['"]([^'"]+)['"]\)""", html)
  assert urls and all(u.startswith("./") or u.startswith("data:") for u in urls), urls
  assert not re.search(r"https?://", html)
  assert re.search(r"<link rel=\"manifest\" href=\"./manifest.webmanifest\">", html)
  for f in ["editor.js", "py/boot.py", *[f"py/digits/{p.name}" for p in (ROOT / "py" / "digits").glob("*.py")]]:
    assert not re.search(r"https?://", (dist / f).read_text()), f


def test_ships_only_what_the_site_uses(dist):
  """No page that loads from a CDN (Pyodide's consoles), one copy of CodeMirror (ours), no Python outside py/."""
  pages = sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*.html"))
  benches = ["bench/panel.html", "bench/realgpu.html", "bench/train.html"]
  assert pages == [*benches, "index.html", "runtime/test.html"], pages  # the page, its self-check, the bench pages
  for p in dist.rglob("*"):
    if p.suffix == ".html": assert not re.search(r"https?://", p.read_text(errors="ignore")), p
  files = [p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()]
  cm = [f for f in files if "codemirror" in f]
  assert cm and all(c.startswith("vendor/cm/") for c in cm), cm


def test_early_ink_draws_like_the_pad():
  """site/ink.js (the pad before Python is ready) uses the pen, ink and point spacing of py/digits/pad.py."""
  def consts(path):
    return {k: v.strip("'\"") for k, v in re.findall(r"^\s*(?:const )?(PEN|INK|MIN_STEP) = ('[^']*'|\"[^\"]*\"|[\d.]+)",
                                                       path.read_text(), re.M)}
  py = {**consts(ROOT / "py" / "digits" / "pad.py"), **consts(ROOT / "py" / "digits" / "strokes.py")}
  js = dict(re.findall(r"(PEN|INK|MIN_STEP) = ('[^']*'|[\d.]+)", (ROOT / "site" / "ink.js").read_text()))
  assert {k: v.strip("'") for k, v in js.items()} == py and len(py) == 3, (js, py)
