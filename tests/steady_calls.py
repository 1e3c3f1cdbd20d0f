"""Call every operation of a generated package against Steady: arguments built from the IR
(required ones only, files as bytes, path parameters as `id_1`), each answer parsed into the
declared type. Used for the whole OpenAI API and for real-world documents of the corpus."""

from __future__ import annotations

import base64
import copy
import warnings
from types import ModuleType
from typing import Callable
from urllib.parse import parse_qsl, urlencode

from generator import ir, pointers
from generator.targets import typescript
from generator.targets.python import Methods, PythonTypes, credentials

from samples import Samples

PATH_SAMPLE = "id_1"


class FileSamples(Samples):
    """Samples where a file is wanted: bytes, sent as a file part."""

    def value(self, t: ir.TypeRef, depth: int = 0) -> object:
        if isinstance(t, ir.Primitive) and t.is_file:
            return ("sample.jsonl", b'{"a": 1}\n', "application/octet-stream")
        return super().value(t, depth)


def examples(root: dict, op: ir.Operation) -> dict[tuple[str, str], object]:
    """The document's own examples for an operation's request, by (where, wire name): the first
    example of its request body's media type (JSON fields only) and each parameter's `example`."""
    _, item = pointers.lookup(root, op.pointer.rsplit("/", 1)[0])
    _, raw = pointers.lookup(root, op.pointer)
    item, raw = item if isinstance(item, dict) else {}, raw if isinstance(raw, dict) else {}
    found: dict[tuple[str, str], object] = {}
    for param in (item.get("parameters") or []) + (raw.get("parameters") or []):
        if isinstance(param, dict) and "example" in param and "name" in param:
            found[(param.get("in", ""), param["name"])] = param["example"]
    media = (raw.get("requestBody") or {}).get("content", {}).get(op.body.content_type, {}) if op.body else {}
    example = media.get("example")
    if example is None and isinstance(media.get("examples"), dict):
        first = next(iter(media["examples"].values()), None)
        example = first.get("value") if isinstance(first, dict) else None
    if isinstance(example, dict) and op.body is not None and op.body.is_json:
        found.update({("body", k): v for k, v in example.items()})
    return found


def _within_bounds(value: object, root: dict, model: ir.Model, wire: str) -> object:
    """A number sample raised to the property's `minimum` (the IR keeps no constraints)."""
    found, schema = pointers.lookup(root, pointers.join(model.pointer, "properties", wire))
    if not found or not isinstance(schema, dict) or not isinstance(value, (int, float)) or isinstance(value, bool):
        return value
    minimum = next((b.get("minimum") for b in [schema, *(schema.get("anyOf") or [])] if isinstance(b, dict) and "minimum" in b), None)
    return max(value, minimum) if isinstance(minimum, (int, float)) else value


def arguments(api: ir.Api, op: ir.Operation, *, full: bool = False, root: dict | None = None) -> tuple[list[object], dict[str, object]]:
    """Positional path arguments and the required keyword arguments of an operation's method
    (with `full`, every keyword argument): the document's examples where it has them (`root`),
    else values made from the schema."""
    given = examples(root, op) if root is not None else {}
    methods, samples = Methods(PythonTypes(api)), FileSamples(api)
    types: dict[tuple[str, str], ir.TypeRef] = {(p.location, p.wire_name): p.type for p in op.params}
    body = samples.kinds.get(op.body.model or "") if op.body else None
    if isinstance(body, ir.Model):
        types.update({("body", f.wire_name): f.type for f in body.fields})
    args, kwargs = [], {}
    for p in methods.arguments(op):
        if p.wire_name == "stream":
            continue
        if p.where == "path":  # an id-like string, else a sample of the parameter's type
            t = types.get(("path", p.wire_name))
            sample = samples.value(t) if t is not None else PATH_SAMPLE
            args.append(PATH_SAMPLE if sample == "x" else sample)
        elif (p.where, p.wire_name) in given:
            kwargs[p.name] = given[(p.where, p.wire_name)]
        elif p.required or full:
            t = types.get((p.where, p.wire_name)) or (op.body.type if op.body else None)
            kwargs[p.name] = samples.value(t) if t is not None else "x"
            if isinstance(body, ir.Model) and p.where == "body" and root is not None:
                kwargs[p.name] = _within_bounds(kwargs[p.name], root, body, p.wire_name)
    return args, kwargs


def call(client: object, op: ir.Operation, args: list[object], kwargs: dict[str, object]) -> object:
    """Call the operation's method and read its answer whole: a page and the next, the bytes of a
    download, the events of a stream."""
    target = client
    for part in op.resource:
        target = getattr(target, part)
    result = getattr(target, op.name)(*args, **kwargs)
    if op.pagination:  # Steady may always say there is more: the first page and the request for the next
        page = result
        return page.data + (page.next_page().data if page.has_next_page() else [])  # type: ignore[attr-defined]
    if op.binary:
        return result.read()  # type: ignore[attr-defined]
    if op.stream and type(result).__name__ == "Stream":
        return list(result)  # type: ignore[call-overload]
    return result


def call_every_operation(api: ir.Api, pkg: ModuleType, client: object | Callable[[ir.Operation], object], root: dict | None = None) -> dict[str, str]:
    """Call each operation once (with the client `client(op)` gives, when it is a function), with
    the document's examples where `root` has them; what failed and why, by `METHOD path` (empty
    when all passed)."""
    failed: dict[str, str] = {}
    for op in api.operations:
        where = f"{op.method} {op.path}" + ("?" + urlencode(op.path_query) if op.path_query else "")
        args, kwargs = arguments(api, op, root=root)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # deprecated operations are called too
                result = call(client(op) if callable(client) else client, op, args, kwargs)
        except Exception as exc:  # noqa: BLE001  every failure is listed
            failed[where] = f"{type(exc).__name__}: {str(exc)[:300]} {str(getattr(exc, 'body', ''))[:600]}"
            continue
        if isinstance(op.result, ir.NamedType) and not op.pagination and not op.binary and not isinstance(result, list):
            expected = getattr(pkg.models, op.result.name)
            if isinstance(expected, type) and not isinstance(result, expected):
                failed[where] = f"parsed as {type(result).__name__}, not {op.result.name}"
    return failed


def report(name: str, api: ir.Api, failed: dict[str, str], root: dict | None = None) -> str:
    total = len(api.operations)
    with_examples = sum(1 for op in api.operations if root is not None and examples(root, op))
    lines = [f"{name} against Steady: {total - len(failed)}/{total} operations accepted and parsed ({with_examples} with the document's examples)"]
    return "\n".join(lines + [f"  {k}: {v}" for k, v in sorted(failed.items())])


def typescript_calls(api: ir.Api, root: dict | None = None) -> list[dict[str, object]]:
    """Each operation's call through the TypeScript client, as JSON for a node script: the same
    arguments the Python client gets (`arguments`), laid out as the TypeScript method takes them
    (path arguments, a body that is not an object of fields, one `params` object by wire names).
    A file is {"$file": [name, base64, type]}, bytes {"$bytes": base64}."""
    python, ts = Methods(PythonTypes(api)), typescript.Methods(api)
    calls = []
    for op in api.operations:
        args, kwargs = arguments(api, op, root=root)
        method, by_name = ts(op), {p.name: p for p in python.arguments(op)}
        keys = {(f.where, f.wire): f.key for f in method.fields}
        body, params = None, {}
        for name, value in kwargs.items():
            p = by_name[name]
            if p.where == "body" and not p.wire_name:
                body = value
            else:
                params[keys[(p.where, p.wire_name)]] = value
        kind = "page" if op.pagination else "download" if op.binary else "stream" if op.stream else "json"
        calls.append({
            "where": f"{op.method} {op.path}" + ("?" + urlencode(op.path_query) if op.path_query else ""),
            "query": urlencode(op.path_query),
            "resource": [typescript.member(r) for r in op.resource], "method": method.name,
            "args": _as_json(args), "body": _as_json(body) if method.body_type else False,
            "params": _as_json(params) if method.arguments else False,
            "kind": kind, "answers": isinstance(op.result, ir.NamedType),
        })
    return calls


def typescript_credentials(api: ir.Api, options: dict[str, object]) -> list[str]:
    """The TypeScript client's credential options."""
    return [typescript.identifier(c.arg) for c in credentials(api, options)]


def _as_json(value: object) -> object:
    if isinstance(value, tuple) and len(value) >= 2 and isinstance(value[1], bytes):
        return {"$file": [value[0], base64.b64encode(value[1]).decode(), value[2] if len(value) > 2 else ""]}
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode()}
    if isinstance(value, dict):
        return {k: _as_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_json(v) for v in value]
    return value


# Calls the operations typescript_calls lists, through the package whose index.js is argv[3],
# with a client per Steady (by the operations' constant query); prints what failed and why.
TYPESCRIPT_RUNNER = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [plan, index] = process.argv.slice(2);
const { calls, clients } = JSON.parse(readFileSync(plan, "utf8"));
const pkg = await import(pathToFileURL(index).href);
const revive = (v) => {
  if (Array.isArray(v)) return v.map(revive);
  if (v === null || typeof v !== "object") return v;
  if ("$file" in v) return new File([Buffer.from(v.$file[1], "base64")], v.$file[0], { type: v.$file[2] });
  if ("$bytes" in v) return new Uint8Array(Buffer.from(v.$bytes, "base64"));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, revive(x)]));
};
const made = Object.fromEntries(Object.entries(clients).map(([query, options]) => [query, new pkg.Client(options)]));
const failed = {};
for (const call of calls) {
  try {
    let target = made[call.query];
    for (const part of call.resource) target = target[part];
    const args = [...revive(call.args)];
    if (call.body !== false) args.push(revive(call.body ?? undefined));
    if (call.params !== false) args.push(revive(call.params));
    const result = await target[call.method](...args);
    let answer = result;
    if (call.kind === "page") answer = result.items.concat(result.hasNextPage() ? (await result.getNextPage()).items : []);
    else if (call.kind === "download") answer = new Uint8Array(await result.arrayBuffer());
    else if (result instanceof pkg.Stream) { answer = []; for await (const item of result) answer.push(item); }
    if (call.answers && answer === undefined) failed[call.where] = "no answer";
  } catch (e) {
    failed[call.where] = `${e?.name}: ${String(e?.message).slice(0, 300)} ${JSON.stringify(e?.body ?? "").slice(0, 600)}`;
  }
}
console.log(JSON.stringify(failed));
"""


def served_documents(root: dict) -> dict[tuple[tuple[str, str], ...], dict]:
    """The documents Steady serves for `root`, by the constant query of their operations. Steady
    matches a path key literally, so the path items whose key carries a query (`/x?beta=true`)
    are served by a Steady of their own: under their plain paths, with the query declared as a
    required one-value parameter, which Steady then checks on every request."""
    by_query: dict[tuple[tuple[str, str], ...], dict] = {}
    for key, item in (root.get("paths") or {}).items():
        path, _, query = key.partition("?")
        pairs = tuple(parse_qsl(query, keep_blank_values=True))
        paths = by_query.setdefault(pairs, {})
        if pairs and isinstance(item, dict):
            item = copy.deepcopy(item)
            declared = [{"name": k, "in": "query", "required": True, "schema": {"type": "string", "enum": [v]}} for k, v in pairs]
            item["parameters"] = (item.get("parameters") or []) + declared
        paths[path] = item
    return {pairs: {**root, "paths": paths} for pairs, paths in by_query.items()}
