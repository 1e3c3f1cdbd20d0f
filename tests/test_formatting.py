"""The format stage: black, piece by piece, cached by piece; the same bytes as black on whole files."""

from pathlib import Path

import black
import pytest

from conftest import ROOT
from generator import formatting
from generator.errors import SpecError

MODULE = '''"""A module."""

import os


X = 1
Y = 2


class A:
    """Text with a line at column 0 after two blank lines:


not a statement."""

    a: int = 1


@decorator
def f(x):
    return x


Z = [1,
  2]
'''


def test_pieces_are_cut_only_beside_classes_and_functions():
    pieces = formatting.split_top_level(MODULE)
    assert [p.splitlines()[0] for p in pieces] == ['"""A module."""', "class A:", "@decorator", "Z = [1,"]
    assert formatting.SEPARATOR.join(pieces) == MODULE


def test_line_separators_inside_strings_do_not_move_the_cuts():
    text = 'X = "a\u2028b\x0cc"\n\n\nclass A:\n    pass\n'
    assert formatting.split_top_level(text) == ['X = "a\u2028b\x0cc"\n', "class A:\n    pass\n"]


def test_piecewise_output_is_what_black_makes_of_the_whole_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    out = formatting.format_files({"m.py": MODULE, "notes.md": "# not python\n"})
    assert out["m.py"] == black.format_str(MODULE, mode=formatting.mode())
    assert out["notes.md"] == "# not python\n"


def test_after_a_change_only_the_changed_pieces_are_formatted_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    seen: list[str] = []
    real = formatting._black
    monkeypatch.setattr(formatting, "_black", lambda text: seen.append(text) or real(text))
    formatting.format_files({"m.py": MODULE}, scope="t")
    assert len(seen) == 4
    seen.clear()
    assert formatting.format_files({"m.py": MODULE}, scope="t")["m.py"] == black.format_str(MODULE, mode=formatting.mode())
    assert seen == []  # unchanged: nothing formatted
    changed = MODULE.replace("return x", "return x + 1")
    out = formatting.format_files({"m.py": changed}, scope="t")
    assert [s.splitlines()[0] for s in seen] == ["@decorator"]
    assert out["m.py"] == black.format_str(changed, mode=formatting.mode())


def test_worker_processes_format_the_same_bytes_and_report_errors(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    monkeypatch.setattr(formatting, "PARALLEL_FROM", 0)
    monkeypatch.setattr(formatting, "TASK_SIZE", 100)  # several batches
    files = {f"m{i}.py": MODULE.replace("X = 1", f"X = {i}") for i in range(4)}
    with formatting.Formatter("t") as formatter:
        for rel, text in files.items():
            formatter.add(rel, text)
        assert formatter.pool is not None and formatter.sent
        out = formatter.result()
    assert out == {rel: black.format_str(text, mode=formatting.mode()) for rel, text in files.items()}
    # A piece black rejects (patched before the fork, so the workers see it too).
    real = formatting._black
    monkeypatch.setattr(formatting, "_black", lambda text: Exception("bad input 1:2") if "BROKEN" in text else real(text))
    broken = {"a.py": MODULE, "b.py": MODULE.replace("return x", "return BROKEN")}
    with pytest.raises(SpecError, match=r"generated b\.py is not valid Python \(bad input 1:2\)"):
        formatting.format_files(broken, scope="u")


def test_invalid_generated_python_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    with pytest.raises(SpecError, match=r"generated m\.py is not valid Python .*template or generator bug"):
        formatting.format_files({"m.py": "def f(:\n    pass\n"})


@pytest.mark.parametrize("package", ["openai_responses", "openresponses"])
def test_every_generated_module_is_stable_under_whole_file_black(package):
    files = sorted((ROOT / "generated" / package).rglob("*.py"))
    assert files
    for path in files:
        text = path.read_text()
        assert black.format_str(text, mode=formatting.mode()) == text, f"{path} changes under black"


def test_golden_outputs_are_stable_under_whole_file_black():
    files = sorted(Path(ROOT / "tests" / "golden").glob("*/expected/**/*.py"))
    assert len(files) > 50
    for path in files:
        text = path.read_text()
        assert black.format_str(text, mode=formatting.mode()) == text, f"{path} changes under black"
