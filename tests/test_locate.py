"""Where a finding is shown: every pointer of a JSON file lands on the text of its value."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pointers
from generator.locate import position



@pytest.fixture(autouse=True, scope="module")
def _empty_cache(tmp_path_factory: Any) -> Any:
    """Positions are cached by the file's bytes: these tests find them, not read them back."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPECBIND_CACHE", str(tmp_path_factory.mktemp("cache")))
        yield


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4), max_leaves=30)
documents = st.dictionaries(st.text(max_size=6), values, max_size=4) | st.lists(values, max_size=4)  # a spec is an object


def _pointers(node: Any, at: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    found = [(at, node)]
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        found += _pointers(child, at + (str(key),))
    return found


def _value_at(text: str, line: int, column: int) -> Any:
    offset = sum(len(row) + 1 for row in text.split("\n")[: line - 1]) + column - 1
    return json.JSONDecoder().raw_decode(text, offset)[0]


@settings(max_examples=60, deadline=None)
@given(document=documents, indent=st.sampled_from([None, 1, 4]), ascii_only=st.booleans())
def test_every_pointer_of_a_json_file_lands_on_its_value(tmp_path_factory: Any, document: Any, indent: int | None, ascii_only: bool) -> None:
    path = tmp_path_factory.mktemp("locate") / "spec.json"
    text = json.dumps(document, indent=indent, ensure_ascii=ascii_only)
    path.write_text(text, encoding="utf-8")
    for tokens, value in _pointers(document):
        line, column = position(path, pointers.pointer(*tokens))
        assert line is not None and column is not None
        assert _value_at(text, line, column) == value


def test_a_duplicate_key_is_shown_where_the_value_that_was_read_is(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    text = '{\n  "a": {"x": 1},\n  "a": {"x": 2}\n}\n'
    path.write_text(text)
    assert json.loads(text)["a"] == {"x": 2}
    assert position(path, "/a/x") == (3, 14)


def test_a_file_that_stops_being_json_is_still_located_up_to_the_break(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{\n  "paths": {"/a": {"get": {}}},\n  "info": {"title": oops}\n}\n')
    assert position(path, "/paths/~1a/get") == (2, 27)
    assert position(path, "/info/title") == (3, 21)  # where the broken value starts
