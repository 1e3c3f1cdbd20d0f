"""The broken-spec corpus: each case fails with exactly the message in its snapshot.

These are inputs specbind cannot generate correct code for. Documents that only
break a rule generate with a warning; tests/test_tolerance.py covers them.

Snapshots live in tests/bad_specs/expected/<case>.txt, with the corpus folder
written as <bad_specs> and the test's temporary folder as <tmp>. After a
deliberate change to a message, refresh them with
`SPECBIND_UPDATE_SNAPSHOTS=1 pytest tests/test_bad_specs.py` and review the diff.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BAD_SPECS, ROOT

EXPECTED = BAD_SPECS / "expected"
UPDATE = os.environ.get("SPECBIND_UPDATE_SNAPSHOTS") == "1"


def _generate(name: str) -> list[str]:
    return ["generate", str(BAD_SPECS / name), "--package", "pkg", "--out", "<tmp>/out"]


def _huge(tmp: Path) -> list[str]:
    path = tmp / "huge.json"
    with open(path, "w") as f:
        f.write('{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "x-padding": "')
        f.write("a" * (50 * 1024 * 1024))
        f.write('"}')
    return ["generate", str(path), "--package", "pkg", "--out", "<tmp>/out"]


def _sha_mismatch(tmp: Path) -> list[str]:
    wrong = "0" * 64
    (tmp / "spec").mkdir()
    (tmp / "spec" / "sources.toml").write_text(f'[thing]\nurl = "https://example.invalid/spec.yaml"\nsha256 = "{wrong}"\n')
    (tmp / "cache").mkdir()
    (tmp / "cache" / f"{wrong}.yaml").write_bytes((BAD_SPECS / "minimal.yaml").read_bytes())
    return ["inspect", "thing"]


def _other_context_version(tmp: Path) -> list[str]:
    (tmp / "templates").mkdir()
    (tmp / "templates" / "manifest.toml").write_text('context_version = 2\n[[files]]\ntemplate = "a.jinja"\noutput = "a.txt"\n')
    return [*_generate("minimal.yaml"), "--templates", "<tmp>/templates"]


CASES = {
    "invalid_yaml": lambda tmp: ["validate", str(BAD_SPECS / "invalid_yaml.yaml")],
    "invalid_json": lambda tmp: _generate("invalid_json.json"),
    "wrong_version": lambda tmp: _generate("wrong_version.yaml"),
    "missing_paths": lambda tmp: _generate("missing_paths.yaml"),
    "ref_to_nothing": lambda tmp: _generate("ref_to_nothing.yaml"),
    "ref_cycle": lambda tmp: _generate("ref_cycle.yaml"),
    "remote_ref": lambda tmp: _generate("remote_ref.yaml"),
    "alias_bomb": lambda tmp: _generate("alias_bomb.yaml"),
    "huge_document": _huge,
    "sha256_mismatch": _sha_mismatch,
    "template_context_version": _other_context_version,
}


@pytest.mark.parametrize("case", CASES)
def test_each_broken_input_fails_with_its_snapshot_message(case, tmp_path):
    args = [a.replace("<tmp>", str(tmp_path)) for a in CASES[case](tmp_path)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SPEC_CACHE": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    message = result.stderr.replace(str(BAD_SPECS), "<bad_specs>").replace(str(tmp_path), "<tmp>")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists(), "a failed run wrote output"
    snapshot = EXPECTED / f"{case}.txt"
    if UPDATE:
        EXPECTED.mkdir(exist_ok=True)
        snapshot.write_text(message)
    assert snapshot.exists(), f"no snapshot for {case}; run with SPECBIND_UPDATE_SNAPSHOTS=1"
    assert message == snapshot.read_text()


def test_every_snapshot_belongs_to_a_case():
    assert {p.stem for p in EXPECTED.glob("*.txt")} == set(CASES)
