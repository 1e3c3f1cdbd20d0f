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


def _format_all(texts: list[str]) -> list[str | Exception]:
    workers = min(os.cpu_count() or 1, len(texts))
    if workers < 2 or sum(map(len, texts)) < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return _black_all(texts)
    # Deal the pieces, longest first, into a few bins of even size: few round trips, no straggler.
    bins: list[list[int]] = [[] for _ in range(4 * workers)]
    sizes = [0] * len(bins)
    for i in sorted(range(len(texts)), key=lambda i: -len(texts[i])):
        lightest = sizes.index(min(sizes))
        bins[lightest].append(i)
        sizes[lightest] += len(texts[i])
    results: list[str | Exception] = [""] * len(texts)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for indices, done in zip(bins, pool.map(_black_all, [[texts[i] for i in b] for b in bins])):
            for i, result in zip(indices, done):
                results[i] = result
    return results


def format_files(files: dict[str, str], scope: str = "") -> dict[str, str]:
    """Every .py file formatted by black; `scope` (a target name) keeps targets' caches apart."""
    out = dict(files)
    plans: dict[str, tuple[list[str], dict[str, str]]] = {}  # rel -> (piece hashes, formatted pieces known)
    todo: dict[str, str] = {}  # piece hash -> unformatted piece
    for rel, text in files.items():
        if not rel.endswith(".py"):
            continue
        store = cache.read_json("black", _store_key(scope, rel))
        known: dict[str, str] = store.get("pieces", {}) if isinstance(store, dict) else {}
        if isinstance(store, dict) and store.get("text") == _hash(text):
            out[rel] = SEPARATOR.join(known[h] for h in store["order"])
            continue
        try:
            pieces = split_top_level(text)
        except SyntaxError as exc:
            raise SpecError(f"generated {rel} is not valid Python ({exc}); this is a template or generator bug", kind="format") from None
        order = [_hash(p) for p in pieces]
        for h, piece in zip(order, pieces):
            if h not in known:
                todo[h] = piece
        plans[rel] = (order, known)
    formatted = dict(zip(todo, _format_all(list(todo.values()))))
    for rel, (order, known) in plans.items():
        pieces = {}
        for h in order:
            result = known.get(h, formatted.get(h))
            if isinstance(result, Exception):
                raise SpecError(f"generated {rel} is not valid Python ({result}); this is a template or generator bug", kind="format")
            assert result is not None
            pieces[h] = result
        out[rel] = SEPARATOR.join(pieces[h] for h in order)
        cache.write_json("black", _store_key(scope, rel), {"text": _hash(files[rel]), "order": order, "pieces": pieces})
    return out
