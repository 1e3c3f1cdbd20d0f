"""Filters and globals for Python template sets.

Everything spec-derived that lands in Python source goes through `literal`
(a `repr` of a JSON value) or `docstring` (escaped text), so no description,
name, default or enum value can end a string early or become code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import ir
from ..formatting import LINE_LENGTH
from ..names import NameTable, method_name, pascal, snake

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def literal(value: Any) -> str:
    """A Python literal for a JSON value, strings quoted as black quotes them (double quotes,
    unless that needs more escapes), so that black has nothing to change."""
    if isinstance(value, str):
        text = repr(value)
        if text.startswith("'") and '"' not in value:
            return '"' + text[1:-1] + '"'  # no quote inside: repr escaped none
        return text
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "None"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(str(value))


def docstring(text: str, indent: int = 0, closing: bool = False) -> str:
    """Text for a triple-quoted docstring: it cannot close the string or smuggle bytes, and it is
    laid out as black lays out a docstring (continuation lines lose their common indentation and
    take the block's; no trailing spaces; a space between the text and a closing quote; the
    closing quotes on their own line where the last line leaves no room for them, which black
    does for a class's or function's docstring: `closing`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.strip().splitlines()] or [""]
    common = min((len(line) - len(line.lstrip()) for line in lines[1:] if line), default=0)
    lines = [lines[0]] + [line[common:] for line in lines[1:]]
    if lines[-1].endswith('"'):
        lines[-1] += " "
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]
    pad = " " * indent
    text = "\n".join([lines[0]] + [pad + line if line else line for line in lines[1:]])
    if closing and len(lines) > 1 and indent + len(lines[-1]) + 3 > LINE_LENGTH:
        text += "\n" + pad  # black closes the quotes on a line of their own where they would not fit
    return text


def comment(text: str) -> str:
    """One line of text safe for a `#` comment."""
    return _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


class PythonTypes:
    """Renders IR types as annotations for the response side (models) or the request side (params)."""

    def __init__(self, api: ir.Api):
        self.api = api
        self.kinds = {d.name: d for d in api.declarations}
        self.tag_fields = {
            (v.name, u.discriminator) for u in api.unions if u.discriminator for v in u.variants
        }

    def annotation(self, t: ir.TypeRef, side: str, *, quote: bool = False, tolerant: bool = True, prefix: str = "") -> str:
        if isinstance(t, ir.Primitive):
            if side == "request" and t.is_file:
                return '"FileTypes"' if quote else "FileTypes"
            return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(t.kind, "Any")
        if isinstance(t, ir.LiteralType):
            values = [v for v in t.values if v is not None]
            text = f"Literal[{', '.join(literal(v) for v in values)}]"
            # A reader keeps enum values the spec does not list yet.
            if side == "response" and tolerant and all(isinstance(v, str) for v in values):
                return f"Union[{text}, str]"
            return text
        if isinstance(t, ir.ArrayType):
            return f"List[{self.annotation(t.item, side, quote=quote, prefix=prefix)}]"
        if isinstance(t, ir.MapType):
            return f"Dict[str, {self.annotation(t.value, side, quote=quote, prefix=prefix)}]"
        if isinstance(t, ir.NamedType):
            return f'"{prefix}{t.name}"' if quote else prefix + t.name
        if isinstance(t, ir.UnionType):
            options = list(dict.fromkeys(self.annotation(o, side, quote=quote, prefix=prefix) for o in t.options))
            return options[0] if len(options) == 1 else f"Union[{', '.join(options)}]"
        raise TypeError(t)

    def field(self, model: ir.Model, f: ir.Field, side: str) -> str:
        tolerant = (model.name, f.wire_name) not in self.tag_fields
        text = self.annotation(f.type, side, tolerant=tolerant)
        if f.nullable or (side == "response" and not f.required):
            text = f"Optional[{text}]"
        return text

    def tag_default(self, model: ir.Model, f: ir.Field) -> str | None:
        """The value of a one-value tag field, so a model built in code carries its tag."""
        if (model.name, f.wire_name) in self.tag_fields and isinstance(f.type, ir.LiteralType) and len(f.type.values) == 1:
            return literal(f.type.values[0])
        return None


@dataclass(frozen=True)
class MethodParam:
    """One argument of a generated client method and where its value goes."""

    name: str
    wire_name: str
    where: str  # "path", "query", "header", "cookie" or "body"
    annotation: str  # the request-side type, without Omit
    required: bool
    description: str = ""
    style: tuple[str, bool] | None = None  # (style, explode) of a query parameter that is not form + explode
    nullable: bool = False
    deprecated: bool = False
    constant: str | None = None  # a required parameter with one allowed value: sent as this literal, not an argument

    @property
    def value(self) -> str:
        """The Python expression of what is sent."""
        return self.constant or self.name


class Methods:
    """What client templates need to know about each operation beyond the IR."""

    # A parameter line `        name: Union[<type>, Omit] = OMIT,` that would pass 100 characters gets its
    # type a named alias, written once: signatures stay readable, and in black's style as written.
    PARAMETER_ROOM = 100 - len("        : Union[, Omit] = OMIT,")

    def __init__(self, types: PythonTypes):
        self.types = types
        self.api = types.api
        self._aliases: dict[str, str] = {}  # annotation -> alias name
        taken: set[str] = set()
        for op in self.api.operations:
            for p in self.params(op):
                if len(p.name) + len(p.annotation) > self.PARAMETER_ROOM and p.annotation not in self._aliases:
                    base = "_" + pascal(op.body.model if op.body and op.body.model else op.id) + pascal(p.wire_name or p.name)
                    name, n = base, 1
                    while name in taken:
                        n += 1
                        name = f"{base}{n}"
                    taken.add(name)
                    self._aliases[p.annotation] = name

    def aliases(self, operations: tuple[ir.Operation, ...] | None = None) -> list[tuple[str, str]]:
        """(alias name, annotation) for the long argument types (of these operations), in first-use order."""
        used = None if operations is None else {p.annotation for op in operations for p in self.params(op)}
        return [(name, text) for text, name in self._aliases.items() if used is None or name in used]

    def params(self, op: ir.Operation) -> list[MethodParam]:
        out: list[MethodParam] = []
        taken = {"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries"}

        def add(name: str, wire: str, where: str, t: ir.TypeRef, nullable: bool, required: bool, description: str, style=None, deprecated=False, constant=None) -> None:
            text = self.types.annotation(t, "request", prefix="_p.")
            if nullable:
                text = f"Optional[{text}]"
            name = name if name not in taken else f"{name}_{where}"
            taken.add(name)
            text = self._aliases.get(text, text)
            out.append(MethodParam(name, wire, where, text, required, description, style, nullable, deprecated, constant))

        for p in op.params:
            style = None if (p.style, p.explode) == ("form", True) or p.location != "query" else (p.style, p.explode)
            required = p.required or p.location == "path"
            only = self.only_value(p.type) if required and not p.nullable else None
            add(p.name, p.wire_name, p.location, p.type, p.nullable, required, p.description, style, p.deprecated, only)
        if op.body is not None:
            model = self.kinds().get(op.body.model or "")
            if isinstance(model, ir.Model):
                for f in model.fields:
                    add(f.name, f.wire_name, "body", f.type, f.nullable, f.required, f.description, deprecated=f.deprecated)
            else:
                add("body", "", "body", op.body.type, False, op.body.required, "")
        return out

    def only_value(self, t: ir.TypeRef) -> str | None:
        """The literal of the one value a type allows (a one-value `enum` or a `const`), or None."""
        return next((literal(v) for v in self.api.sole_value(t)), None)

    def arguments(self, op: ir.Operation) -> list[MethodParam]:
        """The parameters a caller passes: all but those with one allowed value."""
        return [p for p in self.params(op) if p.constant is None]

    def warns(self, operations: tuple[ir.Operation, ...] | None = None) -> bool:
        """Whether some method (of these operations) warns about a deprecated argument (and so needs `warnings`)."""
        return any(p.deprecated for op in (self.api.operations if operations is None else operations) for p in self.params(op))

    def kinds(self) -> dict[str, ir.Declaration]:
        return self.types.kinds

    def body_is_model(self, op: ir.Operation) -> bool:
        return op.body is not None and isinstance(self.kinds().get(op.body.model or ""), ir.Model)

    def path_expr(self, op: ir.Operation) -> str:
        """A Python expression for the request path: literal pieces and checked, encoded parameters."""
        return " + ".join(self.path_pieces(op))

    def path_pieces(self, op: ir.Operation) -> list[str]:
        """The operands of `path_expr`, for a template that lays a long one out a line each."""
        names = {p.wire_name: p.value for p in self.params(op) if p.where == "path"}
        pieces = []
        for i, part in enumerate(re.split(r"\{([^}]*)\}", op.path)):
            if i % 2 == 0:
                if part:
                    pieces.append(literal(part))
            else:
                name = names[part]
                pieces.append(f"path_param({literal(part)}, {name})")
        return pieces or [literal("/")]

    def result(self, op: ir.Operation, is_async: bool = False) -> str:
        if op.binary:
            return "AsyncBinaryResponse" if is_async else "BinaryResponse"
        return "None" if op.result is None else self.types.annotation(op.result, "response", prefix="_m.")

    def uses_files(self) -> bool:
        """Whether some request takes a file (so `FileTypes` is imported)."""
        return ir.takes_files(self.api)

    def stream_param(self, op: ir.Operation) -> MethodParam | None:
        """The argument that switches an operation to streaming, when the spec declares one."""
        return next((p for p in self.params(op) if op.stream and p.wire_name == "stream"), None)

    def streams_by_default(self, op: ir.Operation) -> bool:
        """Whether leaving the stream argument out streams: its default is true (Ollama's `stream`)."""
        sp = self.stream_param(op)
        return sp is not None and self.api.defaults_true(op, sp.wire_name, sp.where)

    def page_item(self, op: ir.Operation) -> str:
        """The item type of a paginated operation's list (`Any` where the IR cannot say)."""
        item = self.api.page_item(op)
        return "Any" if item is None else self.types.annotation(item, "response", prefix="_m.")

    def error_event(self, op: ir.Operation) -> str | None:
        """The stream variant tagged `error`, raised as an exception when it arrives."""
        union = self.kinds().get(op.stream or "")
        if isinstance(union, ir.Union):
            return next((v.name for v in union.variants if "error" in v.tags), None)
        return None

    def stream_parser(self, op: ir.Operation) -> str:
        """The item type of an operation's stream, for its opener."""
        return f"_m.{op.stream}"


# Names the resources and client modules import or define: a resource class may not take one.
RESOURCE_MODULE_NAMES = frozenset(
    """
    OMIT LazyModule AsyncHTTP CallOptions Headers Omit Query SyncHTTP Timeout AsyncPage SyncPage Next Paging
    AsyncStream Stream TYPE_CHECKING Any Dict List Literal Mapping Optional Union TypeAlias
    Client AsyncClient DEFAULT_MAX_RETRIES DEFAULT_TIMEOUT API_KEY_ENV BASE_URL
    BinaryResponse AsyncBinaryResponse FileTypes deprecated warnings
    """.split()
)


class ResourceClasses:
    """The class of each resource path: its segments in PascalCase, unique in the module and
    clear of the names the module uses (`/query` is `QueryResource`, since `Query` is imported)."""

    def __init__(self, api: ir.Api):
        taken = NameTable(RESOURCE_MODULE_NAMES | {"Async" + n for n in RESOURCE_MODULE_NAMES})
        self.names: dict[tuple[str, ...], str] = {}
        for path in sorted(r.path for r in api.resources):
            base = "".join(pascal(p) for p in path)
            if base in taken or "Async" + base in taken:
                base += "Resource"
            self.names[path] = taken.claim(base, path)
            taken.claim("Async" + self.names[path], ("async",) + path)

    def __call__(self, path: tuple[str, ...], *, is_async: bool = False, raw: bool = False) -> str:
        name = self.names.get(path) or "".join(pascal(p) for p in path)
        return ("Async" if is_async else "") + name + ("WithRawResponse" if raw else "")


@dataclass(frozen=True)
class Credential:
    """A constructor argument of the client that holds (part of) one security scheme's credential."""

    arg: str  # `api_key`, `username`, `bearer_auth`, ...
    scheme: ir.SecurityScheme
    env: str | None  # the environment variable it defaults to (the target's `<arg>_env` option)
    part: str = ""  # "username" or "password" of a basic scheme


# Arguments the client constructor has already; a credential named like one gets a suffix.
CLIENT_ARGS = frozenset({"base_url", "timeout", "max_retries", "default_headers", "http_client", "webhook_secret", "self"})


# A document that declares no security scheme may still want a token: `api_key`, sent as a bearer
# token when given, and nothing when not.
UNDECLARED = ir.SecurityScheme("bearer", "bearer", "", "the document declares no security scheme")


def schemes_of(api: ir.Api) -> tuple[ir.SecurityScheme, ...]:
    return api.security_schemes or (UNDECLARED,)


def security_of(api: ir.Api) -> ir.Security:
    return api.security if api.security_schemes else ((UNDECLARED.name,), ())


def credentials(api: ir.Api, options: dict[str, Any]) -> list[Credential]:
    """The client's credential arguments: `api_key` (or `username` and `password`) when the API
    has one scheme, else one per scheme, named after it (`bearerAuth` -> `bearer`)."""
    out: list[Credential] = []
    schemes = schemes_of(api)
    single = len(schemes) == 1
    taken = set(CLIENT_ARGS)
    for scheme in schemes:
        base = "" if single else re.sub(r"_auth$", "", method_name(scheme.name).strip("_")) or "credential"
        parts = ("username", "password") if scheme.kind == "basic" else ("",)
        for part in parts:
            arg = "_".join(p for p in (base, part) if p) or "api_key"
            while arg in taken:
                arg += "_credential"
            taken.add(arg)
            env = options.get(f"{arg}_env")
            out.append(Credential(arg, scheme, env if isinstance(env, str) and env else None, part))
    return out


@dataclass(frozen=True)
class ClientHeader:
    """A client argument sent as a header on every request (the target's `client_headers`)."""

    arg: str  # `organization`
    header: str  # `OpenAI-Organization`
    env: str | None  # the environment variable it defaults to


def client_headers(api: ir.Api, options: dict[str, Any]) -> list[ClientHeader]:
    """`client_headers = {organization = {header = "OpenAI-Organization", env = "OPENAI_ORG_ID"}}`:
    client arguments (with environment defaults) that become headers of every request."""
    table = options.get("client_headers")
    taken = set(CLIENT_ARGS) | {c.arg for c in credentials(api, options)}
    out = []
    for arg, spec in (table.items() if isinstance(table, dict) else ()):
        if not isinstance(spec, dict) or not isinstance(spec.get("header"), str):
            continue
        name = method_name(str(arg))
        while name in taken:
            name += "_header"
        taken.add(name)
        env = spec.get("env")
        out.append(ClientHeader(name, spec["header"], env if isinstance(env, str) and env else None))
    return out


def required_credential(api: ir.Api, creds: list[Credential]) -> Credential | None:
    """The one credential every operation needs, when it has an environment variable: the client
    refuses to start without it (as openai-python does), rather than at the first call."""
    if len(creds) != 1 or creds[0].env is None or not api.operations:
        return None
    name = creds[0].scheme.name
    needs = [security_of(api) if op.security is None else op.security for op in api.operations]
    return creds[0] if all(r and all(name in alternative for alternative in r) for r in needs) else None


def credential_hint(creds: list[Credential], scheme: ir.SecurityScheme) -> str:
    """How a user gives a scheme's credential: `api_key= (or the OPENAI_API_KEY environment variable)`."""
    return " and ".join(f"{c.arg}=" + (f" (or the {c.env} environment variable)" if c.env else "") for c in creds if c.scheme == scheme)


def security_literal(security: ir.Security) -> str:
    """A Python tuple of tuples for a security requirement, as black writes it."""
    def one(names: tuple[str, ...]) -> str:
        return "()" if not names else "(" + ", ".join(literal(n) for n in names) + ("," if len(names) == 1 else "") + ")"

    return "()" if not security else "(" + ", ".join(one(a) for a in security) + ("," if len(security) == 1 else "") + ")"


def handler_methods(union: ir.Union) -> list[tuple[str, str]]:
    """(method name, variant class) for a handler over a union: `on_<tag>` per variant."""
    taken: set[str] = {"on_unknown", "dispatch"}
    methods = []
    for v in union.variants:
        name = "on_" + method_name(v.tags[0] if v.tags else v.name)
        if name in taken:
            name = f"{name}_{snake(v.name)}"
        taken.add(name)
        methods.append((name, v.name))
    return methods


def needs_callable_discriminator(union: ir.Union) -> bool:
    return bool(union.shared_tags or union.untagged)


def canonical_tags(union: ir.Union) -> dict[str, str]:
    """Tag value -> the Tag() label of its choice: one label per variant or shared group."""
    label_of: dict[tuple[str, ...], str] = {}
    out: dict[str, str] = {}
    for group in union.tags:
        out[group.tag] = label_of.setdefault(group.variants, group.tag)
    return out


def inline_doc(text: str) -> str:
    """Spec text for the middle of a docstring line."""
    return docstring(comment(str(text))).rstrip()


_PEP440 = re.compile(r"([1-9][0-9]*!)?(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*((a|b|rc)(0|[1-9][0-9]*))?(\.post(0|[1-9][0-9]*))?(\.dev(0|[1-9][0-9]*))?")


def pep440(version: object) -> str:
    """A distribution version from a document's `info.version`: as it is when PEP 440 accepts it
    (less a leading `v`), else its numbers (`2024-01-15` -> `2024.1.15`), else 0.0.0."""
    text = str(version).strip().removeprefix("v").removeprefix("V")
    if _PEP440.fullmatch(text):
        return text
    numbers = re.findall(r"[0-9]+", text)
    return ".".join(str(int(n)) for n in numbers[:4]) if numbers else "0.0.0"


def toml_string(value: object) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    import json

    return json.dumps(str(value), ensure_ascii=False)


FILTERS = {"literal": literal, "docstring": docstring, "comment": comment, "inline_doc": inline_doc, "pep440": pep440, "toml_string": toml_string}


def globals_for(api: ir.Api) -> dict[str, Any]:
    types = PythonTypes(api)
    return {
        "types": types,
        "methods": Methods(types),
        "resource_class": ResourceClasses(api),
        "handler_methods": handler_methods,
        "needs_callable_discriminator": needs_callable_discriminator,
        "canonical_tags": canonical_tags,
        "credentials": lambda options: credentials(api, options),
        "client_headers": lambda options: client_headers(api, options),
        "credential_hint": credential_hint,
        "schemes": schemes_of(api),
        "default_security": security_of(api),
        "security_literal": security_literal,
        "required_credential": lambda creds: required_credential(api, creds),
    }
