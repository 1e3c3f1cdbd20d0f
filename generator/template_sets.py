"""Which folders a template set renders from, and its manifest: a set may extend another.

A set is a folder with a `manifest.toml`. One that says `extends = "python"` (a built-in set's
name, or a folder relative to its own) adds to that set: its manifest's `files` are added to the
base's (an entry with the same `output` replaces the base's), a template of its own overrides
the base's file of the same name, and its templates reach the base's as `<base>/<file>`, so
that `{% extends "python/models.py.jinja" %}` fills the base's blocks without copying it. A
folder without `extends` overlays the python set file by file (its manifest, if it has one,
replaces the base's). Only the standard library is imported here: the no-op path needs the folders.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import shipped
from .diagnostics import SpecError

MANIFEST = "manifest.toml"
MAX_DEPTH = 8  # sets extending sets: a chain longer than this is a loop


@dataclass(frozen=True)
class Chain:
    """A set and the sets it extends, highest priority first."""

    folders: tuple[Path, ...]
    names: tuple[str, ...]  # each folder's name, by which its templates are reached as `<name>/<file>`
    manifest: dict[str, Any]  # the merged manifest

    @property
    def name(self) -> str:
        """The built-in set at the root of the chain (its filters and formatter)."""
        return self.names[-1]


def builtin(name: str) -> Path | None:
    folder = shipped.TEMPLATES / name
    return folder if (folder / MANIFEST).is_file() else None


def read_manifest(folder: Path) -> dict[str, Any] | None:
    path = folder / MANIFEST
    if not path.is_file():
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"invalid {path}: {exc}", code="templates") from None


def _folder_of(ref: str, relative_to: Path | None) -> Path:
    found = builtin(ref)
    if found is not None and "/" not in ref and not ref.startswith("."):
        return found
    path = (relative_to / ref) if relative_to is not None and not Path(ref).is_absolute() else Path(ref)
    if not path.is_dir():
        raise SpecError(f"template set {ref!r} is neither a built-in set ({', '.join(known())}) nor a folder", code="templates")
    return path


def known() -> list[str]:
    return sorted(p.name for p in shipped.TEMPLATES.iterdir() if (p / MANIFEST).is_file())


def chain(base: str, overlay: Path | None = None) -> Chain:
    """The chain of folders of set `base` (a built-in name or a folder), with `overlay` first."""
    start = overlay if overlay is not None else _folder_of(base, None)
    folders: list[Path] = []
    manifests: list[dict[str, Any] | None] = []
    folder: Path | None = start
    while folder is not None:
        if folder in folders or len(folders) > MAX_DEPTH:
            raise SpecError(f"template sets extend each other in a loop: {' -> '.join(str(f) for f in folders + [folder])}", code="templates")
        manifest = read_manifest(folder)
        folders.append(folder)
        manifests.append(manifest)
        if manifest is not None and isinstance(manifest.get("extends"), str):
            folder = _folder_of(manifest["extends"], folder)
        elif builtin(folder.name) == folder:
            folder = None  # a built-in set that extends nothing: the root
        elif len(folders) == 1 and overlay is not None and base != str(overlay):
            folder = _folder_of(base, None)  # --templates overlays the target's set
        else:
            folder = builtin("python")  # a folder of overrides: of the python set
    return Chain(tuple(folders), tuple(f.name for f in folders), _merged(folders, manifests))


def _merged(folders: list[Path], manifests: list[dict[str, Any] | None]) -> dict[str, Any]:
    """The manifest of the chain: each set's on top of those it extends."""
    merged: dict[str, Any] | None = None
    for manifest in reversed(manifests):
        if manifest is None:
            continue
        if merged is None or "extends" not in manifest:
            merged = dict(manifest)  # a root, or a copy that replaces its base's manifest
            continue
        files = list(merged.get("files", []))
        where = {entry.get("output"): i for i, entry in enumerate(files)}
        for entry in manifest.get("files", []):
            if entry.get("output") in where:
                files[where[entry.get("output")]] = entry
            else:
                where[entry.get("output")] = len(files)
                files.append(entry)
        computed = [*(merged.get("computed") or []), *(manifest.get("computed") or [])]  # adds up along the chain
        merged = {**merged, **{k: v for k, v in manifest.items() if k != "extends"}, "files": files, "computed": list(dict.fromkeys(computed))}
    if merged is None:
        raise SpecError(f"no {MANIFEST} in template set {folders[0]}" + (" or the sets it extends" if len(folders) > 1 else ""), code="templates")
    return merged
