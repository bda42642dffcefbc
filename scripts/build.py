"""Assemble the self-contained static site in dist/: site/, py/, kernels/ and the npm front-end packages."""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENDOR = {"pyodide": "node_modules/pyodide", "pyscript": "node_modules/@pyscript/core/dist"}


def build(out: Path = ROOT / "dist") -> Path:
  if out.exists(): shutil.rmtree(out)
  shutil.copytree(ROOT / "site", out)
  shutil.copytree(ROOT / "py", out / "py", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
  shutil.copytree(ROOT / "kernels", out / "kernels")
  for name, src in VENDOR.items():
    if not (ROOT / src).is_dir(): sys.exit(f"{src} is missing: run `npm ci` first (make build does)")
    shutil.copytree(ROOT / src, out / "vendor" / name)
  return out


if __name__ == "__main__":
  print(f"built {build()}")
