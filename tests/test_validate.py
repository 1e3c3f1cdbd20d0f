"""`specbind validate`: every error located; the shipped overlays repair the pinned specs."""

import re

import pytest

from conftest import run_cli

LOCATED = re.compile(r"^  \S+\.(yaml|json):\d+:\d+ #/\S+: ")


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
