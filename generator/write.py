"""Write a generated tree: all or nothing, and only what changed.

The new tree is staged next to the output folder (unchanged files are hard
links to the old ones, so their mtimes survive), then swapped in with two
renames. A run that fails or is interrupted before the swap leaves the old
tree as it was; if one dies between the two renames, the next run restores
the old tree from `<out>.old` before it starts.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .diagnostics import SpecError


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


def _inside(root: Path, rel: str) -> Path:
    target = (root / rel).resolve()
    if not target.is_relative_to(root):
        raise SpecError(f"refusing to write {rel!r} outside {root}", code="write")
    return target


def _existing(out: Path) -> dict[str, Path]:
    if not out.is_dir():
        return {}
    return {str(p.relative_to(out)): p for p in out.rglob("*") if p.is_file() and not p.is_symlink()}


def is_generated(path: Path, marker: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return marker in f.read(400)
    except OSError:
        return False


def write_tree(out: Path, files: dict[str, bytes], marker: bytes, keep: frozenset[str] = frozenset()) -> WriteStats:
    """Make `out` hold exactly `files` plus any files there that specbind did not generate (and
    the generated ones named in `keep`)."""
    out = out.resolve()
    backup = out.with_name(out.name + ".old")
    if backup.is_dir() and not out.exists():
        backup.rename(out)  # a previous run died between its two renames
    for rel in files:
        _inside(out, rel)
    old = _existing(out)
    changed = [rel for rel, data in files.items() if rel not in old or old[rel].read_bytes() != data]
    stale = [rel for rel, path in old.items() if rel not in files and rel not in keep and is_generated(path, marker)]
    if not changed and not stale:
        return WriteStats(0, len(files), 0)

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.specbind-", dir=out.parent))
    try:
        for rel, path in old.items():
            if rel in stale or rel in changed:
                continue
            _link_or_copy(path, staging / rel)
        for rel in changed:
            dest = staging / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(files[rel])
        if out.exists():
            if backup.exists():
                shutil.rmtree(backup)
            out.rename(backup)
        staging.rename(out)
        shutil.rmtree(backup, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return WriteStats(len(changed), len(files) - len(changed), len(stale))


def _link_or_copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dest)
    except OSError:
        shutil.copy2(src, dest)
