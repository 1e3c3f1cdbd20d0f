"""JSON pointers (RFC 6901): how every stage names a place in a document."""

from __future__ import annotations


def escape(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: object) -> str:
    """A JSON pointer from path tokens: pointer("paths", "/a", "get") == "/paths/~1a/get"."""
    return "".join("/" + escape(t) for t in tokens)


def join(at: str, *tokens: object) -> str:
    return at + pointer(*tokens)


def split(ptr: str) -> list[str]:
    if ptr in ("", "#"):
        return []
    ptr = ptr.removeprefix("#")
    return [t.replace("~1", "/").replace("~0", "~") for t in ptr.split("/")[1:]]


def lookup(root: object, ptr: str) -> tuple[bool, object]:
    """(found, value) of `ptr` in `root`, without following references."""
    node = root
    for token in split(ptr):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node
