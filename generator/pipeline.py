"""The front half of the pipeline: load -> overlays -> check -> IR, and the one decision on findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import cache, ir, progress
from .build import build_api
from .diagnostics import Decision, Diagnostic, Scope, SpecError, decide
from .loader import Spec, load_spec
from .locate import locate
from .operations import Selection
from .overlay import apply_overlays, unmatched_findings
from .sources import content_key
from .validate import validate_in_background


@dataclass
class Prepared:
    spec: Spec
    content_key: str  # hash of the document bytes and the overlays applied
    findings: list[Diagnostic]  # what applying the overlays found


def prepare(path: Path, overlays: tuple[Path, ...] = (), *, url: str | None = None, allow_remote: bool = False) -> Prepared:
    """Load a spec and apply its overlays. `url` is where the document comes from, which tells
    whether the overlays were written for it (their `extends`).

    The overlaid document is cached by the hash of its inputs, since JSONPath
    queries over a large document take seconds.
    """
    progress.stage("loading the document")
    spec = load_spec(path, allow_remote=allow_remote)
    key = content_key(spec.main.sha256, overlays)
    unmatched: list = []
    if overlays:
        progress.stage("applying overlays")
        cached = cache.read_json("overlaid", key)
        if not isinstance(cached, dict) or "root" not in cached:
            root, unmatched = apply_overlays(spec.root, list(overlays))
            cached = {"root": root, "unmatched": unmatched}
            cache.write_json("overlaid", key, cached)
        spec.main.root, unmatched = cached["root"], cached["unmatched"]
    return Prepared(spec, key, unmatched_findings(list(overlays), unmatched, url))


@dataclass
class Built:
    """A selection's IR, with what was found on the way; `decision()` waits for the validator."""

    api: ir.Api
    scope: Scope
    findings: list[Diagnostic]
    validation: Callable[[], list[Diagnostic]]
    strict: bool

    def decision(self) -> Decision:
        """Every finding decided; raises with the located errors when there are any."""
        decision = decide(self.findings + self.validation(), scope=self.scope, strict=self.strict)
        refuse(decision)
        return decision


def refuse(decision: Decision) -> None:
    if decision.errors:
        raise SpecError([locate(d) for d in decision.errors])


def build(
    prepared: Prepared,
    selection: Selection,
    *,
    source: str,
    operation_names: dict[str, str] | None = None,
    computed: frozenset[str] = frozenset(),
    pagination: dict[str, object] | None = None,
    strict: bool = False,
    background: bool = False,
) -> Built:
    """The IR of a selection. The builder's own errors stop it here; the validator's findings
    (checked meanwhile in a forked process when `background`) are decided by `Built.decision`."""
    validation = validate_in_background(prepared.spec, cache_key=prepared.content_key, background=background)
    progress.stage("building the IR")
    api, found, scope = build_api(prepared.spec, selection, source=source, operation_names=operation_names, computed=computed, pagination=pagination)
    findings = prepared.findings + found
    refuse(decide(findings, scope=scope, strict=strict))
    return Built(api, scope, findings, validation, strict)
