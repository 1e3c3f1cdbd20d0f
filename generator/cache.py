"""A small content-addressed cache on disk (parsed specs, validation reports)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    configured = os.environ.get("SPECBIND_CACHE")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "specbind"


def _path(kind: str, key: str) -> Path:
    return cache_dir() / kind / f"{key}.json"


def read_json(kind: str, key: str) -> Any | None:
    try:
        with open(_path(kind, key), "rb") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def exists(kind: str, key: str) -> bool:
    return _path(kind, key).is_file()


def write_json(kind: str, key: str, value: Any) -> None:
    """Write atomically; a cache that cannot be written is skipped, not an error."""
    target = _path(kind, key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(value, separators=(",", ":")))  # dumps encodes in C; dump streams in Python
        os.replace(tmp, target)
    except OSError:
        pass
