"""Build the IR for a selection of a spec: operations, then what they reach."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any, Iterator

from . import access, ir, pointers
from .diagnostics import Diagnostic, Scope, SpecError
from .loader import Spec
from .names import method_name, pascal
from .operations import HTTP_METHODS, OperationBuilder, Selection, group_resources, name_operations, select_operations
from .schemas import SchemaConverter, description_of


def build_api(
    spec: Spec,
    selection: Selection,
    *,
    source: str,
    operation_names: dict[str, str] | None = None,
    computed: frozenset[str] = frozenset(),
    pagination: dict[str, object] | None = None,
) -> tuple[ir.Api, list[Diagnostic], Scope]:
    """The IR of a selection, every finding about the parts it uses, and those parts (its scope).

    An operation that cannot be built (a reference to nothing, a parameter
    without a name) is left out and its errors collected, so that one run
    reports every such place. `computed` names properties ("Model.property") that SDKs compute
    rather than servers send, beside those the document marks (`x-specbind-computed`).
    """
    scope = Scope(spec.main.file)
    schemas = SchemaConverter(spec, scope, computed=computed)
    selected, findings, skipped = select_operations(spec, selection)
    for path in skipped:  # selected, then skipped: what is said about them concerns this target
        scope.add(pointers.pointer("paths", path))
    names, name_notes = unique_names(spec, selected, operation_names or {})
    findings += name_notes
    builder = OperationBuilder(spec, schemas, pagination)
    schemes = access.security_schemes(spec, findings)
    operations = []
    for (path, method, op), op_id in zip(selected, unique_ids(spec, selected, findings)):
        try:
            built = builder.build(path, method, op, *names[(path, method)], op_id=op_id)
            path_item = pointers.pointer("paths", path)
            operations.append(dataclasses.replace(
                built,
                security=access.requirement(spec, op.get("security"), pointers.join(built.pointer, "security"), schemes, findings),
                servers=access.servers(spec, op.get("servers"), pointers.join(built.pointer, "servers"), findings)
                or access.servers(spec, spec.root["paths"][path].get("servers"), pointers.join(path_item, "servers"), findings),
            ))
        except SpecError as exc:  # what the builder reached is in scope, however far away
            for d in exc.diagnostics:
                if d.pointer:
                    scope.add(d.pointer, d.file)
            findings += exc.diagnostics
    if not selected:
        _declare_components(spec, schemas, findings)
    webhooks, webhook_event = _webhooks(spec, schemas, findings)

    declarations = _pin_tags({d.name: d for d in schemas.declarations.values()})
    usage = _usage(operations, webhooks, declarations) if selected else {name: {"response"} for name in declarations}
    streams = {op.stream for op in operations if op.stream}
    ordered = []
    for name in _dependency_order(declarations):
        d = declarations[name]
        changes: dict = {"usage": frozenset(usage.get(name, ()))}
        if isinstance(d, ir.Union):
            changes["is_stream"] = name in streams
            changes["is_webhook"] = name == webhook_event
        ordered.append(dataclasses.replace(d, **changes))

    info = spec.root.get("info") if isinstance(spec.root.get("info"), dict) else {}
    for place in ("/servers", "/security"):  # what every operation uses
        scope.add(place)
    for node in [spec.root.get("security")] + [op.get("security") for _, _, op in selected]:
        for alternative in node if isinstance(node, list) else ():
            for name in alternative if isinstance(alternative, dict) else ():
                scope.add(pointers.pointer("components", "securitySchemes", str(name)))
    security = access.requirement(spec, spec.root.get("security"), "/security", schemes, findings)
    if security is None and schemes and all(op.security is None for op in operations):
        security = tuple((name,) for name in schemes) + ((),)  # declared, never required: any one, if given
    used = access.used_schemes(schemes, [security] + [op.security for op in operations if op.security])
    for scheme in used:
        scope.add(scheme.pointer)
    api = ir.Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        source=source,
        source_sha256=spec.main.sha256,
        declarations=tuple(ordered),
        operations=tuple(operations),
        resources=group_resources(operations),
        skipped_paths=tuple(skipped),
        webhooks=tuple(webhooks),
        webhook_event=webhook_event,
        servers=access.servers(spec, spec.root.get("servers"), "/servers", findings),
        security_schemes=used,
        security=security or (),
    )
    return api, findings + schemas.diagnostics, scope


def _webhooks(spec: Spec, schemas: SchemaConverter, findings: list[Diagnostic]) -> tuple[list[ir.Webhook], str | None]:
    """The requests the API sends its users (`webhooks`, or the older `x-webhooks`), and the
    union of their payloads, which a receiver parses like a stream event."""
    declared = {}
    for keyword in ("webhooks", "x-webhooks"):
        if isinstance(spec.root.get(keyword), dict):
            declared.update({(keyword, name): item for name, item in spec.root[keyword].items()})
    out: list[ir.Webhook] = []
    payloads: list[tuple[str, str, Any]] = []
    for (keyword, name), item in declared.items():
        for method, op in (item.items() if isinstance(item, dict) else ()):
            if method not in HTTP_METHODS or not isinstance(op, dict):
                continue
            at = pointers.pointer(keyword, name, method)
            schemas.scope.add(at)
            try:
                payload = _payload(spec, op, at)
                t = schemas.type_of(payload[2], payload[0], payload[1], pascal(name) + "Payload") if payload else None
            except SpecError as exc:
                findings += exc.diagnostics
                continue
            if payload:
                payloads.append(payload)
            summary = op.get("summary") if isinstance(op.get("summary"), str) else ""
            out.append(ir.Webhook(name, method.upper(), t, summary.strip(), description_of(op), bool(op.get("deprecated")), at))
    if not payloads:
        return out, None
    try:
        return out, schemas.union_of(payloads, "/webhooks" if "webhooks" in spec.root else "/x-webhooks", "WebhookEvent")
    except SpecError as exc:
        findings += exc.diagnostics
        return out, None


def _payload(spec: Spec, op: dict, at: str) -> tuple[str, str, Any] | None:
    """(document, pointer, schema) of a webhook's JSON request body."""
    if "requestBody" not in op:
        return None
    b_doc, b_at, body = spec.deref(op["requestBody"], "", pointers.join(at, "requestBody"))
    content = body.get("content") if isinstance(body, dict) and isinstance(body.get("content"), dict) else {}
    media_type = next((m for m in content if "json" in m), next(iter(content), None))
    media = content.get(media_type) if media_type else None
    if not isinstance(media, dict) or "schema" not in media:
        return None
    return b_doc, pointers.join(b_at, "content", media_type, "schema"), media["schema"]


def _declare_components(spec: Spec, schemas: SchemaConverter, findings: list[Diagnostic]) -> None:
    """Nothing is selected (a document of webhooks or models only): every component schema and
    webhook payload becomes a model a reader can parse."""
    findings.append(Diagnostic("no-operations", "the selection has no operations: only models are generated", None, spec.main.file))
    components = spec.root.get("components") if isinstance(spec.root.get("components"), dict) else {}
    for name, node in (components.get("schemas") or {}).items():
        at = pointers.pointer("components", "schemas", name)
        try:
            schemas.declare(node, "", at)
        except SpecError as exc:
            findings += exc.diagnostics
    webhooks = spec.root.get("webhooks") if isinstance(spec.root.get("webhooks"), dict) else {}
    for name, item in webhooks.items():
        for method, op in (item.items() if isinstance(item, dict) else ()):
            body = op.get("requestBody") if isinstance(op, dict) else None
            if not isinstance(body, dict):
                continue
            at = pointers.pointer("webhooks", name, method, "requestBody")
            try:
                b_doc, b_at, resolved = spec.deref(body, "", at)
                for media_type, media in ((resolved or {}).get("content") or {}).items():
                    if isinstance(media, dict) and "schema" in media:
                        schemas.declare(media["schema"], b_doc, pointers.join(b_at, "content", media_type, "schema"), pascal(name) + "Payload")
            except SpecError as exc:
                findings += exc.diagnostics


def _pin_tags(declarations: dict[str, ir.Declaration]) -> dict[str, ir.Declaration]:
    """Type each variant's tag field as the literal tags the union gives it.

    A tag may come only from the discriminator's `mapping`, with the property
    itself a plain string, an enum declared elsewhere or a nullable union; a
    discriminated union needs the field to say exactly which values it carries.
    """
    tags: dict[tuple[str, str], set[str]] = defaultdict(set)
    for d in declarations.values():
        if isinstance(d, ir.Union) and d.discriminator:
            for v in d.variants:
                tags[(v.name, d.discriminator)].update(v.tags)
    out = dict(declarations)
    for (name, prop), values in tags.items():
        model = out.get(name)
        if not isinstance(model, ir.Model):
            continue
        fields = tuple(
            dataclasses.replace(f, type=ir.LiteralType(tuple(sorted(values))))
            if f.wire_name == prop and not (isinstance(f.type, ir.LiteralType) and set(f.type.values) == values)
            else f
            for f in model.fields
        )
        out[name] = dataclasses.replace(model, fields=fields)
    return out


def unique_ids(spec: Spec, selected: list[tuple[str, str, dict]], findings: list[Diagnostic]) -> list[str]:
    """Each operation's operationId, made unique with a numbered suffix where the document repeats one."""
    ids: list[str] = []
    seen: dict[str, str] = {}
    for path, method, op in selected:
        op_id = op.get("operationId") if isinstance(op.get("operationId"), str) and op.get("operationId") else f"{method}_{path}"
        at = pointers.pointer("paths", path, method)
        if op_id in seen:
            findings.append(Diagnostic("operation-id-duplicate", f"operationId {op_id!r} is also used at {seen[op_id]}", at, spec.main.file))
            n = 2
            while f"{op_id}_{n}" in seen:
                n += 1
            op_id = f"{op_id}_{n}"
        seen[op_id] = at
        ids.append(op_id)
    return ids


def unique_names(
    spec: Spec, selected: list[tuple[str, str, dict]], overrides: dict[str, str]
) -> tuple[dict[tuple[str, str], tuple[tuple[str, ...], str]], list[Diagnostic]]:
    """Resource and method name of each operation; when several map to one name, each is named from
    its operationId instead, then numbered in document order if that still collides."""
    names = name_operations(selected, overrides)
    first = dict(names)
    ops = {(path, method): op for path, method, op in selected}
    for group in _collisions(names).values():
        for key in group:
            op_id = ops[key].get("operationId")
            if isinstance(op_id, str) and op_id and op_id not in overrides:
                names[key] = (names[key][0], method_name(op_id))
    for (resource, name), group in _collisions(names).items():
        keep_first = len(group) > 1  # a lone method only clashes with a sub-resource: it moves
        for n, key in enumerate(group[1:] if keep_first else group, start=2):
            names[key] = (resource, f"{name}_{n}")
    notes = []
    for group in _collisions(first).values():
        for path, method in group:
            others = ", ".join(f"{m.upper()} {p}" for p, m in group if (p, m) != (path, method))
            was, now = first[(path, method)], names[(path, method)]
            notes.append(Diagnostic(
                "method-name-collision",
                f"{'.'.join(was[0] + (was[1],))} is also the name of {others or 'a sub-resource'}; this one is {'.'.join(now[0] + (now[1],))}",
                pointers.pointer("paths", path, method), spec.main.file,
            ))
    return names, notes


def _collisions(names: dict[tuple[str, str], tuple[tuple[str, ...], str]]) -> dict[tuple[tuple[str, ...], str], list[tuple[str, str]]]:
    """Operations that share a resource and method name, or whose method name is also a sub-resource's."""
    groups: dict[tuple[tuple[str, ...], str], list[tuple[str, str]]] = defaultdict(list)
    for key, (resource, name) in names.items():
        groups[(resource, name)].append(key)
    resources = {resource[:i] for resource, _ in names.values() for i in range(1, len(resource) + 1)}
    return {k: v for k, v in groups.items() if len(v) > 1 or k[0] + (k[1],) in resources}


def referenced(t: ir.TypeRef | None) -> Iterator[str]:
    """Names of the declarations a type mentions directly."""
    if isinstance(t, ir.NamedType):
        yield t.name
    elif isinstance(t, ir.ArrayType):
        yield from referenced(t.item)
    elif isinstance(t, ir.MapType):
        yield from referenced(t.value)
    elif isinstance(t, ir.UnionType):
        for o in t.options:
            yield from referenced(o)


def dependencies(d: ir.Declaration) -> list[str]:
    if isinstance(d, ir.Model):
        deps = [n for f in d.fields for n in referenced(f.type)] + list(referenced(d.extra))
    elif isinstance(d, ir.Alias):
        deps = list(referenced(d.type))
    elif isinstance(d, ir.Union):
        deps = [v.name for v in d.variants] + [n for o in d.options for n in referenced(o)]
    else:
        deps = []
    return list(dict.fromkeys(deps))


def _usage(operations: list[ir.Operation], webhooks: list[ir.Webhook], declarations: dict[str, ir.Declaration]) -> dict[str, set[str]]:
    usage: dict[str, set[str]] = defaultdict(set)

    def mark(names: Iterator[str], side: str) -> None:
        stack = list(names)
        while stack:
            name = stack.pop()
            if side in usage[name] or name not in declarations:
                continue
            usage[name].add(side)
            stack += dependencies(declarations[name])

    for op in operations:
        mark((n for p in op.params for n in referenced(p.type)), "request")
        if op.body:
            mark(referenced(op.body.type), "request")
        for r in op.responses:
            mark(referenced(r.type), "response")
    for hook in webhooks:  # a receiver reads webhook payloads: the tolerant side
        mark(referenced(hook.type), "response")
    mark(iter(name for name, d in declarations.items() if isinstance(d, (ir.Union, ir.Alias)) and d.pointer in ("/webhooks", "/x-webhooks")), "response")
    return usage


def _dependency_order(declarations: dict[str, ir.Declaration]) -> list[str]:
    """Names sorted so that each comes after what it depends on, cycles aside.

    A depth-first post-order over names in sorted order: deterministic, and
    independent of the order in which the spec was walked.
    """
    order: list[str] = []
    state: dict[str, int] = {}

    for root in sorted(declarations):
        if root in state:
            continue
        stack = [(root, iter(sorted(dependencies(declarations[root]))))]
        state[root] = 1
        while stack:
            name, deps = stack[-1]
            for dep in deps:
                if dep in declarations and dep not in state:
                    state[dep] = 1
                    stack.append((dep, iter(sorted(dependencies(declarations[dep])))))
                    break
            else:
                stack.pop()
                state[name] = 2
                order.append(name)
    return order
