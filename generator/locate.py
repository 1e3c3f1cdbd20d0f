"""Find the file line of a JSON pointer, only when a message needs one.

Composing a YAML node tree is slower than loading, so it runs lazily and once
per file, and only for documents that have something to report.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .errors import Location, split_pointer

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=8)
def _compose(path: str) -> yaml.Node | None:
    try:
        with open(path, "rb") as f:
            return yaml.compose(f, Loader=Loader)
    except (OSError, yaml.YAMLError):
        return None


def _child(node: yaml.Node, token: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == token:
                return value
    elif isinstance(node, yaml.SequenceNode) and token.isdigit():
        index = int(token)
        if index < len(node.value):
            return node.value[index]
    return None


def locate(path: str | Path | None, ptr: str) -> Location:
    """The Location of `ptr` in the file at `path`, as deep as the file has it."""
    if path is None:
        return Location(ptr)
    node = _compose(str(path))
    found = node
    for token in split_pointer(ptr):
        if node is None:
            break
        node = _child(node, token)
        if node is not None:
            found = node
    if found is None:
        return Location(ptr, str(path))
    mark = found.start_mark
    return Location(ptr, str(path), mark.line + 1, mark.column + 1)
