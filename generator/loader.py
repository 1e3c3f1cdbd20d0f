"""Load an OpenAPI document (YAML or JSON) and resolve its `$ref`s.

Parsing is the slow part of a large YAML spec, so a parsed document is cached as
JSON keyed by the sha256 of its bytes: an unchanged file is never parsed twice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from . import cache
from .errors import Location, SpecError, pointer, split_pointer
from .locate import locate

YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 32 * 1024 * 1024
# An expanded document this many times larger than its node count is an alias bomb.
MAX_EXPANSION = 1_000_000
_ANCHOR = re.compile(rb"(?:^|[\s\[{,:-])&[^\s,\[\]{}]+\s", re.M)


@dataclass
class Document:
    """One parsed file of a spec."""

    root: Any
    path: Path | None
    sha256: str


@dataclass
class Spec:
    """A loaded spec: its main document and the files its `$ref`s reach."""

    main: Document
    allow_remote: bool = False
    documents: dict[str, Document] = field(default_factory=dict)

    @property
    def root(self) -> dict[str, Any]:
        return self.main.root

    def location(self, ptr: str, doc: str = "", *, with_line: bool = True) -> Location:
        """Where `ptr` is; the file line costs a parse of the file, so warnings skip it."""
        document = self.documents.get(doc, self.main) if doc else self.main
        if not with_line:
            return Location(ptr, str(document.path) if document.path else None)
        return locate(document.path, ptr)

    def resolve(self, ref: str, doc: str, at: str) -> tuple[str, str, Any]:
        """Follow one `$ref` written at pointer `at` of document `doc`.

        Returns (document key, pointer, value). A key of "" is the main document.
        """
        url, _, fragment = ref.partition("#")
        target_doc = doc
        if url:
            scheme = urlsplit(url).scheme
            if scheme in ("http", "https") and not self.allow_remote:
                raise SpecError(
                    f"remote $ref {ref!r} is refused (pass --allow-remote to fetch it)",
                    self.location(at, doc),
                    kind="ref",
                )
            if scheme:
                raise SpecError(f"unsupported $ref {ref!r}", self.location(at, doc), kind="ref")
            target_doc = self._load_relative(url, doc, at)
        node = self.documents[target_doc].root if target_doc else self.root
        for token in split_pointer(unquote(fragment)):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(
                    f"$ref {ref!r} points to nothing", self.location(at, doc), kind="ref"
                )
        return target_doc, "/" + fragment.lstrip("/") if fragment else "", node

    def deref(self, node: Any, doc: str, at: str) -> tuple[str, str, Any]:
        """Follow a chain of `$ref`s to a schema that is not only a reference."""
        seen: list[tuple[str, str]] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if (doc, at) in seen:
                chain = " -> ".join(p or "#" for _, p in seen + [(doc, at)])
                raise SpecError(
                    f"$ref cycle with nothing but references: {chain}",
                    self.location(seen[0][1], seen[0][0]),
                    kind="ref",
                )
            seen.append((doc, at))
            doc, at, node = self.resolve(node["$ref"], doc, pointer_join(at, "$ref"))
        return doc, at, node

    def check_refs(self) -> None:
        """Raise on the first `$ref` that points to nothing, is remote, or only loops."""
        stack: list[tuple[Any, str]] = [(self.root, "")]
        while stack:
            node, at = stack.pop()
            if isinstance(node, dict):
                if isinstance(node.get("$ref"), str):
                    self.deref(node, "", at)
                stack += [(v, pointer_join(at, k)) for k, v in node.items() if isinstance(v, (dict, list))]
            elif isinstance(node, list):
                stack += [(v, pointer_join(at, i)) for i, v in enumerate(node) if isinstance(v, (dict, list))]

    def _load_relative(self, url: str, doc: str, at: str) -> str:
        base = self.documents[doc].path if doc else self.main.path
        if base is None:
            raise SpecError(f"$ref {url!r} needs a file to be relative to", self.location(at, doc))
        target = (base.parent / unquote(url)).resolve()
        key = str(target)
        if key not in self.documents:
            if not target.is_file():
                raise SpecError(f"$ref file {url!r} not found", self.location(at, doc), kind="ref")
            self.documents[key] = load_document(target)
        return key


def pointer_join(at: str, *tokens: object) -> str:
    return at + pointer(*tokens)


def load_document(path: Path) -> Document:
    """Parse one file, through the content-hash cache."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(f"spec file not found: {path}", kind="load") from None
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}", kind="load") from None
    if len(data) > MAX_BYTES:
        raise SpecError(
            f"{path} is {len(data) / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit",
            Location("", str(path)),
            kind="load",
        )
    digest = hashlib.sha256(data).hexdigest()
    cached = cache.read_json("parsed", digest)
    if cached is not None:
        return Document(cached, path, digest)
    root = parse_bytes(data, path)
    cache.write_json("parsed", digest, root)
    return Document(root, path, digest)


def parse_bytes(data: bytes, path: Path) -> Any:
    if path.suffix.lower() == ".json" or data.lstrip()[:1] in (b"{", b"["):
        try:
            return json.loads(data)
        except json.JSONDecodeError as exc:
            raise SpecError(
                f"invalid JSON: {exc.msg}", Location("", str(path), exc.lineno, exc.colno), kind="load"
            ) from None
        except UnicodeDecodeError as exc:
            raise SpecError(f"invalid JSON: {exc.reason}", Location("", str(path)), kind="load") from None
    try:
        root = yaml.load(data, Loader=YamlLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise SpecError(f"invalid YAML: {problem}", Location("", str(path), line, col), kind="load") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"invalid YAML: {exc}", Location("", str(path)), kind="load") from None
    if _ANCHOR.search(data):
        _check_expansion(root, path)
    # One JSON data model whether the file was YAML or JSON: keys become strings
    # (YAML reads `200:` as an int) and aliases become plain copies.
    return json.loads(json.dumps(root, default=str))


def _check_expansion(root: Any, path: Path) -> None:
    """Refuse YAML whose aliases expand it far past its real size (a 'billion laughs')."""
    sizes: dict[int, int] = {}

    def size(node: Any) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if isinstance(node, dict):
            total = 1 + sum(size(v) for v in node.values())
        elif isinstance(node, list):
            total = 1 + sum(size(v) for v in node)
        else:
            return 1
        sizes[key] = total
        return total

    expanded = size(root)
    if expanded > MAX_EXPANSION and expanded > 10 * len(sizes):
        raise SpecError(
            f"YAML aliases expand the document to {expanded:,} nodes from {len(sizes):,} "
            "(an alias bomb?); refusing it",
            Location("", str(path)),
            kind="load",
        )


def load_spec(path: str | os.PathLike[str], *, allow_remote: bool = False) -> Spec:
    document = load_document(Path(path))
    if not isinstance(document.root, dict):
        raise SpecError("an OpenAPI document must be a mapping at its top level", Location("", str(path)))
    return Spec(document, allow_remote)
