"""Format generated Python in black's style, calling black only where it has something to do.

black is the slowest stage of a cold run, and its time grows faster than the
size of a file. So each module is cut where black's layout cannot depend on
the neighbours (see split_pieces): between top-level classes and functions,
and between the methods of a class. Each piece is checked against black's
rules (generator/blackstyle.py): most of what the templates write is in
black's style already, so black formats only the statements that are not (or
the piece, where the checks do not reach); the statements of the usual shapes
(a long annotation, a def header) are split by black's own algorithm without
importing black (generator/blacksplit.py). Pieces are formatted on all cores
and cached by their text: after a spec update only the declarations and
methods that changed are looked at again. Tests check that whole-file black
leaves every generated, golden, fuzzed and real-world module unchanged.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import multiprocessing
import os
import pickle
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import blacksplit, blackstyle, cache, progress
from .diagnostics import SpecError
from .imports import drop_unused_imports, drop_unused_ts_imports

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

TARGET_VERSION, LINE_LENGTH = "PY311", 100  # black itself is imported only when something misses the cache
PARALLEL_FROM = 400_000  # characters to check before worker processes pay for themselves
SHARE_FROM = 100_000  # characters to check, short of PARALLEL_FROM, before one forked process shares them
TASK_SIZE = 30_000  # characters per batch sent to a worker: small enough to balance the cores
CACHE_LAYOUT = 4  # the version of the pieces' cache entries
VERIFY_SPLIT = bool(os.environ.get("SPECBIND_VERIFY_SPLIT"))  # the tests set it: each blacksplit answer checked against black
INDENT = "    "  # a method is formatted dedented by one level, with the line that much shorter
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef)
_BLOCKS = (ast.ClassDef, *_DEFS)


@dataclass(frozen=True)
class Piece:
    """A part of a module that black formats the same alone as in place."""

    before: str  # what joins it to the piece before: "" (the first), "\n\n" (two blank lines) or "\n" (one)
    indent: str  # "" for a top-level statement, INDENT for a method
    text: str  # the source, dedented by `indent` ("" for a piece known by its key alone)
    key: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", _hash(f"{len(self.indent)}:{self.text}"))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@functools.cache
def mode(line_length: int = LINE_LENGTH) -> Any:
    import black

    return black.Mode(target_versions={black.TargetVersion[TARGET_VERSION]}, line_length=line_length)


@functools.cache
def _black_version() -> str:
    from .fastpath import black_version

    return black_version()


@functools.cache
def _rules() -> str:
    """The code that decides what black sees: a change to it makes every cached piece stale."""
    here = Path(__file__).resolve().parent
    return _hash("".join((here / name).read_text() for name in ("formatting.py", "blackstyle.py", "blacksplit.py", "imports.py")))


def _store_key(scope: str, rel: str) -> str:
    return _hash(f"{CACHE_LAYOUT}:{_black_version()}:{_rules()}:{TARGET_VERSION}:{LINE_LENGTH}:{scope}:{rel}")


# black's output for each statement it was given (or blacksplit's), shared by every file and
# target: after a spec update most long statements of a changed piece were split before.
_statements: dict[str, str] = {}
_statements_read = False
MAX_STATEMENTS = 20_000


def _statements_key() -> str:
    return _hash(f"statements:{CACHE_LAYOUT}:{_black_version()}:{_rules()}:{TARGET_VERSION}")


def _load_statements() -> None:
    """Read the kept statements once, and only when some piece is to be formatted."""
    global _statements_read
    if not _statements_read:
        stored = cache.read_json("black", _statements_key())
        _statements.update(stored if isinstance(stored, dict) else {})
        _statements_read = True


def _black_statement(text: str, line_length: int, learned: dict[str, str]) -> str:
    """black's output for one statement, from what it gave before where it can."""
    key = _hash(f"{line_length}:{text}")
    found = _statements.get(key) or learned.get(key)
    if found is None:
        found = blacksplit.split(text, line_length)  # black's own algorithm, for the usual shapes
        if found is not None and VERIFY_SPLIT and found != _run_black(text, line_length):
            raise AssertionError(f"blacksplit and black differ on {text!r}")
        learned[key] = found = found if found is not None else _run_black(text, line_length)
    return found


# Where a top-level class or function starts after two blank lines: the module is parsed in
# chunks cut there, and a chunk seen in the last run is not parsed again.
_CHUNK_START = re.compile(r"\n\n\n(?=(?:class |def |async def |@)\S)")


def _chunks(text: str) -> list[str]:
    """`text` cut before each top-level class or function that two blank lines (and no comment)
    separate from the code above. A cut that is not between two statements (inside a string)
    leaves a chunk that does not parse, and then the module is read whole."""
    out, start = [], 0
    for match in _CHUNK_START.finditer(text):
        end = start + len(text[start : match.start()].rstrip("\n"))
        last_line = text[text.rfind("\n", start, end) + 1 : end]
        if not last_line.strip() or last_line.lstrip().startswith("#"):
            continue  # a comment above the blank lines: black reads it with what follows
        out.append(text[start:end] + "\n")
        start = match.end()
    out.append(text[start:])
    return out


def split_chunked(text: str, known: dict[str, list[list[str]]] | None = None) -> tuple[list[Piece], dict[str, list[list[str]]]]:
    """split_pieces, a chunk at a time: the pieces, and for each chunk its pieces' (before,
    indent, key). A chunk found in `known` whose pieces all have a key is not parsed again."""
    known = known or {}
    pieces: list[Piece] = []
    table: dict[str, list[list[str]]] = {}
    try:
        for n, chunk in enumerate(_chunks(text)):
            chunk_key = _hash(chunk)
            seen = known.get(chunk_key)
            found = [Piece(b, i, "", k) for b, i, k in seen] if seen else split_pieces(chunk)
            if n:
                found[0] = replace(found[0], before="\n\n")
            table[chunk_key] = [[p.before if m else "", p.indent, p.key] for m, p in enumerate(found)]
            pieces += found
    except SyntaxError:
        return split_pieces(text), {}  # raises again if the module itself does not parse
    return pieces, table


def split_pieces(text: str) -> list[Piece]:
    """The module cut where black's layout cannot depend on the neighbours.

    At the top level: between two statements, one a class or a function, with
    two or more blank lines and nothing else between them (black puts exactly
    two there). Inside a class that ends its piece: between the methods of its
    closing run of methods, blank lines only between them (black puts exactly
    one), each dedented by one level when that is a plain text operation.
    """
    tree = ast.parse(text)
    lines = [line + "\n" for line in text.split("\n")]  # line ends as ast counts them, not str.splitlines'
    lines[-1] = lines[-1][:-1]
    body = tree.body
    groups: list[list[ast.stmt]] = [[]]
    for i, node in enumerate(body):
        if i and (_blank_gap(lines, body[i - 1], node) or 0) >= 2 and (isinstance(body[i - 1], _BLOCKS) or isinstance(node, _BLOCKS)):
            groups.append([])
        groups[-1].append(node)
    pieces: list[Piece] = []
    for g, group in enumerate(groups):
        first = 0 if g == 0 else _first_line(group[0])
        last = len(lines) if g == len(groups) - 1 else group[-1].end_lineno or 0
        methods = _methods_to_cut(lines, group[-1], last) if group else []
        header_end = _first_line(methods[0][0]) if methods else last
        while methods and not lines[header_end - 1].strip():
            header_end -= 1  # the blank lines before the first cut method
        pieces.append(Piece("\n\n" if g else "", "", "".join(lines[first:header_end])))
        pieces += [Piece("\n", INDENT, dedented) for _, dedented in methods]
    return pieces


def _first_line(node: ast.stmt) -> int:
    """0-based index of a statement's first line, its decorators included."""
    return min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))]) - 1


def _blank_gap(lines: list[str], a: ast.stmt, b: ast.stmt) -> int | None:
    """How many blank lines separate two statements; None if anything else does."""
    gap = lines[a.end_lineno or 0 : _first_line(b)]
    return None if "".join(gap).strip() else len(gap)


def _methods_to_cut(lines: list[str], node: ast.stmt, last: int) -> list[tuple[ast.stmt, str]]:
    """The methods after the first of a class's closing run of methods, each with its dedented text."""
    if not isinstance(node, ast.ClassDef) or "".join(lines[node.end_lineno or 0 : last]).strip():
        return []
    run: list[tuple[ast.stmt, str]] = []
    for member in reversed(node.body):
        dedented = _dedent(lines, member) if isinstance(member, _DEFS) else None
        if dedented is None or (run and not _blank_gap(lines, member, run[-1][0])):
            break  # black keeps one blank line between methods, whether one or two were written
        run.append((member, dedented))
    return run[::-1][1:]  # the first of the run stays with the class header


def _dedent(lines: list[str], method: ast.stmt) -> str | None:
    """The method's text one level less indented, if indenting black's output restores it.

    Every line must start with the indent or be empty. Black keeps the lines
    of a multi-line string as they are and empties every other blank line, so
    indenting back every line that is not empty restores both, unless a string
    holds a line of exactly the indent, which would come back empty.
    """
    out = []
    for line in lines[_first_line(method) : method.end_lineno]:
        if line.startswith(INDENT) and line.rstrip("\n") != INDENT:
            out.append(line[len(INDENT) :])
        elif line in ("\n", ""):
            out.append(line)
        else:
            return None
    return "".join(out)


def _dedent_lines(lines: list[str], column: int) -> str | None:
    """The lines of one statement moved `column` to the left, if all of them start with that much space."""
    pad = " " * column
    if any(line and not line.startswith(pad) for line in lines):
        return None
    return "".join(line[column:] + "\n" for line in lines)


def _indent(text: str, indent: str) -> str:
    if not indent:
        return text
    return "\n".join(indent + line if line else line for line in text.split("\n"))


def assemble(pieces: list[Piece], formatted: list[str]) -> str:
    return "".join(piece.before + _indent(out, piece.indent) for piece, out in zip(pieces, formatted))


def _black(item: tuple[int, str], learned: dict[str, str] | None = None) -> str | Exception:
    """A piece formatted, or black's error: runs in a worker process too.

    black sees only what is not in its style already: the whole piece when the checks of
    blackstyle do not cover it, else each statement they flag, dedented, on its own (what
    black gave for a statement before is reused; new answers go to `learned`).
    """
    indent, text = item
    learned = {} if learned is None else learned
    try:
        found = blackstyle.plan(text, LINE_LENGTH - indent)
        if found.whole:
            return _run_black(text, LINE_LENGTH - indent)
        lines = found.text.split("\n")
        for statement in reversed(found.statements):
            snippet = _dedent_lines(lines[statement.first : statement.last + 1], statement.column)
            if snippet is None or snippet.startswith("@"):  # black reads a decorator only with what it decorates
                return _run_black(text, LINE_LENGTH - indent)
            if statement.header:
                snippet += " " * 4 + "pass\n"  # black reads a header only with a body
            formatted = _black_statement(snippet, LINE_LENGTH - indent - statement.column, learned)
            if statement.header:
                formatted = formatted[: formatted.rstrip("\n").rfind("\n") + 1]  # the `pass` goes
            pad = " " * statement.column
            lines[statement.first : statement.last + 1] = [pad + line if line else line for line in formatted.rstrip("\n").split("\n")]
        return "\n".join(lines)
    except Exception as exc:  # black reports invalid code as its own exception types
        return Exception(str(exc))  # plain, so that it crosses the process boundary


def _run_black(text: str, line_length: int) -> str:
    import black

    return black.format_str(text, mode=mode(line_length))


def _black_all(items: list[tuple[int, str]]) -> tuple[list[str | Exception], dict[str, str]]:
    """Pieces formatted, and black's answers for statements it had not seen."""
    learned: dict[str, str] = {}
    return [_black(item, learned) for item in items], learned


def _black_shared(items: list[tuple[int, str]]) -> tuple[list[str | Exception], dict[str, str]]:
    """_black_all, with a forked process taking the later half when there is enough to share.

    What a spec update leaves to check is too little for the worker pool to pay for itself
    and enough to keep two cores busy; the fork shares the pieces in memory, and sends back
    only its answers.
    """
    total = sum(len(text) for _, text in items)
    if total < SHARE_FROM or not _can_fork():
        return _black_all(items)
    cut, size = 0, 0
    while size < total / 2:
        size += len(items[cut][1])
        cut += 1
    if cut == len(items):  # one piece holds most of it
        return _black_all(items)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its half, pickled to the parent, then gone without any cleanup
        try:
            os.close(read)
            with os.fdopen(write, "wb") as out:
                pickle.dump(_black_all(items[cut:]), out)
        finally:
            os._exit(0)
    os.close(write)
    first, learned = _black_all(items[:cut])
    try:
        with os.fdopen(read, "rb") as received:
            second, theirs = pickle.load(received)
    except Exception:  # the child died: its half is done here
        second, theirs = _black_all(items[cut:])
    finally:
        os.waitpid(pid, 0)
    return first + second, {**learned, **theirs}


def _generated_bug(rel: str, error: object) -> SpecError:
    return SpecError(f"generated {rel} is not valid Python ({error}); this is a template or generator bug", code="format")


class Formatter:
    """Takes files as they are rendered and formats their new pieces meanwhile.

    Pieces that miss the cache are sent, in batches of about TASK_SIZE
    characters, to worker processes once there is enough work to pay for
    them; the renderer keeps going while they run.
    """

    def __init__(self, scope: str = "") -> None:
        self.scope = scope  # a target name: keeps targets' caches apart
        self.out: dict[str, str] = {}
        # rel -> (text hash, pieces, known formatted pieces, its chunks' pieces)
        self.plans: dict[str, tuple[str, list[Piece], dict[str, str], dict[str, list[list[str]]]]] = {}
        self.waiting: dict[str, tuple[int, str]] = {}  # piece key -> (indent, text), not yet sent
        self.sent: dict[str, Any] = {}  # piece key -> (future, index in its batch)
        self.pool: ProcessPoolExecutor | None = None
        self.learned: dict[str, str] = {}  # statements split (by blacksplit or black) in this run

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, rel: str, text: str) -> None:
        if not rel.endswith(".py"):
            self.out[rel] = drop_unused_ts_imports(text) if rel.endswith(".ts") else text
            return
        store = cache.read_json("black", _store_key(self.scope, rel))
        known: dict[str, str] = store.get("pieces", {}) if isinstance(store, dict) else {}
        text_hash = _hash(text)
        if isinstance(store, dict) and store.get("text") == text_hash:
            layout = [Piece(before, indent, "") for before, indent in store["layout"]]
            self.out[rel] = assemble(layout, [known[key] for key in store["order"]])
            return
        chunks = store.get("chunks", {}) if isinstance(store, dict) else {}
        reusable = {k: v for k, v in chunks.items() if all(key in known for _, _, key in v)}
        try:
            pieces, table = split_chunked(drop_unused_imports(text), reusable)
        except SyntaxError as exc:
            raise _generated_bug(rel, exc) from None
        for piece in pieces:
            if piece.key not in known and piece.key not in self.sent:
                _load_statements()  # before the workers fork, so that they share it
                self.waiting[piece.key] = (len(piece.indent), piece.text)
        self.plans[rel] = (text_hash, pieces, known, table)
        self._send(final=False)

    def _send(self, final: bool) -> None:
        if self.pool is None:
            if sum(len(text) for _, text in self.waiting.values()) < PARALLEL_FROM or not _can_fork():
                return
            from concurrent.futures import ProcessPoolExecutor  # only a run with much to check uses one

            self.pool = ProcessPoolExecutor(os.cpu_count(), mp_context=multiprocessing.get_context("fork"))
        batch: list[str] = []
        size = 0
        for key, (_, text) in list(self.waiting.items()):
            batch.append(key)
            size += len(text)
            if size >= TASK_SIZE:
                self._submit(batch)
                batch, size = [], 0
        if final and batch:
            self._submit(batch)

    def _submit(self, batch: list[str]) -> None:
        assert self.pool is not None
        future = self.pool.submit(_black_all, [self.waiting.pop(key) for key in batch])
        for index, key in enumerate(batch):
            self.sent[key] = (future, index)

    def result(self) -> dict[str, str]:
        """Every file, the .py ones formatted; each file's pieces are cached."""
        self._send(final=True)
        progress.stage("formatting with black", total=len(self.plans))
        here, learned = _black_shared(list(self.waiting.values()))  # no pool
        formatted: dict[str, str | Exception] = dict(zip(self.waiting, here))
        self.learned.update(learned)

        def black_result(key: str) -> str | Exception:
            if key not in formatted:
                future, index = self.sent[key]
                results, learned = future.result()
                self.learned.update(learned)
                formatted[key] = results[index]
            return formatted[key]

        for rel, (text_hash, pieces, known, table) in self.plans.items():
            progress.advance()
            done: dict[str, str] = {}
            for piece in pieces:
                result = known.get(piece.key)
                if result is None:
                    result = black_result(piece.key)
                if isinstance(result, Exception):
                    raise _generated_bug(rel, result)
                done[piece.key] = result
            self.out[rel] = assemble(pieces, [done[piece.key] for piece in pieces])
            store = {
                "text": text_hash,
                "order": [p.key for p in pieces],
                "layout": [[p.before, p.indent] for p in pieces],
                "pieces": done,
                "chunks": table,
            }
            cache.write_json("black", _store_key(self.scope, rel), store)
        if self.learned:
            _statements.update(self.learned)
            kept = dict(list(_statements.items())[-MAX_STATEMENTS:])  # the oldest answers go first
            cache.write_json("black", _statements_key(), kept)
        return self.out


def _can_fork() -> bool:
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


def format_files(files: Iterable[tuple[str, str]], scope: str = "") -> dict[str, str]:
    """Every (path, text) formatted, the .py ones by black; black starts on the first while later ones are made."""
    with Formatter(scope) as formatter:
        for rel, text in files:
            formatter.add(rel, text)
        return formatter.result()
