"""Every operation through the TypeScript client under node against Steady: the whole OpenAI API
(`typescript_api`, as committed) and the real-world documents of the Python wire run
(test_steady_corpus), each called with the arguments the Python client gets. Steady checks each
request against the document; the test reports called / total and passes only at all of them."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlencode

import pytest

from conftest import GENERATED, ROOT, run_cli, target_ir
from documents import manifest
from generator.config import load_targets
from generator.operations import Selection
from generator.pipeline import build, prepare
from steady_calls import TYPESCRIPT_RUNNER, typescript_calls, typescript_credentials
from test_steady import serve, start_steady
from test_steady_corpus import DOCUMENTS, _served_copy
from test_typescript import compile_to_js


@pytest.fixture(scope="module")
def js(tmp_path_factory) -> Path:
    """Each package compiled to JavaScript by one tsc run: js/<name>/index.js."""
    root = tmp_path_factory.mktemp("ts_steady")
    shutil.copytree(GENERATED / "typescript_api", root / "ts" / "typescript_api")
    for name in DOCUMENTS:
        result = run_cli("generate", str(manifest()[name].path), "--package", "x", "--out", str(root / "ts" / name),
                         "--templates", "typescript", "--quiet")
        assert result.returncode == 0, result.stderr[-2000:]
    js = compile_to_js(root / "ts", root / "js")
    (js / "run.mjs").write_text(TYPESCRIPT_RUNNER)
    return js


def call_all(js: Path, name: str, calls: list[dict], clients: dict[str, dict]) -> dict[str, str]:
    """What failed and why, by `METHOD path`, of calling each operation through package `name`."""
    plan = js / f"{name}.plan.json"
    plan.write_text(json.dumps({"calls": calls, "clients": clients}))
    node = shutil.which("node")
    assert node, "node is needed"
    result = subprocess.run([node, str(js / "run.mjs"), str(plan), str(js / name / "index.js")],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def summary(name: str, total: int, failed: dict[str, str]) -> str:
    lines = [f"{name} (TypeScript) against Steady: {total - len(failed)}/{total} operations accepted"]
    return "\n".join(lines + [f"  {k}: {v}" for k, v in sorted(failed.items())])


def test_every_operation_of_the_whole_openai_api(js, tmp_path):
    api, root = target_ir("typescript_api")
    options = load_targets(ROOT)["typescript_api"].options
    keys = {name: f"sk-{name}" for name in typescript_credentials(api, options)}
    calls = typescript_calls(api, root)
    with serve(root, tmp_path) as urls:
        clients = {urlencode(query): {"baseURL": url, "maxRetries": 0, **keys} for query, url in urls.items()}
        failed = call_all(js, "typescript_api", calls, clients)
    print(summary("typescript_api", len(calls), failed))
    assert len(calls) == len(api.operations) > 200
    assert not failed, summary("typescript_api", len(calls), failed)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_operation_of_a_real_document(js, tmp_path, name):
    document = manifest()[name].path
    prepared = prepare(document)
    api, root = build(prepared, Selection(), source=name).api, prepared.spec.root
    keys = {c: "test-credential" for c in typescript_credentials(api, {})}
    calls = typescript_calls(api, root)
    with start_steady(_served_copy(document, tmp_path)) as url:
        failed = call_all(js, name, calls, {"": {"baseURL": url, "maxRetries": 0, **keys}})
    print(summary(name, len(calls), failed))
    assert calls and not failed, summary(name, len(calls), failed)
