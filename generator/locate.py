"""Where a finding is: the node that holds the defect, and its line and column in its file.

The one module that turns a pointer into a place. A pointer reported through
`$ref`s (the validator walks references) is moved to the node that really
holds the defect (`canonical`). The line is found in the file itself: YAML by
composing its node tree, JSON by skipping sibling values. Both run lazily, once per
file, and only for findings that are shown.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any


from . import cache, pointers
from .diagnostics import Diagnostic



def locate(d: Diagnostic) -> Diagnostic:
    """`d` with the line and column of its pointer in its file, when it has both and lacks them."""
    if d.line is not None or d.file is None or d.pointer is None:
        return d
    line, column = position(d.file, d.pointer)
    return replace(d, line=line, column=column)


def canonical(root: Any, ptr: str) -> str:
    """Where a pointer that runs through local `$ref`s really lands in the document."""
    real: list[str] = []
    node = root
    for token in pointers.split(ptr):
        while isinstance(node, dict) and token not in node and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return ptr
            real = pointers.split(ref[1:])
            found, node = pointers.lookup(root, ref[1:])
            if not found:
                return ptr
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return ptr
        real.append(token)
    return pointers.pointer(*real)


def position(file: str | Path, ptr: str) -> tuple[int | None, int | None]:
    """(line, column), both from 1, of the deepest node of `ptr` the file has.

    Positions are kept in the cache by the file's sha256: composing a large YAML file
    takes half a second, and a run that repeats a warning should not pay it again.
    """
    data = _read(str(file))
    if data is None:
        return None, None
    known = _positions(data)
    if ptr in known:
        return tuple(known[ptr])  # type: ignore[return-value]
    text = data.decode("utf-8", errors="replace")
    tokens = pointers.split(ptr)
    offset = _json_offset(text, tokens) if text.lstrip()[:1] in ("{", "[") else None
    if offset is not None:
        line = text.count("\n", 0, offset) + 1
        found: tuple[int | None, int | None] = (line, offset - (text.rfind("\n", 0, offset) + 1) + 1)
    else:
        found = _yaml_position(str(file), tuple(tokens))
    known[ptr] = found
    cache.write_json("positions", _digest(data), known)
    return found


@lru_cache(maxsize=8)
def _read(file: str) -> bytes | None:
    try:
        return Path(file).read_bytes()
    except OSError:
        return None


@lru_cache(maxsize=8)
def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=8)
def _positions(data: bytes) -> dict[str, list[int | None]]:
    found = cache.read_json("positions", _digest(data))
    return found if isinstance(found, dict) else {}


# ---- YAML: the composed node tree ----------------------------------------------


@lru_cache(maxsize=4)
def _compose(file: str) -> Any:
    import yaml  # only to show where a finding of a YAML file is

    try:
        with open(file, "rb") as f:
            return yaml.compose(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError, RecursionError):
        return None


def _yaml_position(file: str, tokens: tuple[str, ...]) -> tuple[int | None, int | None]:
    import yaml

    node = _compose(file)
    if node is None:
        return None, None
    found = node
    for token in tokens:
        child = None
        if isinstance(node, yaml.MappingNode):
            child = next((value for key, value in node.value if key.value == token), None)
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            child = node.value[int(token)]
        if child is None:
            break
        node = found = child
    return found.start_mark.line + 1, found.start_mark.column + 1


# ---- JSON: sibling values skipped by the json module ---------------------------

_SPACE = re.compile(r"\s*")
_DECODER = json.JSONDecoder()


def _json_offset(text: str, tokens: list[str]) -> int | None:
    """The offset of the deepest value on the path `tokens`, by a scan that skips what it does not need."""
    start = _value_start(text, 0)
    for token in tokens:
        child = _json_child(text, start, token)
        if child is None:
            break
        start = child
    return start


def _json_child(text: str, start: int, token: str) -> int | None:
    return _children(text, start).get(token)


@lru_cache(maxsize=64)
def _children(text: str, start: int) -> dict[str, int]:
    """Where each child value of the object or array at `start` begins, by key or index: one scan
    of the container serves every finding under it (a run's warnings share their parents). The
    values between are skipped by the json module's own scanner, in C; a document that stops
    being JSON part way keeps the children found before."""
    opener = text[start : start + 1]
    if opener not in ("{", "["):
        return {}
    closer = "}" if opener == "{" else "]"
    found: dict[str, int] = {}
    at = _value_start(text, start + 1)
    try:
        while text[at : at + 1] != closer:
            if opener == "{":
                key, at = _DECODER.raw_decode(text, at)
                at = _value_start(text, at)
                if not isinstance(key, str) or text[at : at + 1] != ":":
                    break
                at = _value_start(text, at + 1)
                found[key] = at  # of duplicate keys the last, whose value the json module keeps
            else:
                found[str(len(found))] = at
            _, at = _DECODER.raw_decode(text, at)
            at = _value_start(text, at)
            if text[at : at + 1] == ",":
                at = _value_start(text, at + 1)
    except (ValueError, RecursionError):
        pass
    return found


def _value_start(text: str, offset: int) -> int:
    return _SPACE.match(text, offset).end()  # type: ignore[union-attr]
