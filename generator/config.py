"""Targets from pyproject.toml `[tool.specbind]`, so adding one needs no code."""

from __future__ import annotations

import keyword
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import SpecError


def check_package(name: object, where: str) -> str:
    """A package name the generated code can be imported by: `import <name>`."""
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise SpecError(f"package name {name!r} ({where}) is not a Python identifier that `import` accepts", code="config")
    return name


@dataclass(frozen=True)
class Target:
    name: str
    package: str
    out: Path
    source: str | None = None  # a name in spec/sources.toml
    spec: Path | None = None  # or a spec file
    overlay_source: str | None = None  # with a spec file: a source whose overlays apply to it (another version)
    overlays: tuple[Path, ...] = ()  # more overlays, applied after the source's
    select: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    templates: str = "python"  # a built-in set, or a folder
    strict: bool = False  # warnings stop the run
    allow_remote: bool = False  # follow http(s) $refs
    operations: dict[str, str] = field(default_factory=dict)  # operationId -> "resource.method"
    computed: tuple[str, ...] = ()  # "Model.property" that SDKs compute, beside those the document marks
    pagination: dict[str, object] = field(default_factory=dict)  # operationId -> False (none), or a style and its fields
    options: dict[str, str] = field(default_factory=dict)  # free settings templates may read


def templates_of(target: Target, overlay: Path | None = None) -> tuple[str, Path | None]:
    """(the built-in set, the folder overlaying it) a target renders with: `templates` names a
    built-in set, or is a folder that overlays the python set; `overlay` (--templates) comes first."""
    if "/" in target.templates or target.templates.startswith("."):
        return "python", overlay or Path(target.templates)
    return target.templates, overlay


KNOWN_KEYS = {"extends", "package", "out", "source", "spec", "overlays", "select", "tags", "templates", "strict", "allow_remote", "operations", "computed", "pagination"}


def load_targets(root: Path) -> dict[str, Target]:
    """The targets of `root`/pyproject.toml's [tool.specbind] table."""
    pyproject = root / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"no pyproject.toml in {root}; pass a spec file instead", code="config") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"invalid TOML in {pyproject}: {exc}", code="config") from None
    return targets_of(data.get("tool", {}).get("specbind", {}).get("targets", {}), root, str(pyproject))


def targets_of(table: object, root: Path, label: str) -> dict[str, Target]:
    """The targets of a `targets` table, with their paths relative to `root`."""
    if not isinstance(table, dict):
        raise SpecError(f"`targets` in {label} must be a table of targets", code="config")
    targets = {}
    for name in table:
        entry = _extended(table, name, label)
        if not isinstance(entry, dict) or "package" not in entry or "out" not in entry or not ({"source", "spec"} & entry.keys()):
            raise SpecError(f"target {name!r} in {label} needs `package`, `out` and `source` or `spec`", code="config")
        targets[name] = Target(
            name=name,
            package=check_package(entry["package"], f"target {name!r} in {label}"),
            out=root / entry["out"],
            source=entry.get("source") if "spec" not in entry else None,
            spec=root / entry["spec"] if "spec" in entry else None,
            overlay_source=entry.get("source") if "spec" in entry else None,
            overlays=tuple(root / o for o in entry.get("overlays", ())),
            select=tuple(entry.get("select", ())),
            tags=tuple(entry.get("tags", ())),
            templates=_templates(entry.get("templates", "python"), root),
            strict=bool(entry.get("strict", False)),
            allow_remote=bool(entry.get("allow_remote", False)),
            operations=dict(entry.get("operations", {})),
            computed=tuple(entry.get("computed", ())),
            pagination=dict(entry.get("pagination", {})),
            options={k: v for k, v in entry.items() if k not in KNOWN_KEYS},
        )
    return targets


def _extended(table: dict, name: str, label: str, seen: tuple[str, ...] = ()) -> object:
    """A target's entry with what it `extends` beneath it: another target's keys, its own win
    (one API through two template sets shares its operation names and options)."""
    entry = table[name]
    if not isinstance(entry, dict) or "extends" not in entry:
        return entry
    base = entry["extends"]
    if base not in table or base in seen + (name,):
        why = f"extends {base!r} in a cycle" if base in seen + (name,) else f"extends {base!r}, which is not a target"
        raise SpecError(f"target {name!r} in {label} {why}", code="config")
    below = _extended(table, base, label, seen + (name,))
    if not isinstance(below, dict):
        return entry
    return {**below, **{k: v for k, v in entry.items() if k != "extends"}}


def _templates(value: str, root: Path) -> str:
    """A built-in set's name as it is; a folder relative to the configuration's root."""
    if "/" in value or value.startswith("."):
        return str(root / value)
    return value
