"""How a list operation's pages follow each other, found in the document's structure.

Every style pairs what the request asks with what the answer says, and is applied only where
both are there (wrong detection is worse than none):

- cursor: a cursor or token parameter (`after`, `cursor`, `pageToken`, `NextToken`, `Marker`, ...)
  and the answer's next value (`next_cursor`, `nextPageToken`, `NextMarker`, `last_id`, ...), or
  `has_more` and the last item's `id`;
- offset: an `offset` (or `skip`) parameter and an array of items;
- page: a page-number parameter (`page`, `page_number`) and an array of items;
- link: an RFC 8288 `Link` header the answer declares;
- next_url: the next page's URL in the answer (`next`, `next_url`, `links.next`).

The target's `pagination` option and the `x-speakeasy-pagination` / `x-fern-pagination`
extensions a document may carry come first.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from . import ir

# Names, without case, `_` or `-`.
CURSOR_PARAMS = {"after", "startingafter", "afterid", "cursor", "pagetoken", "nexttoken", "continuationtoken", "marker",
                 "startafter", "pagecursor", "nextcursor", "startcursor"}
NEXT_FIELDS = {"nextcursor", "nextpagetoken", "nexttoken", "nextmarker", "continuationtoken", "nextcontinuationtoken",
               "lastid", "nextpagecursor", "endcursor", "cursor", "nextstartingafter", "lastcursor"}
AFTER_ITEM = {"after", "startingafter", "afterid", "startafter"}  # a cursor that is an item's id
OFFSET_PARAMS = {"offset", "skip"}
PAGE_PARAMS = {"page", "pagenumber", "pagenum", "pageno", "pageindex"}
LIMIT_PARAMS = {"limit", "pagesize", "perpage", "size", "maxresults", "count", "maxitems", "top", "first", "take", "maxkeys"}
HAS_MORE = {"hasmore", "hasnext", "hasnextpage", "more", "istruncated"}
TOTALS = {"total", "totalcount", "totalresults", "totalitems", "totalsize", "count"}
TOTAL_PAGES = {"totalpages", "pagecount", "numpages", "lastpage"}
NEXT_URLS = {"nexturl", "nextpageurl", "nextlink", "odatanextlink", "nexthref"}
ITEM_NAMES = ("data", "items", "results", "values", "value", "entries", "records", "list", "elements", "objects", "hits")
NESTS = ("meta", "pagination", "paging", "links", "page", "pageinfo", "cursor", "metadata")  # one level down


def norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def detect(op: dict, method: str, params: tuple[ir.Param, ...], body: ir.Body | None, result: ir.TypeRef | None,
           kinds: dict[str, ir.Declaration], headers: set[str], override: Any = None) -> ir.Pagination | None:
    """The pagination of an operation, or None when no style fits it for certain."""
    if override is False:
        return None
    configured = override if isinstance(override, dict) else _extension(op)
    if configured is not None:
        return _configured(configured, params, body, result, kinds)
    fields = _fields(result, kinds)
    items = _items(result, fields, kinds)
    request = _request(params, body, kinds)
    if items is None and not (isinstance(result, ir.ArrayType) or "link" in headers):
        return None
    items_field = None if items is None else items
    found = _by_name(fields)
    limit = next((w for n, (w, _, _) in request.items() if n in LIMIT_PARAMS), None)
    has_more = next((found[f] for f in HAS_MORE if f in found), None)
    url = _next_url(found, fields)
    for n, (wire, where, kind) in request.items():
        if n not in CURSOR_PARAMS and not (n in PAGE_PARAMS and "next" + n in found):
            continue
        # The answer's next value: named after the parameter, or a next-cursor name, or `next`.
        following = found.get("next" + n) or found.get("nextpage" + n)
        following = following or next((found[f] for f in NEXT_FIELDS if f in found and _is_scalar(fields[found[f]])), None)
        if following is None and "next" in found and found["next"] != url and _is_scalar(fields[found["next"]]):
            following = found["next"]
        if following is not None:
            return ir.Pagination("cursor", items_field, wire, where, next_field=following, has_more_field=has_more, limit_param=limit)
        item = _item_cursor(items, result, kinds) if n in AFTER_ITEM and (has_more is not None or limit is not None) else None
        if item is not None:
            # `after` the last item (its id): while `has_more` says so, else until a short or empty page
            return ir.Pagination("cursor", items_field, wire, where, item_cursor=item, has_more_field=has_more, limit_param=limit)
    if "link" in headers and method == "get":
        return ir.Pagination("link", items_field, limit_param=limit)
    numeric = {n: (w, where) for n, (w, where, kind) in request.items() if kind in ("integer", "number")}
    listed = items_field is not None or isinstance(result, ir.ArrayType)  # an array of items, or the answer is one
    offset = next((numeric[n] for n in OFFSET_PARAMS if n in numeric), None)
    if offset is not None and listed:
        total = next((found[f] for f in TOTALS if f in found), None)
        return ir.Pagination("offset", items_field, offset[0], offset[1], total_field=total, limit_param=limit)
    page = next((numeric[n] for n in PAGE_PARAMS if n in numeric), None)
    if page is not None and listed:
        total = next((found[f] for f in TOTAL_PAGES if f in found), None)
        return ir.Pagination("page", items_field, page[0], page[1], total_field=total, limit_param=limit)
    if url is not None and items_field is not None and method == "get":
        return ir.Pagination("next_url", items_field, next_field=url, limit_param=limit)
    return None


def _request(params: tuple[ir.Param, ...], body: ir.Body | None, kinds: dict[str, ir.Declaration]) -> dict[str, tuple[str, str, str]]:
    """Normalized name -> (wire name, "query" or "body", its JSON kind) of what a request can carry."""
    out = {norm(p.wire_name): (p.wire_name, "query", _kind(p.type, kinds)) for p in params if p.location == "query"}
    model = kinds.get(body.model or "") if body is not None and body.is_json else None
    if isinstance(model, ir.Model):
        for f in model.fields:
            out.setdefault(norm(f.wire_name), (f.wire_name, "body", _kind(f.type, kinds)))
    return out


def _kind(t: ir.TypeRef, kinds: dict[str, ir.Declaration]) -> str:
    while isinstance(t, ir.NamedType) and isinstance(kinds.get(t.name), ir.Alias):
        t = kinds[t.name].type  # type: ignore[union-attr]
    return t.kind if isinstance(t, ir.Primitive) else "other"


def _next_url(found: dict[str, str], fields: dict[str, ir.Field]) -> str | None:
    """The answer's next-page URL: a field named so, or a `next` that is a URL (by its format, or
    in a `links` object)."""
    named = next((found[f] for f in NEXT_URLS if f in found and _is_scalar(fields[found[f]])), None)
    if named is not None or "next" not in found:
        return named
    path, t = found["next"], fields[found["next"]].type
    is_url = isinstance(t, ir.Primitive) and t.format in ("uri", "url", "uri-reference")
    return path if is_url or norm(path.split(".")[0]) == "links" else None


def _model(t: ir.TypeRef | None, kinds: dict[str, ir.Declaration]) -> ir.Model | None:
    while isinstance(t, ir.NamedType):
        d = kinds.get(t.name)
        if isinstance(d, ir.Alias):
            t = d.type
        else:
            return d if isinstance(d, ir.Model) else None
    return None


def _fields(result: ir.TypeRef | None, kinds: dict[str, ir.Declaration]) -> dict[str, ir.Field]:
    """The answer's fields by dotted wire path: its own, and those of a nested page object."""
    model = _model(result, kinds)
    out: dict[str, ir.Field] = {}
    for f in model.fields if model else ():
        out[f.wire_name] = f
        if norm(f.wire_name) in NESTS:
            for g in (_model(f.type, kinds).fields if _model(f.type, kinds) else ()):
                out.setdefault(f"{f.wire_name}.{g.wire_name}", g)
    return out


def _by_name(fields: dict[str, ir.Field]) -> dict[str, str]:
    """Normalized last name -> dotted path; the answer's own fields win over nested ones."""
    out: dict[str, str] = {}
    for path in sorted(fields, key=lambda p: p.count(".")):
        out.setdefault(norm(path.rsplit(".", 1)[-1]), path)
    return out


def _is_scalar(field: ir.Field) -> bool:
    t = field.type
    return isinstance(t, (ir.Primitive, ir.NamedType, ir.LiteralType)) and not (isinstance(t, ir.Primitive) and t.kind == "boolean")


def _array(t: ir.TypeRef | None, kinds: dict[str, ir.Declaration]) -> ir.ArrayType | None:
    """The array a type is, through aliases (`ChannelSummaries = List[ChannelSummary]`)."""
    while isinstance(t, ir.NamedType) and isinstance(kinds.get(t.name), ir.Alias):
        t = kinds[t.name].type  # type: ignore[union-attr]
    return t if isinstance(t, ir.ArrayType) else None


def _items(result: ir.TypeRef | None, fields: dict[str, ir.Field], kinds: dict[str, ir.Declaration]) -> str | None:
    """The answer's array of items: the one named like one, else its only array of objects."""
    arrays = {path: a for path, f in fields.items() if "." not in path and (a := _array(f.type, kinds)) is not None}
    named = [p for name in ITEM_NAMES for p in arrays if norm(p) == name]
    if named:
        return named[0]
    objects = [p for p, a in arrays.items() if _model(a.item, kinds) is not None]
    return objects[0] if len(objects) == 1 else None


def _item_cursor(items: str | None, result: ir.TypeRef | None, kinds: dict[str, ir.Declaration]) -> str | None:
    """What of the last item is the next cursor: its `id` (every variant's, for a union), or the
    item itself when the items are ids (strings); None when neither."""
    model = _model(result, kinds)
    field = next((f for f in model.fields if f.wire_name == items), None) if model and items else None
    array = _array(field.type if field is not None else result if items is None else None, kinds)
    if array is None:
        return None
    if _kind(array.item, kinds) == "string":
        return ""
    union = kinds.get(array.item.name) if isinstance(array.item, ir.NamedType) else None
    variants = [_model(ir.NamedType(v.name), kinds) for v in union.variants] if isinstance(union, ir.Union) and union.variants else [_model(array.item, kinds)]
    has_id = all(m is not None and any(f.wire_name == "id" for f in m.fields) for m in variants)
    return "id" if has_id else None


# ---- pagination the document or the configuration states -----------------------------------

STYLES = {"cursor", "offset", "page", "link", "next_url"}


def _extension(op: dict) -> dict | None:
    """`x-speakeasy-pagination` or `x-fern-pagination`, in the target option's terms."""
    speakeasy = op.get("x-speakeasy-pagination")
    if isinstance(speakeasy, dict):
        kind = {"offsetLimit": "offset", "cursor": "cursor", "url": "next_url"}.get(str(speakeasy.get("type")))
        inputs = [i for i in speakeasy.get("inputs") or [] if isinstance(i, dict)]
        outputs = speakeasy.get("outputs") if isinstance(speakeasy.get("outputs"), dict) else {}
        param = next((i for i in inputs if i.get("type") in ("offset", "page", "cursor")), {})
        if kind == "offset" and param.get("type") == "page":
            kind = "page"
        return {
            "style": kind, "param": param.get("name"), "in": "body" if param.get("in") == "requestBody" else "query",
            "items": _jsonpath(outputs.get("results")), "next": _jsonpath(outputs.get("nextCursor") or outputs.get("nextUrl")),
            "limit": next((i.get("name") for i in inputs if i.get("type") == "limit"), None),
        }
    fern = op.get("x-fern-pagination")
    if isinstance(fern, dict):
        style = "cursor" if "cursor" in fern else "offset" if "offset" in fern else None
        param = _fern(fern.get("cursor") or fern.get("offset"), "$request.")
        if style == "offset" and param and norm(param.split(".")[-1]) in PAGE_PARAMS:
            style = "page"
        return {"style": style, "param": param, "items": _fern(fern.get("results"), "$response."),
                "next": _fern(fern.get("next_cursor"), "$response."), "has_more": _fern(fern.get("has-next-page"), "$response.")}
    return None


def _jsonpath(path: Any) -> str | None:
    """`$.data.next` -> `data.next` (the simple paths the extensions write)."""
    return path[2:] if isinstance(path, str) and path.startswith("$.") else None


def _fern(path: Any, prefix: str) -> str | None:
    return path[len(prefix):] if isinstance(path, str) and path.startswith(prefix) else None


def _configured(setting: dict, params: tuple[ir.Param, ...], body: ir.Body | None, result: ir.TypeRef | None,
                kinds: dict[str, ir.Declaration]) -> ir.Pagination | None:
    style = setting.get("style")
    if style not in STYLES:
        return None
    request = {w: where for w, where, _ in _request(params, body, kinds).values()}
    param = str(setting.get("param") or "")
    if style in ("cursor", "offset", "page") and param not in request:
        return None
    items = setting.get("items")
    if items is None:
        items = _items(result, _fields(result, kinds), kinds)
    return ir.Pagination(
        str(style), str(items) if items else None, param, request.get(param, "query"),
        next_field=setting.get("next"), item_cursor=setting.get("item_cursor"), has_more_field=setting.get("has_more"),
        total_field=setting.get("total"), limit_param=setting.get("limit"),
    )


def page_parameters(api: ir.Api) -> Iterator[ir.Operation]:
    """Operations answering JSON that take a query parameter named like a page's (for `make
    corpus`: how many of them page)."""
    names = CURSOR_PARAMS | OFFSET_PARAMS | PAGE_PARAMS
    for op in api.operations:
        if op.method == "GET" and op.result is not None and any(p.location == "query" and norm(p.wire_name) in names for p in op.params):
            yield op
