"""Targets from pyproject.toml `[tool.specbind]`, so adding one needs no code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SpecError


@dataclass(frozen=True)
class Target:
    name: str
    package: str
    out: Path
    source: str | None = None  # a name in spec/sources.toml
    spec: Path | None = None  # or a spec file
    select: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    templates: str = "python"  # a built-in set, or a folder
    operations: dict[str, str] = field(default_factory=dict)  # operationId -> "resource.method"
    options: dict[str, str] = field(default_factory=dict)  # free settings templates may read


KNOWN_KEYS = {"package", "out", "source", "spec", "select", "tags", "templates", "operations"}


def load_targets(root: Path) -> dict[str, Target]:
    pyproject = root / "pyproject.toml"
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(f"no pyproject.toml in {root}; pass a spec file instead", kind="config") from None
    targets = {}
    for name, entry in (data.get("tool", {}).get("specbind", {}).get("targets", {})).items():
        if "package" not in entry or "out" not in entry or not ({"source", "spec"} & entry.keys()):
            raise SpecError(f"target {name!r} in {pyproject} needs `package`, `out` and `source` or `spec`", kind="config")
        targets[name] = Target(
            name=name,
            package=entry["package"],
            out=root / entry["out"],
            source=entry.get("source"),
            spec=root / entry["spec"] if "spec" in entry else None,
            select=tuple(entry.get("select", ())),
            tags=tuple(entry.get("tags", ())),
            templates=entry.get("templates", "python"),
            operations=dict(entry.get("operations", {})),
            options={k: v for k, v in entry.items() if k not in KNOWN_KEYS},
        )
    return targets
