"""The front half of the pipeline: source -> load -> overlays -> validate -> IR."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from . import cache, ir
from .build import build_api
from .errors import Diagnostic, DiagnosticsError
from .loader import Spec, load_spec
from .operations import Selection
from .overlay import apply_overlays, overlay_digest
from .validate import validate


@dataclass
class Prepared:
    spec: Spec
    diagnostics: list[Diagnostic]
    content_key: str  # hash of the document bytes and the overlays applied


def prepare(path: Path, overlays: tuple[Path, ...] = (), *, allow_remote: bool = False, check: bool = True) -> Prepared:
    """Load a spec and apply its overlays; validate it when `check`.

    The overlaid document is cached by the hash of its inputs, since JSONPath
    queries over a large document take seconds.
    """
    spec = load_spec(path, allow_remote=allow_remote)
    key = spec.main.sha256
    if overlays:
        key = hashlib.sha256(f"{key}:{overlay_digest(list(overlays))}".encode()).hexdigest()
        cached = cache.read_json("overlaid", key)
        if cached is None:
            cached = apply_overlays(spec.root, list(overlays))
            cache.write_json("overlaid", key, cached)
        spec.main.root = cached
    diagnostics = validate(spec, cache_key=key) if check else []
    return Prepared(spec, diagnostics, key)


def raise_invalid(diagnostics: list[Diagnostic]) -> None:
    errors = [d for d in diagnostics if d.level == "error"]
    if errors:
        raise DiagnosticsError(f"the spec has {len(errors)} validation error(s); run `specbind validate` for the report", errors)


def build(prepared: Prepared, selection: Selection, *, source: str, operation_names: dict[str, str] | None = None) -> tuple[ir.Api, list[Diagnostic]]:
    raise_invalid(prepared.diagnostics)
    api, notes = build_api(prepared.spec, selection, source=source, operation_names=operation_names)
    return api, notes
