"""Other versions of the OpenAI document than the pinned one, as a user meets them.

A newer 3.1 document and an old 3.0.0 one carry defects of their own outside the
Responses paths; the Responses selection of each still generates, imports and
parses every stream event example of the document. Moving the pin to another
commit and regenerating works end to end with the shipped overlays.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT, run_cli
from documents import manifest


@pytest.mark.parametrize("name", ["openai-9c8e121", "openai-bf2a340"], ids=["9c8e121-3.1", "bf2a340-3.0"])
def test_the_responses_selection_of_another_version_generates_and_parses_its_event_examples(tmp_path, name):
    spec = manifest()[name].path
    result = run_cli("generate", str(spec), "--select", "/responses", "--package", "r", "--out", str(tmp_path / "r"))
    assert result.returncode == 0, result.stderr
    from generator.loader import load_document

    schemas = load_document(spec).root["components"]["schemas"]
    examples = {
        name: s["x-oaiMeta"]["example"] for name, s in schemas.items()
        if isinstance(s.get("x-oaiMeta"), dict) and isinstance(s["x-oaiMeta"].get("example"), str) and name.startswith("Response") and name.endswith("Event")
    }
    assert len(examples) >= 30
    checked = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        import json, sys
        from r import dispatch
        examples = json.loads(sys.stdin.read())
        matched = kept = 0
        for name, text in examples.items():
            try:
                payload = json.loads(text)
            except ValueError:
                continue  # the document's example is not JSON
            event = dispatch.parse_event(payload)
            if type(event) is dispatch.EVENT_TYPES.get(payload.get("type")):
                matched += 1
            else:  # a tag the example's own schema does not declare, or a value its schema does not allow: kept whole
                assert type(event).__name__.startswith("Unknown"), (name, type(event))
                kept += 1
            assert event.model_dump(mode="json", by_alias=True, exclude_unset=True) == payload, name
        print(matched, kept)
    """)], input=json.dumps(examples), cwd=tmp_path, capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert checked.returncode == 0, checked.stderr
    matched, kept = map(int, checked.stdout.split())
    valid = sum(1 for text in examples.values() if _is_json(text))
    assert matched + kept == valid and matched >= 0.9 * valid, (matched, kept, valid)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def test_pin_another_commit_then_regenerate_on_a_scratch_copy(tmp_path):
    scratch = tmp_path / "project"
    scratch.mkdir()
    for item in ("pyproject.toml", "templates", "generated"):
        (shutil.copytree if (ROOT / item).is_dir() else shutil.copy)(ROOT / item, scratch / item)
    shutil.copytree(ROOT / "spec", scratch / "spec", ignore=shutil.ignore_patterns(".cache"))
    # An action for a schema the newer commit has and this older one does not: after the pin it matches nothing.
    beta = scratch / "spec" / "overlays" / "openai-beta.overlay.yaml"
    beta.write_text(beta.read_text() + (
        "  - target: $.components.schemas.ResponseShellCallCommandAddedStreamingEvent\n"
        "    update:\n"
        "      x-note: an action for a schema only the pinned commit has\n"
    ))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPECBIND_CACHE": str(tmp_path / "cache")}

    def specbind(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=scratch, env=env, capture_output=True, text=True, timeout=600)

    before = specbind("generate", "--target", "openai_responses")
    assert before.returncode == 0, before.stderr
    assert "overlay" not in before.stderr  # the action matches the pinned document
    assert "1 written" in before.stdout  # the lock, which records each overlay's sha256
    pinned = specbind("pin", "openai", "9c8e1216bdaee0b020d1253ab7cc03a32eb36efe", "--file", str(manifest()["openai-9c8e121"].path), "--changelog", "spec/CHANGELOG.md")
    assert pinned.returncode == 0, pinned.stderr
    assert manifest()["openai-9c8e121"].source.sha256 in (scratch / "spec" / "sources.toml").read_text()
    assert "removed model `ResponseShellCallCommandAddedStreamingEvent`" in (scratch / "spec" / "CHANGELOG.md").read_text()
    regenerated = specbind("generate")
    assert regenerated.returncode == 0, regenerated.stderr
    assert "warning[overlay-unmatched] (1)" in regenerated.stderr
    assert "spec/overlays/openai-beta.overlay.yaml:25:13 #/actions/4/target: target '$.components.schemas.ResponseShellCallCommandAddedStreamingEvent' matches nothing" in regenerated.stderr, regenerated.stderr
    models = (scratch / "generated" / "openai_responses" / "models.py").read_text()
    assert "class ResponseShellCallCommandAddedStreamingEvent" not in models and "class ResponseTextDeltaEvent(Model)" in models
    assert "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8" in (ROOT / "spec" / "sources.toml").read_text()
