"""Custom templates: overriding, adding, starting from a copy, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

SPEC = Path(__file__).resolve().parent / "golden" / "stream_events_ref" / "spec.yaml"


def _generate(out: Path, *extra: str):
    return run_cli("generate", str(SPEC), "--package", "pkg", "--out", str(out), *extra)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_overriding_one_template_changes_only_its_file(tmp_path):
    assert _generate(tmp_path / "base").returncode == 0
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "api.md.jinja").write_text("# {{ api.title }}: {{ api.operations | length }} operation(s)\n")
    result = _generate(tmp_path / "mine", "--templates", str(custom))
    assert result.returncode == 0, result.stderr
    base, mine = _files(tmp_path / "base"), _files(tmp_path / "mine")
    assert mine["api.md"] == b"# StreamRef: 1 operation(s)\n"
    assert {rel for rel in base if base[rel] != mine.get(rel)} == {"api.md", "specbind.lock.json"}  # the lock records the hash of each file


def test_a_new_file_can_be_added_through_the_manifest(tmp_path):
    custom = tmp_path / "custom"
    assert run_cli("templates", "init", str(custom)).returncode == 0
    manifest = custom / "manifest.toml"
    manifest.write_text(manifest.read_text() + '\n[[files]]\ntemplate = "events.txt.jinja"\noutput = "events.txt"\n')
    (custom / "events.txt.jinja").write_text("{% for u in api.unions if u.is_stream %}{% for v in u.variants %}{{ v.tags[0] }}\n{% endfor %}{% endfor %}")
    result = _generate(tmp_path / "out", "--templates", str(custom))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "events.txt").read_text() == "run.created\nrun.output.delta\nerror\n"


def test_an_initialised_copy_generates_the_same_output(tmp_path):
    assert run_cli("templates", "init", str(tmp_path / "copy"), "--from", "python").returncode == 0
    assert _generate(tmp_path / "a").returncode == 0
    assert _generate(tmp_path / "b", "--templates", str(tmp_path / "copy")).returncode == 0
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    lock_a, lock_b = json.loads(a.pop("specbind.lock.json")), json.loads(b.pop("specbind.lock.json"))
    assert a == b
    # The lock names the files the output was rendered from: the copy's too.
    assert lock_a["templates"]["sha256"] != lock_b["templates"]["sha256"]
    assert {k: v for k, v in lock_a.items() if k != "templates"} == {k: v for k, v in lock_b.items() if k != "templates"}
    again = run_cli("templates", "init", str(tmp_path / "copy"))
    assert again.returncode == 1 and "not empty" in again.stderr


def test_a_set_that_extends_python_adds_members_methods_and_modules_without_copying_it(tmp_path):
    helpers = tmp_path / "helpers"
    helpers.mkdir()
    (helpers / "manifest.toml").write_text(
        'context_version = 1\nextends = "python"\n\n[[files]]\ntemplate = "extra.py.jinja"\noutput = "lib/extra.py"\n'
    )
    (helpers / "extra.py.jinja").write_text('# {{ header }}\n"""Helpers."""\n\nOPERATIONS = {{ api.operations | length }}\n')
    (helpers / "models.py.jinja").write_text(
        '{% extends "python/models.py.jinja" %}\n{% block model_members %}\n\n    def describe(self) -> str:\n'
        '        return {{ d.name | literal }}\n{% endblock %}\n'
    )
    (helpers / "resources.py.jinja").write_text(
        '{% extends "python/resources.py.jinja" %}\n{% block resource_members %}\n\n    def names(self) -> List[str]:\n'
        '        return {{ r.operations | map(attribute="name") | list | literal }}\n{% endblock %}\n'
    )
    assert _generate(tmp_path / "base").returncode == 0
    result = run_cli("generate", str(SPEC), "--package", "pkg", "--out", str(tmp_path / "out"), "--templates", str(helpers))
    assert result.returncode == 0, result.stderr
    base, out = _files(tmp_path / "base"), _files(tmp_path / "out")
    assert {rel for rel in base if base[rel] != out.get(rel)} == {"models.py", "resources.py", "specbind.lock.json"}
    assert out["lib/extra.py"].endswith(b"OPERATIONS = 1\n")
    import json
    import subprocess
    import sys

    check = subprocess.run([sys.executable, "-c", "import out as pkg, out.models as m, out.lib.extra as e\n"
                            "print(m.RunCreated.model_validate({}).describe(), pkg.Client(api_key='k').runs.names(), e.OPERATIONS)"],
                           cwd=tmp_path / "out" / "..", capture_output=True, text=True, env={"PYTHONPATH": str(tmp_path)}, timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.split() == ["RunCreated", "['create']", "1"], check.stdout
    lock = json.loads(out["specbind.lock.json"])
    assert lock["templates"]["set"] == "python"
    # A set that extends itself is refused, named.
    (helpers / "manifest.toml").write_text('context_version = 1\nextends = "."\n')
    looped = run_cli("generate", str(SPEC), "--package", "pkg", "--out", str(tmp_path / "looped"), "--templates", str(helpers))
    assert looped.returncode == 1 and "extend each other in a loop" in looped.stderr


def test_a_template_that_raises_names_its_file_and_line(tmp_path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "api.md.jinja").write_text("line one\n{% set x = 1 %}\n{{ api.no_such_attribute }}\n")
    result = _generate(tmp_path / "out", "--templates", str(custom))
    assert result.returncode == 1
    assert f"{custom / 'api.md.jinja'}:3" in result.stderr and "no_such_attribute" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out").exists()


def test_a_template_syntax_error_names_its_file_and_line(tmp_path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "client.py.jinja").write_text("ok\n\n{% for x in %}\n")
    result = _generate(tmp_path / "out", "--templates", str(custom))
    assert result.returncode == 1 and "client.py.jinja:3" in result.stderr and "Traceback" not in result.stderr


def test_a_template_set_for_another_context_version_is_refused(tmp_path):
    custom = tmp_path / "custom"
    assert run_cli("templates", "init", str(custom)).returncode == 0
    manifest = custom / "manifest.toml"
    manifest.write_text(manifest.read_text().replace("context_version = 1", "context_version = 99"))
    result = _generate(tmp_path / "out", "--templates", str(custom))
    assert result.returncode == 1
    assert "context version 99" in result.stderr and "docs/templates.md" in result.stderr


def test_a_file_per_model_and_per_operation(tmp_path):
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "manifest.toml").write_text(
        'context_version = 1\n'
        '[[files]]\ntemplate = "model.txt.jinja"\noutput = "models/{snake}.txt"\neach = "model"\n'
        '[[files]]\ntemplate = "op.txt.jinja"\noutput = "ops/{name}.txt"\neach = "operation"\n'
    )
    (custom / "model.txt.jinja").write_text("{{ item.name }}:{% for f in item.fields %} {{ f.wire_name }}{% endfor %}\n")
    (custom / "op.txt.jinja").write_text("{{ item.method }} {{ item.path }}\n")
    result = _generate(tmp_path / "out", "--templates", str(custom))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert (out / "models" / "run_delta.txt").read_text().rstrip() == "RunDelta: type delta sequence_number"
    assert (out / "ops" / "createRun.txt").read_text() == "POST /runs\n"


def test_docs_name_every_public_ir_attribute_and_nothing_else():
    import dataclasses
    import inspect
    import re

    from generator import ir

    text = (Path(__file__).resolve().parent.parent / "docs" / "templates.md").read_text()
    reference = text.split("## IR reference", 1)[1]
    documented: dict[str, set[str]] = {}
    for block in re.split(r"^### ", reference, flags=re.M)[1:]:
        title, _, body = block.partition("\n")
        names: set[str] = set()
        for line in body.splitlines():
            if line.startswith("- "):
                head = line[2:].split(":", 1)[0]
                names |= set(re.findall(r"`([a-z_0-9]+)`", head))
        documented[title.strip()] = names
    actual = {}
    for name, cls in vars(ir).items():
        if dataclasses.is_dataclass(cls) and cls.__module__ == ir.__name__:
            public = {n for n, v in vars(cls).items() if not n.startswith("_") and (isinstance(v, property) or inspect.isfunction(v))}
            actual[name] = {f.name for f in dataclasses.fields(cls)} | public
    assert documented == actual


def test_an_output_name_from_the_spec_cannot_leave_the_output_folder(tmp_path):
    spec = Path(__file__).resolve().parent / "golden" / "hostile_paths" / "spec.yaml"
    custom = tmp_path / "custom"
    custom.mkdir()
    (custom / "manifest.toml").write_text('context_version = 1\n[[files]]\ntemplate = "op.jinja"\noutput = "ops/{name}.txt"\neach = "operation"\n')
    (custom / "op.jinja").write_text("{{ item.path }}")
    out = tmp_path / "deep" / "out"
    result = run_cli("generate", str(spec), "--package", "p", "--out", str(out), "--templates", str(custom))
    assert result.returncode == 1 and "would leave the output folder" in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["custom", "manifest.toml", "op.jinja"]
    # Names put through a name filter always stay inside.
    (custom / "manifest.toml").write_text('context_version = 1\n[[files]]\ntemplate = "op.jinja"\noutput = "ops/{snake}.txt"\neach = "operation"\n')
    result = run_cli("generate", str(spec), "--package", "p", "--out", str(out), "--templates", str(custom))
    assert result.returncode == 0, result.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.txt")) == ["ops/etc_passwd.txt", "ops/evil_op.txt"]
