"""Valid sample values for IR types, for tests that need payloads and arguments the spec accepts."""

from __future__ import annotations

from generator import ir

STRING_FORMATS = {"date-time": "2025-01-01T00:00:00Z", "date": "2025-01-01", "uri": "https://example.com", "url": "https://example.com", "email": "a@example.com"}


class Samples:
    """A valid value for an IR type: required fields only below the top level, the first variant of a union."""

    def __init__(self, api: ir.Api):
        self.kinds = {d.name: d for d in api.declarations}

    def value(self, t: ir.TypeRef, depth: int = 0) -> object:
        if isinstance(t, ir.Primitive):
            if t.kind == "string":
                return STRING_FORMATS.get(t.format or "", "x")
            return {"integer": 1, "number": 1, "boolean": False, "null": None}.get(t.kind, "x")
        if isinstance(t, ir.LiteralType):
            return next(v for v in t.values if v is not None)
        if isinstance(t, ir.ArrayType):
            return [self.value(t.item, depth + 1)] if depth < 6 else []
        if isinstance(t, ir.MapType):
            return {"k": self.value(t.value, depth + 1)} if depth < 6 else {}
        if isinstance(t, ir.UnionType):
            return self.value(next(o for o in t.options if o != ir.Primitive("null")), depth)
        assert isinstance(t, ir.NamedType)
        d = self.kinds[t.name]
        if isinstance(d, ir.Model):
            return {f.wire_name: self.value(f.type, depth + 1) for f in d.fields if f.required}
        if isinstance(d, ir.Enum):
            return d.values[0]
        if isinstance(d, ir.Alias):
            return self.value(d.type, depth)
        assert isinstance(d, ir.Union)
        if d.variants:
            variant = d.variants[0]
            value = self.value(ir.NamedType(variant.name), depth)
            assert isinstance(value, dict)
            return {**value, d.discriminator: variant.tags[0]} if d.discriminator and variant.tags else value
        return self.value(ir.UnionType(d.options), depth)
