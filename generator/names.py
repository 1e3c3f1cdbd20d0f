"""Deterministic, readable names for schemas, fields and methods.

Every name that reaches generated code passes through here, so this is where
spec text is made safe: only ASCII letters, digits and underscores survive.
"""

from __future__ import annotations

import keyword
import re
import unicodedata

_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

# Attributes of pydantic's BaseModel, and type names our annotations use, that a
# field must not shadow.
RESERVED_FIELD_NAMES = frozenset(
    """
    construct copy dict fields json parse_file parse_obj parse_raw schema schema_json
    update_forward_refs validate model_config model_fields model_computed_fields
    model_extra model_fields_set model_construct model_copy model_dump model_dump_json
    model_json_schema model_parametrized_name model_post_init model_rebuild
    model_validate model_validate_json model_validate_strings self cls
    str int float bool bytes list dict object Any Optional Union Literal Annotated
    """.split()
)


# Names that generated modules use for themselves (typing, pydantic, our bases,
# TypeScript built-ins): a declaration may not take them.
RESERVED_TYPE_NAMES = frozenset(
    """
    Annotated Any Dict List Literal Optional Union Tuple Type TypeVar Generic Mapping Callable cast
    BaseModel Field Discriminator Tag TypeAdapter ConfigDict Model REQUIRED
    TypedDict Required NotRequired
    Array Record Partial Readonly Object String Number Boolean
    """.split()
)


def ascii_words(text: str) -> list[str]:
    """Split text into words, dropping anything that is not an ASCII letter or digit."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORD.findall(text)


def pascal(text: str) -> str:
    words = ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or "Unnamed"
    return "N" + name if name[0].isdigit() else name


def snake(text: str) -> str:
    name = "_".join(w.lower() for w in ascii_words(text)) or "unnamed"
    return "n_" + name if name[0].isdigit() else name


def field_name(wire_name: str) -> str:
    """A Python attribute for a wire name: snake_case, not a keyword, not a pydantic name."""
    # A wire name that is already snake_case stays as it is ("partial_image_b64").
    name = wire_name if _SNAKE.fullmatch(wire_name) else snake(wire_name)
    if keyword.iskeyword(name) or name in RESERVED_FIELD_NAMES or name.startswith("model_"):
        name += "_"
    return name


def method_name(text: str) -> str:
    name = snake(text)
    return name + "_" if keyword.iskeyword(name) else name


class NameTable:
    """Hands out unique names; a later claim of a taken name gets a numbered suffix."""

    def __init__(self, reserved: frozenset[str] = frozenset()) -> None:
        self._owner: dict[str, object] = {name: None for name in reserved}
        self._folded: set[str] = {name.lower() for name in reserved}

    def claim(self, name: str, owner: object) -> str:
        candidate, n = name, 1
        while True:
            current = self._owner.get(candidate)
            if current == owner:
                return candidate
            # Case-folded so that generated file names cannot collide on
            # case-insensitive file systems either.
            if current is None and candidate.lower() not in self._folded:
                self._owner[candidate] = owner
                self._folded.add(candidate.lower())
                return candidate
            n += 1
            candidate = f"{name}{n}"

    def __contains__(self, name: str) -> bool:
        return name in self._owner


def unique_field_names(wire_names: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for wire in wire_names:
        base = field_name(wire)
        name, n = base, 1
        while name in seen:
            n += 1
            name = f"{base}_{n}"
        seen.add(name)
        result.append(name)
    return result
