"""The project a command works in: its configuration file, targets and pinned sources.

The configuration is found from the working directory upward: a `specbind.toml`, or a
`pyproject.toml` with a `[tool.specbind]` table (`--config` names one instead). Its folder is
the root every path in it is relative to. Sources are pinned inline (`[tool.specbind.sources.NAME]`
with `url`, `sha256`, `overlays`) or in a file of their own (`sources = "spec/sources.toml"`, the
default when that file exists). Only the standard library is imported here: the no-op fast path
loads the project too.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Target, targets_of
from .diagnostics import SpecError
from .sources import Source, default_cache, load_sources, sources_of

DEFAULT_SOURCES = Path("spec/sources.toml")


@dataclass(frozen=True)
class Project:
    root: Path  # relative paths in the configuration are read from here
    config: Path | None  # the file the settings came from; None outside any project
    targets: dict[str, Target] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    sources_file: Path | None = None  # where `pin` rewrites a source: a sources file, or the config itself
    documents: Path | None = None  # the configured cache of pinned documents

    @property
    def overlays_folder(self) -> Path:
        """Where the overlays a source names are found: beside a sources file, in its `overlays/`
        folder; for sources pinned in the configuration itself, its root."""
        if self.sources_file is not None and self.sources_file != self.config:
            return self.sources_file.parent / "overlays"
        return self.root

    def document_cache(self) -> Path:
        """Where pinned documents are looked up by sha256: $SPEC_CACHE, else the configured
        `documents` folder, else the user's cache."""
        if self.documents is not None and not os.environ.get("SPEC_CACHE"):
            return self.documents
        return default_cache()


def find_config(start: Path) -> Path | None:
    """The nearest `specbind.toml`, or `pyproject.toml` with a [tool.specbind] table, from `start` upward."""
    for folder in (start, *start.parents):
        own = folder / "specbind.toml"
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except OSError:
                continue
            if "[tool.specbind" in text and "specbind" in _read(pyproject).get("tool", {}):
                return pyproject
    return None


def load_project(config: Path | None = None, start: Path | None = None) -> Project:
    """The project of `config`, else of the configuration found from `start` (the working folder)
    upward; with none, an empty project rooted at `start`."""
    start = (start or Path.cwd()).resolve()
    if config is None:
        config = find_config(start)
    elif not config.is_file():
        raise SpecError(f"configuration file not found: {config}", code="config")
    if config is None:  # no configuration: a sources file in the usual place still pins sources
        default = start / DEFAULT_SOURCES
        return Project(start, None, sources=load_sources(default), sources_file=default) if default.is_file() else Project(start, None)
    config = config.resolve()
    root = config.parent
    data = _read(config)
    settings = data.get("tool", {}).get("specbind", {}) if config.name == "pyproject.toml" else data
    if not isinstance(settings, dict):
        raise SpecError(f"[tool.specbind] in {config} must be a table", code="config")
    where = "[tool.specbind" if config.name == "pyproject.toml" else "["
    sources, sources_file = _sources(settings.get("sources"), root, config, where)
    documents = settings.get("documents")
    if documents is not None and not isinstance(documents, str):
        raise SpecError(f"`documents` in {config} must be a folder path", code="config")
    return Project(
        root=root,
        config=config,
        targets=targets_of(settings.get("targets", {}), root, str(config)),
        sources=sources,
        sources_file=sources_file,
        documents=root / documents if documents else None,
    )


def _sources(value: Any, root: Path, config: Path, where: str) -> tuple[dict[str, Source], Path | None]:
    if value is None:
        default = root / DEFAULT_SOURCES
        return (load_sources(default), default) if default.is_file() else ({}, config)
    if isinstance(value, str):
        return load_sources(root / value), root / value
    if isinstance(value, dict):
        prefix = f"{where}sources." if where != "[" else "[sources."
        return sources_of(value, str(config), overlays=root, header=prefix, defined_in=config), config
    raise SpecError(f"`sources` in {config} must be a file path or a table of sources", code="config")


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"file not found: {path}", code="config") from None
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}", code="config") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"invalid TOML in {path}: {exc}", code="config") from None

