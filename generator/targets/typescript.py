"""Filters and globals for TypeScript template sets.

Spec text reaches TypeScript only as JSON string literals (`ts_string`), JSDoc
text with `*/` broken (`jsdoc`), or sanitised names, so none of it can become code.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .. import ir
from ..names import method_name, snake
from .python import handler_methods

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def ts_string(value: Any) -> str:
    """A TypeScript literal for a JSON value (JSON is valid TypeScript; U+2028/9 escaped by ensure_ascii)."""
    return json.dumps(value, ensure_ascii=True)


def ts_prop(wire_name: str) -> str:
    """A property key: bare when it is an identifier, else quoted."""
    return wire_name if _IDENT.fullmatch(wire_name) else ts_string(wire_name)


def jsdoc(text: str, indent: int = 0) -> str:
    """Text for a /** ... */ block, one ` * ` line each; `*/` cannot close it early."""
    text = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).replace("*/", "*\\/")
    pad = " " * indent
    lines = [line.rstrip() for line in text.strip().splitlines()] or [""]
    return "\n".join(f"{pad} * {line}".rstrip() for line in lines)


def ts_type(t: ir.TypeRef | None, prefix: str = "") -> str:
    """A TypeScript type; `prefix` qualifies declaration names (e.g. "m." for `import * as m`)."""
    if t is None:
        return "void"
    if isinstance(t, ir.Primitive):
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


def ts_method_params(op: ir.Operation) -> list[tuple[str, str]]:
    """(argument name, TypeScript type) of a client method's path parameters, in order."""
    return [(method_name(p.name), ts_type(p.type, "m.")) for p in op.params if p.location == "path"]


def ts_stream_type(api: ir.Api, op: ir.Operation) -> str:
    """The item type of an operation's event stream: known events, or the unknown fallback."""
    union = next((u for u in api.unions if u.name == op.stream), None)
    return f"m.{op.stream} | m.Unknown{op.stream}" if union is not None and union.discriminator else f"m.{op.stream}"


def ts_path(op: ir.Operation) -> str:
    """A template literal for the request path, each parameter percent-encoded."""
    names = {p.wire_name: method_name(p.name) for p in op.params if p.location == "path"}
    parts = re.split(r"\{([^}]*)\}", op.path)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(part.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${"))
        else:
            out.append(f"${{pathParam({ts_string(part)}, {names[part]})}}")
    return "`" + "".join(out) + "`"


def camel(text: str) -> str:
    words = snake(text).split("_")
    return words[0] + "".join(w[:1].upper() + w[1:] for w in words[1:])


FILTERS = {"ts_string": ts_string, "ts_prop": ts_prop, "jsdoc": jsdoc, "ts_type": ts_type, "ts_field": ts_field, "camel": camel}


def globals_for(api: ir.Api) -> dict[str, Any]:
    return {
        "handler_methods": handler_methods,
        "ts_method_params": ts_method_params,
        "ts_path": ts_path,
        "ts_stream_type": lambda op: ts_stream_type(api, op),
    }
