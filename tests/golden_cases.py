"""Golden fixture specs: tests/golden/<case>/spec.yaml and the output committed beside it.

Run this file (`make golden`) to refresh every case's `expected/` folder after
a deliberate change to the generator or the templates; review the diff.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import Target  # noqa: E402
from generator.generate import produce  # noqa: E402
from generator.project import load_project  # noqa: E402

PROJECT = load_project(ROOT / "pyproject.toml")
CASES = Path(__file__).resolve().parent / "golden"
# Runtime files, alike for every spec but for the header and the parts an API without
# non-JSON bodies leaves out; the main golden test covers them, so cases keep only what their
# spec shapes.
RUNTIME = frozenset({"_http.py", "_streams.py", "_errors.py", "_pages.py", "_base.py", "py.typed"})


def cases() -> list[str]:
    return sorted(p.name for p in CASES.iterdir() if (p / "spec.yaml").is_file())


def target(case: str, out: Path | None = None) -> Target:
    return Target(name=case, package=case, out=out or CASES / case / "expected", spec=CASES / case / "spec.yaml")


def generate(case: str) -> dict[str, bytes]:
    """Every file the case's spec produces."""
    files = produce(target(case), PROJECT).files
    return files


def kept(files: dict[str, bytes]) -> dict[str, bytes]:
    return {rel: data for rel, data in files.items() if rel not in RUNTIME}


def committed(case: str) -> dict[str, bytes]:
    folder = CASES / case / "expected"
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()} if folder.is_dir() else {}


def refresh() -> None:
    for case in cases():
        folder = CASES / case / "expected"
        shutil.rmtree(folder, ignore_errors=True)
        for rel, data in kept(generate(case)).items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_bytes(data)
        print(f"{case}: {len(list(folder.rglob('*')))} files")


if __name__ == "__main__":
    refresh()
