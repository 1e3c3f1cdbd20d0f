"""Deprecations: what a deprecated operation, parameter, field or type turns into, for a type
checker, at run time, and in the docs (tests/golden/deprecations_webhooks/spec.yaml)."""

from __future__ import annotations

import ast
import json
import sys
import warnings
from pathlib import Path

import httpx
import pytest

import golden_cases
from conftest import pyright

CASE = "deprecations_webhooks"


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deprecations")
    for rel, data in golden_cases.generate(CASE).items():
        (root / CASE / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / CASE / rel).write_bytes(data)
    sys.path.insert(0, str(root))
    yield root
    sys.path.remove(str(root))


@pytest.fixture(scope="module")
def package(root):
    import importlib

    return importlib.import_module(CASE)


def test_pyright_flags_a_call_to_a_deprecated_operation_and_nothing_else(root):
    user = root / "user_code.py"
    user.write_text(
        f"from {CASE} import AsyncClient, Client\n"
        "\n"
        "client = Client(api_key='k')\n"
        "client.things.create(name='x')\n"  # line 4: deprecated
        "client.widgets.retrieve('w')\n"
        "\n"
        "\n"
        "async def main(a: AsyncClient) -> None:\n"
        "    await a.things.create(name='x')\n"  # line 9: deprecated
        "    await a.widgets.retrieve('w')\n"
    )
    report, errors = pyright([user], mode="standard", config_dir=root, rules={"reportDeprecated": "warning"})
    assert not errors, errors
    flagged = [d for d in report["generalDiagnostics"] if d.get("rule") == "reportDeprecated"]
    assert [d["range"]["start"]["line"] + 1 for d in flagged] == [4, 9], flagged
    assert all("use `POST /widgets` instead" in d["message"] for d in flagged), flagged


@pytest.fixture
def client(package):
    sent: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "t1", "name": "x"})

    client = package.Client(api_key="k", base_url="http://test", http_client=httpx.Client(transport=httpx.MockTransport(reply)))
    client.sent = sent
    return client


def _warnings_of(call) -> list[warnings.WarningMessage]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call()
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_calling_a_deprecated_operation_warns_at_the_callers_line(client):
    caught = _warnings_of(lambda: client.things.create(name="x"))
    assert [str(w.message) for w in caught] == ["`client.things.create()`: Deprecated since v2; use `POST /widgets` instead."]
    assert caught[0].filename == __file__


def test_passing_a_deprecated_argument_warns_and_still_sends_it(client):
    caught = _warnings_of(lambda: client.things.create(name="x", legacy_mode=True, old_name="o"))
    messages = [str(w.message) for w in caught]
    assert "`legacy_mode` is deprecated: Replaced by the `mode` body field." in messages
    assert "`old_name` is deprecated: Use `name` instead." in messages
    assert all(w.filename == __file__ for w in caught), [(w.filename, w.lineno) for w in caught]
    request = client.sent[-1]
    assert request.url.params["legacy_mode"] == "true"
    assert json.loads(request.content) == {"name": "x", "old_name": "o"}


def test_an_operation_that_is_not_deprecated_does_not_warn(client):
    assert _warnings_of(lambda: client.widgets.retrieve("w")) == []
    assert client.sent[-1].url.path == "/widgets/w"


def test_the_async_client_warns_the_same(package):
    import asyncio

    async def run() -> list[str]:
        transport = httpx.MockTransport(lambda r: httpx.Response(200, json={"id": "t1", "name": "x"}))
        async with package.AsyncClient(api_key="k", base_url="http://test", http_client=httpx.AsyncClient(transport=transport)) as client:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                await client.things.create(name="x", old_name="o")
        assert all(w.filename == __file__ for w in caught), [(w.filename, w.lineno) for w in caught]
        return sorted(str(w.message) for w in caught if issubclass(w.category, DeprecationWarning))

    assert asyncio.run(run()) == [
        "`client.things.create()`: Deprecated since v2; use `POST /widgets` instead.",
        "`old_name` is deprecated: Use `name` instead.",
    ]


def _docstrings(path: Path) -> dict[str, str]:
    """Class and attribute docstrings of a module, by `Class` and `Class.attribute`."""
    out: dict[str, str] = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = ast.get_docstring(node) or ""
            for a, b in zip(node.body, node.body[1:]):
                if isinstance(a, ast.AnnAssign) and isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant):
                    out[f"{node.name}.{ast.unparse(a.target)}"] = b.value.value
    return out


def test_docstrings_and_api_md_mark_what_is_deprecated(root):
    models = _docstrings(root / CASE / "models.py")
    params = _docstrings(root / CASE / "params.py")
    assert models["LegacyInfo"] == "Deprecated. What the v1 API returned."
    assert models["Thing.legacy"].startswith("Deprecated.")  # a field whose type is deprecated
    assert params["CreateThing.old_name"] == "Deprecated. Use `name` instead."
    assert "Thing.name" not in models and not params.get("CreateThing.name", "").startswith("Deprecated")
    resources = (root / CASE / "resources.py").read_text()
    assert "legacy_mode: Deprecated. Old behaviour." in resources
    api_md = (root / CASE / "api.md").read_text()
    assert "#### `things.create` — `POST /things` (**deprecated**)" in api_md
    assert "- `legacy_mode`: query, `bool`, **deprecated**" in api_md
    assert "- `CreateThing.old_name` is deprecated: Use `name` instead." in api_md
    assert "- `LegacyInfo`: Deprecated" not in api_md and "- `LegacyInfo` is deprecated" in api_md


def test_typescript_marks_them_with_jsdoc(tmp_path):
    from generator.config import Target
    from generator.generate import produce

    target = Target(name="ts", package="ts", out=tmp_path, spec=golden_cases.CASES / CASE / "spec.yaml", templates="typescript")
    files = produce(target, golden_cases.PROJECT).files
    resources, models = files["resources.ts"].decode(), files["models.ts"].decode()
    assert "@deprecated create: Deprecated since v2; use `POST /widgets` instead." in resources
    assert models.count("@deprecated") == 3  # LegacyInfo, Thing.legacy, CreateThing.old_name
    params = resources[resources.index("export interface"):resources.index("export class")]
    assert "@deprecated" in params.split("old_name")[0].rsplit("export interface", 1)[1]  # the body field, in the method's params
