"""Per-target helpers that templates call: type mapping and escaping for one language."""
