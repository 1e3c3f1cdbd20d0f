"""Errors and diagnostics that point at a place in the spec."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["error", "warning", "info"]


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    """Build a JSON pointer (RFC 6901) from path tokens."""
    return "".join("/" + escape_pointer_token(t) for t in tokens)


def split_pointer(ptr: str) -> list[str]:
    if ptr in ("", "#"):
        return []
    ptr = ptr.removeprefix("#")
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]


@dataclass(frozen=True)
class Location:
    pointer: str = ""
    file: str | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            line = f":{self.line}:{self.column}" if self.line is not None else ""
            parts.append(self.file + line)
        parts.append("#" + self.pointer)
        return " ".join(parts)


@dataclass(frozen=True)
class Diagnostic:
    """One message about the spec, with where it applies."""

    message: str
    location: Location = field(default_factory=Location)
    level: Level = "error"
    kind: str = "spec"

    def __str__(self) -> str:
        where = self.location
        if not where.file and not where.pointer:
            return f"{self.level}: {self.message}"
        return f"{where}: {self.level}: {self.message}"


class SpecError(Exception):
    """A fatal problem with the input; the CLI prints it and exits non-zero."""

    def __init__(self, message: str, location: Location | None = None, kind: str = "spec"):
        super().__init__(message)
        self.diagnostic = Diagnostic(message, location or Location(), "error", kind)

    def __str__(self) -> str:
        return str(self.diagnostic)


class DiagnosticsError(SpecError):
    """Several errors at once (validation, name clashes)."""

    def __init__(self, summary: str, diagnostics: list[Diagnostic]):
        super().__init__(summary)
        self.diagnostics = diagnostics

    def __str__(self) -> str:
        return "\n".join([self.args[0], *(f"  {d}" for d in self.diagnostics)])
