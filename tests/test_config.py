"""Targets from configuration: one target `extends` another (one API through two template sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from generator.config import load_targets, targets_of
from generator.diagnostics import SpecError

BASE = {"source": "api", "package": "api", "out": "out/py", "operations": {"op": "things.list"}, "api_key_env": "KEY"}


def test_a_target_takes_what_it_extends_and_its_own_keys_win():
    table = {"py": BASE, "ts": {"extends": "py", "out": "out/ts", "templates": "typescript"},
             "ts2": {"extends": "ts", "select": ["/things"]}}
    targets = targets_of(table, Path("/r"), "test")
    ts, ts2 = targets["ts"], targets["ts2"]
    assert (ts.templates, ts.out, ts.package, ts.source) == ("typescript", Path("/r/out/ts"), "api", "api")
    assert ts.operations == {"op": "things.list"} and ts.options == {"api_key_env": "KEY"}
    assert "extends" not in ts.options
    assert (ts2.templates, ts2.select, ts2.out) == ("typescript", ("/things",), Path("/r/out/ts"))
    assert targets["py"].templates == "python"


@pytest.mark.parametrize("table, message", [
    ({"a": {"extends": "b", "package": "a", "out": "o", "source": "s"}}, "target 'a' in test extends 'b', which is not a target"),
    ({"a": {"extends": "b"}, "b": {"extends": "a"}}, "extends 'a' in a cycle"),
    ({"a": {"extends": "a"}}, "extends 'a' in a cycle"),
])
def test_a_bad_extends_is_a_config_error(table, message):
    with pytest.raises(SpecError, match=message) as caught:
        targets_of(table, Path("/r"), "test")
    assert caught.value.diagnostic.code == "config"


def test_the_typescript_targets_share_the_python_ones_names_and_options():
    targets = load_targets(ROOT)
    for ts, py in (("typescript", "openai_responses"), ("typescript_api", "openai_api")):
        assert targets[ts].templates == "openai_typescript"
        assert targets[ts].operations == targets[py].operations and targets[ts].select == targets[py].select
        assert targets[ts].options == targets[py].options
