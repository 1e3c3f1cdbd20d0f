"""Differential test: our models against datamodel-code-generator's on the same schemas.

Both tools read the overlaid component schemas behind the Responses target. For
every schema both turn into a class, the wire names, Python names and
required-ness of the fields must agree, except for the disagreements listed
below, each with its reason.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from conftest import GENERATED, openai_ir

PACKAGE = GENERATED / "openai_responses"

# Python names we choose differently on purpose: datamodel-code-generator keeps
# a field called `object` or `bytes`, which shadows the builtin inside the class
# body, so that a later annotation such as `bytes | None` means the field.
RENAMED_BUILTINS = {"object": "object_", "bytes": "bytes_"}

# (schema, wire name): why the two tools disagree about it. Each of these is a
# variant whose tag has several values (an enum, not a const) in a union whose
# discriminator has no `mapping`: datamodel-code-generator then types the tag as
# Literal['<ClassName>'], a value no server sends, while we keep the spec's values.
_CLASS_NAME_TAG = "datamodel-code-generator tags a multi-value variant with its class name"
KNOWN = {
    ("WebSearchTool", "type"): _CLASS_NAME_TAG + " (spec: web_search, web_search_2025_08_26)",
    ("WebSearchPreviewTool", "type"): _CLASS_NAME_TAG + " (spec: web_search_preview, web_search_preview_2025_03_11)",
    ("ComparisonFilter", "type"): _CLASS_NAME_TAG + " (spec: the operators eq, ne, gt, gte, lt, lte, in, nin)",
    ("CompoundFilter", "type"): _CLASS_NAME_TAG + " (spec: and, or)",
}
KNOWN.update({("Beta" + name, wire): reason + "; its Beta copy, of the `?beta=true` operations" for (name, wire), reason in list(KNOWN.items())})


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory):
    """(our models module, its source tree, datamodel-code-generator's module, schema names)."""
    api, root = openai_ir()
    schemas = root["components"]["schemas"]
    names = {m.pointer.rsplit("/", 1)[1] for m in api.models if re.fullmatch(r"/components/schemas/[^/]+", m.pointer)}
    closure = _ref_closure(schemas, names)
    doc = {
        "openapi": root["openapi"],
        "info": {"title": "differential", "version": "1"},
        "paths": {},
        "components": {"schemas": {n: schemas[n] for n in sorted(closure)}},
    }
    tmp = tmp_path_factory.mktemp("dmcg")
    (tmp / "schemas.json").write_text(json.dumps(doc), encoding="utf-8")
    out = tmp / "dm_models.py"
    codegen = Path(sys.executable).parent / "datamodel-codegen"
    result = subprocess.run(
        [str(codegen), "--input", str(tmp / "schemas.json"), "--input-file-type", "openapi",
         "--output-model-type", "pydantic_v2.BaseModel", "--formatters", "builtin", "--output", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    sys.path.insert(0, str(GENERATED))
    import openai_responses.models as ours

    spec = importlib.util.spec_from_file_location("dm_models", out)
    assert spec and spec.loader
    theirs = importlib.util.module_from_spec(spec)
    sys.modules["dm_models"] = theirs
    spec.loader.exec_module(theirs)
    tree = ast.parse((PACKAGE / "models.py").read_text(encoding="utf-8"))
    return ours, tree, theirs, names


def _ref_closure(schemas: dict, names: set[str]) -> set[str]:
    keep: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            todo += re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(schemas[name]))
    return keep


def _required_in_source(tree: ast.Module) -> dict[str, set[str]]:
    """Class -> attributes the spec requires, read from our generated source.

    At run time a required field defaults to REQUIRED (None) so that readers stay
    tolerant; in the source it is `= REQUIRED`, or, for a one-value tag, a
    default equal to the tag so that a model built in code carries its tag.
    """
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        required = out.setdefault(node.name, set())
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
                if _is_required(stmt.value) or _is_tag_default(stmt):
                    required.add(stmt.target.id)
    return out


def _is_required(value: ast.expr) -> bool:
    if isinstance(value, ast.Name):
        return value.id == "REQUIRED"
    if isinstance(value, ast.Call):
        return any(isinstance(k.value, ast.Name) and k.value.id == "REQUIRED" for k in value.keywords)
    return False


def _is_tag_default(stmt: ast.AnnAssign) -> bool:
    ann = stmt.annotation
    return (
        isinstance(stmt.value, ast.Constant)
        and isinstance(ann, ast.Subscript)
        and isinstance(ann.value, ast.Name)
        and ann.value.id == "Literal"
        and isinstance(ann.slice, ast.Constant)
        and ann.slice.value == stmt.value.value
    )


def _wire_fields(cls: type[BaseModel]) -> dict[str, str]:
    return {f.alias or name: name for name, f in cls.model_fields.items()}


def _classes(both) -> list[tuple[str, type[BaseModel], type[BaseModel]]]:
    ours, _, theirs, names = both
    pairs = []
    for name in sorted(names):
        a, b = getattr(ours, name, None), getattr(theirs, name, None)
        is_model = all(isinstance(c, type) and issubclass(c, BaseModel) for c in (a, b))
        if is_model and "root" not in b.model_fields:  # a RootModel is not a class of fields
            pairs.append((name, a, b))
    return pairs


def test_both_tools_make_classes_of_most_schemas(both):
    _, _, _, names = both
    # Unions, enums and aliases are not classes in either tool; everything else is.
    assert len(_classes(both)) > 0.9 * len(names), (len(_classes(both)), len(names))


# Properties the document marks as computed by SDKs: a property of ours (the openai template set
# implements it), a field of theirs, which is always None since servers do not send it.
COMPUTED = {("Response", "output_text"), ("BetaResponse", "output_text")}


def test_field_names_aliases_and_required_agree(both):
    _, tree, _, _ = both
    required = _required_in_source(tree)
    problems = []
    for name, ours_cls, their_cls in _classes(both):
        ours_wire, their_wire = _wire_fields(ours_cls), _wire_fields(their_cls)
        for computed in [wire for (model, wire) in COMPUTED if model == name and wire in their_wire]:
            assert isinstance(getattr(ours_cls, computed, None), property), f"{name}.{computed} is computed: a property of ours"
            del their_wire[computed]
        if set(ours_wire) != set(their_wire):
            problems.append(f"{name}: wire names differ: ours only {set(ours_wire) - set(their_wire)}, theirs only {set(their_wire) - set(ours_wire)}")
        for wire in set(ours_wire) & set(their_wire):
            expected = RENAMED_BUILTINS.get(their_wire[wire], their_wire[wire])
            if ours_wire[wire] != expected:
                problems.append(f"{name}.{wire}: Python name {ours_wire[wire]!r}, theirs {their_wire[wire]!r}")
        ours_required = {ours_cls.model_fields[a].alias or a for a in required.get(name, ())}
        their_required = {f.alias or a for a, f in their_cls.model_fields.items() if f.is_required()}
        for wire in ours_required ^ their_required:
            problems.append(f"{name}.{wire}: required {wire in ours_required} in ours, {wire in their_required} in theirs")
    # A tag both make required must also carry the same values, or the union cannot route it.
    for name, ours_cls, their_cls in _classes(both):
        for wire in ("type",):
            if wire in ours_cls.model_fields and wire in their_cls.model_fields and (name, wire) not in KNOWN:
                ours_values = _literal_values(ours_cls.model_fields[wire].annotation)
                their_values = _literal_values(their_cls.model_fields[wire].annotation)
                if ours_values and their_values and not their_values <= ours_values:
                    problems.append(f"{name}.{wire}: tag values {sorted(ours_values)} in ours, {sorted(their_values)} in theirs")
    assert not problems, "\n".join(problems)


def test_known_disagreements_are_still_real(both):
    """A listed disagreement that went away must be taken off the list."""
    ours, _, theirs, _ = both
    for (name, wire), reason in KNOWN.items():
        ours_values = _literal_values(getattr(ours, name).model_fields[wire].annotation)
        their_values = _literal_values(getattr(theirs, name).model_fields[wire].annotation)
        assert ours_values != their_values, f"{name}.{wire} now agrees; remove it from KNOWN ({reason})"


def _literal_values(annotation: object) -> set[object]:
    """The Literal values inside an annotation (through Union and Optional)."""
    from typing import Literal, Union, get_args, get_origin
    import types

    origin = get_origin(annotation)
    if origin is Literal:
        return set(get_args(annotation))
    if origin in (Union, types.UnionType):
        return set().union(*(_literal_values(a) for a in get_args(annotation)))
    return set()
