"""`specbind diff`: the API changelog between two specs."""

from __future__ import annotations

import copy
import json
import re

from conftest import run_cli


def test_previous_to_latest_lists_the_five_new_stream_events_as_not_breaking():
    result = run_cli("diff", "openai-previous", "openai")
    assert result.returncode == 0, result.stderr
    events = re.findall(r"^- `ResponseStreamEvent`: new event `([^`]+)`", result.stdout, re.M)
    assert sorted(events) == [
        "response.shell_call_command.added",
        "response.shell_call_command.delta",
        "response.shell_call_command.done",
        "response.shell_call_output_content.delta",
        "response.shell_call_output_content.done",
    ]
    breaking = result.stdout.split("### Breaking")[1].split("###")[0]
    assert "ResponseStreamEvent" not in breaking
    # Widening an enum (new model names) is listed, and not as breaking.
    assert re.search(r"^- `CreateResponse.model` accepts .*'gpt-5.5'", result.stdout, re.M)
    assert "CreateResponse.model" not in breaking


def _spec(events: list[dict], extra_props: dict | None = None, required_param: bool = False) -> dict:
    delta = {"type": "object", "description": "A delta.", "required": ["type", "delta"],
             "properties": {"type": {"type": "string", "enum": ["text.delta"]}, "delta": {"type": "string"}, **(extra_props or {})}}
    done = {"type": "object", "description": "Done.", "required": ["type"],
            "properties": {"type": {"type": "string", "const": "text.done"}, "text": {"type": "string"}}}
    start = {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "const": "text.start"}}}
    params = [{"name": "q", "in": "query", "required": required_param, "schema": {"type": "string", "enum": ["a", "b"]}}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "createThing", "parameters": params,
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}},
            "responses": {"200": {"description": "ok", "content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Event"}}}}},
        }}},
        "components": {"schemas": {
            "Req": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["x", "y"]}, "n": {"type": "integer"}}},
            "Delta": delta, "Done": done, "Start": start,
            "Event": {"oneOf": [{"$ref": f"#/components/schemas/{e}"} for e in events]},
        }},
    }


def _diff(tmp_path, old: dict, new: dict) -> str:
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    result = run_cli("diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"), "--select", "/things")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_reordered_members_and_reworded_descriptions_are_no_change(tmp_path):
    old = _spec(["Delta", "Done"])
    new = _spec(["Done", "Delta"])
    schemas = new["components"]["schemas"]
    schemas["Delta"]["description"] = "Reworded entirely."
    schemas["Delta"]["properties"] = dict(reversed(list(schemas["Delta"]["properties"].items())))
    schemas["Req"]["properties"]["mode"]["enum"] = ["y", "x"]
    assert "No changes" in _diff(tmp_path, old, new)


def test_removals_and_new_requirements_are_breaking(tmp_path):
    old = _spec(["Start", "Delta", "Done"], extra_props={"index": {"type": "integer"}})
    new = copy.deepcopy(_spec(["Start", "Delta"], required_param=True))
    new["components"]["schemas"]["Req"]["properties"]["mode"]["enum"] = ["x", "y", "z"]
    text = _diff(tmp_path, old, new)
    breaking = text.split("### Breaking")[1].split("###")[0]
    assert "`Event`: event `text.done` removed" in breaking
    assert "`Delta.index` removed" in breaking
    assert "query parameter `q` is now required" in breaking
    assert "accepts `'z'`" in text and "'z'" not in breaking


def test_prepend_puts_the_newest_entry_under_the_title(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    (tmp_path / "a.json").write_text(json.dumps(_spec(["Delta"])))
    (tmp_path / "b.json").write_text(json.dumps(_spec(["Delta", "Done"])))
    for old, new in (("a", "b"), ("b", "a")):
        result = run_cli("diff", str(tmp_path / f"{old}.json"), str(tmp_path / f"{new}.json"), "--select", "/things", "--prepend", str(changelog))
        assert result.returncode == 0, result.stderr
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\n## b ")
    assert text.index("## b ") < text.index("## a ")


def test_pin_moves_a_source_to_a_new_commit_and_records_the_changes(tmp_path):
    """`make update-spec` in miniature: the older pinned spec moved to the latest one."""
    import os
    import shutil
    import subprocess
    import sys

    from conftest import ROOT
    from generator.sources import load_sources, resolve

    shutil.copytree(ROOT / "spec" / "overlays", tmp_path / "spec" / "overlays")
    pinned = load_sources(ROOT / "spec" / "sources.toml")
    old, latest = pinned["openai-previous"], pinned["openai"]
    (tmp_path / "spec" / "sources.toml").write_text(
        f'# comment kept\n[openai]\nurl = "{old.url}"\nsha256 = "{old.sha256}"\n'
        f'overlays = ["openai.overlay.yaml", "openai-2026-05.overlay.yaml"]\n'
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.specbind.targets.r]\nsource = "openai"\nselect = ["/responses"]\npackage = "r"\nout = "out/r"\n'
    )
    cache = tmp_path / "cache"
    cache.mkdir()
    old_file, new_file = resolve(old).resolve(), resolve(latest).resolve()
    shutil.copy(old_file, cache / old_file.name)
    commit = latest.url.split("/")[-2]
    env = {**os.environ, "SPEC_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "generator.cli", "pin", "openai", commit, "--file", str(new_file),
                             "--overlays", "openai.overlay.yaml,openai-beta.overlay.yaml", "--changelog", "CHANGELOG.md"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "spec" / "sources.toml").read_text()
    assert text.startswith("# comment kept\n") and f'url = "{latest.url}"' in text and f'sha256 = "{latest.sha256}"' in text
    assert 'overlays = ["openai.overlay.yaml", "openai-beta.overlay.yaml"]' in text
    assert (cache / f"{latest.sha256}.yaml").is_file()
    changelog = (tmp_path / "CHANGELOG.md").read_text()
    assert changelog.count("new event `response.shell_call") == 5


def test_parameters_and_fields_follow_the_same_nullability_rules(tmp_path):
    old = _spec(["Delta"])
    old["paths"]["/things"]["post"]["parameters"][0]["schema"] = {"type": ["string", "null"], "enum": ["a", "b", None]}
    new = _spec(["Delta"])
    text = _diff(tmp_path, old, new)
    breaking = text.split("### Breaking")[1].split("###")[0]
    assert "query parameter `q` is now not nullable" in breaking  # a caller sending null breaks


def test_newly_deprecated_items_and_new_webhooks_are_listed_and_not_breaking(tmp_path):
    old = _spec(["Delta", "Done"])
    new = copy.deepcopy(old)
    thing = new["paths"]["/things"]["post"]
    thing["deprecated"] = True
    thing["parameters"][0]["deprecated"] = True
    new["components"]["schemas"]["Req"]["properties"]["n"]["deprecated"] = True
    new["components"]["schemas"]["Done"]["deprecated"] = True
    new["webhooks"] = {"thing_done": {"post": {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Done"}}}},
        "responses": {"200": {"description": "ok"}},
    }}}
    text = _diff(tmp_path, old, new)
    section = text.split("### Deprecations", 1)[1].split("###", 1)[0]
    assert "- `things.create` is now deprecated" in section
    assert "- `things.create` query parameter `q` is now deprecated" in section
    assert "- `Req.n` is now deprecated" in section
    assert "- model `Done` is now deprecated" in section
    assert "### Breaking" not in text
    assert "- new webhook `thing_done` (`Done`)" in text.split("### Webhooks", 1)[1]
    # And back: the mark going away is listed too.
    assert "`Req.n` is no longer deprecated" in _diff(tmp_path, new, old)
