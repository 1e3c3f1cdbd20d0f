"""Format generated Python with black, in process, cached by content hash.

black is the slowest stage on a large package; an output that was formatted
before (same text, same black version) is taken from the cache.
"""

from __future__ import annotations

import hashlib

import black

from . import cache
from .errors import SpecError

MODE = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)


def format_python(text: str, name: str) -> str:
    key = hashlib.sha256(f"{black.__version__}:{MODE}:{text}".encode()).hexdigest()
    cached = cache.read_json("black", key)
    if isinstance(cached, str):
        return cached
    try:
        result = black.format_str(text, mode=MODE)
    except Exception as exc:  # black reports invalid code as its own exception types
        raise SpecError(f"generated {name} is not valid Python ({exc}); this is a template or generator bug", kind="format") from None
    cache.write_json("black", key, result)
    return result


def format_files(files: dict[str, str]) -> dict[str, str]:
    return {rel: format_python(text, rel) if rel.endswith(".py") else text for rel, text in files.items()}
