"""Bad input: one clear error with its location, exit status 1, never a traceback."""

import pytest

from conftest import BAD_SPECS, run_cli

CASES = [
    ("missing file", ["validate", "no/such/spec.yaml"], "spec file not found"),
    ("invalid YAML", ["validate", str(BAD_SPECS / "invalid_yaml.yaml")], "invalid_yaml.yaml:6:"),
    ("ref to nothing", ["validate", str(BAD_SPECS / "ref_to_nothing.yaml")], "'#/components/schemas/Missing' points to nothing"),
    ("ref cycle", ["validate", str(BAD_SPECS / "ref_cycle.yaml")], "$ref cycle with nothing but references"),
    ("remote ref", ["validate", str(BAD_SPECS / "remote_ref.yaml")], "remote $ref"),
    ("alias bomb", ["validate", str(BAD_SPECS / "alias_bomb.yaml")], "alias bomb"),
    ("wrong version", ["validate", str(BAD_SPECS / "wrong_version.yaml")], "unsupported OpenAPI version (swagger: '2.0')"),
    (
        "overlay targets nothing",
        ["validate", str(BAD_SPECS / "minimal.yaml"), "--overlay", str(BAD_SPECS / "overlay_targets_nothing.overlay.yaml")],
        "overlay_targets_nothing.overlay.yaml:4:13 #/actions/0/target: error: overlay target '$.components.schemas.DoesNotExist' matches nothing",
    ),
]


@pytest.mark.parametrize("name,args,expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_one_located_error(name, args, expected):
    result = run_cli(*args)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert expected in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ref_errors_name_the_place_of_the_ref():
    result = run_cli("validate", str(BAD_SPECS / "ref_to_nothing.yaml"))
    assert "ref_to_nothing.yaml:12:23 #/paths/~1things/get/responses/200/content/application~1json/schema/$ref" in result.stderr


def test_minimal_spec_is_valid():
    result = run_cli("validate", str(BAD_SPECS / "minimal.yaml"))
    assert result.returncode == 0, result.stderr
