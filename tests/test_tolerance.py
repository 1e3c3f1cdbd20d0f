"""Real documents break rules. Where correct code can still be emitted, specbind generates it and
reports a located warning; it refuses only what it cannot generate, and never with a traceback.

One minimal document per kind of defect met in real documents, in tests/tolerant/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path


from conftest import ROOT, pyright, run_cli

TOLERANT = Path(__file__).resolve().parent / "tolerant"


def generate(tmp_path: Path, name: str, *extra: str, spec: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli("generate", str(spec or TOLERANT.relative_to(ROOT) / f"{name}.yaml"), "--package", name, "--out", str(tmp_path / name), *extra)


def findings(stderr: str, code: str) -> list[str]:
    """The located lines printed under the group of `code`."""
    lines = stderr.splitlines()
    out: list[str] = []
    for i, line in enumerate(lines):
        if line.split(" (")[0] in (f"warning[{code}]", f"error[{code}]"):
            for follow in lines[i + 1 :]:
                if not follow.startswith("  "):
                    break
                out.append(follow.strip())
    return out


def python(tmp_path: Path, code: str) -> str:
    """Run code in a fresh interpreter that can import the packages generated into tmp_path."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def build_ir(name: str, **kwargs):
    from generator.operations import Selection
    from generator.pipeline import build, prepare

    built = build(prepare(TOLERANT / f"{name}.yaml"), Selection(), source=name, **kwargs)
    built.decision()
    return built.api


# ---- 1. a default that does not match its schema ---------------------------------


def test_a_default_that_does_not_fit_its_schema_is_dropped_with_a_located_warning(tmp_path):
    result = generate(tmp_path, "bad_default")
    assert result.returncode == 0, result.stderr
    assert findings(result.stderr, "default-mismatch") == [
        "tests/tolerant/bad_default.yaml:27:20 #/components/schemas/Session/properties/noise_reduction/default: "
        "default null does not fit the schema's type; it is not used",
        "tests/tolerant/bad_default.yaml:31:20 #/components/schemas/Session/properties/chunking/default: "
        "default [\"auto\"] does not fit the schema's type; it is not used",
    ]
    fields = {f.wire_name: f for f in build_ir("bad_default").get("Session").fields}
    assert not fields["noise_reduction"].has_default and not fields["chunking"].has_default
    assert fields["voice"].has_default and fields["voice"].default == "alloy"


def test_strict_refuses_on_warnings_and_writes_nothing(tmp_path):
    result = generate(tmp_path, "bad_default", "--strict")
    assert result.returncode == 1
    assert result.stderr.count("error[default-mismatch]") == 2 and "Traceback" not in result.stderr
    assert not (tmp_path / "bad_default").exists()


# ---- 2. ECMA-262 patterns --------------------------------------------------------------


def test_patterns_are_read_as_ecma_262_and_one_python_cannot_read_is_no_defect(tmp_path):
    result = generate(tmp_path, "patterns")
    assert result.returncode == 0, result.stderr
    # \p{L}, \P{C}: ECMA-262 with the u flag, which Python's `re` rejects: no finding at all.
    assert "#/components/schemas/Tag/properties/key" not in result.stderr
    assert "#/components/schemas/Tag/properties/value" not in result.stderr
    # A Python-only named group is not ECMA-262: said, located, and the pattern ignored.
    assert findings(result.stderr, "pattern-invalid") == [
        'tests/tolerant/patterns.yaml:26:20 #/components/schemas/Tag/properties/legacy/pattern: '
        '"(?P<name>[a-z]+)" is not an ECMA-262 regular expression; the pattern is ignored'
    ]
    # Readers do not enforce constraints: a value outside a pattern still parses.
    assert python(tmp_path, "from patterns.models import Tag2; print(Tag2.model_validate({'key': 'héllo wörld!', 'legacy': '1'}).key)").strip() == "héllo wörld!"


# ---- 3. YAML 1.2 ---------------------------------------------------------------------


def test_yaml_scalars_are_read_by_yaml_1_2_core_schema_rules(tmp_path):
    from generator.loader import load_document

    switch = load_document(TOLERANT / "yaml12.yaml").root["components"]["schemas"]["Switch"]["properties"]
    assert switch["threshold"]["minimum"] == 1e-08 and isinstance(switch["threshold"]["minimum"], float)
    assert switch["threshold"]["default"] == 0.001
    assert switch["state"]["enum"] == ["on", "off", "yes", "no"]  # YAML 1.1 made these booleans
    assert switch["code"]["example"] == 12  # decimal, not octal
    assert switch["since"]["example"] == "2020-01-01"  # not a date object
    result = run_cli("validate", "tests/tolerant/yaml12.yaml")
    assert result.returncode == 0 and result.stdout.strip() == "0 error(s), 0 warning(s)", result.stdout
    assert generate(tmp_path, "yaml12").returncode == 0
    assert "Literal['on', 'off', 'yes', 'no']" in python(tmp_path, "import yaml12.models as m, typing; print(m.Switch.model_fields['state'].annotation)")


# ---- 4. every finding at its deepest place, quoted short ------------------------------


def test_findings_point_at_the_deepest_place_and_quote_short_excerpts():
    result = run_cli("validate", "tests/tolerant/located.yaml")
    assert result.returncode == 0, result.stdout
    lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert lines == [
        "  tests/tolerant/located.yaml:22:27 #/components/schemas/ModelStatus/properties/stage/enumDeprecated: "
        "'enumDeprecated' is not allowed here (extensions start with `x-`); it is ignored"
    ]


def test_a_long_value_is_quoted_as_an_excerpt(tmp_path):
    spec = tmp_path / "long.yaml"
    spec.write_text((TOLERANT / "bad_default.yaml").read_text().replace("default: [auto]", "default: [" + ", ".join(["auto"] * 300) + "]"))
    result = run_cli("validate", str(spec))
    messages = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "#/components" in line]
    assert messages and all(len(m) <= 200 for m in messages), messages
    assert any("…" in m for m in messages)


# ---- 5. `$ref` only where it is a reference ---------------------------------------------


def test_refs_inside_examples_defaults_and_extensions_are_data(tmp_path):
    result = generate(tmp_path, "refs_in_values")
    assert result.returncode == 0, result.stderr
    assert "ref-" not in result.stderr and "stopped early" not in result.stderr, result.stderr
    validated = run_cli("validate", "tests/tolerant/refs_in_values.yaml")
    assert validated.stdout.strip() == "0 error(s), 0 warning(s)", validated.stdout
    # A property named `default` is a schema, and its reference is followed.
    document = {f.wire_name: f for f in build_ir("refs_in_values").get("Document").fields}
    assert document["default"].type.name == "Setting"


# ---- 6. names that never collide ------------------------------------------------------------


def test_colliding_method_names_fall_back_to_operation_ids_then_a_number(tmp_path):
    result = generate(tmp_path, "name_collisions")
    assert result.returncode == 0, result.stderr
    assert findings(result.stderr, "method-name-collision") == [
        "tests/tolerant/name_collisions.yaml:10:7 #/paths/~1things~1{id}/put: things.update is also the name of PATCH /things/{id}; this one is things.replace_thing",
        "tests/tolerant/name_collisions.yaml:13:7 #/paths/~1things~1{id}/patch: things.update is also the name of PUT /things/{id}; this one is things.update_thing",
        "tests/tolerant/name_collisions.yaml:17:7 #/paths/~1widgets~1{id}/put: widgets.update is also the name of PATCH /widgets/{id}; this one is widgets.save_widget",
        "tests/tolerant/name_collisions.yaml:21:7 #/paths/~1widgets~1{id}/patch: widgets.update is also the name of PUT /widgets/{id}; this one is widgets.save_widget_2",
    ]
    assert findings(result.stderr, "operation-id-duplicate") == [
        "tests/tolerant/name_collisions.yaml:21:7 #/paths/~1widgets~1{id}/patch: operationId 'saveWidget' is also used at /paths/~1widgets~1{id}/put"
    ]
    methods = python(tmp_path, """
        from name_collisions import Client
        c = Client(api_key="k")
        print(sorted(m for m in dir(c.things) if not m.startswith("_")), sorted(m for m in dir(c.widgets) if not m.startswith("_")))
    """)
    assert methods.strip() == "['replace_thing', 'retrieve', 'update_thing', 'with_raw_response'] ['save_widget', 'save_widget_2', 'with_raw_response']"


def test_the_operations_table_still_decides_a_name():
    api = build_ir("name_collisions", operation_names={"updateThing": "things.update"})
    calls = {op.id: ".".join(op.resource + (op.name,)) for op in api.operations}
    assert calls["updateThing"] == "things.update" and calls["replaceThing"] == "things.replace_thing"


# ---- 7. a discriminator inconsistent with its oneOf ------------------------------------------


def test_a_discriminator_a_variant_lacks_gives_a_plain_union(tmp_path):
    result = generate(tmp_path, "discriminator_property_missing")
    assert result.returncode == 0, result.stderr
    assert findings(result.stderr, "discriminator-inconsistent") == [
        "tests/tolerant/discriminator_property_missing.yaml:26:7 #/components/schemas/Dog: "
        "discriminator property 'kind' is missing from this variant; the union is told apart by shape"
    ]
    parsed = python(tmp_path, """
        from discriminator_property_missing import resources
        from pydantic import TypeAdapter
        from discriminator_property_missing.models import Cat, Dog
        from typing import Union
        pet = TypeAdapter(Union[Cat, Dog])
        print(type(pet.validate_python({"kind": "cat"})).__name__, type(pet.validate_python({"name": "rex"})).__name__)
    """)
    assert parsed.split() == ["Cat", "Dog"]


def test_a_mapping_entry_outside_the_oneof_is_ignored(tmp_path):
    result = generate(tmp_path, "discriminator_mapping_outside")
    assert result.returncode == 0, result.stderr
    assert findings(result.stderr, "discriminator-inconsistent") == [
        "tests/tolerant/discriminator_mapping_outside.yaml:24:21 #/components/schemas/Shape/discriminator/mapping/triangle: "
        "mapping 'triangle' names '/components/schemas/Triangle', which is not a variant of this union; the entry is ignored"
    ]
    parsed = python(tmp_path, """
        from discriminator_mapping_outside.dispatch import parse_shape
        print(type(parse_shape({"kind": "square", "side": 2})).__name__, type(parse_shape({"kind": "triangle"})).__name__)
    """)
    assert parsed.split() == ["Square", "UnknownShape"]


def test_variants_nothing_tells_apart_are_a_warning(tmp_path):
    result = generate(tmp_path, "ambiguous_shared_tag")
    assert result.returncode == 0, result.stderr
    assert findings(result.stderr, "union-ambiguous")[0].startswith("tests/tolerant/ambiguous_shared_tag.yaml:20:7 #/components/schemas/A: ")
    assert python(tmp_path, "from ambiguous_shared_tag.dispatch import parse_item; print(type(parse_item({'type': 'thing', 'value': 'v'})).__name__)").strip() == "A"


# ---- 8. webhooks and no paths ------------------------------------------------------------------


def test_a_webhooks_only_document_generates_its_models(tmp_path):
    result = generate(tmp_path, "webhooks_only")
    assert result.returncode == 0, result.stderr
    assert "warning[no-operations] (1)" in result.stderr
    parsed = python(tmp_path, """
        import webhooks_only
        from webhooks_only.models import OrderShipped, RefundIssuedPayload
        print(OrderShipped.model_validate({"order_id": "o1", "extra": 1}).order_id, RefundIssuedPayload.model_validate({"refund_id": "r1"}).refund_id)
        webhooks_only.Client(api_key="k").close()
    """)
    assert parsed.split() == ["o1", "r1"]
    # Its payloads carry no tag: a delivery parses into the first payload type that fits.
    assert python(tmp_path, SIGNED + textwrap.dedent("""
        from webhooks_only import Client
        body = b'{"refund_id": "r1", "amount": 3}'
        print(type(Client(api_key="k", webhook_secret=SECRET).webhooks.unwrap(body, signed(body))).__name__)
    """)).strip() == "RefundIssuedPayload"


SIGNED = """
import base64, hashlib, hmac, time
SECRET = "whsec_" + base64.b64encode(b"key").decode()
def signed(body):
    ts = str(int(time.time()))
    digest = hmac.new(b"key", b"msg." + ts.encode() + b"." + body, hashlib.sha256).digest()
    return {"webhook-id": "msg", "webhook-timestamp": ts, "webhook-signature": "v1," + base64.b64encode(digest).decode()}
"""


def test_x_webhooks_of_a_30_document_get_a_discriminated_event_union(tmp_path):
    result = generate(tmp_path, "x_webhooks_30")
    assert result.returncode == 0, result.stderr
    out = python(tmp_path, SIGNED + textwrap.dedent("""
        from x_webhooks_30 import Client
        hooks = Client(api_key="k", webhook_secret=SECRET).webhooks
        for body in (b'{"event": "order.cancelled", "order": {"id": "o1"}}', b'{"event": "order.lost", "order": {}}'):
            print(type(hooks.unwrap(body, signed(body))).__name__)
    """))
    assert out.split() == ["OrderCancelled", "UnknownWebhookEvent"]
    assert "| `orderShipped` | POST | `OrderShipped` |" in (tmp_path / "x_webhooks_30" / "api.md").read_text()


# ---- 9. code bugs: keywords, deep nesting, no components ------------------------------------------


def test_keyword_tags_and_paths_and_no_component_schemas_give_a_package_that_compiles(tmp_path):
    result = generate(tmp_path, "keywords_and_no_components")
    assert result.returncode == 0, result.stderr
    out = python(tmp_path, """
        import compileall, keywords_and_no_components as p
        assert compileall.compile_dir(p.__path__[0], quiet=1)
        from keywords_and_no_components import models, params, resources
        import os; assert not os.path.exists(os.path.join(p.__path__[0], "dispatch.py"))  # no union to dispatch
        c = p.Client(api_key="k")
        print(callable(c.class_.list), callable(c.import_.delete), type(c.query).__name__, type(c.stream).__name__)
    """)
    # A resource named like a name the module imports (Query, Stream) gets a class of its own name.
    assert out.split() == ["True", "True", "QueryResource", "StreamResource"]
    _, errors = pyright([tmp_path / "keywords_and_no_components"])
    assert not errors, "\n".join(errors)


def test_a_package_name_that_is_a_keyword_is_refused(tmp_path):
    result = run_cli("generate", str(TOLERANT / "keywords_and_no_components.yaml"), "--package", "class", "--out", str(tmp_path / "x"))
    assert result.returncode == 1 and "package name 'class'" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def _nested_objects(depth: int) -> dict:
    schema: dict = {"type": "string"}
    for _ in range(depth):
        schema = {"type": "object", "properties": {"inner": schema}}
    return schema


def _document(schema: dict) -> dict:
    return {
        "openapi": "3.1.0", "info": {"title": "Deep", "version": "1"},
        "paths": {"/deep": {"get": {"operationId": "getDeep", "responses": {"200": {
            "description": "ok", "content": {"application/json": {"schema": schema}}}}}}},
    }


def test_a_schema_nested_hundreds_of_levels_deep_generates(tmp_path):
    spec = tmp_path / "deep.json"
    spec.write_text(json.dumps(_document(_nested_objects(400))))
    result = generate(tmp_path, "deep", spec=spec)
    assert result.returncode == 0, result.stderr[-2000:]
    depth = python(tmp_path, """
        import sys
        sys.setrecursionlimit(20_000)  # pydantic builds a model's schema recursively, several frames a level
        from deep.models import GetDeepResponse
        value = node = {}
        for _ in range(399):
            node["inner"] = {}
            node = node["inner"]
        node["inner"] = "bottom"
        parsed = GetDeepResponse.model_validate(value)
        for _ in range(399):
            parsed = parsed.inner
        print(parsed.inner)
    """)
    assert depth.strip() == "bottom"


def test_anonymous_types_too_deep_for_python_are_refused_with_their_place(tmp_path):
    schema: dict = {"type": "string"}
    for _ in range(100):
        schema = {"type": "array", "items": schema}
    spec = tmp_path / "arrays.json"
    spec.write_text(json.dumps(_document(schema)))
    result = generate(tmp_path, "arrays", spec=spec)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error[too-deep]" in result.stderr
    assert f"{spec}:1:" in result.stderr and "#/paths/~1deep/get/responses/200/content/application~1json/schema" + "/items" * 64 in result.stderr


def test_a_document_nested_past_what_python_can_parse_is_refused_at_its_line(tmp_path):
    spec = tmp_path / "bottomless.json"
    document = json.dumps(_document({"type": "string"}))
    spec.write_text(document[:-1] + ',\n "x-deep": ' + "[" * 200_000 + "]" * 200_000 + "}")
    result = generate(tmp_path, "bottomless", spec=spec)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{spec}:2:" in result.stderr and "error[too-deep]" in result.stderr


# ---- 10. every model builds -------------------------------------------------------------------


def test_every_model_builds_when_a_tag_is_an_enum_component_or_a_plain_string(tmp_path):
    result = generate(tmp_path, "tag_not_a_plain_string")
    assert result.returncode == 0, result.stderr
    out = python(tmp_path, """
        import pydantic, tag_not_a_plain_string.models as m
        models = [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, pydantic.BaseModel) and v.__module__ == m.__name__]
        for model in models:
            model.model_rebuild(force=True)
            model.model_json_schema()
        from tag_not_a_plain_string.dispatch import parse_external_account
        print(len(models), type(parse_external_account({"object": "bank_account", "last4": "1"})).__name__,
              type(parse_external_account({"object": "card", "brand": "x"})).__name__)
    """)
    assert out.split() == ["3", "BankAccount", "Card"]


# ---- scope, overlays, bugs -------------------------------------------------------------------------


def test_findings_outside_the_selected_operations_do_not_block_them(tmp_path):
    spec = tmp_path / "half_broken.yaml"
    spec.write_text(textwrap.dedent("""\
        openapi: 3.1.0
        info: {title: Half broken, version: "1"}
        paths:
          /good:
            get:
              operationId: getGood
              responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Good"}}}}}
          /bad:
            get:
              operationId: getBad
              responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Missing"}}}}}
        components:
          schemas:
            Good: {type: object, properties: {id: {type: string}}}
            Unused: {type: object, properties: {size: {type: integer, default: "large"}}}
        """))
    selected = generate(tmp_path, "good", "--select", "/good", spec=spec)
    assert selected.returncode == 0, selected.stderr
    assert "2 finding(s) in parts of the document this target does not use" in selected.stderr
    everything = generate(tmp_path, "everything", spec=spec)
    assert everything.returncode == 1 and not (tmp_path / "everything").exists()
    assert f"{spec}:11:88 #/paths/~1bad/get/responses/200/content/application~1json/schema/$ref: error[ref-dangling]" in everything.stderr


def test_an_overlay_action_that_matches_nothing_warns_on_another_version_and_fails_on_its_own(tmp_path):
    overlay = TOLERANT / "overlay_targets_nothing.overlay.yaml"
    minimal = ROOT / "tests" / "bad_specs" / "minimal.yaml"
    other = run_cli("validate", "tests/bad_specs/minimal.yaml", "--overlay", "tests/tolerant/overlay_targets_nothing.overlay.yaml")
    assert other.returncode == 0, other.stdout
    assert "warning[overlay-unmatched] (1)" in other.stdout and "overlay_targets_nothing.overlay.yaml:4:13 #/actions/0/target" in other.stdout
    # The same action in an overlay that `extends` the pinned document means upstream fixed the defect.
    url = "https://example.invalid/minimal.yaml"
    (tmp_path / "spec" / "overlays").mkdir(parents=True)
    (tmp_path / "spec" / "overlays" / "pinned.overlay.yaml").write_text(overlay.read_text().replace("actions:", f"extends: {url}\nactions:"))
    from generator.sources import sha256_file

    (tmp_path / "spec" / "sources.toml").write_text(f'[minimal]\nurl = "{url}"\nsha256 = "{sha256_file(minimal)}"\noverlays = ["pinned.overlay.yaml"]\n')
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "minimal.yaml").write_bytes(minimal.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEC_CACHE": str(tmp_path / "cache")}
    own = subprocess.run([sys.executable, "-m", "generator.cli", "validate", "minimal"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert own.returncode == 1, own.stdout
    assert "error[overlay-stale] (1)" in own.stdout and "upstream fixed it, delete the action" in own.stdout


def test_an_unexpected_exception_is_an_internal_error_naming_the_stage_and_place(monkeypatch, capsys):
    from generator import cli, schemas

    def broken(self, node, doc, at, hint):
        from generator.diagnostics import current_pointer

        current_pointer.set(at)
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(schemas.SchemaConverter, "_inline_model", broken)
    monkeypatch.chdir(ROOT)
    code = cli.main(["inspect", "tests/tolerant/bad_default.yaml"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "tests/tolerant/bad_default.yaml:21:7 #/components/schemas/Session: error[internal]: unexpected ZeroDivisionError while building the IR" in err
    assert "Traceback" not in err


def test_docs_list_every_diagnostic_code_with_its_severity():
    from generator.diagnostics import CODES

    text = (ROOT / "docs" / "diagnostics.md").read_text()
    documented = dict(line.split(" | ")[:2] for line in (l.strip("| ") for l in text.splitlines() if l.startswith("| `")))
    assert documented == {f"`{code}`": c.severity for code, c in CODES.items()}


def test_remote_refs_are_fetched_only_when_allowed(tmp_path):
    import http.server
    import threading

    (tmp_path / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    id: {type: string}\n")
    handler = lambda *a: http.server.SimpleHTTPRequestHandler(*a, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/schemas.yaml#/Thing"
        spec = tmp_path / "remote.yaml"
        spec.write_text(textwrap.dedent(f"""\
            openapi: 3.1.0
            info: {{title: Remote, version: "1"}}
            paths:
              /things:
                get:
                  operationId: getThing
                  responses: {{"200": {{description: ok, content: {{application/json: {{schema: {{$ref: "{url}"}}}}}}}}}}
            """))
        refused = generate(tmp_path, "refused", spec=spec)
        assert refused.returncode == 1 and "error[ref-remote]" in refused.stderr and "--allow-remote" in refused.stderr
        fetched = generate(tmp_path, "fetched", "--allow-remote", spec=spec)
        assert fetched.returncode == 0, fetched.stderr
        assert python(tmp_path, "from fetched.models import Thing; print(Thing.model_validate({'id': 't'}).id)").strip() == "t"
    finally:
        server.shutdown()


# ---- allOf parts that only annotate; a body offered as JSON and multipart -------------


def test_an_allof_part_that_only_annotates_keeps_the_referenced_type_and_adds_null(tmp_path):
    """`allOf: [{$ref: X}, {nullable: true}]` is X or null, not an object: a string choice parses."""
    assert generate(tmp_path, "allof_annotations").returncode == 0
    out = python(tmp_path, """
        from allof_annotations import models
        run = models.Run.model_validate({"id": "r", "tool_choice": "required"})
        print(run.tool_choice, models.Run.model_validate({"id": "r", "tool_choice": None}).tool_choice)
    """)
    assert out.split() == ["required", "None"]


def test_a_body_offered_as_json_and_multipart_goes_as_multipart_when_it_carries_a_file():
    (op,) = [op for op in build_ir("allof_annotations").operations if op.id == "createUpload"]
    assert op.body is not None and op.body.content_type == "multipart/form-data"
