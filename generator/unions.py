"""Structural union resolution: find the tag property of a oneOf/anyOf from its variants.

No schema name is special. A union is discriminated when every variant, after
nested unions are flattened, is an object that fixes one shared property
through `const`, a one-value `enum` or a multi-value `enum`. The property is
the `discriminator.propertyName` when given, else `type` when it fits, else
the first property (in name order) that fits. An explicit `mapping` adds tags.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import pointers
from .diagnostics import Diagnostic
from .loader import Spec

pointer_join = pointers.join

PREFERRED_TAG_PROPERTY = "type"


@dataclass
class Member:
    doc: str
    at: str
    node: dict
    tags: tuple[str, ...] = ()
    tag_required: bool = True


@dataclass
class UnionPlan:
    property: str
    members: list[Member]
    default_tag: str | None
    untagged: list[Member]
    notes: list[Diagnostic] = field(default_factory=list)


def plan_union(spec: Spec, node: dict, options: list[tuple[str, str, Any]], where: tuple[str, str]) -> tuple[UnionPlan | None, list[Diagnostic]]:
    """How to discriminate the union at `where`, or None when its variants carry no common tag;
    with what is wrong with its declared discriminator, if anything."""
    discriminator = node.get("discriminator") if isinstance(node.get("discriminator"), dict) else {}
    members: list[Member] = []
    mapping: dict[str, str] = {}
    notes: list[Diagnostic] = []
    _flatten(spec, options, members, mapping, discriminator, set())
    _check_mapping(spec, mapping, members, where, notes)
    if len(members) < 2:
        return None, notes
    objects = [_properties(spec, m) for m in members]
    if any(props is None for props in objects):
        if discriminator.get("propertyName"):
            bad = next(m for m, props in zip(members, objects) if props is None)
            notes.append(_note(spec, "discriminator-inconsistent", bad.at, bad.doc,
                               f"the union declares discriminator {discriminator['propertyName']!r} but this variant is not an object"))
        return None, notes

    candidates = [discriminator["propertyName"]] if discriminator.get("propertyName") else []
    common = set.intersection(*(set(p) for p in objects))  # type: ignore[arg-type]
    candidates += [PREFERRED_TAG_PROPERTY] + sorted(common - {PREFERRED_TAG_PROPERTY})
    for prop in dict.fromkeys(candidates):
        if _assign_tags(spec, members, objects, prop, mapping):
            if discriminator.get("propertyName") and prop != discriminator["propertyName"]:
                notes.append(_note(spec, "discriminator-inconsistent", where[1], where[0],
                                   f"discriminator {discriminator['propertyName']!r} does not tell the variants apart; {prop!r} does and is used"))
            _check_distinguishable(spec, members, objects, notes)
            untagged = [m for m in members if not m.tag_required]
            return UnionPlan(prop, members, _default_tag(members), untagged), notes
    if discriminator.get("propertyName"):
        notes += _missing_discriminator(spec, members, objects, discriminator["propertyName"], mapping)
    return None, notes


def _note(spec: Spec, code: str, at: str, doc: str, message: str) -> Diagnostic:
    return Diagnostic(code, message, at, spec.file_of(doc))


def _check_mapping(spec: Spec, mapping: dict[str, str], members: list[Member], where: tuple[str, str], notes: list[Diagnostic]) -> None:
    """A mapping entry must name one of the variants; one that does not is left out."""
    variants = {m.at for m in members}
    for tag, ref in list(mapping.items()):
        if ref not in variants:
            del mapping[tag]
            notes.append(_note(spec, "discriminator-inconsistent", pointers.join(where[1], "discriminator", "mapping", tag), where[0],
                               f"mapping {tag!r} names {ref!r}, which is not a variant of this union; the entry is ignored"))


def _missing_discriminator(spec: Spec, members: list[Member], objects: list, prop: str, mapping: dict[str, str]) -> list[Diagnostic]:
    """The spec names a discriminator some variant cannot carry: say which, and where."""
    notes = []
    for member, props in zip(members, objects):
        mapped = any(ref == member.at for ref in mapping.values())
        if prop not in props and not mapped:
            notes.append(_note(spec, "discriminator-inconsistent", member.at, member.doc,
                               f"discriminator property {prop!r} is missing from this variant; the union is told apart by shape"))
        elif prop in props and not _fixed_values(spec, props[prop][0], member) and not mapped:
            notes.append(_note(spec, "discriminator-inconsistent", pointer_join(member.at, "properties", prop), member.doc,
                               f"this variant gives discriminator {prop!r} no fixed value (const or enum) and no mapping names it; "
                               "the union is told apart by shape"))
    return notes


def _check_distinguishable(spec: Spec, members: list[Member], objects: list, notes: list[Diagnostic]) -> None:
    """Variants sharing a tag are told apart by their fields and fixed values; identical ones cannot be."""
    shape = {
        id(m): frozenset((name, req, _fixed_values(spec, schema, m)) for name, (schema, req) in props.items())
        for m, props in zip(members, objects)
    }
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            shared = set(a.tags) & set(b.tags)
            if shared and shape[id(a)] == shape[id(b)]:
                notes.append(_note(spec, "union-ambiguous", a.at, a.doc,
                                   f"this variant and {b.at} both claim tag {sorted(shared)[0]!r} with the same properties; "
                                   "nothing tells them apart, so the first is used (give one its own tag, or merge them)"))


def _flatten(spec: Spec, options: list[tuple[str, str, Any]], out: list[Member], mapping: dict[str, str], disc: dict, seen: set) -> None:
    """Variants in order, nested unions replaced by their own variants."""
    for doc, at, raw in options:
        r_doc, r_at, target = spec.deref(raw, doc, at)
        if not isinstance(target, dict) or (r_doc, r_at) in seen:
            continue
        seen.add((r_doc, r_at))
        nested = target.get("oneOf") or target.get("anyOf")
        if isinstance(nested, list) and not target.get("properties"):
            keyword = "oneOf" if "oneOf" in target else "anyOf"
            inner = target.get("discriminator") if isinstance(target.get("discriminator"), dict) else {}
            _collect_mapping(inner, mapping, r_doc)
            _flatten(spec, [(r_doc, pointer_join(r_at, keyword, i), o) for i, o in enumerate(nested)], out, mapping, disc, seen)
            continue
        if target.get("type") == "null":
            continue
        out.append(Member(r_doc, r_at, target))
    _collect_mapping(disc, mapping, options[0][0] if options else "")


def _collect_mapping(disc: dict, mapping: dict[str, str], doc: str) -> None:
    for tag, ref in (disc.get("mapping") or {}).items():
        if isinstance(ref, str) and ref.startswith("#"):
            mapping.setdefault(str(tag), ref[1:])
        elif isinstance(ref, str) and ref and "/" not in ref and "#" not in ref:  # a bare schema name
            mapping.setdefault(str(tag), pointers.pointer("components", "schemas", ref))


def _properties(spec: Spec, member: Member) -> dict[str, tuple[Any, bool]] | None:
    """Property name -> (schema, required) for an object variant, allOf merged; None if not an object."""
    node = member.node
    if not (node.get("properties") or node.get("allOf")):
        return None
    props: dict[str, tuple[Any, bool]] = {}
    required: set[str] = set()
    stack = [(member.doc, member.at, node)]
    while stack:
        doc, at, cur = stack.pop()
        for i, part in enumerate(cur.get("allOf") or []):
            stack.append(spec.deref(part, doc, pointer_join(at, "allOf", i)))
        for name, schema in (cur.get("properties") or {}).items():
            props[name] = (schema, False)
        if isinstance(cur.get("required"), list):
            required.update(r for r in cur["required"] if isinstance(r, str))
    return {name: (schema, name in required) for name, (schema, _) in props.items()} or None


def _fixed_values(spec: Spec, schema: Any, member: Member) -> tuple[str, ...] | None:
    _, _, schema = spec.deref(schema, member.doc, member.at)
    if not isinstance(schema, dict):
        return None
    options = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(options, list):  # a tag that may also be null: `anyOf: [{enum: [x]}, {type: null}]`
        values = [_fixed_values(spec, o, member) for o in options if not (isinstance(o, dict) and o.get("type") == "null")]
        if len(values) == 1:
            return values[0]
        return None
    if isinstance(schema.get("const"), str):
        return (schema["const"],)
    values = schema.get("enum")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return tuple(values)
    return None


def _assign_tags(spec: Spec, members: list[Member], objects: list, prop: str, mapping: dict[str, str]) -> bool:
    tags = []
    for member, props in zip(members, objects):
        if prop not in props:
            return False
        values = _fixed_values(spec, props[prop][0], member)
        required = props[prop][1] and not _nullable(spec, props[prop][0], member)
        mapped = tuple(t for t, ref in mapping.items() if ref == member.at)
        values = tuple(dict.fromkeys((values or ()) + mapped))
        if not values:
            return False
        tags.append((values, required))
    for member, (values, required) in zip(members, tags):
        member.tags, member.tag_required = values, required
    return True


def _default_tag(members: list[Member]) -> str | None:
    """The tag a payload without one gets: that of the variants whose tag is optional.

    Only when they agree on a single value (e.g. the message variants of an
    item union, whose `type: message` may be left out). When they do not, a
    tag-less payload is decided by best match among them (`UnionPlan.untagged`).
    """
    optional = {m.tags[0] if len(m.tags) == 1 else None for m in members if not m.tag_required}
    if len(optional) == 1 and None not in optional:
        return optional.pop()
    return None


def _nullable(spec: Spec, schema: Any, member: Member) -> bool:
    _, _, schema = spec.deref(schema, member.doc, member.at)
    options = schema.get("anyOf") or schema.get("oneOf") if isinstance(schema, dict) else None
    return isinstance(options, list) and any(isinstance(o, dict) and o.get("type") == "null" for o in options)
