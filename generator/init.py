"""`specbind init`: add a target (and, for a URL, a pinned source) to a project's configuration.

The configuration is the project's own (found from the working folder upward), else the
pyproject.toml of the working folder, else a new specbind.toml there. Text is appended, never
rewritten, so that comments and order survive; the result is parsed again before it is written.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .config import check_package
from .diagnostics import SpecError
from .project import Project
from .sources import fetch_document, is_url


@dataclass(frozen=True)
class Added:
    config: Path  # the file the target was written to
    target: str
    text: str  # what was appended
    sha256: str | None = None  # of a downloaded document, pinned


def add_target(project: Project, spec: str, *, package: str | None, out: str | None, name: str | None,
               select: tuple[str, ...] = (), cwd: Path | None = None) -> Added:
    cwd = (cwd or Path.cwd()).resolve()
    config, prefix = _config_file(project, cwd)
    root = config.parent
    entries: dict[str, object] = {}
    source_text = ""
    digest = None
    if spec in project.sources and not Path(spec).exists():
        entries["source"] = spec
        document = None
    elif is_url(spec):
        document, digest = fetch_document(spec, project.document_cache())
    else:
        document = Path(spec).resolve()
        if not document.is_file():
            raise SpecError(f"spec file not found: {spec}", code="file")
        entries["spec"] = os.path.relpath(document, root)
    package = check_package(package or _package_name(document, spec), "--package")
    target = name or package
    if target in project.targets:
        raise SpecError(f"target {target!r} is already configured in {project.config}; pick another --name", code="usage")
    if digest is not None:
        if target in project.sources:
            raise SpecError(f"source {target!r} is already configured; pick another --name", code="usage")
        entries["source"] = target
        table = {"url": spec, "sha256": digest}
        if project.sources_file is not None and project.sources_file != project.config:
            _append(project.sources_file, _table(f"{target}", table))  # the project's own sources file
        else:
            source_text = _table(f"{prefix}sources.{target}", table)
    entries["package"] = package
    entries["out"] = os.path.relpath((cwd / out).resolve(), root) if out else package
    if select:
        entries["select"] = list(select)
    text = source_text + _table(f"{prefix}targets.{target}", entries)
    _append(config, text)
    return Added(config, target, text, digest)


def _config_file(project: Project, cwd: Path) -> tuple[Path, str]:
    """(the file to write to, the prefix of its specbind tables)."""
    config = project.config
    if config is None:
        config = cwd / "pyproject.toml" if (cwd / "pyproject.toml").is_file() else cwd / "specbind.toml"
    return config, "tool.specbind." if config.name == "pyproject.toml" else ""


def _package_name(document: Path | None, spec: str) -> str:
    """A package name from the document's title, else from its file name."""
    title = ""
    if document is not None:
        from .loader import load_document

        try:
            info = load_document(document).root.get("info")
            title = str(info.get("title", "")) if isinstance(info, dict) else ""
        except (SpecError, AttributeError):
            title = ""
    for text in (title, Path(spec.split("?")[0]).stem):
        candidate = re.sub(r"\W+", "_", text.lower()).strip("_")
        candidate = re.sub(r"_(api|openapi|spec|client)$", "", candidate) or candidate
        if candidate and not candidate[0].isdigit() and candidate.isidentifier():
            return candidate
    return "client"


def _table(header: str, entries: dict[str, object]) -> str:
    lines = [f"\n[{header}]"]
    lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entries.items()]
    return "\n".join(lines) + "\n"


def _append(path: Path, text: str) -> None:
    """Append TOML text, atomically, once the whole file still parses."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    new = old + ("\n" if old and not old.endswith("\n") else "") + text.lstrip("\n" if not old else "")
    try:
        tomllib.loads(new)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"cannot add to {path} without breaking it ({exc}); add this by hand:\n{text}", code="config") from None
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(new, encoding="utf-8")
    tmp.replace(path)
