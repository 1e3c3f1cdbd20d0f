"""The intermediate representation: what a spec means, with no target in mind.

Every stage after the IR builder (union resolution, rendering, the API diff)
reads only these frozen dataclasses. Types are small values (`TypeRef`);
named things are declarations (`Model`, `Enum`, `Union`, `Alias`) that types
point at by name through `NamedType`. Templates receive these objects as-is;
docs/templates.md lists every attribute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Literal as _Literal, Union as _Union

IR_VERSION = 1

JsonValue = _Union[None, bool, int, float, str, list["JsonValue"], dict[str, "JsonValue"]]
Usage = frozenset[str]  # subset of {"request", "response"}


# ---- types -----------------------------------------------------------------


@dataclass(frozen=True)
class Primitive:
    """A JSON scalar, or `any` for a schema that says nothing."""

    kind: _Literal["string", "integer", "number", "boolean", "null", "any"]
    format: str | None = None

    @property
    def is_file(self) -> bool:
        """A string that holds the bytes of a file (`format: binary`, or a 3.1 `contentMediaType`)."""
        return self.kind == "string" and self.format == "binary"


@dataclass(frozen=True)
class LiteralType:
    """One of a fixed set of values (`const` or an inline `enum`)."""

    values: tuple[str | int | float | bool | None, ...]


@dataclass(frozen=True)
class ArrayType:
    item: TypeRef


@dataclass(frozen=True)
class MapType:
    """An object with free-form keys (`additionalProperties`)."""

    value: TypeRef


@dataclass(frozen=True)
class NamedType:
    """A reference to a declaration (Model, Enum, Union or Alias) by its name."""

    name: str


@dataclass(frozen=True)
class UnionType:
    """Untagged alternatives; the reader decides by shape."""

    options: tuple[TypeRef, ...]


TypeRef = _Union[Primitive, LiteralType, ArrayType, MapType, NamedType, UnionType]


# ---- declarations ----------------------------------------------------------


@dataclass(frozen=True)
class Field:
    wire_name: str
    name: str  # safe identifier in every target we know; wire_name is the alias
    type: TypeRef  # without null; see `nullable`
    required: bool
    nullable: bool
    description: str = ""
    has_default: bool = False
    default: JsonValue = None
    deprecated: bool = False
    pointer: str = ""  # where the property is declared, in the main document


@dataclass(frozen=True)
class Model:
    name: str
    fields: tuple[Field, ...]  # what the wire carries
    description: str = ""
    extra: TypeRef | None = None  # type of additional properties, when declared
    pointer: str = ""
    usage: Usage = frozenset()
    deprecated: bool = False
    computed: tuple[Field, ...] = ()  # properties SDKs compute and servers do not send: a template set implements them


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[str | int | float | bool, ...]
    description: str = ""
    pointer: str = ""
    usage: Usage = frozenset()
    deprecated: bool = False


@dataclass(frozen=True)
class Alias:
    """A named schema that is neither an object nor a union, e.g. `ModelId = string`."""

    name: str
    type: TypeRef
    description: str = ""
    pointer: str = ""
    usage: Usage = frozenset()
    deprecated: bool = False


@dataclass(frozen=True)
class Variant:
    """A member of a discriminated union and the tag values that select it."""

    name: str  # declaration name (a Model)
    tags: tuple[str, ...]
    tag_required: bool


@dataclass(frozen=True)
class TagGroup:
    """The variants one tag value selects; several when the tag is shared."""

    tag: str
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Union:
    """A oneOf/anyOf. Discriminated when `discriminator` is set, open to unknown tags."""

    name: str
    discriminator: str | None
    variants: tuple[Variant, ...]
    tags: tuple[TagGroup, ...]
    default_tag: str | None = None  # the tag assumed for a payload that has none
    untagged: tuple[str, ...] = ()  # variants a tag-less payload may be (best match decides)
    options: tuple[TypeRef, ...] = ()  # for an undiscriminated union
    description: str = ""
    pointer: str = ""
    usage: Usage = frozenset()
    is_stream: bool = False  # the payload type of a text/event-stream response
    is_webhook: bool = False  # the union of the document's webhook payloads
    deprecated: bool = False

    @property
    def shared_tags(self) -> tuple[TagGroup, ...]:
        return tuple(g for g in self.tags if len(g.variants) > 1)


Declaration = _Union[Model, Enum, Alias, Union]


# ---- operations ------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    wire_name: str
    location: _Literal["path", "query", "header", "cookie"]
    type: TypeRef
    required: bool
    nullable: bool = False
    style: str = "form"
    explode: bool = True
    description: str = ""
    has_default: bool = False
    default: JsonValue = None
    deprecated: bool = False


@dataclass(frozen=True)
class Body:
    content_type: str
    type: TypeRef
    required: bool
    model: str | None = None  # the Model whose fields become keyword arguments
    encoding: tuple[tuple[str, str], ...] = ()  # (field, media type) of a multipart part, from `encoding`

    @property
    def is_json(self) -> bool:
        """Whether the body goes out as JSON (`application/json`, `...+json`)."""
        base = self.content_type.split(";")[0].strip().lower()
        return base == "application/json" or base.endswith("+json")


@dataclass(frozen=True)
class Response:
    status: str  # "200", "4XX", "default"
    content_type: str | None
    type: TypeRef | None
    description: str = ""


@dataclass(frozen=True)
class Pagination:
    """How a list operation's pages follow each other (generator/pagination.py). `style` says what
    the next request changes: `cursor` sets `request_param` to the answer's `next_field` (or the
    last item's `item_cursor`) while `has_more_field` says so; `offset` adds the items received
    to it; `page` adds one; `link` follows the answer's `Link: <...>; rel="next"`; `next_url`
    follows the URL in `next_field`. Every style stops at an empty page."""

    style: _Literal["cursor", "offset", "page", "link", "next_url"]
    items_field: str | None  # the answer's array of items (a dotted path); None: the answer is the array
    request_param: str = ""  # wire name of what asks for a page
    request_in: _Literal["query", "body"] = "query"
    next_field: str | None = None  # the answer's next cursor, token or URL (a dotted path)
    item_cursor: str | None = None  # the field of the last item that is the next cursor
    has_more_field: str | None = None  # the answer's "there is more"
    total_field: str | None = None  # the answer's total of items (offset) or pages (page)
    limit_param: str | None = None  # the page size parameter, when there is one


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    values: tuple[str, ...] = ()  # the values it may take, when the document limits them
    description: str = ""


@dataclass(frozen=True)
class Server:
    """Where the API lives: a URL that may hold `{variable}`s."""

    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()

    @property
    def default_url(self) -> str:
        """The URL with each variable at its default."""
        url = self.url
        for v in self.variables:
            url = url.replace("{" + v.name + "}", v.default)
        return url


@dataclass(frozen=True)
class SecurityScheme:
    """How a request proves who sends it (components.securitySchemes)."""

    name: str  # its key in securitySchemes
    kind: str  # "bearer" (also oauth2 and OpenID Connect tokens), "basic", or an API key's "header", "query" or "cookie"
    param_name: str = ""  # the header, query parameter or cookie an API key goes in
    description: str = ""
    pointer: str = ""


Security = tuple[tuple[str, ...], ...]  # alternatives, each the schemes used together; () needs none


@dataclass(frozen=True)
class Operation:
    id: str
    name: str  # method name in its resource: create, retrieve, list, cancel, ...
    resource: tuple[str, ...]  # ("responses", "input_items")
    method: str  # upper-case HTTP method
    path: str
    summary: str = ""
    description: str = ""
    params: tuple[Param, ...] = ()
    body: Body | None = None
    responses: tuple[Response, ...] = ()
    result: TypeRef | None = None  # the JSON type of the success response
    stream: str | None = None  # the declaration its streamed items are (events of text/event-stream, or JSON lines)
    stream_format: _Literal["sse", "lines"] = "sse"  # server-sent events, or line-delimited JSON (NDJSON, JSON Lines)
    stream_media_type: str = "text/event-stream"  # the media type of the stream, as the document declares it
    pagination: Pagination | None = None
    binary: tuple[str, ...] = ()  # media types of a success response that is neither JSON nor events (a download)
    deprecated: bool = False
    pointer: str = ""
    security: Security | None = None  # None: the API's
    servers: tuple[Server, ...] = ()  # its own, over the API's (from the operation or its path)
    path_query: tuple[tuple[str, str], ...] = ()  # a constant query its path key carries (`?beta=true`), sent always


@dataclass(frozen=True)
class Webhook:
    """A request the API sends to its users (OpenAPI 3.1 `webhooks`, or `x-webhooks`)."""

    name: str  # its key in `webhooks`, e.g. "response_completed"
    method: str  # upper-case HTTP method
    type: TypeRef | None  # the payload
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    pointer: str = ""


@dataclass(frozen=True)
class Resource:
    path: tuple[str, ...]
    operations: tuple[Operation, ...]
    children: tuple[str, ...] = ()  # names of sub-resources

    @property
    def name(self) -> str:
        return self.path[-1]


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    source: str  # a short name of the input, e.g. "openai"
    source_sha256: str
    declarations: tuple[Declaration, ...]  # dependencies first, where no cycle forbids it
    operations: tuple[Operation, ...]
    resources: tuple[Resource, ...]
    skipped_paths: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    webhooks: tuple[Webhook, ...] = ()
    webhook_event: str | None = None  # the Union of all webhook payloads, when there are webhooks
    servers: tuple[Server, ...] = ()
    security_schemes: tuple[SecurityScheme, ...] = ()  # those the operations use
    security: Security = ()  # what an operation needs unless it says otherwise

    def _of(self, kind: type) -> tuple:
        return tuple(d for d in self.declarations if isinstance(d, kind))

    @property
    def models(self) -> tuple[Model, ...]:
        return self._of(Model)

    @property
    def enums(self) -> tuple[Enum, ...]:
        return self._of(Enum)

    @property
    def unions(self) -> tuple[Union, ...]:
        return self._of(Union)

    @property
    def aliases(self) -> tuple[Alias, ...]:
        return self._of(Alias)

    def security_for(self, op: Operation) -> Security:
        """What an operation needs: its own requirement, else the API's."""
        return self.security if op.security is None else op.security

    @cached_property
    def _by_name(self) -> dict[str, Declaration]:
        return {d.name: d for d in self.declarations}

    def get(self, name: str) -> Declaration:
        return self._by_name[name]

    # Questions every target asks of an operation, answered once here.

    def sole_value(self, t: TypeRef) -> tuple[object, ...]:
        """`(value,)` when a type allows one value (a one-value `enum` or a `const`, through
        aliases), else `()`: a parameter the client sends itself."""
        if isinstance(t, NamedType):
            d = self._by_name.get(t.name)
            if isinstance(d, Alias):
                return self.sole_value(d.type)
            values = d.values if isinstance(d, Enum) else ()
        else:
            values = t.values if isinstance(t, LiteralType) else ()
        return (values[0],) if len(values) == 1 and values[0] is not None else ()

    def defaults_true(self, op: Operation, wire_name: str, where: str) -> bool:
        """Whether the operation's parameter or body field declares `default: true` (Ollama's
        `stream`, which streams when left out)."""
        model = self._by_name.get(op.body.model or "") if op.body else None
        declared: list[Field | Param] = [f for f in model.fields if f.wire_name == wire_name] if isinstance(model, Model) else []
        declared += [p for p in op.params if p.wire_name == wire_name and p.location == where]
        return any(d.has_default and d.default is True for d in declared)

    def page_item(self, op: Operation) -> TypeRef | None:
        """The item type of a paginated operation's list, where the IR can say."""
        if not op.pagination:
            return None
        t: TypeRef | None = op.result
        for name in op.pagination.items_field.split(".") if op.pagination.items_field else ():
            found = self.field(self.named(t), name)
            t = found.type if found is not None else None
        while isinstance(t, NamedType) and isinstance(self._by_name.get(t.name), Alias):
            t = self._by_name[t.name].type  # type: ignore[union-attr]
        return t.item if isinstance(t, ArrayType) else None

    # Look-ups for templates that build on a known API (a template set's helpers find the types
    # they extend by the wire's own names: an operation's method and path, a field, a union's tag).

    def operation(self, method: str, path: str, path_query: tuple[tuple[str, str], ...] = ()) -> Operation | None:
        """The operation of this method and path (and constant query), if selected."""
        return next((op for op in self.operations if (op.method, op.path, op.path_query) == (method.upper(), path, path_query)), None)

    def field(self, model: str | None, wire_name: str) -> Field | None:
        """A field of a model by its wire name."""
        d = self._by_name.get(model) if model else None
        return next((f for f in d.fields if f.wire_name == wire_name), None) if isinstance(d, Model) else None

    def named(self, t: TypeRef | None) -> str | None:
        """The declaration a type names, through arrays and aliases."""
        while True:
            if isinstance(t, ArrayType):
                t = t.item
            elif isinstance(t, NamedType):
                d = self.get(t.name)
                if not isinstance(d, Alias):
                    return t.name
                t = d.type
            else:
                return None

    def variant(self, union: str | None, tag: str) -> str | None:
        """The model a discriminated union reads for a tag, when one model has it."""
        d = self._by_name.get(union) if union else None
        if not isinstance(d, Union):
            return None
        group = next((g for g in d.tags if g.tag == tag), None)
        return group.variants[0] if group and len(group.variants) == 1 else None


def request_types(api: Api) -> Iterator[TypeRef]:
    """Every type a request may carry, nested ones included."""

    def walk(t: TypeRef) -> Iterator[TypeRef]:
        yield t
        if isinstance(t, ArrayType):
            yield from walk(t.item)
        elif isinstance(t, MapType):
            yield from walk(t.value)
        elif isinstance(t, UnionType):
            for o in t.options:
                yield from walk(o)

    for d in api.declarations:
        if "request" not in d.usage:
            continue
        parts = [f.type for f in d.fields] if isinstance(d, Model) else [d.type] if isinstance(d, Alias) else list(d.options) if isinstance(d, Union) else []
        for t in parts:
            yield from walk(t)
    for op in api.operations:
        for p in op.params:
            yield from walk(p.type)
        if op.body:
            yield from walk(op.body.type)


def takes_files(api: Api) -> bool:
    """Whether some request carries a file."""
    return any(isinstance(t, Primitive) and t.is_file for t in request_types(api))
