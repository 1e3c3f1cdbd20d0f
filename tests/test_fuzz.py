"""Property-based fuzzing: random small specs, and random instances of real schemas.

CI runs the bounded `ci` profile; `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py`
runs many more examples locally. Anything found becomes a named regression case
(a golden case or a bad_specs snapshot).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import black
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from generator import formatting
from generator.config import Target
from generator.diagnostics import SpecError
from generator.generate import produce

from conftest import PROJECT, main_stream, npm_tool, openai_ir, pyright
from test_typescript import TSC_FLAGS, TYPESCRIPT

settings.register_profile("ci", max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
settings.register_profile("long", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Names mix the ordinary with what breaks naive generators.
NAMES = st.one_of(
    st.sampled_from(["id", "type", "name", "data", "class", "from", "self", "model_config", "schema", "__init__", "Name", "na-me", "x.y", "2nd", ""]),
    st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), min_size=1, max_size=12),
)
SCHEMA_NAMES = st.from_regex(r"[A-Za-z][A-Za-z0-9._-]{0,10}", fullmatch=True)
TEXT = st.text(max_size=40)


def _scalar() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.builds(lambda t, d: {"type": t, "description": d}, st.sampled_from(["string", "integer", "number", "boolean"]), TEXT),
        st.builds(lambda vs: {"type": "string", "enum": vs}, st.lists(TEXT, min_size=1, max_size=4, unique=True)),
        st.builds(lambda v: {"type": "string", "const": v}, TEXT),
        st.builds(lambda t: {"type": [t, "null"]}, st.sampled_from(["string", "integer"])),
    )


@st.composite
def specs(draw) -> dict:
    names = draw(st.lists(SCHEMA_NAMES, min_size=1, max_size=5, unique_by=str.lower))

    def schema(depth: int) -> st.SearchStrategy[dict]:
        ref = st.sampled_from(names).map(lambda n: {"$ref": f"#/components/schemas/{n}"})
        if depth <= 0:
            return st.one_of(_scalar(), ref)
        return st.one_of(
            _scalar(),
            ref,
            schema(depth - 1).map(lambda s: {"type": "array", "items": s}),
            schema(depth - 1).map(lambda s: {"type": "object", "additionalProperties": s}),
        )

    def obj(depth: int) -> st.SearchStrategy[dict]:
        props = st.dictionaries(NAMES, schema(depth), max_size=5)
        return props.flatmap(lambda p: st.builds(
            lambda req, desc: {"type": "object", "description": desc, "properties": p, "required": req},
            st.lists(st.sampled_from(sorted(p)) if p else st.nothing(), unique=True, max_size=len(p)),
            TEXT,
        ))

    components: dict[str, dict] = {}
    for name in names:
        components[name] = draw(obj(1))
    if draw(st.booleans()) and len(names) >= 1:
        # A tagged union over fresh variants.
        tags = draw(st.lists(st.text(min_size=1, max_size=8), min_size=2, max_size=4, unique=True))
        variants = []
        for i, tag in enumerate(tags):
            vname = f"Variant{i}"
            components[vname] = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "const": tag}, "value": draw(_scalar())}}
            variants.append({"$ref": f"#/components/schemas/{vname}"})
        components["Tagged"] = {"oneOf": variants}
        names.append("Tagged")
    response_schema = {"$ref": f"#/components/schemas/{draw(st.sampled_from(names))}"}
    stream = draw(st.booleans()) and "Tagged" in components
    content = {"application/json": {"schema": response_schema}}
    if stream:
        content["text/event-stream"] = {"schema": {"$ref": "#/components/schemas/Tagged"}}
    path = "/" + draw(st.from_regex(r"[a-z]{1,8}", fullmatch=True))
    operation = {
        "operationId": draw(st.from_regex(r"[a-zA-Z][a-zA-Z0-9_]{0,12}", fullmatch=True)),
        "summary": draw(TEXT),
        "parameters": [{"name": draw(NAMES.filter(bool)), "in": "query", "schema": draw(_scalar())}],
        "responses": {"200": {"description": "ok", "content": content}},
    }
    method = draw(st.sampled_from(["get", "post"]))
    if method == "post":
        operation["requestBody"] = {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{draw(st.sampled_from(names))}"}}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": draw(TEXT), "version": "1"},
        "paths": {path: {method: operation}},
        "components": {"schemas": components},
    }


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


COUNTER = {"generated": 0, "refused": 0}


@given(spec=specs())
def test_random_specs_fail_with_a_located_error_or_generate_code_that_imports(fuzz_dir, spec):
    index = COUNTER["generated"] + COUNTER["refused"]
    spec_file = fuzz_dir / f"spec{index}.json"
    spec_file.write_text(json.dumps(spec))
    package = f"fuzz{index}"
    target = Target(name=package, package=package, out=fuzz_dir / package, spec=spec_file)
    try:
        files = produce(target, PROJECT).files
    except SpecError as exc:
        COUNTER["refused"] += 1
        assert exc.diagnostics and all(d.file == str(spec_file) and d.pointer is not None for d in exc.diagnostics), str(exc)
        assert exc.exit_code == 1, str(exc)  # refused for the document, never a bug of specbind
        return
    COUNTER["generated"] += 1
    for rel, data in files.items():
        path = fuzz_dir / package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if rel.endswith(".py"):
            compile(data, str(path), "exec")
            text = data.decode()
            assert black.format_str(text, mode=formatting.mode()) == text, f"{rel}: formatted in pieces, black on the whole file differs"
    check = (
        "import importlib, sys\n"
        f"p = importlib.import_module({package!r})\n"
        f"for m in {sorted(rel[:-3] for rel in files if rel.endswith('.py') and rel != '__init__.py')!r}:\n"
        f"    importlib.import_module({package!r} + '.' + m)\n"
        "c = p.Client(api_key='k', base_url='http://127.0.0.1:9')\n"
    )
    result = subprocess.run([sys.executable, "-c", check], cwd=fuzz_dir, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    typescript = Target(name=package, package=package, out=fuzz_dir / "ts" / package, spec=spec_file, templates="typescript")
    for rel, data in produce(typescript, PROJECT).files.items():  # a document Python accepts, TypeScript accepts
        (typescript.out / rel).parent.mkdir(parents=True, exist_ok=True)
        (typescript.out / rel).write_bytes(data)


def test_the_fuzzed_packages_pass_pyright_strict(fuzz_dir):
    packages = [p for p in fuzz_dir.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    assert len(packages) >= 5, COUNTER  # most random specs must generate
    _, errors = pyright(packages)
    assert not errors, "\n".join(errors[:20])


def test_the_fuzzed_typescript_packages_pass_tsc_strict(fuzz_dir):
    files = sorted(map(str, (fuzz_dir / "ts").rglob("*.ts")))
    assert len(files) >= 5 * 6, COUNTER
    checked = subprocess.run([str(npm_tool("typescript", TYPESCRIPT, "tsc")), *TSC_FLAGS, "--noEmit", *files],
                             capture_output=True, text=True, timeout=900)
    assert checked.returncode == 0, checked.stdout[-4000:]


# ---- random instances of the real event schemas --------------------------------


def _inline(node: object, schemas: dict, depth: int = 0) -> object:
    """A schema with its `$ref`s replaced by their targets (hypothesis-jsonschema cannot follow recursion)."""
    if depth > 8:
        raise RecursionError("schema nests too deep to inline")
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            return _inline(schemas[ref.rsplit("/", 1)[-1]], schemas, depth + 1)
        return {k: _inline(v, schemas, depth) for k, v in node.items() if not k.startswith("x-") and k not in ("example", "examples")}
    if isinstance(node, list):
        return [_inline(v, schemas, depth) for v in node]
    return node


def _event_schemas() -> list[tuple[str, dict]]:
    api, root = openai_ir()
    stream = main_stream(api)
    schemas = root["components"]["schemas"]
    out = []
    for variant in stream.variants:
        model = next(m for m in api.models if m.name == variant.name)
        try:
            out.append((variant.name, _inline(schemas[model.pointer.rsplit("/", 1)[-1]], schemas)))
        except RecursionError:
            continue
    return out


EVENT_SCHEMAS = _event_schemas()


@pytest.mark.parametrize("name,schema", EVENT_SCHEMAS[:: max(1, len(EVENT_SCHEMAS) // 12)], ids=[n for n, _ in EVENT_SCHEMAS[:: max(1, len(EVENT_SCHEMAS) // 12)]])
def test_random_instances_of_event_schemas_parse_and_dump_back_equal(generated_package, name, schema):
    from hypothesis_jsonschema import from_schema

    try:
        strategy = from_schema(schema)
    except Exception as exc:  # a schema feature hypothesis-jsonschema cannot generate from
        pytest.skip(f"hypothesis-jsonschema cannot generate {name}: {type(exc).__name__}")
    parse = generated_package.dispatch.parse_event

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(instance=strategy)
    def check(instance):
        event = parse(json.dumps(instance))
        assert type(event).__name__ == name
        assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == instance

    check()

