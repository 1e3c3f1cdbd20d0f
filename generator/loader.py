"""Load an OpenAPI document (YAML 1.2 or JSON) and follow its `$ref`s.

Parsing is the slow part of a large YAML spec, so a parsed document is cached as
JSON keyed by the sha256 of its bytes: an unchanged file is never parsed twice.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


from . import cache, pointers
from .diagnostics import Diagnostic, SpecError, current_file, current_pointer

MAX_BYTES = 32 * 1024 * 1024
MAX_DEPTH = 1000  # libyaml's own limit; a JSON document is held to the same
# An expanded document this many times larger than its node count is an alias bomb.
MAX_EXPANSION = 1_000_000
DOWNLOAD_TIMEOUT = 60
_ANCHOR = re.compile(rb"(?:^|[\s\[{,:-])&[^\s,\[\]{}]+\s")


@functools.cache
def yaml_loader() -> Any:
    """PyYAML's C loader with YAML 1.2 core-schema scalars, as OpenAPI documents are written.

    PyYAML resolves plain scalars by YAML 1.1 rules: `1e-08` stays a string
    (1.1 floats need a dot), `yes`/`on` become booleans, `012` is octal,
    `1:30` is sexagesimal and dates become datetime objects. The 1.2 core
    schema has none of that. (yaml loads only for a YAML document.)
    """
    import yaml

    class Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    resolvers = (
        ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
        ("tag:yaml.org,2002:int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
        (
            "tag:yaml.org,2002:float",
            r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
            "-+0123456789.",
        ),
        ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:merge", r"<<", "<"),
    )
    for tag, pattern, first in resolvers:
        Yaml12Loader.add_implicit_resolver(tag, re.compile(f"^(?:{pattern})$"), list(first))

    def construct_int(loader: Any, node: Any) -> int:
        text = loader.construct_scalar(node)
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text, 10)

    Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    return Yaml12Loader


@dataclass
class Document:
    """One parsed file of a spec."""

    root: Any
    path: Path | None
    sha256: str

    @property
    def file(self) -> str | None:
        return str(self.path) if self.path else None


@dataclass
class Spec:
    """A loaded spec: its main document and the files its `$ref`s reach.

    Documents other than the main one are keyed by their absolute path (or URL);
    the key "" is the main document.
    """

    main: Document
    allow_remote: bool = False
    documents: dict[str, Document] = field(default_factory=dict)

    @property
    def root(self) -> dict[str, Any]:
        return self.main.root

    def file_of(self, doc: str) -> str | None:
        return doc or self.main.file

    def roots(self) -> dict[str, Any]:
        """File -> parsed document, for moving reported pointers off references."""
        found = {key: d.root for key, d in self.documents.items()}
        if self.main.file:
            found[self.main.file] = self.root
        return found

    def problem(self, code: str, message: str, at: str, doc: str = "") -> SpecError:
        return SpecError(Diagnostic(code, message, at, self.file_of(doc)))

    def resolve(self, ref: str, doc: str, at: str) -> tuple[str, str, Any]:
        """Follow one `$ref` written at pointer `at` of document `doc`.

        Returns (document key, pointer, value). A key of "" is the main document.
        """
        url, _, fragment = ref.partition("#")
        target_doc = doc
        if url:
            target_doc = self._load_other(ref, doc, at)
        node = self.documents[target_doc].root if target_doc else self.root
        found, node = pointers.lookup(node, unquote(fragment))
        if not found:
            raise self.problem("ref-dangling", f"$ref {ref!r} points to nothing", at, doc)
        return target_doc, "/" + fragment.lstrip("/") if fragment else "", node

    def deref(self, node: Any, doc: str, at: str) -> tuple[str, str, Any]:
        """Follow a chain of `$ref`s to a node that is not only a reference."""
        seen: list[tuple[str, str]] = []
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if (doc, at) in seen:
                cycle = seen[seen.index((doc, at)):] + [(doc, at)]
                chain = " -> ".join(p or "#" for _, p in cycle)
                raise self.problem("ref-cycle", f"$refs that lead only to each other: {chain}", cycle[0][1], cycle[0][0])
            seen.append((doc, at))
            doc, at, node = self.resolve(node["$ref"], doc, pointers.join(at, "$ref"))
        return doc, at, node

    def _load_other(self, ref: str, doc: str, at: str) -> str:
        url = ref.partition("#")[0]
        base = doc or (str(self.main.path) if self.main.path else "")
        scheme = urlsplit(url).scheme
        if scheme in ("http", "https") or base.startswith(("http://", "https://")):
            target = url if scheme else urllib.parse.urljoin(base, url)
            if not self.allow_remote:
                raise self.problem("ref-remote", f"remote $ref {ref!r} is not fetched (pass --allow-remote to fetch it)", at, doc)
            if target not in self.documents:
                self.documents[target] = _download(target, self.problem("ref-dangling", f"$ref {ref!r} cannot be fetched", at, doc))
            return target
        if scheme:
            raise self.problem("ref-unsupported", f"$ref {ref!r} uses a scheme specbind does not follow", at, doc)
        if not base:
            raise self.problem("ref-unsupported", f"$ref {ref!r} needs a file to be relative to", at, doc)
        target_path = (Path(base).parent / unquote(url)).resolve()
        key = str(target_path)
        if key not in self.documents:
            if not target_path.is_file():
                raise self.problem("ref-dangling", f"$ref {ref!r}: file {url!r} not found", at, doc)
            self.documents[key] = load_document(target_path)
        return key


def _download(url: str, failure: SpecError) -> Document:
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT) as response:
            data = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError, TimeoutError, ValueError):
        raise failure from None
    if len(data) > MAX_BYTES:
        raise SpecError(Diagnostic("too-large", f"{url} is over the {MAX_BYTES // 2**20} MiB limit", None, url))
    return Document(parse_bytes(data, url), None, hashlib.sha256(data).hexdigest())


def load_document(path: Path) -> Document:
    """Parse one file, through the content-hash cache."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(f"spec file not found: {path}", code="file") from None
    except OSError as exc:
        raise SpecError(f"cannot read {path}: {exc.strerror}", code="file") from None
    if len(data) > MAX_BYTES:
        raise SpecError(Diagnostic("too-large", f"{path} is {len(data) / 1e6:.0f} MB, over the {MAX_BYTES // 2**20} MiB limit", "", str(path)))
    digest = hashlib.sha256(data).hexdigest()
    cached = cache.read_json("parsed", digest)
    if cached is not None:
        return Document(cached, path, digest)
    root = parse_bytes(data, str(path))
    cache.write_json("parsed", digest, root)
    return Document(root, path, digest)


def parse_bytes(data: bytes, file: str) -> Any:
    current_pointer.set("")
    if file.lower().endswith(".json") or data.lstrip()[:1] in (b"{", b"["):
        try:
            return json.loads(data)
        except json.JSONDecodeError as exc:
            raise SpecError(Diagnostic("syntax", f"invalid JSON: {exc.msg}", "", file, exc.lineno, exc.colno)) from None
        except UnicodeDecodeError as exc:
            raise SpecError(Diagnostic("syntax", f"invalid JSON: {exc.reason}", "", file)) from None
        except RecursionError:
            raise _too_deep(data, file) from None
    import yaml

    try:
        root = yaml.load(data, Loader=yaml_loader())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "syntax error"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise SpecError(Diagnostic("syntax", f"invalid YAML: {problem}", "", file, line, column)) from None
    except (yaml.YAMLError, ValueError) as exc:
        raise SpecError(Diagnostic("syntax", f"invalid YAML: {exc}", "", file)) from None
    if _ANCHOR.search(data):
        _check_expansion(root, file)
    # One JSON data model whether the file was YAML or JSON: keys become strings
    # (YAML reads `200:` as an int) and aliases become plain copies.
    try:
        return json.loads(json.dumps(root, default=str))
    except RecursionError:
        raise _too_deep(data, file) from None
    except ValueError as exc:  # a YAML alias that contains itself
        raise SpecError(Diagnostic("syntax", f"invalid YAML: {exc}", "", file)) from None


def _too_deep(data: bytes, file: str) -> SpecError:
    """Where the nesting first passes MAX_DEPTH (a JSON scan; YAML is held to it by libyaml)."""
    text = data.decode("utf-8", "replace")
    depth = 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[{}\[\]]', text):
        t = match.group()
        depth += 1 if t in ("{", "[") else -1 if t in ("}", "]") else 0
        if depth > MAX_DEPTH:
            offset = match.start()
            line = text.count("\n", 0, offset) + 1
            column = offset - text.rfind("\n", 0, offset)
            return SpecError(Diagnostic("too-deep", f"the document nests deeper than {MAX_DEPTH} levels here", None, file, line, column))
    return SpecError(Diagnostic("too-deep", f"the document nests deeper than {MAX_DEPTH} levels", None, file))


def _check_expansion(root: Any, file: str) -> None:
    """Refuse YAML whose aliases expand it far past its real size (a 'billion laughs').

    An alias is the same Python object in several places, so sizes are
    memoised by identity; the walk keeps its own stack, so depth costs nothing.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[Any, bool]] = [(root, False)] if isinstance(root, (dict, list)) else []
    while stack:
        node, children_done = stack.pop()
        values = list(node.values()) if isinstance(node, dict) else node
        if not children_done:
            if id(node) in sizes:
                continue
            sizes[id(node)] = 1  # in progress: an alias that contains itself counts once
            stack.append((node, True))
            stack.extend((v, False) for v in values if isinstance(v, (dict, list)) and id(v) not in sizes)
        else:
            sizes[id(node)] = 1 + sum(sizes.get(id(v), 1) if isinstance(v, (dict, list)) else 1 for v in values)
    expanded = sizes.get(id(root), 1)
    if expanded > MAX_EXPANSION and expanded > 10 * len(sizes):
        raise SpecError(Diagnostic(
            "too-large",
            f"YAML aliases expand the document to {expanded:,} nodes from {len(sizes):,} (an alias bomb?); refusing it",
            "", file,
        ))


def load_spec(path: str | os.PathLike[str], *, allow_remote: bool = False) -> Spec:
    current_file.set(str(path))
    document = load_document(Path(path))
    if not isinstance(document.root, dict):
        raise SpecError(Diagnostic("not-openapi", "an OpenAPI document must be a mapping at its top level", "", document.file, 1, 1))
    return Spec(document, allow_remote)
