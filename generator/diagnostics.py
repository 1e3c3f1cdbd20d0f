"""Diagnostics: one type for every finding, the table of codes, and the one place that decides.

A stage never decides whether a finding stops the run. It reports a
`Diagnostic` with a code; `CODES` gives the code its severity: *error* when
specbind cannot emit correct code for that place, *warning* when the document
breaks a rule but the code is still right (a bad default dropped, an unusable
constraint skipped, a union told apart by shape, a name disambiguated).
`decide` then applies the run's options: findings outside what a target
generates never block it, and `--strict` makes warnings errors.

Where a finding is (file line and column) is worked out only when it is shown,
by `generator.locate`.
"""

from __future__ import annotations

import contextvars
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

Severity = Literal["error", "warning"]

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


@dataclass(frozen=True)
class Code:
    severity: Severity
    title: str  # what findings of this code mean, and what specbind does about them


CODES: dict[str, Code] = {
    # The input cannot be read as an OpenAPI document at all.
    "file": Code("error", "the file cannot be read"),
    "syntax": Code("error", "the file is not valid YAML or JSON"),
    "too-large": Code("error", "the document is larger than specbind reads"),
    "too-deep": Code("error", "the document nests deeper than specbind can follow"),
    "not-openapi": Code("error", "not an OpenAPI 3.0 or 3.1 document"),
    # References specbind cannot follow, where it needs them.
    "ref-dangling": Code("error", "a $ref points to nothing"),
    "ref-remote": Code("error", "a remote $ref is not fetched without --allow-remote"),
    "ref-cycle": Code("error", "$refs that lead only to each other"),
    "ref-unsupported": Code("error", "a $ref specbind cannot follow"),
    "parameter-invalid": Code("error", "a parameter without `name` or `in` cannot be sent"),
    # The document breaks a rule; the generated code is still right.
    "rule": Code("warning", "the document breaks an OpenAPI rule that does not change the generated code"),
    "default-mismatch": Code("warning", "a default that does not match its schema is not used"),
    "pattern-invalid": Code("warning", "a pattern that is not an ECMA-262 regular expression is ignored"),
    "type-unknown": Code("warning", "an unknown `type` is read by its meaning where clear, else as any value"),
    "schema-invalid": Code("warning", "a schema that is not an object is read as any value"),
    "operation-id-duplicate": Code("warning", "operationIds that are not unique are not used for names"),
    "method-name-collision": Code("warning", "operations that map to one method name are named from their operationId"),
    "parameter-duplicate": Code("warning", "a parameter declared twice: the later declaration is used"),
    "path-parameter-undeclared": Code("warning", "a path parameter without a declaration is sent as a string"),
    "discriminator-inconsistent": Code("warning", "a discriminator that does not fit its oneOf: the union is told apart by shape"),
    "union-ambiguous": Code("warning", "union variants that nothing tells apart: the first that fits is used"),
    "path-query": Code("warning", "a path whose query string is not constant parameters is skipped"),
    "security-unsupported": Code("warning", "a security scheme specbind cannot apply (mutual TLS, an unknown type) is left to the user"),
    "computed-unimplemented": Code("warning", "a property SDKs compute, which the template set does not implement, is left out"),
    "no-operations": Code("warning", "the selection has no operations: only models are generated"),
    "overlay-unmatched": Code("warning", "an overlay action matches nothing in this version of the document"),
    # Not about the document.
    "overlay": Code("error", "an overlay cannot be applied"),
    "overlay-stale": Code("error", "an overlay action matches nothing in its pinned document: upstream fixed it, delete the action"),
    "config": Code("error", "the configuration is invalid"),
    "usage": Code("error", "the command line is invalid"),
    "source": Code("error", "a pinned source cannot be resolved"),
    "templates": Code("error", "a template set cannot be rendered"),
    "format": Code("error", "generated code does not parse: a template or generator bug"),
    "write": Code("error", "the output cannot be written"),
    "internal": Code("error", "a bug in specbind"),
}

EXCERPT = 80  # characters of a quoted value; a message stays under 200 with it

# How a file is shown in findings: a pinned source's document by the source's name, a downloaded
# one by its URL; never by its content-addressed path in the cache, which the user never opened.
FILE_LABELS: dict[str, str] = {}


def label_file(path: object, label: str) -> None:
    FILE_LABELS[os.path.abspath(str(path))] = label


def file_label(file: str) -> str:
    return FILE_LABELS.get(os.path.abspath(file), file) if FILE_LABELS else file


@dataclass(frozen=True)
class Diagnostic:
    """One finding: its code, what is wrong, and where (a JSON pointer into a file)."""

    code: str
    message: str
    pointer: str | None = None  # None: not about a place in a document
    file: str | None = None  # the document the pointer is in
    line: int | None = None  # filled in by generator.locate when shown, or by a parser that knows
    column: int | None = None

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    @property
    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(file_label(self.file) + (f":{self.line}:{self.column}" if self.line is not None else ""))
        if self.pointer is not None:
            parts.append("#" + self.pointer)
        return " ".join(parts)

    def render(self, severity: Severity | None = None) -> str:
        head = f"{severity or self.severity}[{self.code}]"
        return f"{self.where}: {head}: {self.message}" if self.where else f"{head}: {self.message}"

    def __str__(self) -> str:
        return self.render()


class SpecError(Exception):
    """A run stops: the CLI prints the diagnostics and exits non-zero."""

    def __init__(self, message: str | Diagnostic | list[Diagnostic], *, code: str = "usage", pointer: str | None = None, file: str | None = None):
        if isinstance(message, Diagnostic):
            diagnostics = [message]
        elif isinstance(message, list):
            diagnostics = message
        else:
            diagnostics = [Diagnostic(code, message, pointer, file)]
        super().__init__(diagnostics[0].message if diagnostics else "")
        self.diagnostics = diagnostics

    @property
    def diagnostic(self) -> Diagnostic:
        return self.diagnostics[0]

    @property
    def exit_code(self) -> int:
        return EXIT_INTERNAL if any(d.code == "internal" for d in self.diagnostics) else EXIT_REFUSED

    def __str__(self) -> str:
        return "\n".join(str(d) for d in self.diagnostics)


# ---- what is being processed, for an internal error's message -----------------

current_pointer: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_pointer", default=None)
current_file: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_file", default=None)


def internal_error(exc: BaseException) -> Diagnostic:
    """An unexpected exception as a diagnostic naming the stage and the place being processed."""
    from . import progress

    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    if isinstance(exc, RecursionError):
        return Diagnostic("too-deep", f"nested deeper than Python can follow while {progress.current()}", current_pointer.get(), current_file.get())
    return Diagnostic(
        "internal",
        f"unexpected {type(exc).__name__} while {progress.current()}{': ' + text if text else ''} "
        "(a bug in specbind; please report it with this document)",
        current_pointer.get(),
        current_file.get(),
    )


# ---- deciding -----------------------------------------------------------------


@dataclass
class Decision:
    errors: list[Diagnostic] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    outside: list[Diagnostic] = field(default_factory=list)  # in parts of the document the target does not use


def decide(diagnostics: Iterable[Diagnostic], *, scope: "Scope | None" = None, strict: bool = False) -> Decision:
    """The one place where findings become errors, warnings, or out of the target's scope."""
    decision = Decision()
    seen: set[tuple[str, str | None, str | None]] = set()
    for d in diagnostics:
        key = (d.code, d.file, d.pointer)
        if key in seen:  # the validator and the IR builder may both see one defect
            continue
        seen.add(key)
        if scope is not None and not scope.covers(d):
            decision.outside.append(d)
        elif d.severity == "error" or strict:
            decision.errors.append(d)
        else:
            decision.warnings.append(d)
    return decision


class Scope:
    """The places of a document a target generates from: an operation, a schema, a parameter...

    A finding is in scope when it is inside one of them, or when it is about a
    node that holds one (the `paths` object, a path item, the document root).
    """

    def __init__(self, main_file: str | None):
        self.main_file = main_file
        self._used: set[tuple[str | None, str]] = set()
        self._holders: set[tuple[str | None, str]] = set()
        self._files: set[str | None] = {main_file}

    def add(self, pointer: str, file: str | None = None) -> None:
        file = file or self.main_file
        if (file, pointer) in self._used:
            return
        self._files.add(file)
        self._used.add((file, pointer))
        for prefix in _prefixes(pointer):
            self._holders.add((file, prefix))

    def covers(self, d: Diagnostic) -> bool:
        file = d.file or self.main_file
        if d.pointer is None or (file != self.main_file and file not in self._files):
            return True  # not about a place in the document: an overlay, a template, the run itself
        if (file, d.pointer) in self._holders:
            return True
        return any((file, prefix) in self._used for prefix in _prefixes(d.pointer))


def _prefixes(pointer: str) -> Iterable[str]:
    """'', '/a', '/a/b' for '/a/b' (the pointer itself included)."""
    yield ""
    index = pointer.find("/", 1)
    while index != -1:
        yield pointer[:index]
        index = pointer.find("/", index + 1)
    if pointer:
        yield pointer


# ---- showing ------------------------------------------------------------------


def excerpt(value: Any, limit: int = EXCERPT) -> str:
    """A value as compact JSON, cut to `limit` characters: never a dump of a whole schema."""
    try:
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shorten(message: str, limit: int = 200) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 1] + "…"


def grouped(diagnostics: list[Diagnostic]) -> dict[str, list[Diagnostic]]:
    groups: dict[str, list[Diagnostic]] = defaultdict(list)
    for d in diagnostics:
        groups[d.code].append(d)
    return dict(sorted(groups.items()))
