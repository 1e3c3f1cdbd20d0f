"""What changed between two IRs, for a user of the generated package, as Markdown.

Everything is compared by name and by set, never by position, so reordered
`oneOf` members, properties or enum values are not changes; descriptions are
not compared at all, `deprecated` marks are. Each change says whether it can
break existing code: for request types, what a caller may send; for response
types, what a reader may rely on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import ir


@dataclass(frozen=True)
class Change:
    section: str  # "Operations", "Webhooks", "Deprecations", "Models", "Enums", "Unions", "Aliases"
    subject: str
    text: str
    breaking: bool


def type_text(t: ir.TypeRef | None) -> str:
    """A canonical spelling of a type: union options and literal values in sorted order."""
    if t is None:
        return "none"
    if isinstance(t, ir.Primitive):
        return t.kind
    if isinstance(t, ir.LiteralType):
        return "literal[" + ", ".join(sorted(repr(v) for v in t.values)) + "]"
    if isinstance(t, ir.ArrayType):
        return f"array[{type_text(t.item)}]"
    if isinstance(t, ir.MapType):
        return f"map[{type_text(t.value)}]"
    if isinstance(t, ir.NamedType):
        return t.name
    return "union[" + ", ".join(sorted({type_text(o) for o in t.options})) + "]"


def _atoms(t: ir.TypeRef) -> set[str]:
    """What a type accepts, flattened: each literal value, each other type by its spelling."""
    if isinstance(t, ir.LiteralType):
        return {repr(v) for v in t.values}
    if isinstance(t, ir.UnionType):
        return set().union(*(_atoms(o) for o in t.options))
    return {type_text(t)}


def _listing(values: set[str]) -> str:
    shown = sorted(values)
    text = ", ".join(f"`{v}`" for v in shown[:8])
    return text + (f" and {len(shown) - 8} more" if len(shown) > 8 else "")


def type_change(a: ir.TypeRef | None, b: ir.TypeRef | None) -> tuple[str, bool] | None:
    """(description, breaking) of a type change, or None when the types accept the same values.

    Accepting more (a new enum value, a new union member) does not break: callers
    may send it, and readers keep values they do not know. Accepting less does,
    unless a plain `string` still takes the string values that went away.
    """
    if a is None or b is None:
        return None if a is b else (f"`{type_text(a)}` -> `{type_text(b)}`", True)
    for kind, inner in ((ir.ArrayType, "item"), (ir.MapType, "value")):
        if isinstance(a, kind) and isinstance(b, kind):
            change = type_change(getattr(a, inner), getattr(b, inner))
            return None if change is None else (f"{'items' if inner == 'item' else 'values'} {change[0]}", change[1])
    old, new = _atoms(a), _atoms(b)
    if old == new:
        return None
    added, removed = new - old, old - new
    still_strings = "string" in new and all(v.startswith("'") for v in removed)
    parts = ([f"accepts {_listing(added)}"] if added else []) + ([f"no longer accepts {_listing(removed)}"] if removed else [])
    return " and ".join(parts), bool(removed) and not still_strings


def diff_apis(old: ir.Api, new: ir.Api) -> list[Change]:
    changes: list[Change] = []
    changes += _operations(old, new)
    changes += _webhooks(old, new)
    old_decls = {d.name: d for d in old.declarations}
    new_decls = {d.name: d for d in new.declarations}
    for name in sorted(old_decls.keys() | new_decls.keys()):
        a, b = old_decls.get(name), new_decls.get(name)
        if a is None or b is None:
            present = a or b
            assert present is not None
            section = _section(present)
            if a is None:
                changes.append(Change(section, name, f"added {_kind(present)} `{name}`", False))
            else:
                changes.append(Change(section, name, f"removed {_kind(present)} `{name}`", True))
        elif type(a) is not type(b):
            changes.append(Change(_section(b), name, f"`{name}` changed from {_kind(a)} to {_kind(b)}", True))
        else:
            changes += _deprecation(name, f"{_kind(a)} `{name}`", a, b) + _declaration(name, a, b)
    return changes


def _declaration(name: str, a: ir.Declaration, b: ir.Declaration) -> list[Change]:
    """The changes to a declaration that kept its kind."""
    if isinstance(a, ir.Model) and isinstance(b, ir.Model):
        return _model(a, b)
    if isinstance(a, ir.Enum) and isinstance(b, ir.Enum):
        return _enum(a, b)
    if isinstance(a, ir.Union) and isinstance(b, ir.Union):
        return _union(a, b)
    if isinstance(a, ir.Alias) and isinstance(b, ir.Alias) and (change := type_change(a.type, b.type)):
        return [Change("Aliases", name, f"`{name}` {change[0]}", change[1])]
    return []


def _deprecation(owner: str, subject: str, a: object, b: object) -> list[Change]:
    """A newly deprecated (or no longer deprecated) operation, parameter, field or declaration:
    not breaking, but what a maintainer wants to read before users' type checkers flag it."""
    was, now = bool(getattr(a, "deprecated", False)), bool(getattr(b, "deprecated", False))
    if was == now:
        return []
    return [Change("Deprecations", owner, f"{subject} is {'now' if now else 'no longer'} deprecated", False)]


def _webhooks(old: ir.Api, new: ir.Api) -> list[Change]:
    out: list[Change] = []
    a_hooks, b_hooks = {w.name: w for w in old.webhooks}, {w.name: w for w in new.webhooks}
    for name in sorted(a_hooks.keys() | b_hooks.keys()):
        a, b = a_hooks.get(name), b_hooks.get(name)
        if a is None:
            out.append(Change("Webhooks", name, f"new webhook `{name}` (`{type_text(b.type if b else None)}`)", False))
        elif b is None:  # its deliveries still parse, as the unknown event
            out.append(Change("Webhooks", name, f"webhook `{name}` removed", False))
        else:
            if change := type_change(a.type, b.type):
                out.append(Change("Webhooks", name, f"webhook `{name}` payload {change[0]}", change[1]))
            out += _deprecation(name, f"webhook `{name}`", a, b)
    return out


def _kind(d: ir.Declaration) -> str:
    return {ir.Model: "model", ir.Enum: "enum", ir.Union: "union", ir.Alias: "alias"}[type(d)]


def _section(d: ir.Declaration) -> str:
    return {ir.Model: "Models", ir.Enum: "Enums", ir.Union: "Unions", ir.Alias: "Aliases"}[type(d)]


def _call(op: ir.Operation) -> str:
    return ".".join(op.resource + (op.name,))


def _operations(old: ir.Api, new: ir.Api) -> list[Change]:
    out: list[Change] = []
    a_ops = {_call(op): op for op in old.operations}
    b_ops = {_call(op): op for op in new.operations}
    for call in sorted(a_ops.keys() | b_ops.keys()):
        a, b = a_ops.get(call), b_ops.get(call)
        if a is None:
            assert b is not None
            out.append(Change("Operations", call, f"added `{call}` ({b.method} {b.path})", False))
            continue
        if b is None:
            out.append(Change("Operations", call, f"removed `{call}` ({a.method} {a.path})", True))
            continue
        out += _deprecation(call, f"`{call}`", a, b)
        if (a.method, a.path) != (b.method, b.path):
            out.append(Change("Operations", call, f"`{call}` moved from {a.method} {a.path} to {b.method} {b.path}", True))
        if change := type_change(a.result, b.result):
            out.append(Change("Operations", call, f"`{call}` result {change[0]}", change[1]))
        if a.stream != b.stream:
            out.append(Change("Operations", call, f"`{call}` streams `{b.stream}` instead of `{a.stream}`", a.stream is not None))
        if change := type_change(a.body.type if a.body else None, b.body.type if b.body else None):
            out.append(Change("Operations", call, f"`{call}` body {change[0]}", change[1]))
        a_params = {f"`{call}` {p.location} parameter `{p.wire_name}`": p for p in a.params}
        b_params = {f"`{call}` {p.location} parameter `{p.wire_name}`": p for p in b.params}
        out += _members("Operations", call, a_params, b_params, request=True, response=False)
    return out


def _model(a: ir.Model, b: ir.Model) -> list[Change]:
    request = "request" in a.usage or "request" in b.usage
    response = "response" in a.usage or "response" in b.usage
    a_fields = {f"`{a.name}.{f.wire_name}`": f for f in a.fields}
    b_fields = {f"`{a.name}.{f.wire_name}`": f for f in b.fields}
    return _members("Models", a.name, a_fields, b_fields, request=request, response=response)


def _members(section: str, owner: str, old: Mapping[str, ir.Field | ir.Param], new: Mapping[str, ir.Field | ir.Param], *, request: bool, response: bool) -> list[Change]:
    """Changes to fields or parameters, each keyed by how the changelog names it."""
    out: list[Change] = []
    for where in sorted(old.keys() | new.keys()):
        fa, fb = old.get(where), new.get(where)
        if fa is None:
            assert fb is not None
            out.append(Change(section, owner, f"{where} added" + (" (required)" if fb.required else ""), request and fb.required))
        elif fb is None:
            out.append(Change(section, owner, f"{where} removed", True))
        else:
            out += _deprecation(owner, where, fa, fb)
            if change := type_change(fa.type, fb.type):
                out.append(Change(section, owner, f"{where} {change[0]}", change[1]))
            if fa.required != fb.required:
                # Optional -> required breaks callers; required -> optional breaks readers.
                breaking = (request and fb.required) or (response and not fb.required)
                out.append(Change(section, owner, f"{where} is now {'required' if fb.required else 'optional'}", breaking))
            if fa.nullable != fb.nullable:
                breaking = (response and fb.nullable) or (request and not fb.nullable)
                out.append(Change(section, owner, f"{where} is now {'nullable' if fb.nullable else 'not nullable'}", breaking))
    return out


def _enum(a: ir.Enum, b: ir.Enum) -> list[Change]:
    out: list[Change] = []
    added = [v for v in b.values if v not in a.values]
    removed = [v for v in a.values if v not in b.values]
    if added:
        out.append(Change("Enums", a.name, f"`{a.name}` gained " + ", ".join(f"`{v}`" for v in added), False))
    if removed:
        out.append(Change("Enums", a.name, f"`{a.name}` lost " + ", ".join(f"`{v}`" for v in removed), True))
    return out


def _union(a: ir.Union, b: ir.Union) -> list[Change]:
    out: list[Change] = []
    if a.discriminator != b.discriminator:
        out.append(Change("Unions", a.name, f"`{a.name}` is now discriminated by `{b.discriminator}` (was `{a.discriminator}`)", True))
        return out
    if a.discriminator is None:
        sa, sb = {type_text(o) for o in a.options}, {type_text(o) for o in b.options}
        for t in sorted(sb - sa):
            out.append(Change("Unions", a.name, f"`{a.name}` accepts `{t}`", False))
        for t in sorted(sa - sb):
            out.append(Change("Unions", a.name, f"`{a.name}` no longer accepts `{t}`", True))
        return out
    ta = {g.tag: set(g.variants) for g in a.tags}
    tb = {g.tag: set(g.variants) for g in b.tags}
    kind = "events" if b.is_stream else "variants"
    for tag in sorted(tb.keys() - ta.keys()):
        out.append(Change("Unions", a.name, f"`{a.name}`: new {kind[:-1]} `{tag}` ({', '.join(sorted(tb[tag]))})", False))
    for tag in sorted(ta.keys() - tb.keys()):
        out.append(Change("Unions", a.name, f"`{a.name}`: {kind[:-1]} `{tag}` removed", True))
    for tag in sorted(ta.keys() & tb.keys()):
        if ta[tag] != tb[tag]:
            out.append(Change("Unions", a.name, f"`{a.name}`: `{tag}` now parses as {', '.join(sorted(tb[tag]))} (was {', '.join(sorted(ta[tag]))})", True))
    return out


def markdown(changes: list[Change], old_label: str, new_label: str) -> str:
    breaking = [c for c in changes if c.breaking]
    lines = [f"## {old_label} -> {new_label}", ""]
    if not changes:
        return "\n".join(lines + ["No changes for users of the selected operations.", ""])
    lines += [f"{len(changes)} changes, {len(breaking)} of them breaking.", ""]
    if breaking:
        lines += ["### Breaking", ""] + [f"- {c.text}" for c in breaking] + [""]
    for section in ("Operations", "Webhooks", "Deprecations", "Unions", "Models", "Enums", "Aliases"):
        items = [c for c in changes if c.section == section]
        if items:
            lines += [f"### {section}", ""] + [f"- {'**breaking** ' if c.breaking else ''}{c.text}" for c in items] + [""]
    return "\n".join(lines)
