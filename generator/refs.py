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


def references(root: Any) -> Iterator[tuple[str, str]]:
    """(pointer of the object holding it, the reference) for every `$ref` that is one."""
    for kind, at, ref in _walk(root):
        if kind == "ref":
            yield at, ref


def data_refs(root: Any) -> list[str]:
    """Pointers of the objects inside values that hold a `$ref` key, which is data there."""
    found = []
    for kind, at, value in _walk(root):
        if kind != "data":
            continue
        stack = [(value, at)]
        while stack:
            node, where = stack.pop()
            if isinstance(node, dict):
                if "$ref" in node:
                    found.append(where)
                stack.extend((v, pointers.join(where, k)) for k, v in node.items() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                stack.extend((v, pointers.join(where, i)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return found


def _walk(root: Any) -> Iterator[tuple[str, str, Any]]:
    """("ref", pointer, reference) for each reference, ("data", pointer, value) for each value."""
    stack: list[tuple[Any, str, int]] = [(root, "", _KEYWORDS)]
    while stack:
        node, at, mode = stack.pop()
        if isinstance(node, list):
            if mode == _KEYWORDS:
                stack.extend((v, pointers.join(at, i), _KEYWORDS) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict):
            continue
        if mode != _KEYWORDS:
            child = _NAMES if mode == _NAMES_OF_NAMES else _KEYWORDS
            stack.extend((v, pointers.join(at, k), child) for k, v in node.items() if isinstance(v, (dict, list)))
            continue
        if isinstance(node.get("$ref"), str):
            yield "ref", at, node["$ref"]
        for key, value in node.items():
            if not isinstance(value, (dict, list)):
                continue
            if key in VALUES or key.startswith("x-") or (key == "examples" and isinstance(value, list)):
                yield "data", pointers.join(at, key), value
            elif key in NAMES and isinstance(value, dict):
                stack.append((value, pointers.join(at, key), _NAMES_OF_NAMES if key in NAMES_OF_NAMES else _NAMES))
            else:
                stack.append((value, pointers.join(at, key), _KEYWORDS))


def check_references(spec: Spec) -> list[Diagnostic]:
    """A diagnostic for each reference of the main document that cannot be followed."""
    found = []
    for at, ref in references(spec.root):
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
