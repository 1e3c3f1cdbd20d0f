"""Format generated Python with black, in process, cached by content hash.

black is the slowest stage on a large package; an output that was formatted
before (same text, same black version) is taken from the cache, and files that
miss it are formatted side by side on the machine's cores.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import black

from . import cache
from .errors import SpecError

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)
PARALLEL_FROM = 200_000  # characters to format before worker processes pay for themselves


def _key(text: str) -> str:
    return hashlib.sha256(f"{black.__version__}:{MODE}:{text}".encode()).hexdigest()


def _black(item: tuple[str, str]) -> tuple[str, str | None, str | None]:
    """(name, formatted text or None, error or None): runs in a worker process too."""
    name, text = item
    try:
        return name, black.format_str(text, mode=MODE), None
    except Exception as exc:  # black reports invalid code as its own exception types
        return name, None, str(exc)


def format_files(files: dict[str, str]) -> dict[str, str]:
    out = dict(files)
    misses: list[tuple[str, str]] = []
    for rel, text in files.items():
        if rel.endswith(".py"):
            cached = cache.read_json("black", _key(text))
            if isinstance(cached, str):
                out[rel] = cached
            else:
                misses.append((rel, text))
    misses.sort(key=lambda item: -len(item[1]))  # longest first, for an even split
    workers = min(os.cpu_count() or 1, len(misses))
    if workers > 1 and sum(len(t) for _, t in misses) >= PARALLEL_FROM and "fork" in multiprocessing.get_all_start_methods():
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            results = list(pool.map(_black, misses))
    else:
        results = [_black(item) for item in misses]
    for (rel, text), (_, formatted, error) in zip(misses, results):
        if formatted is None:
            raise SpecError(f"generated {rel} is not valid Python ({error}); this is a template or generator bug", kind="format")
        cache.write_json("black", _key(text), formatted)
        out[rel] = formatted
    return out
