"""Select operations from `paths` and turn them into IR operations and resources."""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass
from typing import Any, Callable

from . import ir, pagination, pointers
from .diagnostics import Diagnostic, SpecError, current_pointer
from .loader import Spec
from .names import method_name, pascal, unique_field_names
from .schemas import SchemaConverter, description_of, schema_format

pointer, pointer_join = pointers.pointer, pointers.join
PARAM_LOCATIONS = ("path", "query", "header", "cookie")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SSE = "text/event-stream"
# Media types of line-delimited JSON: NDJSON, JSON Lines, JSON text sequences (RFC 7464).
JSON_LINES = frozenset({
    "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
    "application/jsonlines", "application/x-jsonlines", "application/json-seq",
})


@dataclass(frozen=True)
class Selection:
    prefixes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    def matches(self, path: str, op: dict) -> bool:
        by_prefix = not self.prefixes or any(path == p or path.startswith(p.rstrip("/") + "/") for p in self.prefixes)
        by_tag = not self.tags or bool(set(op.get("tags") or []) & set(self.tags))
        return by_prefix and by_tag


def select_operations(spec: Spec, selection: Selection) -> tuple[list[tuple[str, str, dict]], list[Diagnostic], list[str]]:
    """(path key, method, operation) for each selected operation. A key may carry a constant query
    (`/messages?beta=true`, how documents for Stainless-built SDKs declare a beta surface); one
    whose query is not constant parameters is skipped, and said so."""
    chosen, notes, skipped = [], [], []
    paths = spec.root.get("paths") if isinstance(spec.root.get("paths"), dict) else {}
    for key, item in paths.items():
        if not isinstance(item, dict):
            continue
        path, query = split_query(key)
        ops = [(m, op) for m, op in item.items() if m in HTTP_METHODS and isinstance(op, dict)]
        if not any(selection.matches(path, op) for _, op in ops):
            continue
        if query is None:
            skipped.append(key)
            notes.append(Diagnostic("path-query", f"skipped path whose query string is not constant parameters: {key}", pointer("paths", key), spec.main.file))
            continue
        chosen += [(key, m, op) for m, op in ops if selection.matches(path, op)]
    return chosen, notes, skipped


Query = tuple[tuple[str, str], ...]


def split_query(key: str) -> tuple[str, Query | None]:
    """A path key's path and the constant query it carries: `/messages?beta=true` ->
    ('/messages', (('beta', 'true'),)); None for a query that is not plain `name=value` pairs."""
    path, sep, query = key.partition("?")
    if not sep:
        return key, ()
    pairs = tuple(urllib.parse.parse_qsl(query, keep_blank_values=True))
    if not pairs or any(not name or "{" in name + value for name, value in pairs):
        return path, None
    return path, pairs


def query_namespace(query: Query) -> tuple[str, ...]:
    """The namespace a constant query puts its operations under, as vendors' SDKs name it:
    `?beta=true` -> beta, `?version=2` -> version_2."""
    return tuple(method_name(name if value.lower() in ("true", "1", "yes", "") else f"{name}_{value}") for name, value in query)


def _segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _path_names(path: str) -> list[str]:
    """The names of the parameters a path template holds: `/a/{id}/b.{ext}` -> ["id", "ext"]."""
    return re.findall(r"\{([^{}/]+)\}", path)


# A path segment that names a version of the API, not a resource: v1, v2beta3, 2013-01-01, api.
_VERSION = re.compile(r"v\d+(\.\d+)*([a-z]+\d*)?|\d{4}-\d{2}-\d{2}|\d+(\.\d+)+|api|rest", re.IGNORECASE)


def version_prefix(paths: list[str]) -> int:
    """How many leading segments every path shares that name a version of the API (`/v1`,
    `/api/v2`): they belong to where the API lives, not to the names of its resources."""
    split = [_segments(p) for p in paths]
    if not split:
        return 0
    n = 0
    while all(len(s) > n + 1 and s[n] == split[0][n] for s in split) and _VERSION.fullmatch(split[0][n]):
        n += 1
    return n


def name_operations(selected: list[tuple[str, str, dict]], overrides: dict[str, str]) -> dict[tuple[str, str], tuple[tuple[str, ...], str]]:
    """Resource path and method name of each operation, from the shape of its URL.

    `/things` GET list, POST create; `/things/{id}` GET retrieve, POST/PUT/PATCH
    update, DELETE delete; a literal segment after an item's parameter, with only a
    POST and nothing below it, is an action on the item (`/things/{id}/cancel` ->
    things.cancel), while one after a literal is a resource (`/audio/speech` POST ->
    audio.speech.create); a GET of a singular literal after an item's parameter reads one
    thing of it (`/files/{id}/content` -> files.content.retrieve).
    A version prefix all paths share (`/v1`) is not part of the names; a constant query in the
    path key puts the operation under a namespace (`/messages?beta=true` -> beta.messages.create).
    `overrides` maps an operationId to "resource.sub.method".
    """
    split = {key: split_query(key) for key, _, _ in selected}
    by_path: dict[tuple[Query, str], set[str]] = {}  # (constant query, path) -> its methods
    for key, method, _ in selected:
        path, query = split[key]
        by_path.setdefault((query or (), path), set()).add(method)
    skip = version_prefix(sorted({path for _, path in by_path}))
    result = {}
    for key, method, op in selected:
        op_id = op.get("operationId")
        if isinstance(op_id, str) and op_id in overrides:
            *resource, name = overrides[op_id].split(".")
            result[(key, method)] = (tuple(resource), name)
            continue
        path, query = split[key][0], split[key][1] or ()
        segs = _segments(path)[skip:]
        literals = [method_name(s) for s in segs if not _is_param(s)]
        has_children = any(q == query and p != path and p.startswith(path.rstrip("/") + "/") for q, p in by_path)
        if segs and _is_param(segs[-1]):
            name = {"get": "retrieve", "delete": "delete"}.get(method, "update")
        elif len(segs) > 1 and _is_param(segs[-2]) and method == "post" and by_path[(query, path)] == {"post"} and not has_children:
            name = literals.pop()  # an action on one item: /things/{id}/cancel
        elif len(segs) > 1 and _is_param(segs[-2]) and method == "get" and not segs[-1].endswith("s") and not has_children:
            name = "retrieve"  # a singular thing of one item: /files/{id}/content
        else:
            name = {"get": "list", "post": "create", "put": "replace", "patch": "update", "delete": "delete_all"}.get(method, method)
        result[(key, method)] = (query_namespace(query) + (tuple(literals) or ("root",)), name)
    return result


class OperationBuilder:
    def __init__(self, spec: Spec, schemas: SchemaConverter, pagination: dict[str, Any] | None = None):
        self.spec = spec
        self.schemas = schemas
        self.pagination = pagination or {}  # operationId -> the target's setting: False, or a style

    def build(self, key: str, method: str, op: dict, resource: tuple[str, ...], name: str, *, op_id: str) -> ir.Operation:
        """The operation at path key `key` (the path, and a constant query it may carry)."""
        at = pointer("paths", key, method)
        current_pointer.set(at)
        self.schemas.scope.add(at)
        hint = pascal(op_id)
        path, query = split_query(key)
        params = self._params(key, op, at, hint) + self._constant_query(query or (), op, at)
        body = self._body(op, at, hint)
        responses, result, stream, binary = self._responses(op, at, hint)
        stream_name, stream_format, stream_media_type = stream if stream else (None, "sse", SSE)
        return ir.Operation(
            id=op_id,
            name=name,
            resource=resource,
            method=method.upper(),
            path=path,
            summary=(op.get("summary") or "").strip(),
            description=description_of(op),
            params=params,
            body=body,
            responses=responses,
            result=result,
            stream=stream_name,
            stream_format=stream_format,
            stream_media_type=stream_media_type,
            pagination=self._pagination(op, method, params, body, result, op_id),
            binary=() if result is not None else binary,
            deprecated=bool(op.get("deprecated")),
            pointer=at,
            path_query=query or (),
        )

    def _params(self, key: str, op: dict, at: str, hint: str) -> tuple[ir.Param, ...]:
        raw: dict[tuple[str, str], tuple[str, str, dict]] = {}
        path_item_at = pointer("paths", key)
        sources = [(path_item_at, self.spec.root["paths"][key].get("parameters")), (at, op.get("parameters"))]
        path = split_query(key)[0]
        for base, params in sources:
            for i, p in enumerate(params if isinstance(params, list) else []):
                p_doc, p_at, p_node = self.spec.deref(p, "", pointer_join(base, "parameters", i))
                self.schemas.scope.add(p_at, self.spec.file_of(p_doc))
                if not isinstance(p_node, dict) or not isinstance(p_node.get("name"), str) or "in" not in p_node:
                    raise self.spec.problem("parameter-invalid", "a parameter needs a string `name` and an `in`", p_at, p_doc)
                if p_node["in"] not in PARAM_LOCATIONS:
                    self.schemas.report("rule", f"parameter location {p_node['in']!r} is not one of {', '.join(PARAM_LOCATIONS)}; "
                                        "the parameter is skipped", pointer_join(p_at, "in"), p_doc)
                    continue
                raw[(p_node["in"], p_node["name"])] = (p_doc, p_at, p_node)
        for wire in _path_names(path):
            if ("path", wire) not in raw:
                self.schemas.report("path-parameter-undeclared", f"path parameter {wire!r} is not declared; it is sent as a string", at)
                raw[("path", wire)] = ("", at, {"name": wire, "in": "path", "required": True, "schema": {"type": "string"}})
        names = unique_field_names([n for _, n in raw])
        result = []
        for ((location, wire), (p_doc, p_at, p_node)), safe in zip(raw.items(), names):
            schema = p_node.get("schema", {})
            t, nullable = self.schemas.field_type(schema, p_doc, pointer_join(p_at, "schema"), hint + pascal(wire))
            s_doc, s_at, target = self.spec.deref(schema, p_doc, pointer_join(p_at, "schema"))
            has_default, default = self.schemas.default_of(target, s_doc, s_at, t, nullable)
            default_style = "form" if location in ("query", "cookie") else "simple"
            result.append(
                ir.Param(
                    name=safe,
                    wire_name=wire,
                    location=location,
                    type=t,
                    required=bool(p_node.get("required")) or location == "path",
                    nullable=nullable,
                    style=p_node.get("style", default_style),
                    explode=bool(p_node.get("explode", p_node.get("style", default_style) == "form")),
                    description=description_of(p_node),
                    has_default=has_default,
                    default=default,
                    deprecated=bool(p_node.get("deprecated")) or bool(isinstance(target, dict) and target.get("deprecated")),
                )
            )
        # Path parameters first, in URL order, then the rest as declared.
        order = {n.strip("{}"): i for i, n in enumerate(_segments(path)) if _is_param(n)}
        return tuple(sorted(result, key=lambda p: (p.location != "path", order.get(p.wire_name, 0))))

    def _constant_query(self, query: Query, op: dict, at: str) -> tuple[ir.Param, ...]:
        """The parameters a path key's query fixes (`?beta=true`): sent by the client on every
        call, never asked of the caller; one the operation also declares is the declared one."""
        declared = {p.get("name") for p in op.get("parameters") or [] if isinstance(p, dict) and p.get("in") == "query"}
        return tuple(
            ir.Param(name=method_name(name), wire_name=name, location="query", type=ir.LiteralType((value,)), required=True,
                     description=f"Always `{name}={value}`: the path declares it.")
            for name, value in query if name not in declared
        )

    def _body(self, op: dict, at: str, hint: str) -> ir.Body | None:
        if "requestBody" not in op:
            return None
        b_doc, b_at, body = self.spec.deref(op["requestBody"], "", pointer_join(at, "requestBody"))
        self.schemas.scope.add(b_at, self.spec.file_of(b_doc))
        content = body.get("content") if isinstance(body, dict) and isinstance(body.get("content"), dict) else {}
        if not content:
            return None
        content_type = _body_media_type(content, lambda node: self._carries_files(node, b_doc, b_at))
        media = content[content_type] if isinstance(content[content_type], dict) else {}
        t = self.schemas.type_of(media.get("schema", {}), b_doc, pointer_join(b_at, "content", content_type, "schema"), hint + "Body")
        model = None
        if isinstance(t, ir.NamedType):
            model = t.name
        encoding = media.get("encoding") if isinstance(media.get("encoding"), dict) else {}
        parts = tuple((str(k), v["contentType"]) for k, v in encoding.items() if isinstance(v, dict) and isinstance(v.get("contentType"), str))
        return ir.Body(content_type, t, bool(body.get("required")), model, parts)

    def _carries_files(self, node: Any, doc: str, at: str, depth: int = 0) -> bool:
        """Whether a body schema has a file (binary string) in a field, an array item or an alternative."""
        if depth > 4 or not isinstance(node, dict):
            return False
        if "$ref" in node:
            try:
                doc, at, node = self.spec.deref(node, doc, at)
            except SpecError:  # reported where the schema is read
                return False
            if not isinstance(node, dict):
                return False
        if schema_format(node) == "binary":
            return True
        nested = [node.get("items")]
        for keyword in ("oneOf", "anyOf", "allOf"):
            nested += node.get(keyword) if isinstance(node.get(keyword), list) else []
        if isinstance(node.get("properties"), dict):
            nested += node["properties"].values()
        return any(self._carries_files(n, doc, at, depth + 1) for n in nested)

    def _responses(self, op: dict, at: str, hint: str) -> tuple[tuple[ir.Response, ...], ir.TypeRef | None, tuple[str, str, str] | None, tuple[str, ...]]:
        """Every response; the JSON result; the stream (its items' declaration, "sse" or "lines",
        its media type); the media types of a download."""
        out, result, binary = [], None, []
        stream: tuple[str, str, str] | None = None
        responses = op.get("responses") if isinstance(op.get("responses"), dict) else {}
        for status, raw in responses.items():
            r_doc, r_at, resp = self.spec.deref(raw, "", pointer_join(at, "responses", status))
            self.schemas.scope.add(r_at, self.spec.file_of(r_doc))
            content = resp.get("content") if isinstance(resp, dict) and isinstance(resp.get("content"), dict) else {}
            if not content:
                out.append(ir.Response(str(status), None, None, description_of(resp)))
            for content_type, media in content.items():
                schema = (media or {}).get("schema")
                s_at = pointer_join(r_at, "content", content_type, "schema")
                base = content_type.split(";")[0].strip().lower()
                kind = "sse" if base == SSE else "lines" if base in JSON_LINES else None
                t = None
                if schema is not None:
                    t = self.schemas.type_of(schema, r_doc, s_at, hint + {"sse": "StreamEvent", "lines": "StreamItem"}.get(kind or "", "Response"))
                    if kind == "lines" and isinstance(t, ir.ArrayType):
                        t = t.item  # a document may declare the whole stream as an array of its lines
                out.append(ir.Response(str(status), content_type, t, description_of(resp)))
                if not str(status).startswith("2"):
                    continue
                if kind is not None and isinstance(t, ir.NamedType):
                    stream = stream or (t.name, kind, content_type)
                elif kind is None and ("json" in base or (base in ("*/*", "application/*") and t is not None)):
                    result = t if result is None else result  # a range (`*/*`) with a schema: the API answers JSON
                elif kind != "sse" and content_type not in binary:
                    binary.append(content_type)
        return tuple(out), result, stream, tuple(binary)

    def _pagination(self, op: dict, method: str, params: tuple[ir.Param, ...], body: ir.Body | None,
                    result: ir.TypeRef | None, op_id: str) -> ir.Pagination | None:
        kinds = {d.name: d for d in self.schemas.declarations.values()}
        headers = set()
        for status, raw in (op.get("responses") or {}).items() if isinstance(op.get("responses"), dict) else ():
            if str(status).startswith("2") and isinstance(raw, dict) and isinstance(raw.get("headers"), dict):
                headers |= {str(h).lower() for h in raw["headers"]}
        return pagination.detect(op, method, params, body, result, kinds, headers, self.pagination.get(op_id))


def group_resources(operations: list[ir.Operation]) -> tuple[ir.Resource, ...]:
    paths: dict[tuple[str, ...], list[ir.Operation]] = {}
    for op in operations:
        for depth in range(1, len(op.resource) + 1):
            paths.setdefault(op.resource[:depth], [])
        paths[op.resource].append(op)
    resources = []
    for path in sorted(paths):
        children = tuple(sorted(p[-1] for p in paths if len(p) == len(path) + 1 and p[: len(path)] == path))
        resources.append(ir.Resource(path, tuple(paths[path]), children))
    return tuple(resources)


def _body_media_type(content: dict, carries_files: Callable[[Any], bool]) -> str:
    """The media type a request body is sent as: JSON where offered, unless its schema carries
    files JSON cannot hold and multipart is offered too; else the first one listed."""
    multipart = next((m for m in content if m.lower().startswith("multipart/form-data")), None)
    if "application/json" in content:
        json_schema = (content["application/json"] or {}).get("schema") if isinstance(content["application/json"], dict) else None
        if multipart is None or not carries_files(json_schema):
            return "application/json"
        return multipart
    return next(iter(content))
