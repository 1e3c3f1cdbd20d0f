"""Turn JSON Schemas of a spec into IR types and declarations.

`SchemaConverter.type_of` maps one schema to a `TypeRef`, declaring a Model,
Enum, Union or Alias for every named component and inline object it meets.
Declarations are memoised by their place in the document, so recursive
schemas terminate and each schema is declared once.
"""

from __future__ import annotations

from typing import Any

from . import ir, pointers
from .diagnostics import Diagnostic, Scope, SpecError, current_pointer, excerpt
from .loader import Spec
from .names import RESERVED_TYPE_NAMES, NameTable, pascal, unique_field_names
from .unions import plan_union

SchemaKey = tuple[str, str]  # (document key, pointer)

_SCALARS = ("string", "integer", "number", "boolean", "null")
_TYPES = {t: t for t in (*_SCALARS, "array", "object")} | {"int": "integer", "float": "number", "bool": "boolean", "str": "string"}
# An anonymous type nested deeper than this would be an annotation Python cannot parse.
MAX_TYPE_NESTING = 64
pointer_join = pointers.join


def description_of(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    text = node.get("description") or node.get("title") or ""
    return text.strip() if isinstance(text, str) else ""


class SchemaConverter:
    def __init__(self, spec: Spec, scope: Scope | None = None, computed: frozenset[str] = frozenset()):
        self.spec = spec
        self.computed = computed  # "Model.property" that SDKs compute: not wire fields
        self.scope = scope or Scope(spec.main.file)
        self.names = NameTable(RESERVED_TYPE_NAMES)
        self.declarations: dict[SchemaKey, ir.Declaration] = {}
        self._pending: dict[SchemaKey, str] = {}  # being converted; name already claimed
        self._nesting = 0  # anonymous arrays and maps around the schema being converted
        self.diagnostics: list[Diagnostic] = []
        # Component schema names outrank inline names: reserve them first.
        for name in (spec.root.get("components") or {}).get("schemas") or {}:
            self.names.claim(pascal(name), ("", "/components/schemas/" + name.replace("~", "~0").replace("/", "~1")))

    # ---- entry points -----------------------------------------------------

    def type_of(self, node: Any, doc: str, at: str, hint: str) -> ir.TypeRef:
        """The IR type of the schema `node`, found at `at` in document `doc`."""
        t, _ = self._type_and_null(node, doc, at, hint)
        return t

    def declare(self, node: Any, doc: str, at: str, hint: str | None = None) -> ir.TypeRef:
        """Declare the schema at `at` as a named type even when no operation uses it."""
        return self._named(node, doc, at, hint)

    def field_type(self, node: Any, doc: str, at: str, hint: str) -> tuple[ir.TypeRef, bool]:
        """A type without null, and whether null is allowed."""
        return self._type_and_null(node, doc, at, hint)

    def report(self, code: str, message: str, at: str, doc: str = "") -> None:
        self.diagnostics.append(Diagnostic(code, message, at, self.spec.file_of(doc)))

    def default_of(self, node: Any, doc: str, at: str, t: ir.TypeRef, nullable: bool) -> tuple[bool, ir.JsonValue]:
        """(has a default, the default) of a schema, a default that does not fit its type dropped."""
        if not isinstance(node, dict) or "default" not in node:
            return False, None
        value = node["default"]
        if self._fits(t, nullable, value):
            return True, value
        self.report("default-mismatch", f"default {excerpt(value)} does not fit the schema's type; it is not used", pointer_join(at, "default"), doc)
        return False, None

    def _fits(self, t: ir.TypeRef, nullable: bool, value: Any) -> bool:
        if value is None:
            return nullable or (isinstance(t, ir.Primitive) and t.kind in ("null", "any"))
        if isinstance(t, ir.Primitive):
            if t.kind in ("integer", "number") and (isinstance(value, bool) or not isinstance(value, (int, float))):
                return False
            if t.kind == "integer":
                return isinstance(value, int) or float(value).is_integer()
            expected = {"string": str, "boolean": bool, "null": type(None)}.get(t.kind)
            return expected is None or isinstance(value, expected)
        if isinstance(t, ir.LiteralType):
            return value in t.values
        if isinstance(t, ir.ArrayType):
            return isinstance(value, list) and all(self._fits(t.item, False, v) for v in value)
        if isinstance(t, ir.MapType):
            return isinstance(value, dict)
        if isinstance(t, ir.UnionType):
            return any(self._fits(o, False, value) for o in t.options)
        declared = next((d for d in self.declarations.values() if d.name == t.name), None)
        if isinstance(declared, ir.Model):
            return isinstance(value, dict)
        if isinstance(declared, ir.Enum):
            return value in declared.values
        if isinstance(declared, ir.Alias):
            return self._fits(declared.type, False, value)
        return True  # a union, or a declaration still being built: not worth a false alarm

    # ---- schema kinds -----------------------------------------------------

    def _type_and_null(self, node: Any, doc: str, at: str, hint: str, own: SchemaKey | None = None) -> tuple[ir.TypeRef, bool]:
        current_pointer.set(at)
        self.scope.add(at, self.spec.file_of(doc))
        if isinstance(node, bool) or node is None or node == {}:
            return ir.Primitive("any"), False
        if not isinstance(node, dict):
            self.report("schema-invalid", f"a schema must be an object or a boolean, not {excerpt(node)}; it is read as any value", at, doc)
            return ir.Primitive("any"), False
        nullable = node.get("nullable") is True
        if "$ref" in node:
            ref_doc, ref_at, target = self.spec.deref(node, doc, at)
            return self._named(target, ref_doc, ref_at), nullable or _allows_null(target)

        types = self._types(node.get("type"), doc, at)
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if len(types) == 1:
                types = types[0]
            elif not types:
                return ir.Primitive("null"), False

        if "const" in node:
            return ir.LiteralType((node["const"],)), nullable
        if isinstance(node.get("enum"), list):
            values = tuple(v for v in node["enum"] if v is not None)
            nullable = nullable or None in node["enum"]
            return (ir.LiteralType(values) if values else ir.Primitive("null")), nullable

        for keyword in ("oneOf", "anyOf"):
            if isinstance(node.get(keyword), list) and not node.get("properties"):
                t, null = self._alternatives(node, keyword, doc, at, hint, own)
                return t, nullable or null
        if isinstance(node.get("allOf"), list):
            parts = _shaping_parts(node["allOf"])
            if len(parts) == 1 and not node.get("properties"):
                i, part = parts[0]
                t, null = self._type_and_null(part, doc, pointer_join(at, "allOf", i), hint)
                return t, nullable or null or _annotated_null(node["allOf"])
            return self._inline_model(node, doc, at, hint), nullable

        if isinstance(types, list):  # several scalar types: an untagged union
            options = tuple(self._type_and_null({**node, "type": t}, doc, at, hint)[0] for t in types)
            return ir.UnionType(options), nullable
        if types == "array" or "items" in node:
            item = node.get("items", {})
            return ir.ArrayType(self._nested(item, doc, pointer_join(at, "items"), hint + "Item")), nullable
        if types == "object" or "properties" in node or "additionalProperties" in node:
            if node.get("properties"):
                return self._inline_model(node, doc, at, hint), nullable
            extra = node.get("additionalProperties", True)
            value = self._nested(extra if isinstance(extra, dict) else {}, doc, pointer_join(at, "additionalProperties"), hint + "Value")
            return ir.MapType(value), nullable
        if types in _SCALARS:
            return ir.Primitive(types, schema_format(node)), nullable
        return ir.Primitive("any"), nullable

    def _types(self, types: Any, doc: str, at: str) -> Any:
        """`type` as JSON Schema spells it: a known name read in any case, an unknown one dropped."""
        if types is None:
            return None
        if isinstance(types, list):
            read = [self._types(t, doc, at) for t in types]
            return [t for t in read if t is not None] or None
        known = _TYPES.get(types.lower()) if isinstance(types, str) else None
        if known is None:
            self.report("type-unknown", f"`type: {excerpt(types)}` is not a JSON Schema type; the schema is read as any value", pointer_join(at, "type"), doc)
        elif known != types:
            self.report("type-unknown", f"`type: {excerpt(types)}` is read as `{known}`", pointer_join(at, "type"), doc)
        return known

    def _nested(self, node: Any, doc: str, at: str, hint: str) -> ir.TypeRef:
        """The type of an array's items or a map's values: one level deeper in an annotation."""
        if self._nesting >= MAX_TYPE_NESTING:
            raise self.spec.problem("too-deep", f"anonymous arrays and maps nest over {MAX_TYPE_NESTING} levels here; "
                                    "Python cannot parse an annotation that deep (give some levels a name in components)", at, doc)
        self._nesting += 1
        try:
            return self.type_of(node, doc, at, hint)
        finally:
            self._nesting -= 1

    def _alternatives(self, node: dict, keyword: str, doc: str, at: str, hint: str, own: SchemaKey | None = None) -> tuple[ir.TypeRef, bool]:
        """oneOf/anyOf: a discriminated Union when the variants are tagged, else an untagged union.

        `own` is the key of an alias being declared for this very node: its name is
        claimed already, but the node is the alias's body, not a reference to it.
        """
        key = (doc, at)
        if key != own and (key in self.declarations or key in self._pending):
            return ir.NamedType(self._name_of(key)), _allows_null(node)
        options = [(doc, pointer_join(at, keyword, i), o) for i, o in enumerate(node[keyword])]
        non_null = [o for o in options if not _is_null(o[2])]
        nullable = len(non_null) < len(options)
        if not non_null:
            return ir.Primitive("null"), False  # only null: a field that is always null
        if len(non_null) == 1:
            o_doc, o_at, o_node = non_null[0]
            t, null = self._type_and_null(o_node, o_doc, o_at, hint)
            return t, nullable or null
        plan, notes = plan_union(self.spec, node, non_null, (doc, at))
        self.diagnostics += notes
        if plan is None:
            types = []
            for i, (o_doc, o_at, o_node) in enumerate(non_null):
                t, null = self._type_and_null(o_node, o_doc, o_at, f"{hint}Option{i + 1}" if not isinstance(o_node, dict) or "$ref" not in o_node else hint)
                nullable = nullable or null
                if t not in types:
                    types.append(t)
            return (types[0] if len(types) == 1 else ir.UnionType(tuple(types))), nullable
        return ir.NamedType(self._declare_union(node, doc, at, hint, plan)), nullable

    def union_of(self, options: list[tuple[str, str, Any]], at: str, hint: str) -> str:
        """Declare a union of schemas that are not one `oneOf` of the document (the payloads of
        its webhooks), at `at`: discriminated as any union is, else a plain one."""
        key = ("", at)
        if key in self.declarations or key in self._pending:
            return self._name_of(key)
        plan, notes = plan_union(self.spec, {}, options, key)
        self.diagnostics += notes
        if plan is not None:
            return self._declare_union({}, "", at, hint, plan)
        name = self._claim(key, hint)
        types = tuple(dict.fromkeys(self._type_and_null(o_node, o_doc, o_at, hint)[0] for o_doc, o_at, o_node in options))
        self._finish(key, ir.Alias(name, types[0] if len(types) == 1 else ir.UnionType(types), "", at))
        return name

    def _declare_union(self, node: dict, doc: str, at: str, hint: str, plan: Any) -> str:
        key = (doc, at)
        name = self._claim(key, hint)
        variants = []
        for member in plan.members:
            m_doc, m_at, m_node = member.doc, member.at, member.node
            t = self._named(m_node, m_doc, m_at, hint=hint + pascal(member.tags[0]) if member.tags else hint)
            assert isinstance(t, ir.NamedType)
            variants.append(ir.Variant(t.name, member.tags, member.tag_required))
        by_at = {(m.doc, m.at): v.name for m, v in zip(plan.members, variants)}
        groups: dict[str, list[str]] = {}
        for v in variants:
            for tag in v.tags:
                if v.name not in groups.setdefault(tag, []):
                    groups[tag].append(v.name)
        union = ir.Union(
            name=name,
            discriminator=plan.property,
            variants=tuple(variants),
            tags=tuple(ir.TagGroup(tag, tuple(vs)) for tag, vs in groups.items()),
            default_tag=plan.default_tag,
            untagged=tuple(dict.fromkeys(by_at[(m.doc, m.at)] for m in plan.untagged)),
            description=description_of(node),
            pointer=at,
            deprecated=node.get("deprecated") is True,
        )
        self._finish(key, union)
        self.diagnostics += plan.notes
        return name

    # ---- named declarations -----------------------------------------------

    def _named(self, node: Any, doc: str, at: str, hint: str | None = None) -> ir.TypeRef:
        """The type for a schema with a place of its own: a component, or an inline variant."""
        key = (doc, at)
        if key in self.declarations or key in self._pending:
            return ir.NamedType(self._name_of(key))
        name_hint = hint if hint and not at.startswith("/components/") else _component_name(at)
        if not isinstance(node, dict):
            return self.type_of(node, doc, at, name_hint)
        if _is_object(node):
            return self._inline_model(node, doc, at, name_hint)
        if isinstance(node.get("oneOf") or node.get("anyOf"), list):
            t, _ = self._type_and_null(node, doc, at, name_hint)
            return t
        if isinstance(node.get("enum"), list) and len(node["enum"]) > 1 and at.startswith("/components/"):
            name = self._claim(key, name_hint)
            values = tuple(v for v in node["enum"] if v is not None)
            self._finish(key, ir.Enum(name, values, description_of(node), at, deprecated=node.get("deprecated") is True))
            return ir.NamedType(name)
        if at.startswith("/components/") and not isinstance(node.get("allOf"), list):
            name = self._claim(key, name_hint)
            t, _ = self._type_and_null(node, doc, at, name_hint, own=key)
            self._finish(key, ir.Alias(name, t, description_of(node), at, deprecated=node.get("deprecated") is True))
            return ir.NamedType(name)
        return self.type_of(node, doc, at, name_hint)

    def _inline_model(self, node: dict, doc: str, at: str, hint: str) -> ir.TypeRef:
        key = (doc, at)
        if key in self.declarations or key in self._pending:
            return ir.NamedType(self._name_of(key))
        name = self._claim(key, hint)
        properties, required, extra = self._merged_object(node, doc, at)
        wire_names = list(properties)
        fields, computed = [], []
        for wire, safe in zip(wire_names, unique_field_names(wire_names)):
            p_doc, p_at, p_node = properties[wire]
            t, nullable = self.field_type(p_node, p_doc, p_at, name + pascal(wire))
            t_doc, t_at, target = self._deref_quiet(p_node, p_doc, p_at)
            has_default, default = self.default_of(target, t_doc, t_at, t, nullable)
            is_computed = f"{name}.{wire}" in self.computed or _marked_computed(p_node) or _marked_computed(target)
            (computed if is_computed else fields).append(
                ir.Field(
                    wire_name=wire,
                    name=safe,
                    type=t,
                    required=wire in required,
                    nullable=nullable,
                    description=description_of(p_node) or description_of(target),
                    has_default=has_default,
                    default=default,
                    deprecated=bool(isinstance(p_node, dict) and p_node.get("deprecated")) or bool(isinstance(target, dict) and target.get("deprecated")),
                    pointer=p_at if p_doc == "" else "",
                )
            )
        extra_type = None
        if isinstance(extra, dict) and extra:
            extra_type = self.type_of(extra, doc, pointer_join(at, "additionalProperties"), name + "Extra")
        model = ir.Model(name, tuple(fields), description_of(node), extra_type, at, deprecated=node.get("deprecated") is True, computed=tuple(computed))
        self._finish(key, model)
        return ir.NamedType(name)

    def _merged_object(self, node: dict, doc: str, at: str) -> tuple[dict[str, tuple[str, str, Any]], set[str], Any]:
        """Properties, required names and additionalProperties of an object, allOf merged in."""
        properties: dict[str, tuple[str, str, Any]] = {}
        required: set[str] = set()
        extra: Any = node.get("additionalProperties")
        for i, part in enumerate(node.get("allOf") or []):
            p_doc, p_at, p_node = self.spec.deref(part, doc, pointer_join(at, "allOf", i))
            if isinstance(p_node, dict):
                sub_props, sub_req, sub_extra = self._merged_object(p_node, p_doc, p_at)
                properties.update(sub_props)
                required |= sub_req
                extra = extra if extra is not None else sub_extra
        for wire, p_node in (node.get("properties") or {}).items():
            properties[wire] = (doc, pointer_join(at, "properties", wire), p_node)
        if isinstance(node.get("required"), list):
            required |= {r for r in node["required"] if isinstance(r, str)}
        return properties, required, extra

    # ---- bookkeeping ------------------------------------------------------

    def _claim(self, key: SchemaKey, hint: str) -> str:
        name = self.names.claim(pascal(hint), key)
        self._pending[key] = name
        return name

    def _finish(self, key: SchemaKey, declaration: ir.Declaration) -> None:
        self._pending.pop(key, None)
        self.declarations[key] = declaration

    def _name_of(self, key: SchemaKey) -> str:
        if key in self.declarations:
            return self.declarations[key].name
        return self._pending[key]

    def _deref_quiet(self, node: Any, doc: str, at: str) -> tuple[str, str, Any]:
        try:
            return self.spec.deref(node, doc, at)
        except SpecError:
            return doc, at, node


def _component_name(at: str) -> str:
    tokens = pointers.split(at)
    return tokens[-1] if tokens else "Root"


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None]) and "$ref" not in node


def _allows_null(node: Any) -> bool:
    if not isinstance(node, dict):
        return False
    t = node.get("type")
    return node.get("nullable") is True or t == "null" or (isinstance(t, list) and "null" in t) or _annotated_null(node.get("allOf") or []) or any(
        _is_null(o) for o in (node.get("oneOf") or node.get("anyOf") or []) if isinstance(node.get("oneOf") or node.get("anyOf"), list)
    )


def _is_object(node: dict) -> bool:
    if node.get("properties"):
        return True
    return isinstance(node.get("allOf"), list) and len(_shaping_parts(node["allOf"])) > 1


# Keywords that give a schema its shape; an allOf part without any (`{nullable: true}`,
# `{description: ...}`) only annotates the others and does not make the schema an object.
_SHAPING = frozenset("$ref type properties items oneOf anyOf allOf enum const additionalProperties patternProperties prefixItems required not".split())


def _shaping_parts(parts: list) -> list[tuple[int, Any]]:
    """(index, part) of the allOf parts that shape the schema."""
    return [(i, p) for i, p in enumerate(parts) if not isinstance(p, dict) or _SHAPING & p.keys()]


def _annotated_null(parts: list) -> bool:
    """Whether an annotating allOf part allows null (`allOf: [{$ref: X}, {nullable: true}]`)."""
    return any(isinstance(p, dict) and p.get("nullable") is True and not _SHAPING & p.keys() for p in parts)


def schema_format(node: dict) -> str | None:
    """A scalar's `format`; a 3.1 string with a `contentMediaType` and no `contentEncoding` is the
    bytes of a file, as `format: binary` says in 3.0."""
    fmt = node.get("format")
    if fmt is None and node.get("contentMediaType") is not None and node.get("contentEncoding") is None:
        return "binary"
    return fmt if isinstance(fmt, str) else None


COMPUTED = "x-specbind-computed"  # a property SDKs compute from the rest: not sent by servers


def _marked_computed(node: Any) -> bool:
    """Whether a property's schema, or one of its alternatives, carries the computed marker."""
    if not isinstance(node, dict):
        return False
    if node.get(COMPUTED) is True:
        return True
    return any(isinstance(b, dict) and b.get(COMPUTED) is True for k in ("anyOf", "oneOf", "allOf") for b in (node.get(k) or []) if isinstance(node.get(k), list))

