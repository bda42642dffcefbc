"""Assemble the self-contained static site in dist/: site/, py/, kernels/ and the npm front-end packages.
CodeMirror (the page's Python editor) is copied file by file and wired with an import map written into
index.html; PyScript's config (site/pyscript.json plus the list of the UI's Python modules) is written into the
`<script type="py">` tag itself, so PyScript starts Pyodide without fetching a config first. Every URL in dist/ is
relative.
Last, sw.js (the service worker) gets the build's precache list: every file of dist/ the page needs to start and read
drawings offline, with its SHA-256; the rest (LAZY: the Teach samples, the training steps, test and benchmark files,
MNIST) with their SHA-256 too, cached when first used. MNIST's four gzip IDX files are copied into data/mnist/ from
training/data.py's folder, checked against its sums, with an index.json; a build without them at hand has no data/.
The version is the hash of both lists, so a new build is a new cache and an unchanged one is not."""
import fnmatch
import hashlib
import json
from html import escape as html_escape
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# PyScript's optional plugins, which it imports at start for every script type (py and mpy) whose config does not
# exclude them: the page uses none (its editor is ours), so the build excludes them in both configs and ships none.
PLUGINS_OFF = ("py-editor", "py-game", "py-terminal", "donkey", "deprecations-manager")
# The npm packages the page runs on, less what it never loads: Pyodide's console pages (they load from a CDN),
# PyScript's own CodeMirror (imported only when a <script type="py-editor"> is on the page; ours is in vendor/cm),
# the plugins above with what only they import (the terminal's xterm, the editor's CodeMirror setup), its
# MicroPython loader, its service worker, and source maps.
VENDOR = {"pyodide": ("node_modules/pyodide", ("console*.html", "*.map", "*.d.ts", "README.md")),
          "pyscript": ("node_modules/@pyscript/core/dist", ("codemirror*", "mpy-*", "service-worker.js", "*.map",
                                                            *(f"{n}-*" for n in PLUGINS_OFF), "py-D*", "xterm*",
                                                            "index-*"))}
EDITOR_ROOTS = ["codemirror", "@codemirror/lang-python"]  # plus everything they depend on
IMPORTMAP_SLOT = "<!-- importmap: scripts/build.py puts the CodeMirror import map here -->"
CONFIG_SLOT = 'config="./pyscript.json"'
MPY_SLOT = "<!-- mpy-config: scripts/build.py puts PyScript's plugin exclusions here -->"
SW, SW_SLOT = "sw.js", "/* BUILD: scripts/build.py */ {version: 'unbuilt', files: [], lazy: []}"
# Not in the first visit's precache: cached by the worker when first used (still checked against their SHA-256).
LAZY = ("kernels/replay.safetensors", "kernels/testsample.safetensors", "kernels/*/teach*", "kernels/*/scratch*",
        "kernels/*/reference.json",
        "bench/*", "runtime/test.html", "vendor/pyodide/pyodide.js", "vendor/pyodide/package.json", "data/*")
MNIST = "data/mnist"  # in dist/: the four gzip IDX files and index.json (site/runtime/mnist.js reads them)


def esm_entry(pkg: dict) -> str:
  exp = pkg.get("exports", {})
  exp = exp.get(".", exp) if isinstance(exp, dict) else exp
  entry = exp.get("import", exp.get("default")) if isinstance(exp, dict) else exp
  entry = entry or pkg.get("module") or pkg.get("main")
  return entry.get("default", "") if isinstance(entry, dict) else entry


def editor_packages(roots=EDITOR_ROOTS) -> dict[str, Path]:
  """Package name -> its single-file ES module entry, for the roots and their npm dependencies."""
  out, todo = {}, list(roots)
  while todo:
    name = todo.pop()
    if name in out: continue
    d = ROOT / "node_modules" / name
    if not d.is_dir(): sys.exit(f"node_modules/{name} is missing: run `npm ci` first (make build does)")
    pkg = json.loads((d / "package.json").read_text())
    out[name] = d / esm_entry(pkg)
    todo += list(pkg.get("dependencies", {}))
  return out


def copy_editor(out: Path) -> dict[str, str]:
  imports = {}
  for name, src in sorted(editor_packages().items()):
    rel = f"vendor/cm/{name}/{src.name}"
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, out / rel)
    imports[name] = f"./{rel}"
  return imports


def build(out: Path = ROOT / "dist") -> Path:
  if out.exists(): shutil.rmtree(out)
  shutil.copytree(ROOT / "site", out)
  shutil.copytree(ROOT / "py", out / "py", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
  shutil.copytree(ROOT / "kernels", out / "kernels")
  for name, (src, skip) in VENDOR.items():
    if not (ROOT / src).is_dir(): sys.exit(f"{src} is missing: run `npm ci` first (make build does)")
    shutil.copytree(ROOT / src, out / "vendor" / name, ignore=shutil.ignore_patterns(*skip))
  imports = copy_editor(out)
  html = (out / "index.html").read_text()
  assert all(slot in html for slot in (IMPORTMAP_SLOT, CONFIG_SLOT, MPY_SLOT)), "site/index.html lost a build slot"
  tag = '<script type="importmap">' + json.dumps({"imports": imports}, indent=1) + "</script>"
  config = json.loads((out / "pyscript.json").read_text())
  config["files"] = {f"./py/{p.relative_to(ROOT / 'py').as_posix()}": f"./{p.relative_to(ROOT / 'py').as_posix()}"
                     for p in sorted((ROOT / "py" / "digits").glob("*.py"))}
  config["plugins"] = [f"!{n}" for n in PLUGINS_OFF]
  (out / "pyscript.json").unlink()
  inline = f'config="{html_escape(json.dumps(config, separators=(",", ":")))}"'
  mpy = f"<mpy-config>{json.dumps({'plugins': config['plugins']})}</mpy-config>"  # no MicroPython script here
  (out / "index.html").write_text(html.replace(IMPORTMAP_SLOT, tag).replace(CONFIG_SLOT, inline).replace(MPY_SLOT, mpy))
  copy_mnist(out)
  write_precache(out)
  return out


def copy_mnist(out: Path) -> bool:
  """MNIST's four gzip IDX files from training/data.py's folder (MNIST_DIR, ../shared/data/mnist or its cache) into
  out/data/mnist/, each copy checked against data.py's SHA-256 of the unpacked file, plus index.json: {splits: {train
  | test: {images, labels}}, files: [{name, bytes (gzip), sha256 (unpacked)}]}. Not all four at hand: nothing copied
  (the build never downloads) and the page says the training data is not part of this build."""
  from training import data
  src = data.default_dir()
  missing = [f"{n}.gz" for n in data.FILES if not (src / f"{n}.gz").is_file()]
  if missing:
    print(f"MNIST is not in {src} ({', '.join(missing)} missing): built without the training data", file=sys.stderr)
    return False
  dest = out / MNIST
  dest.mkdir(parents=True)
  files = []
  for name, sha in data.FILES.items():
    shutil.copyfile(src / f"{name}.gz", dest / f"{name}.gz")
    data.read_idx(dest / f"{name}.gz", sha)  # a corrupt source fails the build (data.ChecksumError)
    files.append({"name": f"{name}.gz", "bytes": (dest / f"{name}.gz").stat().st_size, "sha256": sha})
  splits = {split: {kind: next(f["name"] for f in files if f["name"].startswith(f"{prefix}-{kind}")) for kind in
                    ("images", "labels")} for split, prefix in (("train", "train"), ("test", "t10k"))}
  (dest / "index.json").write_text(json.dumps({"splits": splits, "files": files}, indent=1) + "\n")
  return True


def precache(out: Path) -> dict:
  """{version, files: [[path, sha256]] (precached), lazy: [[path, sha256]] (cached on first use)} for every file of
  the build but the service worker itself."""
  every = [[p.relative_to(out).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest()]
           for p in sorted(out.rglob("*")) if p.is_file() and p.relative_to(out).as_posix() != SW]
  lazy = [f for f in every if any(fnmatch.fnmatch(f[0], pat) for pat in LAZY)]
  files = [f for f in every if f not in lazy]
  version = hashlib.sha256(json.dumps([files, lazy]).encode()).hexdigest()[:16]
  return {"version": version, "files": files, "lazy": lazy}


def write_precache(out: Path) -> dict:
  sw = (out / SW).read_text()
  assert SW_SLOT in sw, f"site/{SW} lost its BUILD slot"
  build = precache(out)
  (out / SW).write_text(sw.replace(SW_SLOT, json.dumps(build, separators=(",", ":"))))
  return build


if __name__ == "__main__":
  print(f"built {build()}")
