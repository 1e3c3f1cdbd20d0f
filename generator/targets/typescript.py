"""Filters and globals for TypeScript template sets.

Spec text reaches TypeScript only as JSON string literals (`ts_string`), JSDoc
text with `*/` broken (`jsdoc`), or sanitised names, so none of it can become code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..names import NameTable, pascal, snake
from .python import client_headers, credentials, handler_methods, required_credential, schemes_of, security_of

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")

# What the runtime (core.ts) and the client module export: index.ts names them one by one, so
# that a declaration of the same name (a schema called `APIError`) cannot make them ambiguous.
RUNTIME_EXPORTS = (
    "APIError", "APIConnectionError", "APITimeoutError", "APIStreamError", "InvalidWebhookSignatureError",
    "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError", "statusError", "APIPromise", "Stream", "Page", "PagePromise", "decodeSSE", "decodeLines", "encodeQuery", "encodeBody", "pathParam", "retryDelay",
)
# What the package's other modules export from index.ts.
PACKAGE_EXPORTS = ("Client", "ClientOptions", "BASE_URL", "serverURL", "Accumulator", "accumulate", "Webhooks", "DEFAULT_TOLERANCE", "VerifyOptions")
RUNTIME_TYPES = ("Uploadable", "Credential", "Security", "Scheme", "CoreOptions", "RequestOptions", "ServerSentEvent", "Paging", "Framing", "Call")
# TypeScript's reserved words: a parameter or local may not take one.
_RESERVED = frozenset(
    """
    break case catch class const continue debugger default delete do else enum export extends false finally for
    function if import in instanceof new null return super switch this throw true try typeof var void while with
    as implements interface let package private protected public static yield any boolean constructor declare get
    module require number set string symbol type from of await async undefined options params body
    """.split()
)


def ts_string(value: Any) -> str:
    """A TypeScript literal for a JSON value (JSON is valid TypeScript; U+2028/9 escaped by ensure_ascii)."""
    return json.dumps(value, ensure_ascii=True)


def ts_prop(wire_name: str) -> str:
    """A property key: bare when it is an identifier, else quoted."""
    return wire_name if _IDENT.fullmatch(wire_name) else ts_string(wire_name)


def ts_get(owner: str, key: str) -> str:
    """An expression reading property `key` of `owner` (`params?` reads optionally)."""
    optional = owner.endswith("?")
    if _IDENT.fullmatch(key):
        return f"{owner}.{key}"
    return f"{owner}{'.' if optional else ''}[{ts_string(key)}]"


def jsdoc(text: str, indent: int = 0) -> str:
    """Text for a /** ... */ block, one ` * ` line each; `*/` cannot close it early."""
    text = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).replace("*/", "*\\/")
    pad = " " * indent
    lines = [line.rstrip() for line in text.strip().splitlines()] or [""]
    return "\n".join(f"{pad} * {line}".rstrip() for line in lines)


def ts_type(t: ir.TypeRef | None, prefix: str = "") -> str:
    """A TypeScript type; `prefix` qualifies declaration names (e.g. "m." for `import * as m`).
    A file (`format: binary`) is anything `Uploadable`, or the string a server may send back."""
    if t is None:
        return "void"
    if isinstance(t, ir.Primitive):
        if t.is_file:
            return "$Uploadable | string" if not prefix else "Uploadable | string"
        return {"string": "string", "integer": "number", "number": "number", "boolean": "boolean", "null": "null"}.get(t.kind, "unknown")
    if isinstance(t, ir.LiteralType):
        return " | ".join(ts_string(v) for v in t.values) or "never"
    if isinstance(t, ir.ArrayType):
        return f"Array<{ts_type(t.item, prefix)}>"
    if isinstance(t, ir.MapType):
        return f"Record<string, {ts_type(t.value, prefix)}>"
    if isinstance(t, ir.NamedType):
        return prefix + t.name
    options = list(dict.fromkeys(ts_type(o, prefix) for o in t.options))
    return " | ".join(options)


def ts_field(f: ir.Field) -> str:
    text = ts_type(f.type)
    return f"{text} | null" if f.nullable else text


def camel(text: str) -> str:
    words = snake(text).split("_")
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


def member(text: str) -> str:
    """A camelCase property or method name: reserved words are fine there (`client.delete()`),
    but not the names a resource class keeps for itself."""
    name = camel(text)
    return name + "_" if name in ("constructor", "core") else name


def identifier(text: str) -> str:
    """A camelCase identifier that is not a reserved word."""
    name = camel(text)
    return name + "_" if name in _RESERVED else name


@dataclass(frozen=True)
class Field:
    """A property of a method's `params` object: a query, header or cookie parameter, or a body field."""

    key: str  # its property name: the wire name, suffixed (`limit_query`) where two would meet
    wire: str
    where: str  # "query", "header", "cookie" or "body"
    type: str
    required: bool
    description: str = ""
    deprecated: bool = False
    style: tuple[str, bool] | None = None  # a query parameter's (style, explode), when not (form, True)
    constant: str | None = None  # the one value it may take, sent without being asked for


@dataclass(frozen=True)
class Method:
    """How one operation looks in TypeScript: `name(pathArgs..., body?, params?, options?)`."""

    op: ir.Operation
    name: str
    path_args: tuple[tuple[str, str], ...]  # (argument, type)
    body_type: str | None  # the type of a body passed whole (not an object of fields)
    fields: tuple[Field, ...]
    result: str  # the answer: a JSON type, `Response` for a download, `void`
    stream_item: str | None  # the items of its stream
    stream_switch: Field | None  # the `stream` field that asks for the stream
    streams_by_default: bool
    page_item: str | None
    framing: str  # a `Framing` literal for a streamed answer

    @property
    def arguments(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.constant is None)

    @property
    def params_required(self) -> bool:
        return any(f.required for f in self.arguments)

    def by_where(self, where: str) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.where == where)


class Methods:
    """The Method of each operation, and the names and types templates need around them."""

    def __init__(self, api: ir.Api):
        self.api = api
        self.kinds = {d.name: d for d in api.declarations}
        self._methods: dict[str, Method] = {}
        taken = NameTable(frozenset(RUNTIME_EXPORTS + RUNTIME_TYPES + PACKAGE_EXPORTS))
        self.params_names: dict[str, str] = {}
        for op in api.operations:
            self.params_names[op.id] = taken.claim("".join(pascal(p) for p in op.resource) + pascal(op.name) + "Params", op.id)

    def __call__(self, op: ir.Operation) -> Method:
        if op.id not in self._methods:
            self._methods[op.id] = self._method(op)
        return self._methods[op.id]

    def _method(self, op: ir.Operation) -> Method:
        used: set[str] = set()
        path_args = []
        for p in op.params:
            if p.location == "path":
                name = identifier(p.name)
                while name in used:
                    name += "_"
                used.add(name)
                path_args.append((name, self._path_type(p.type)))
        fields: list[Field] = []
        keys: set[str] = set()
        model = self.kinds.get(op.body.model or "") if op.body else None
        body_fields = model.fields if isinstance(model, ir.Model) else ()
        body_keys = {f.wire_name for f in body_fields}
        for p in op.params:
            if p.location == "path":
                continue
            key = p.wire_name if p.wire_name not in keys and p.wire_name not in body_keys else f"{p.wire_name}_{p.location}"
            keys.add(key)
            style = None if (p.style, p.explode) == ("form", True) or p.location != "query" else (p.style, p.explode)
            only = self.only_value(p.type) if p.required and not p.nullable else None
            text = ts_type(p.type, "m.") + (" | null" if p.nullable else "")
            fields.append(Field(key, p.wire_name, p.location, text, p.required, p.description, p.deprecated, style, only))
        for f in body_fields:
            text = ts_type(f.type, "m.") + (" | null" if f.nullable else "")
            fields.append(Field(f.wire_name, f.wire_name, "body", text, f.required, f.description, f.deprecated))
        body_type = None
        if op.body is not None and not isinstance(model, ir.Model):
            body_type = ts_type(op.body.type, "m.")
        switch = next((f for f in fields if op.stream and f.wire == "stream" and f.where in ("body", "query")), None)
        return Method(
            op=op,
            name=member(op.name),
            path_args=tuple(path_args),
            body_type=body_type,
            fields=tuple(fields),
            result="Response" if op.binary else ts_type(op.result, "m."),
            stream_item=self._stream_item(op),
            stream_switch=switch,
            streams_by_default=switch is not None and self.api.defaults_true(op, switch.wire, switch.where),
            page_item=self._page_item(op),
            framing=self._framing(op),
        )

    def _path_type(self, t: ir.TypeRef) -> str:
        """A path parameter's type: any scalar the runtime can put in a path."""
        text = ts_type(t, "m.")
        return text if text not in ("unknown", "void") else "string | number"

    def only_value(self, t: ir.TypeRef) -> str | None:
        """The literal of the one value a type allows (a one-value `enum` or a `const`), or None."""
        return next((ts_string(v) for v in self.api.sole_value(t)), None)

    def _page_item(self, op: ir.Operation) -> str | None:
        """The item type of a paginated operation's list (`unknown` where the IR cannot say)."""
        item = self.api.page_item(op)
        return None if not op.pagination else "unknown" if item is None else ts_type(item, "m.")

    def _stream_item(self, op: ir.Operation) -> str | None:
        if not op.stream:
            return None
        union = self.kinds.get(op.stream)
        return f"m.{op.stream} | m.Unknown{op.stream}" if isinstance(union, ir.Union) and union.discriminator else f"m.{op.stream}"

    def _framing(self, op: ir.Operation) -> str:
        parts = [f"mediaType: {ts_string(op.stream_media_type)}"]
        if op.stream_format == "lines":
            parts.append("lines: true")
        union = self.kinds.get(op.stream or "")
        if isinstance(union, ir.Union) and union.discriminator:
            error = next((v for v in union.variants if "error" in v.tags), None)
            if error is not None:
                parts += [f"discriminator: {ts_string(union.discriminator)}", 'errorTag: "error"']
        return "{ " + ", ".join(parts) + " }"


def ts_path(method: Method) -> str:
    """A template literal for the request path, each parameter percent-encoded."""
    names = {p.wire_name: arg for p, (arg, _) in zip([p for p in method.op.params if p.location == "path"], method.path_args)}
    parts = re.split(r"\{([^}]*)\}", method.op.path)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(part.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${"))
        elif part in names:
            out.append(f"${{pathParam({ts_string(part)}, {names[part]})}}")
        else:
            out.append("{" + part.replace("`", "\\`").replace("${", "\\${") + "}")
    return "`" + "".join(out) + "`"


def security_ts(security: ir.Security) -> str:
    return "[" + ", ".join("[" + ", ".join(ts_string(n) for n in alt) + "]" for alt in security) + "]"


def paging_ts(p: ir.Pagination) -> str:
    """A `Paging` literal."""
    pairs = [("style", p.style), ("items", p.items_field), ("param", p.request_param or None), ("where", p.request_in if p.request_param else None),
             ("nextField", p.next_field), ("itemCursor", p.item_cursor), ("hasMore", p.has_more_field), ("total", p.total_field), ("limitParam", p.limit_param)]
    return "{ " + ", ".join(f"{k}: {ts_string(v)}" for k, v in pairs if v) + " }"


def resource_class(path: tuple[str, ...]) -> str:
    return "".join(pascal(p) for p in path) + "Resource"


FILTERS = {
    "ts_string": ts_string,
    "ts_prop": ts_prop,
    "jsdoc": jsdoc,
    "ts_type": ts_type,
    "ts_field": ts_field,
    "camel": camel,
    "identifier": identifier,
    "member": member,
}


def globals_for(api: ir.Api) -> dict[str, Any]:
    methods = Methods(api)
    return {
        "handler_methods": handler_methods,
        "methods": methods,
        "ts_path": ts_path,
        "ts_get": ts_get,
        "security_ts": security_ts,
        "paging_ts": paging_ts,
        "resource_class": resource_class,
        "credentials": lambda options: credentials(api, options),
        "client_headers": lambda options: client_headers(api, options),
        "required_credential": lambda creds: required_credential(api, creds),
        "schemes": schemes_of(api),
        "default_security": security_of(api),
        "runtime_exports": RUNTIME_EXPORTS,
        "runtime_types": RUNTIME_TYPES,
    }
