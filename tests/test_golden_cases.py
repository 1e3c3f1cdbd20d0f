"""Golden fixture specs: each edge case's output is committed, compiles, type-checks and behaves."""

from __future__ import annotations

import difflib
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import golden_cases
from conftest import pyright

CASES = golden_cases.cases()


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> Path:
    """Every case generated in full (runtime files too) under one folder, importable."""
    root = tmp_path_factory.mktemp("golden")
    for case in CASES:
        for rel, data in golden_cases.generate(case).items():
            path = root / case / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return root


def test_there_is_a_case_for_each_listed_edge():
    assert len(CASES) >= 15


@pytest.mark.parametrize("case", CASES)
def test_case_output_matches_the_committed_files(packages, case):
    produced = golden_cases.kept({str(p.relative_to(packages / case)): p.read_bytes() for p in (packages / case).rglob("*") if p.is_file()})
    committed = golden_cases.committed(case)
    diffs = []
    for rel in sorted(produced.keys() | committed.keys()):
        a = committed.get(rel, b"").decode().splitlines(keepends=True)
        b = produced.get(rel, b"").decode().splitlines(keepends=True)
        diffs += difflib.unified_diff(a, b, f"committed/{case}/{rel}", f"generated/{case}/{rel}", n=2)
    assert not diffs, "".join(diffs[:80]) + "\nthe golden output is stale: run `make golden` and review the diff"


def test_every_case_passes_pyright_strict(packages):
    report, errors = pyright([packages])
    assert report["summary"]["filesAnalyzed"] == len(list(packages.rglob("*.py")))
    assert not errors, "\n".join(errors[:30])


# What each case must do once imported: (case, code run with the package as `p`).
BEHAVIOUR = {
    "discriminator_mapping": "assert type(p.dispatch.parse_pet({'kind': 'puppy'})).__name__ == 'Dog'\n"
                             "assert type(p.dispatch.parse_pet({'kind': 'cat', 'lives': 9})).__name__ == 'Cat'",
    "discriminator_no_mapping": "assert type(p.dispatch.parse_shape(b'{\"shape\": \"square\", \"side\": 2}')).__name__ == 'Square'",
    "tag_forms": "assert p.dispatch.TOOL_TYPES['web_search_2025_08_26'] is p.models.WebTool\n"
                 "assert type(p.dispatch.parse_tool({'type': 'file_search'})).__name__ == 'SearchTool'",
    "shared_tag": "out = p.dispatch.parse_item({'type': 'message', 'id': 'm', 'role': 'assistant', 'content': [], 'status': 'done'})\n"
                  "assert type(out).__name__ == 'OutputMessage'\n"
                  "assert type(p.dispatch.parse_item({'type': 'message', 'role': 'user', 'content': 'hi'})).__name__ == 'InputMessage'",
    "default_variant": "assert type(p.dispatch.parse_input({'role': 'user', 'content': 'hi'})).__name__ == 'EasyMessage'",
    "nested_unions": "assert type(p.dispatch.parse_output({'type': 'shell_call', 'command': ['ls']})).__name__ == 'ShellCall'",
    "inline_variants": "assert len([n for n in dir(p.models) if 'Citation' in n]) >= 2",
    "recursive_schemas": "t = p.models.Tree.model_validate({'name': 'a', 'children': [{'name': 'b', 'children': []}]})\n"
                         "assert t.children[0].name == 'b'",
    "nullable_30": "u = p.models.User.model_validate({'id': '1', 'nickname': None, 'age': None})\nassert u.nickname is None",
    "nullable_31": "u = p.models.User.model_validate({'id': '1', 'nickname': None, 'age': None, 'tags': None})\nassert u.tags is None",
    "allof_merge": "assert set(p.models.File.model_fields) == {'id', 'created_at', 'filename', 'bytes_'}",
    "query_in_path": "import inspect, httpx\nseen = []\n"
                     "answer = lambda r: (seen.append(str(r.url)), httpx.Response(200, json={'data': [], 'has_more': False}))[1]\n"
                     "c = p.Client(base_url='http://t', http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
                     "list(c.beta.things.list()); list(c.things.list(ids=['a', 'b']))\n"
                     "assert seen == ['http://t/things?beta=true', 'http://t/things?ids=a%2Cb'], seen\n"
                     "assert 'beta' not in inspect.signature(type(c.beta.things).list).parameters",
    "stream_events_ref": "e = p.dispatch.parse_event(b'{\"type\": \"run.output.delta\", \"delta\": \"x\", \"sequence_number\": 1}')\n"
                         "assert type(e).__name__ == 'RunDelta'",
    "stream_events_inline": "assert 'chat.delta' in p.dispatch.EVENT_TYPES",
    "json_lines": "e = p.dispatch.parse_pull_event({'type': 'progress', 'completed': 1, 'total': 2})\n"
                  "assert type(e).__name__ == 'PullProgress' and p.Stream.__name__ == 'Stream'",
    "pagination_styles": "import httpx, json\nseen = []\n"
                         "pages = {None: {'rows': [{'id': 'a'}], 'continue_from': 'c1'}, 'c1': {'rows': [{'id': 'b'}], 'continue_from': None}}\n"
                         "answer = lambda r: (seen.append(str(r.url)), httpx.Response(200, json=pages[r.url.params.get('starting_from')]))[1]\n"
                         "c = p.Client(base_url='http://t', http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
                         "assert [t.id for t in c.fern.list()] == ['a', 'b']\n"
                         "assert seen == ['http://t/fern', 'http://t/fern?starting_from=c1'], seen",
    "regression_recursive_functional_typeddict": "n = p.models.Node.model_validate({'2nd': [{'2nd': []}], 'next-leaf': {'value': 'v'}})\n"
                                                  "assert n.n_2_nd[0].n_2_nd == [] and n.next_leaf.value == 'v'\n"
                                                  "assert p.params.Node.__required_keys__ == frozenset()",
    "deprecations_webhooks": "e = p.dispatch.parse_webhook_event({'type': 'thing.deleted', 'id': 'x'})\n"
                             "assert type(e).__name__ == 'ThingDeletedEvent' and p.Client(api_key='k').webhooks is not None",
    "security_servers": "assert p.client.BASE_URL == 'https://us.example.com/api' and p.client.SECURITY == (('apiKeyHeader',),)\n"
                        "assert p.client.server_url(region='eu') == 'https://eu.example.com/api'",
    "content_types": "assert p.BinaryResponse.__name__ == 'BinaryResponse' and 'FileTypes' in dir(p._content)\n"
                     "assert p.client.BASE_URL == 'https://files.example.com'",
    "parameters": "import inspect\nassert 'kind' not in inspect.signature(p.resources.CatalogsItems.retrieve).parameters",
    "regression_stream_result_union": "acc = p.accumulate([p.dispatch.parse_event({'type': 'queued'})])\n"
                                      "assert not hasattr(acc, 'response') and acc.text == ''",
    "hostile_paths": "assert type(p.dispatch.parse_union_2({'type': 'th\"\"\"ing'})).__name__ == 'Thing'\n"
                     "assert type(p.dispatch.parse_union_2({'type': 'other\\'\\'\\''})).__name__ == 'Thing2'\n"
                     "u = p.models.Unnamed.model_validate({'name': 1 and 'a', 'Name': 'b', 'ｎａｍｅ': 'c', ' name ': 'd'})\n"
                     "assert (u.name, u.name_2, u.name_3, u.name_4) == ('a', 'b', 'c', 'd')",
    "hostile_names": "c = p.models.Class.model_validate({'from': 'x', '__class__': 'y', 'model_config': 'z', 'data-type': 'a\"b'})\n"
                     "assert c.model_dump(exclude_unset=True) == {'from': 'x', '__class__': 'y', 'model_config': 'z', 'data-type': 'a\"b'}",
}

# Runs in a child process: any attempt by imported code to start a process or
# open a file for writing trips the audit hook, so no spec text ever runs.
TRIPWIRE = """
import sys
tripped = []
def hook(event, args):
    if event in ("os.system", "subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn") or (
        event == "open" and isinstance(args[1], str) and any(m in args[1] for m in "wax+")
    ):
        tripped.append(event)
sys.addaudithook(hook)
import importlib
p = importlib.import_module(sys.argv[1])
import os
for name in sorted(os.listdir(os.path.dirname(p.__file__))):
    if name.endswith(".py") and name != "__init__.py":
        importlib.import_module(sys.argv[1] + "." + name[:-3])
exec(sys.argv[2], {"p": p})
assert not tripped, tripped
print("ok")
"""


@pytest.mark.parametrize("case", CASES)
def test_each_case_imports_without_running_spec_text_and_behaves(packages, case):
    result = subprocess.run([sys.executable, "-B", "-c", TRIPWIRE, case, textwrap.dedent(BEHAVIOUR[case])],
                            cwd=packages, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(packages), "PATH": ""})
    assert result.stdout.strip() == "ok", result.stderr[-3000:]
