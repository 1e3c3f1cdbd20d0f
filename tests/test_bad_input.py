"""Bad input: one clear error with its location, exit status 1, never a traceback."""

import pytest

from conftest import BAD_SPECS, run_cli

# The broken-spec corpus (tests/test_bad_specs.py) covers broken documents; these are the other inputs.
CASES = [
    ("missing file", ["validate", "no/such/spec.yaml"], "spec file not found"),
    ("unknown source", ["inspect", "no-such-source"], "spec file not found: no-such-source"),
    ("generate without --out", ["generate", str(BAD_SPECS / "minimal.yaml"), "--package", "x"], "needs --package and --out"),
    ("unknown target", ["check", "--target", "nope"], "unknown target(s): nope"),
    ("diff with an unknown target", ["diff", "openai", "openai", "--target", "nope"], "no configured target 'nope'"),
    ("pin from a file that is not there", ["pin", "openai", "--file", "no/such/file.yaml"], "cannot read no/such/file.yaml"),
    ("templates init over a non-empty folder", ["templates", "init", str(BAD_SPECS)], "not empty"),
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
    assert result.returncode == 1
    assert "ref_to_nothing.yaml:12:23 #/paths/~1things/get/responses/200/content/application~1json/schema/$ref" in result.stdout


def test_minimal_spec_is_valid():
    result = run_cli("validate", str(BAD_SPECS / "minimal.yaml"))
    assert result.returncode == 0, result.stderr
