"""Drop what a generated module imports and never uses.

Templates write the import lines any module of their kind may need (`from typing import Any,
Dict, List, ...`); a module of a small API uses a few of them, and a linter run over vendored
code would flag the rest. This keeps the names the module's code mentions. Only the header is
parsed (the statements before the first class or def): the imports are there, and parsing a
large module whole would cost more than the rest of this. A name counts as used when it stands
as a word outside docstrings and comments (a spec description may say "List" or "Any"); a word
in a string literal keeps its import, which costs nothing. TypeScript import lines get the same
(`drop_unused_ts_imports`), so that both targets pass their compilers' unused-name checks.
"""

from __future__ import annotations

import ast
import re

LINE_LENGTH = 100
_BODY = re.compile(r"^(?:class |def |async def |@)", re.M)
# Read left to right as a lexer does, so that a quote inside another string or a comment cannot
# start one: triple-quoted strings (docstrings) and comments are not code; other strings may be
# annotations (`cast("_p.Thing", x)`), so their words count.
_LONG = r'"""(?:[^"\\]|\\.|"(?!""))*"""'
_SHORT = r'"(?:[^"\\\n]|\\.)*"'
_PROSE = "|".join((_LONG, _LONG.replace('"', "'"), "#[^\n]*"))
_TEXT = re.compile(f"(?:{_PROSE})|(?P<string>{_SHORT}|" + _SHORT.replace('"', "'") + ")", re.S)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_Import = ast.Import | ast.ImportFrom


def drop_unused_imports(text: str) -> str:
    """`text` without the imported names it does not use (a statement left empty goes, and an
    `if TYPE_CHECKING:` block left empty with it)."""
    again = True
    while again:  # a block that went frees the name of its test (TYPE_CHECKING) in turn
        text, again = _prune(text)
    return text


def _prune(text: str) -> tuple[str, bool]:
    """The text pruned once, and whether a block went (which may leave more to prune)."""
    body = _BODY.search(text)
    try:
        header = ast.parse(text[: body.start() if body else len(text)])
    except SyntaxError:
        return text, False  # the formatter reports it, with the file
    statements: list[tuple[_Import, str]] = []
    blocks: list[tuple[ast.If, list[_Import]]] = []
    for node in header.body:
        if isinstance(node, _Import):
            statements.append((node, ""))
        elif isinstance(node, ast.If):  # `if TYPE_CHECKING:`
            inner = [n for n in node.body if isinstance(n, _Import)]
            statements += [(n, " " * n.col_offset) for n in inner]
            if inner and len(inner) == len(node.body):
                blocks.append((node, inner))
    parts = text.split("\n")  # as the parser counts lines (splitlines also breaks at \x0c, \u2028, ...)
    lines = [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    spans = {i for node, _ in statements for i in range(node.lineno - 1, node.end_lineno or node.lineno)}
    rest = "".join(line for i, line in enumerate(lines) if i not in spans)
    used = set(_WORD.findall(_TEXT.sub(r" \g<string>", rest)))  # prose becomes a space, strings stay

    edits: dict[int, tuple[int, str]] = {}  # first line -> (end line, replacement)
    for node, indent in statements:
        kept = [alias for alias in node.names if _used(node, alias, used)]
        if len(kept) < len(node.names):
            edits[node.lineno - 1] = (node.end_lineno or node.lineno, _statement(node, kept, indent))
    went = False
    for block, inner in blocks:
        if all(edits.get(n.lineno - 1, (0, "x"))[1] == "" for n in inner):
            for n in inner:
                edits.pop(n.lineno - 1)
            if block.orelse:  # `if TYPE_CHECKING: ... else: ...` keeps its shape
                first, last = inner[0], inner[-1]
                edits[first.lineno - 1] = (last.end_lineno or last.lineno, " " * first.col_offset + "pass\n")
            else:
                edits[block.lineno - 1] = (block.end_lineno or block.lineno, "")
                went = True
    if not edits:
        return text, False
    for start in sorted(edits, reverse=True):
        end, replacement = edits[start]
        lines[start:end] = [replacement] if replacement else []
        if not replacement:
            _close_gap(lines, start)
    return "".join(lines), went


def _used(node: _Import, alias: ast.alias, used: set[str]) -> bool:
    if isinstance(node, ast.ImportFrom) and node.module == "__future__" or alias.name in ("*", alias.asname):
        return True  # `import x as x` re-exports x (PEP 484)
    return (alias.asname or alias.name.split(".")[0]) in used


def _statement(node: _Import, kept: list[ast.alias], indent: str) -> str:
    """The statement with only `kept`, on one line where it fits, else in black's exploded form."""
    if not kept:
        return ""
    names = [a.name + (f" as {a.asname}" if a.asname else "") for a in kept]
    if isinstance(node, ast.Import):
        return f"{indent}import {', '.join(names)}\n"
    head = f"{indent}from {'.' * node.level}{node.module or ''} import "
    line = head + ", ".join(names)
    if len(line) <= LINE_LENGTH:
        return line + "\n"
    return head + "(\n" + "".join(f"{indent}    {n},\n" for n in names) + f"{indent})\n"


def _close_gap(lines: list[str], at: int) -> None:
    """Where a statement went, leave no blank line doubled or opening a block or the file."""
    if at < len(lines) and not lines[at].strip():
        before = lines[at - 1] if at > 0 else ""
        if at == 0 or not before.strip() or before.rstrip().endswith(":"):
            del lines[at]


# TypeScript: the same for `import { a, b as c } from "..."` and `import type * as m from "..."`
# lines. Comments are prose; strings and template literals (paths with `${pathParam(...)}`) count.
_TS_IMPORT = re.compile(r'^import (type )?(?:\{ ?([^}]*?) ?\}|\* as ([\w$]+)) from ("[^"\n]*");\n', re.M)
_TS_TEXT = re.compile(r'/\*.*?\*/|//[^\n]*|(?P<string>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\]|\\.)*`)', re.S)
_TS_WORD = re.compile(r"[A-Za-z_$][\w$]*")


def drop_unused_ts_imports(text: str) -> str:
    """`text` without the names its import lines bring in and its code never names."""
    found = list(_TS_IMPORT.finditer(text))
    if not found:
        return text
    used = set(_TS_WORD.findall(_TS_TEXT.sub(r" \g<string>", _TS_IMPORT.sub("", text))))
    out: list[str] = []
    at = 0
    for match in found:
        kind, names, namespace, source = match.groups()
        out.append(text[at : match.start()])
        at = match.end()
        items = [namespace] if namespace is not None else [n.strip() for n in names.split(",") if n.strip()]
        alive = [n for n in items if n.split(" as ")[-1].removeprefix("type ").strip() in used]
        if len(alive) == len(items):
            kept = match.group()
        else:
            kept = f"import {kind or ''}{{ {', '.join(alive)} }} from {source};\n" if alive else ""  # a namespace is all or nothing
        out.append(kept)
        if not kept and "".join(out).endswith("\n\n") and text.startswith("\n", at):
            at += 1  # the line went from between two blank lines: keep one
    pruned = "".join(out) + text[at:]
    if not re.search(r"^(?:import|export) ", pruned, re.M):
        pruned += "\nexport {};  // a module, though it has nothing to share\n"
    return pruned
