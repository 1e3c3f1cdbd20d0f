"""Build the IR for a selection of a spec: operations, then what they reach."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Iterator

from . import ir
from .errors import Diagnostic, DiagnosticsError
from .loader import Spec
from .operations import OperationBuilder, Selection, group_resources, name_operations, select_operations
from .schemas import SchemaConverter


def build_api(
    spec: Spec,
    selection: Selection,
    *,
    source: str,
    operation_names: dict[str, str] | None = None,
) -> tuple[ir.Api, list[Diagnostic]]:
    schemas = SchemaConverter(spec)
    selected, notes, skipped = select_operations(spec, selection)
    names = name_operations(selected, operation_names or {})
    builder = OperationBuilder(spec, schemas)
    operations = [builder.build(path, method, op, *names[(path, method)]) for path, method, op in selected]
    _check_unique_methods(spec, operations)

    declarations = _pin_tags({d.name: d for d in schemas.declarations.values()})
    usage = _usage(operations, declarations)
    streams = {op.stream for op in operations if op.stream}
    ordered = []
    for name in _dependency_order(declarations):
        d = declarations[name]
        changes: dict = {"usage": frozenset(usage.get(name, ()))}
        if isinstance(d, ir.Union):
            changes["is_stream"] = name in streams
        ordered.append(dataclasses.replace(d, **changes))

    info = spec.root.get("info") or {}
    api = ir.Api(
        title=str(info.get("title", "")),
        version=str(info.get("version", "")),
        source=source,
        source_sha256=spec.main.sha256,
        declarations=tuple(ordered),
        operations=tuple(operations),
        resources=group_resources(operations),
        skipped_paths=tuple(skipped),
    )
    return api, notes + schemas.diagnostics


def _pin_tags(declarations: dict[str, ir.Declaration]) -> dict[str, ir.Declaration]:
    """Type each variant's tag field as the literal tags the union gives it.

    A tag may come only from the discriminator's `mapping`, with the property
    itself a plain string; the model must still say which values it carries.
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
            if f.wire_name == prop and isinstance(f.type, ir.Primitive) and f.type.kind == "string"
            else f
            for f in model.fields
        )
        out[name] = dataclasses.replace(model, fields=fields)
    return out


def _check_unique_methods(spec: Spec, operations: list[ir.Operation]) -> None:
    seen: dict[tuple, ir.Operation] = {}
    clashes = []
    ids: dict[str, ir.Operation] = {}
    for op in operations:
        key = (op.resource, op.name)
        if key in seen:
            clashes.append(Diagnostic(
                f"{op.method} {op.path} and {seen[key].method} {seen[key].path} both map to "
                f"{'.'.join(op.resource)}.{op.name}; name one in the target's `operations` table",
                spec.location(op.pointer), kind="operation"))
        seen[key] = op
        if op.id in ids:
            clashes.append(Diagnostic(f"duplicate operationId {op.id!r} (also at {ids[op.id].pointer})", spec.location(op.pointer + "/operationId"), kind="operation"))
        ids[op.id] = op
    if clashes:
        raise DiagnosticsError(f"{len(clashes)} operation naming error(s)", clashes)


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


def _usage(operations: list[ir.Operation], declarations: dict[str, ir.Declaration]) -> dict[str, set[str]]:
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
