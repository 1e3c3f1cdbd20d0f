"""Where a document means a reference, and which of its references cannot be followed.

`$ref` is a reference only where OpenAPI says so: in schemas, parameters,
responses, path items and the other objects of the document. Inside values
(`example`, `examples`, `default`, `enum`, `const`, an Example's `value`) and
inside `x-` extensions it is plain data, and a key under `properties`,
`paths`, `responses` and the like is a name, not a keyword.
"""

from __future__ import annotations

from typing import Any, Callable, Iterator

from . import pointers
from .diagnostics import Diagnostic, SpecError
from .loader import Spec

# Keywords whose value is data, whatever it holds.
VALUES = frozenset({"example", "default", "enum", "const", "value"})
# Keywords whose value maps names (not keywords) to objects.
NAMES = frozenset({
    "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    "paths", "webhooks", "responses", "content", "encoding", "headers", "links", "variables",
    "schemas", "parameters", "examples", "requestBodies", "securitySchemes", "pathItems",
    "callbacks", "mapping", "scopes",
})
# A callback maps names to Callback objects, which map expressions to path items.
NAMES_OF_NAMES = frozenset({"callbacks"})

_KEYWORDS, _NAMES, _NAMES_OF_NAMES = 0, 1, 2


def scan(root: Any) -> tuple[list[tuple[str, str]], list[str]]:
    """In one walk of the document: (pointer of the object holding it, the reference) for every
    `$ref` that is one, and the pointers of the objects inside values that hold a `$ref` key,
    which is data there."""
    refs: list[tuple[str, str]] = []
    data: list[str] = []
    for kind, at, value in _walk(root):
        if kind == "ref":
            refs.append((_pointer(at), value))
            continue
        stack = [(value, at)]
        while stack:
            node, where = stack.pop()
            if isinstance(node, dict):
                if "$ref" in node:
                    data.append(_pointer(where))
                stack.extend((v, (where, k)) for k, v in node.items() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend((v, (where, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return refs, data


# A place in the walk is a chain of (parent, token) pairs, () at the root: spelling a pointer for
# every node of a large document costs more than the walk, and few nodes need one.
_Place = tuple


def _pointer(place: _Place) -> str:
    tokens = []
    while place:
        place, token = place
        tokens.append(token)
    return pointers.pointer(*reversed(tokens))


def _walk(root: Any) -> Iterator[tuple[str, _Place, Any]]:
    """("ref", place, reference) for each reference, ("data", place, value) for each value."""
    stack: list[tuple[Any, _Place, int]] = [(root, (), _KEYWORDS)]
    while stack:
        node, at, mode = stack.pop()
        if isinstance(node, list):
            if mode == _KEYWORDS:
                stack.extend((v, (at, i), _KEYWORDS) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        if mode != _KEYWORDS:
            child = _NAMES if mode == _NAMES_OF_NAMES else _KEYWORDS
            stack.extend((v, (at, k), child) for k, v in node.items() if isinstance(v, (dict, list)))
            continue
        if isinstance(node.get("$ref"), str):
            yield "ref", at, node["$ref"]
        for key, value in node.items():
            if not isinstance(value, (dict, list)):
                continue
            if key in VALUES or key.startswith("x-") or (key == "examples" and isinstance(value, list)):
                yield "data", (at, key), value
            elif key in NAMES and isinstance(value, dict):
                stack.append((value, (at, key), _NAMES_OF_NAMES if key in NAMES_OF_NAMES else _NAMES))
            else:
                stack.append((value, (at, key), _KEYWORDS))


def check_references(spec: Spec, refs: list[tuple[str, str]]) -> list[Diagnostic]:
    """A diagnostic for each of the main document's references (`scan`) that cannot be followed."""
    found = []
    for at, ref in refs:
        try:
            spec.deref({"$ref": ref}, "", at)
        except SpecError as exc:
            found += exc.diagnostics
    return found


def patched(root: Any, changes: dict[str, Callable[[Any], Any]]) -> Any:
    """`root` with the node at each pointer replaced by `change(node)`: a copy along those paths
    only, the rest shared. The validator stops at the first reference it cannot follow, and
    follows `$ref` even inside values; given such a copy, it checks the rest of the document."""
    if not changes:
        return root
    root = dict(root)
    for ptr, change in changes.items():
        tokens = pointers.split(ptr)
        if not tokens:
            continue
        node = root
        for token in tokens[:-1]:
            key: Any = int(token) if isinstance(node, list) else token
            child = node[key]
            child = dict(child) if isinstance(child, dict) else list(child)
            node[key] = child
            node = child
        last: Any = int(tokens[-1]) if isinstance(node, list) else tokens[-1]
        node[last] = change(node[last])
    return root
