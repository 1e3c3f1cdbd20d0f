"""Real-world documents on the wire: a package generated from each of a few corpus documents
(tests/documents.toml) that use multipart, form bodies, binary responses, apiKey headers and server
variables calls every one of its operations against Steady serving the document as it is;
Steady checks each request against the document and the answer parses into the declared type."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.operations import Selection
from generator.pipeline import build, prepare

from conftest import ROOT
from documents import manifest
from steady_calls import call_every_operation, report
from test_steady import start_steady

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}

# document -> what it puts on the wire that JSON-only bindings would not
DOCUMENTS = {
    "ai_xai": "multipart uploads, binary downloads",
    "ai_qdrant": "apiKey header, multipart, binary snapshot downloads",
    "ai_fal": "apiKey header, multipart, binary downloads",
    "ai_deepinfra": "form-encoded and multipart bodies",
    "dir_amazonaws_com_serverlessrepo_2017_09_08": "server variables, apiKey header (AWS signature parts), JSON bodies",
    "dir_amazonaws_com_iotanalytics_2017_11_27": "server variables, apiKey header, query parameters",
    "ai_reka": "apiKey header",
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_operation_of_a_real_document_is_accepted_and_parses(name, tmp_path):
    document = manifest()[name].path
    package = "wire_" + name
    out = tmp_path / package
    result = subprocess.run(
        [sys.executable, "-m", "generator.cli", "generate", str(document), "--package", package, "--out", str(out), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    prepared = prepare(document)
    built, root = build(prepared, Selection(), source=name), prepared.spec.root
    sys.path.insert(0, str(tmp_path))
    try:
        pkg = importlib.import_module(package)
        credentials = {c: "test-credential" for c in _credential_arguments(pkg)}
        with start_steady(_served_copy(document, tmp_path)) as url, pkg.Client(base_url=url, max_retries=0, **credentials) as client:
            failed = call_every_operation(built.api, pkg, client, root)
    finally:
        sys.path.remove(str(tmp_path))
    print(report(name, built.api, failed, root))
    assert not failed, report(name, built.api, failed, root)


def _served_copy(document: Path, folder: Path) -> Path:
    """The document as Steady is to serve it. Steady matches a path key literally, so the
    `#fragment` some keys carry to stay unique (`/tags#resourceArn`, an AWS convention; a client
    never sends it) is dropped where the path items then merge without a method served twice."""
    from generator.loader import load_document

    root = load_document(document).root
    merged: dict[str, dict] = {}
    for key, item in (root.get("paths") or {}).items():
        path_level = item.get("parameters") or []  # moved into each operation, so that items merge
        item = {m: {**op, "parameters": path_level + (op.get("parameters") or [])} for m, op in item.items() if m in METHODS}
        bare = key.split("#")[0]
        if bare in merged and not (merged[bare].keys() & item.keys()):
            merged[bare] = {**merged[bare], **item}
        else:
            merged[bare if bare not in merged else key] = item
    copy = folder / f"served{document.suffix if document.suffix == '.json' else '.json'}"
    copy.write_text(json.dumps({**root, "paths": merged}))
    return copy


def _credential_arguments(pkg) -> list[str]:
    """The client's credential arguments: its keyword arguments other than the common ones."""
    import inspect

    common = {"base_url", "timeout", "max_retries", "default_headers", "http_client", "webhook_secret"}
    params = inspect.signature(pkg.Client.__init__).parameters
    return [n for n, p in params.items() if p.kind is p.KEYWORD_ONLY and n not in common and not n.startswith("_")]
