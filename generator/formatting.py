"""Format generated Python with black, one top-level declaration at a time.

black is the slowest stage of a cold run, and its time grows faster than the
size of a file. So each module is cut where black's layout cannot depend on
the neighbours: between two top-level statements, one of them a class or a
function, separated by exactly two blank lines (black keeps exactly two
there). Each piece is formatted on its own, on all cores, and cached by its
text: after a spec update only the declarations that changed are formatted
again. A test checks that whole-file black leaves every generated file as is.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib.metadata
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from . import cache
from .errors import SpecError

TARGET_VERSION, LINE_LENGTH = "PY311", 100  # black itself is imported only when something misses the cache
PARALLEL_FROM = 200_000  # characters to format before worker processes pay for themselves
TASK_SIZE = 30_000  # characters per batch sent to a worker: small enough to balance the cores
SEPARATOR = "\n\n"  # two blank lines: the end of one piece's last line, then two empty lines
_BLOCKS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@functools.cache
def mode() -> Any:
    import black

    return black.Mode(target_versions={black.TargetVersion[TARGET_VERSION]}, line_length=LINE_LENGTH)


def _store_key(scope: str, rel: str) -> str:
    return _hash(f"{importlib.metadata.version('black')}:{TARGET_VERSION}:{LINE_LENGTH}:{scope}:{rel}")


def split_top_level(text: str) -> list[str]:
    """The module as pieces that black formats the same apart as together."""
    tree = ast.parse(text)
    lines = [line + "\n" for line in text.split("\n")]  # line ends as ast counts them, not str.splitlines'
    lines[-1] = lines[-1][:-1]
    pieces: list[str] = []
    start = 0
    previous: ast.stmt | None = None
    for node in tree.body:
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))]) - 1
        if previous is not None and previous.end_lineno is not None:
            gap = lines[previous.end_lineno : first]
            blocks = isinstance(previous, _BLOCKS) or isinstance(node, _BLOCKS)
            if blocks and len(gap) == 2 and not "".join(gap).strip():
                pieces.append("".join(lines[start : previous.end_lineno]))
                start = first
        previous = node
    pieces.append("".join(lines[start:]))
    return pieces


def _black(text: str) -> str | Exception:
    """Formatted text, or black's error: runs in a worker process too."""
    import black

    try:
        return black.format_str(text, mode=mode())
    except Exception as exc:  # black reports invalid code as its own exception types
        return Exception(str(exc))  # plain, so that it crosses the process boundary


def _black_all(texts: list[str]) -> list[str | Exception]:
    return [_black(t) for t in texts]


def _generated_bug(rel: str, error: object) -> SpecError:
    return SpecError(f"generated {rel} is not valid Python ({error}); this is a template or generator bug", kind="format")


class Formatter:
    """Takes files as they are rendered and formats their new pieces meanwhile.

    Pieces that miss the cache are sent, in batches of about TASK_SIZE
    characters, to worker processes once there is enough work to pay for
    them; the renderer keeps going while they run.
    """

    def __init__(self, scope: str = "") -> None:
        self.scope = scope  # a target name: keeps targets' caches apart
        self.out: dict[str, str] = {}
        self.plans: dict[str, tuple[str, list[str], dict[str, str]]] = {}  # rel -> (text hash, piece hashes, known pieces)
        self.waiting: dict[str, str] = {}  # piece hash -> piece, not yet sent
        self.sent: dict[str, Any] = {}  # piece hash -> (future, index in its batch)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def add(self, rel: str, text: str) -> None:
        if not rel.endswith(".py"):
            self.out[rel] = text
            return
        store = cache.read_json("black", _store_key(self.scope, rel))
        known: dict[str, str] = store.get("pieces", {}) if isinstance(store, dict) else {}
        text_hash = _hash(text)
        if isinstance(store, dict) and store.get("text") == text_hash:
            self.out[rel] = SEPARATOR.join(known[h] for h in store["order"])
            return
        try:
            pieces = split_top_level(text)
        except SyntaxError as exc:
            raise _generated_bug(rel, exc) from None
        order = [_hash(p) for p in pieces]
        for h, piece in zip(order, pieces):
            if h not in known and h not in self.sent:
                self.waiting[h] = piece
        self.plans[rel] = (text_hash, order, known)
        self._send(final=False)

    def _send(self, final: bool) -> None:
        if self.pool is None:
            if sum(map(len, self.waiting.values())) < PARALLEL_FROM or not _can_fork():
                return
            self.pool = ProcessPoolExecutor(os.cpu_count(), mp_context=multiprocessing.get_context("fork"))
        batch: list[str] = []
        size = 0
        for h in list(self.waiting):
            batch.append(h)
            size += len(self.waiting[h])
            if size >= TASK_SIZE:
                self._submit(batch)
                batch, size = [], 0
        if final and batch:
            self._submit(batch)

    def _submit(self, batch: list[str]) -> None:
        assert self.pool is not None
        future = self.pool.submit(_black_all, [self.waiting.pop(h) for h in batch])
        for index, h in enumerate(batch):
            self.sent[h] = (future, index)

    def result(self) -> dict[str, str]:
        """Every file, the .py ones formatted; each file's pieces are cached."""
        self._send(final=True)
        formatted = dict(zip(self.waiting, _black_all(list(self.waiting.values()))))  # no pool: here
        for rel, (text_hash, order, known) in self.plans.items():
            pieces: dict[str, str] = {}
            for h in order:
                result = known.get(h) or formatted.get(h)
                if result is None:
                    future, index = self.sent[h]
                    result = future.result()[index]
                if isinstance(result, Exception):
                    raise _generated_bug(rel, result)
                pieces[h] = result
            self.out[rel] = SEPARATOR.join(pieces[h] for h in order)
            cache.write_json("black", _store_key(self.scope, rel), {"text": text_hash, "order": order, "pieces": pieces})
        return self.out


def _can_fork() -> bool:
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


def format_files(files: dict[str, str], scope: str = "") -> dict[str, str]:
    """Every .py file formatted by black (see Formatter)."""
    with Formatter(scope) as formatter:
        for rel, text in files.items():
            formatter.add(rel, text)
        return formatter.result()
