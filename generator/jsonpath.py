"""JSONPath queries of overlay actions, against an index of the document built once.

An overlay's targets are mostly simple paths (`$.components.schemas.Foo.required`),
resolved by walking down them, and descendant filters (`$..[?@.default == null].default`),
which in a pure-Python RFC 9535 engine walk the whole document again for each action:
seconds on a large spec. Here every object and array of the document is listed once,
in document order; a descendant filter scans that list. Actions keep the index current:
a subtree they remove or replace is marked gone, one they add is listed. Any other
query goes to the full RFC 9535 engine (jsonpath-rfc9535).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator


class JSONPathError(ValueError):
    """A target that is not a JSONPath query."""

_NAME = r"[A-Za-z_$][\w$-]*"
_SEGMENT = re.compile(rf"\.({_NAME})|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")
_DESCENDANT_FILTER = re.compile(r"^\$\.\.\[\?(?P<filter>[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*)\](?P<rest>.*)$")
_TERM = re.compile(rf"^@(?P<path>(?:\.{_NAME}|\['[^']*'\]|\[\d+\])*)\s*(?:(?P<op>==)\s*(?P<literal>.+?))?$")
_MISSING = object()


@dataclass
class Node:
    """A place in the document: `parent[key]` holds `value` (the root has no parent)."""

    parent: Any
    key: Any
    value: Any


class Index:
    def __init__(self, root: Any):
        self.root = root
        self.entries: list[Node] = []  # every object and array but the root, in document order
        self.gone: set[int] = set()  # ids of containers no longer in the document
        self.add(root)

    def add(self, value: Any) -> None:
        """List the objects and arrays below `value` (an update added it)."""
        stack: list[tuple[Any, Any, Any]] = [(None, None, value)]
        while stack:
            parent, key, node = stack.pop()
            if parent is not None:
                self.entries.append(Node(parent, key, node))
            children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
            stack.extend((node, k, v) for k, v in reversed(list(children)) if isinstance(v, (dict, list)))

    def add_child(self, parent: Any, key: Any) -> None:
        """List `parent[key]`, just set by an action, and what is below it."""
        value = parent[key]
        if isinstance(value, (dict, list)):
            self.entries.append(Node(parent, key, value))
            self.add(value)

    def forget(self, value: Any) -> None:
        """Mark the objects and arrays from `value` down as gone (an action removed or replaced it)."""
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, (dict, list)):
                self.gone.add(id(node))
                stack.extend(node.values() if isinstance(node, dict) else node)

    def find(self, query: str) -> list[Node]:
        found = _DESCENDANT_FILTER.match(query)
        matches = _compile_filter(found.group("filter")) if found else None
        rest = _segments(found.group("rest")) if found else None
        if matches is None or rest is None:
            simple = _segments(query[1:]) if query.startswith("$") else None
            if simple is not None:
                return list(_follow([Node(None, None, self.root)], simple))
            return self._library(query)
        selected = [n for n in self.entries if id(n.value) not in self.gone and matches(n.value)]
        return list(_follow([self._current(n) for n in selected], rest))

    def _current(self, node: Node) -> Node:
        """The node with its key as it is now: an earlier action may have shifted a list."""
        if isinstance(node.parent, list) and not (node.key < len(node.parent) and node.parent[node.key] is node.value):
            node.key = next(i for i, v in enumerate(node.parent) if v is node.value)
        return node

    def _library(self, query: str) -> list[Node]:
        import jsonpath_rfc9535  # the full engine loads only when a query needs it

        try:
            results = jsonpath_rfc9535.find(query, self.root)
        except jsonpath_rfc9535.JSONPathError as exc:
            raise JSONPathError(str(exc)) from None
        out = []
        for found in results:
            parent = found.parent.value if found.parent else None
            out.append(Node(parent, found.location[-1] if found.location else None, found.value))
        return out


def _segments(text: str) -> list[Any] | None:
    """`.a['b'][0]` as ["a", "b", 0]; None for anything else (wildcards, filters, slices)."""
    out: list[Any] = []
    position = 0
    while position < len(text):
        found = _SEGMENT.match(text, position)
        if found is None:
            return None
        name, quoted, index = found.groups()
        out.append(int(index) if index is not None else name if name is not None else re.sub(r"\\(.)", r"\1", quoted))
        position = found.end()
    return out


def _follow(nodes: list[Node], segments: list[Any]) -> Iterator[Node]:
    for node in nodes:
        current = node
        for segment in segments:
            value = current.value
            if isinstance(segment, int) and isinstance(value, list) and segment < len(value):
                current = Node(value, segment, value[segment])
            elif isinstance(segment, str) and isinstance(value, dict) and segment in value:
                current = Node(value, segment, value[segment])
            else:
                break
        else:
            yield current


def _compile_filter(text: str) -> Callable[[Any], bool] | None:
    """A filter of `&&`-joined tests of `@` paths (existence, or `==` a literal); None otherwise.

    Each test is false for a scalar, which the index does not list; `!=` is true for a missing
    member, so a scalar would match it: that goes to the full engine."""
    if "||" in text or "!" in text or "(" in text:
        return None
    tests = []
    for term in text.split("&&"):
        found = _TERM.match(term.strip())
        if found is None:
            return None
        path = _segments(found.group("path"))
        if not path:
            return None  # `@` alone tests scalars too, which the index does not list
        if found.group("op") is None:
            tests.append((path, None, None))
            continue
        literal = _literal(found.group("literal").strip())
        if literal is _MISSING:
            return None
        tests.append((path, found.group("op"), literal))

    def matches(value: Any) -> bool:
        for path, op, literal in tests:
            got = _at(value, path)
            if op is None:
                if got is _MISSING:
                    return False
            elif not _equal(got, literal):
                return False
        return True

    return matches


def _at(value: Any, path: list[Any]) -> Any:
    for segment in path:
        if isinstance(segment, int) and isinstance(value, list) and segment < len(value):
            value = value[segment]
        elif isinstance(segment, str) and isinstance(value, dict) and segment in value:
            value = value[segment]
        else:
            return _MISSING
    return value


def _literal(text: str) -> Any:
    if text in ("true", "false"):
        return text == "true"
    if text == "null":
        return None
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    try:
        return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
    except ValueError:
        return _MISSING


def _equal(a: Any, b: Any) -> bool:
    """RFC 9535 comparison: the same JSON type and value; numbers by value; a missing node equals nothing."""
    if a is _MISSING:
        return False
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    return type(a) is type(b) and a == b
