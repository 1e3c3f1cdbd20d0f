"""`specbind validate`: every error located; the shipped overlays repair the pinned specs."""

import re
from pathlib import Path

import pytest

from conftest import run_cli

LOCATED = re.compile(r"^  \S+:\d+:\d+ #/\S+: ")


def test_raw_latest_spec_lists_its_22_defects_with_pointer_and_line():
    result = run_cli("validate", "openai", "--no-overlays")
    assert result.returncode == 0, result.stdout  # every defect is one specbind can generate around
    located = [line for line in result.stdout.splitlines() if LOCATED.match(line)]
    assert len(located) == 22, result.stdout
    assert result.stdout.strip().endswith("0 error(s), 22 warning(s)")
    # The defects the issue names, each at its real place in the document.
    for expected in (
        "#/components/schemas/ContainerResource/required: [",
        "/exclusiveMinimum: true is not of type \"number\"",
        "#/components/schemas/CompoundFilter/$recursiveAnchor",
        "#/components/schemas/TranscriptionInclude/default: [] is not of type 'string'",
        "/default: None is not of type 'object'",
    ):
        assert expected in result.stdout
    # Each place once, though the validator reports some defaults twice (type and enum).
    assert len(set(located)) == len(located)


def test_strict_validation_fails_on_warnings():
    result = run_cli("validate", "openai", "--no-overlays", "--strict")
    assert result.returncode == 1
    assert result.stdout.strip().endswith("22 error(s), 0 warning(s)")


@pytest.mark.parametrize("source", ["openai", "openai-previous", "openresponses"])
def test_overlays_repair_every_pinned_spec(source):
    result = run_cli("validate", source)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip() == "0 error(s), 0 warning(s)"


def test_a_spec_file_with_a_pinned_hash_gets_its_sources_overlays(tmp_path):
    from conftest import ROOT
    from generator.sources import load_sources, resolve

    pinned = resolve(load_sources(ROOT / "spec" / "sources.toml")["openai"])
    copy = tmp_path / "any-name.yaml"
    copy.write_bytes(pinned.read_bytes())
    result = run_cli("validate", str(copy))
    assert result.returncode == 0, result.stdout


def _findings(spec, cache, monkeypatch) -> list[str]:
    """The findings of `specbind validate SPEC --no-overlays` with SPECBIND_CACHE at `cache`."""
    monkeypatch.setenv("SPECBIND_CACHE", str(cache))
    result = run_cli("validate", str(spec), "--no-overlays")
    return sorted(line for line in result.stdout.splitlines() if LOCATED.match(line))


def test_schemas_found_clean_before_are_not_checked_again_and_findings_stay_the_same(tmp_path, monkeypatch):
    """After a spec update only the schemas whose text changed are checked (a per-schema cache);
    the findings are those of a run with an empty cache, including a defect that appears in a
    schema another, unchanged and cached, one references."""
    import json

    from generator.cache import read_json
    from generator.validate import CleanSchemas

    schemas = {
        "Item": {"type": "object", "properties": {"id": {"type": "string"}, "tag": {"$ref": "#/components/schemas/Tag"}}},
        "Tag": {"type": "string", "enum": ["a", "b"]},
        "Page": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
    }
    doc = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "paths": {"/items": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}}}}}},
        "components": {"schemas": schemas},
    }
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(doc))
    schemas["Tag"] = {"type": "string", "enum": "a"}  # a defect in the referenced schema only
    after.write_text(json.dumps(doc))

    assert _findings(before, tmp_path / "warm", monkeypatch) == []
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path / "warm"))
    assert len(read_json("validation", CleanSchemas("3.1.0").store_key)) >= 3  # Item, Page, Tag, their meta checks
    fresh = _findings(after, tmp_path / "empty", monkeypatch)
    assert any("#/components/schemas/Tag/enum" in line for line in fresh), fresh
    assert _findings(after, tmp_path / "warm", monkeypatch) == fresh


def test_the_latest_pin_validated_after_the_previous_one_finds_what_a_fresh_run_finds(tmp_path, monkeypatch):
    from conftest import ROOT
    from generator.sources import load_sources, resolve

    sources = load_sources(ROOT / "spec" / "sources.toml")
    previous, latest = resolve(sources["openai-previous"]), resolve(sources["openai"])
    _findings(previous, tmp_path / "warm", monkeypatch)
    warm = _findings(latest, tmp_path / "warm", monkeypatch)
    assert len(warm) == 22 and warm == _findings(latest, tmp_path / "empty", monkeypatch)


def test_a_schema_json_cannot_spell_is_checked_every_time_not_cached():
    import datetime

    from generator.validate import _text_key

    assert _text_key("p", {"type": "string", "default": "x"}) is not None
    assert _text_key("p", {"default": datetime.date(2020, 1, 1)}) is None  # a YAML date
    assert _text_key("p", {"properties": {200: {}, "a": {}}}) is None  # keys of two types do not sort


def test_a_validator_started_before_the_document_loads_finds_what_one_started_after_finds(tmp_path, monkeypatch):
    """`generate` forks the validator's process before loading the document, so that its imports
    overlap the loading; the document then goes to it on a pipe. Its findings are the same."""
    from conftest import ROOT
    from generator import validate
    from generator.loader import load_spec
    from generator.sources import load_sources, resolve

    latest = resolve(load_sources(ROOT / "spec" / "sources.toml")["openai"])
    spec = load_spec(latest)
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path / "after"))
    after = validate.validate_in_background(spec, cache_key="k", background=True)()
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path / "ahead"))
    validate.prestart_for(latest)
    assert validate._prestarted  # not cached: started
    process = validate._prestarted[0]
    ahead = validate.validate_in_background(spec, cache_key="k", background=True)()
    process.join(timeout=30)
    assert not validate._prestarted and process.exitcode == 0
    assert len(ahead) > 20 and [(d.code, d.pointer, d.message) for d in ahead] == [(d.code, d.pointer, d.message) for d in after]
    # Cached now: a process started anyway is told to stop, and does.
    validate.prestart()
    process = validate._prestarted[0]
    assert validate.validate_in_background(spec, cache_key="k", background=True)() == ahead
    process.join(timeout=30)
    assert process.exitcode == 0 and not validate._prestarted


_REAL_SETTINGS = """
import json
from openapi_spec_validator import settings as spec
from openapi_schema_validator import settings as schema
s = spec.OpenAPISpecValidatorSettings()
print(json.dumps({
    "spec": [s.resolved_cache_maxsize, s.schema_validator_backend, spec.get_resolved_cache_maxsize(), spec.get_schema_validator_backend()],
    "schema": [schema.get_settings().compiled_validator_cache_max_size],
}))
"""


def test_the_validators_settings_read_without_pydantic_are_the_libraries_own():
    """generator/validator_settings.py stands in for the two libraries' settings modules when no
    variable configures them: every name the libraries import from those is there, with the
    values the real modules give."""
    import ast
    import json
    import os
    import subprocess
    import sys

    import openapi_schema_validator
    import openapi_spec_validator

    from generator import validator_settings as vs

    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(vs.PREFIXES)}
    real = json.loads(subprocess.run([sys.executable, "-c", _REAL_SETTINGS], capture_output=True, text=True, check=True, env=env).stdout)
    spec, schema = vs._spec_settings(), vs._schema_settings()
    settings = spec.OpenAPISpecValidatorSettings()
    assert real["spec"] == [settings.resolved_cache_maxsize, settings.schema_validator_backend, spec.get_resolved_cache_maxsize(), spec.get_schema_validator_backend()]
    assert real["schema"] == [schema.get_settings().compiled_validator_cache_max_size]
    imported = 0
    for package, stand_in in ((openapi_spec_validator, spec), (openapi_schema_validator, schema)):
        for file in Path(package.__file__).parent.rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text())):
                if isinstance(node, ast.ImportFrom) and node.module == stand_in.__name__:
                    assert all(hasattr(stand_in, alias.name) for alias in node.names), (file, ast.dump(node))
                    imported += 1
    assert imported >= 3


_IMPORTS_PYDANTIC = "import sys; from generator import validate; validate._validator_class('3.1'); validate._dialect_checker(); print('pydantic' in sys.modules)"


def test_the_validator_starts_without_pydantic_unless_a_variable_configures_it():
    import os
    import subprocess
    import sys

    from generator import validator_settings as vs

    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(vs.PREFIXES)}
    run = lambda extra: subprocess.run([sys.executable, "-c", _IMPORTS_PYDANTIC], capture_output=True, text=True, check=True, env={**env, **extra}).stdout.strip()  # noqa: E731
    assert run({}) == "False"
    assert run({"OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND": "jsonschema"}) == "True"  # the library reads it
    # A library version that imports a name the stand-in lacks gets its own module back.
    lacking = "import types; from generator import validator_settings as vs; vs._spec_settings = lambda: types.ModuleType(vs.SPEC_SETTINGS); " + _IMPORTS_PYDANTIC
    assert subprocess.run([sys.executable, "-c", lacking], capture_output=True, text=True, check=True, env=env).stdout.strip() == "True"
