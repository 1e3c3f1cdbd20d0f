"""Showing findings: grouped by code, errors first, each located in the document as the user knows it.

A run over several targets shows each document's findings once, with the targets they concern:
three targets generated from one pinned document do not print its warnings three times.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from .diagnostics import CODES, Decision, Diagnostic, file_label, grouped


def print_findings(decision: Decision, *, limit: int | None, file: TextIO | None = None,
                   targets_of: dict[Diagnostic, list[str]] | None = None, every: list[str] | None = None) -> None:
    """Findings grouped by code, errors first, each located; `limit` per code, the rest counted.
    A finding that concerns only some of the `every` targets names them (`targets_of`)."""
    from .locate import locate

    out = file or sys.stderr
    for severity, findings in (("error", decision.errors), ("warning", decision.warnings)):
        for code, group in grouped(findings).items():
            print(f"{severity}[{code}] ({len(group)}): {CODES[code].title}", file=out)
            for d in group[:limit] if limit else group:
                shown = locate(d)
                only = (targets_of or {}).get(d, [])
                suffix = f" [{', '.join(only)}]" if every and only and len(only) < len(every) else ""
                print(f"  {shown.where}: {shown.message}{suffix}" if shown.where else f"  {shown.message}{suffix}", file=out)
            if limit and len(group) > limit:
                print(f"  ... and {len(group) - limit} more (`specbind validate` lists every one)", file=out)
    if decision.outside:
        print(f"{len(decision.outside)} finding(s) in parts of the document this target does not use (`specbind validate` lists them)", file=out)


@dataclass
class RunFindings:
    """The findings of every target of a run, kept by document until they are shown."""

    documents: dict[str, dict[str, list]] = field(default_factory=dict)  # label -> targets, findings, outside

    def add(self, target: str, document: str, decision: Decision) -> None:
        entry = self.documents.setdefault(document, {"targets": [], "found": {}, "outside": {}})
        entry["targets"].append(target)
        for d in decision.warnings:
            entry["found"].setdefault(d, []).append(target)
        for d in decision.outside:
            entry["outside"].setdefault(d, []).append(target)

    def show(self, *, limit: int, file: TextIO | None = None) -> None:
        out = file or sys.stderr
        for document, entry in self.documents.items():
            targets: list[str] = entry["targets"]
            found: dict[Diagnostic, list[str]] = entry["found"]
            # A finding outside one target's selection but used by another is that one's finding.
            outside = [d for d, where in entry["outside"].items() if d not in found and len(where) == len(targets)]
            if not found and not outside:
                continue
            if len(self.documents) > 1 or len(targets) > 1:
                print(f"{document}, used by {', '.join(targets)}:", file=out)
            print_findings(Decision(warnings=list(found), outside=outside), limit=limit, file=out, targets_of=found, every=targets)


def document_label(file: str | None) -> str:
    return file_label(file) if file else "the document"
