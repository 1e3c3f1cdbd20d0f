"""The format stage: black, piece by piece, cached by piece; the same bytes as black on whole files."""

import os
from pathlib import Path

import black
import pytest

from conftest import ROOT
from generator import formatting
from generator.diagnostics import SpecError

MODULE = '''"""A module."""

import os


X = 1
Y = os.sep  # the import is used: the format stage keeps it


class A:
    """Text with a line at column 0 after two blank lines:


not a statement."""

    a: int = 1

    def one(self):
        return 1
    \n
    def two(self, x):
        """A docstring."""
        text = """
        kept as written
        """
        return   x


    @property
    def three(self):
        return 3



@decorator
def f(x):
    return x


Z = [1,
  2]
'''.replace("\\n\n", "\n")  # a whitespace-only line between one and two

UNDENTABLE = '''class B:
    def one(self):
        return 1

    def two(self):
        return """
at column 0
"""

    def three(self):
        return 3

    def four(self):
        return 4
'''


def test_pieces_are_cut_beside_top_level_blocks_and_between_methods():
    pieces = formatting.split_pieces(MODULE)
    assert [(p.before, p.indent, p.text.splitlines()[0]) for p in pieces] == [
        ("", "", '"""A module."""'),
        ("\n\n", "", "class A:"),  # with its attribute and first method
        ("\n", "    ", "def two(self, x):"),
        ("\n", "    ", "@property"),
        ("\n\n", "", "@decorator"),
        ("\n\n", "", "Z = [1,"),
    ]
    assert 'text = """\n    kept as written\n    """' in pieces[2].text  # dedented with its method


def test_a_method_that_dedenting_would_change_stays_with_its_class():
    pieces = formatting.split_pieces(UNDENTABLE)
    assert [p.text.splitlines()[0] for p in pieces] == ["class B:", "def four(self):"]  # a run starts after two
    assert formatting.assemble(pieces, [p.text for p in pieces]) == UNDENTABLE


def test_strings_inside_methods_come_back_exactly():
    text = 'class A:\n    def f(self):\n        pass\n\n    def g(self):\n        return """\n        x\u2028y\n          \n\n        """\n'
    pieces = formatting.split_pieces(text)
    assert [p.indent for p in pieces] == ["", "    "]
    assert formatting.assemble(pieces, [formatting._black((len(p.indent), p.text)) for p in pieces]) == black.format_str(text, mode=formatting.mode())
    exactly_the_indent = text.replace("          \n", "    \n")  # would come back empty: not cut
    assert [p.indent for p in formatting.split_pieces(exactly_the_indent)] == [""]


def test_line_separators_inside_strings_do_not_move_the_cuts():
    text = 'X = "a\u2028b\x0cc"\n\n\nclass A:\n    pass\n'
    assert [p.text for p in formatting.split_pieces(text)] == ['X = "a\u2028b\x0cc"\n', "class A:\n    pass\n"]


CHUNKY = MODULE + '''

# A comment above a class keeps the class with what comes before.


class C:
    x = """a string with a class in it:


class D:
    pass
"""


def g():
    return 1
'''


@pytest.mark.parametrize("text", [MODULE, UNDENTABLE, CHUNKY])
def test_a_module_read_in_chunks_is_cut_as_one_read_whole(text, monkeypatch):
    pieces, table = formatting.split_chunked(text)
    assert pieces == formatting.split_pieces(text)
    assert [p.key for p in pieces] == [p.key for p in formatting.split_pieces(text)]
    if text is CHUNKY:
        assert table == {}  # a cut inside a string: read whole, nothing kept by chunk
        return
    # Read again with what the last run kept: the same pieces, and no chunk parsed again.
    assert table
    monkeypatch.setattr(formatting, "split_pieces", lambda chunk: pytest.fail("a known chunk was parsed again"))
    again, _ = formatting.split_chunked(text, table)
    assert [(p.before, p.indent, p.key) for p in again] == [(p.before, p.indent, p.key) for p in pieces]


def test_chunks_are_cut_only_before_a_block_two_blank_lines_below_code():
    chunks = formatting._chunks(CHUNKY)
    assert [c.splitlines()[0] for c in chunks] == ['"""A module."""', "class A:", "@decorator", "class D:", "def g():"]
    assert "".join(chunks) != CHUNKY  # the blank lines between chunks are the pieces' `before`
    # "class D:" starts a chunk inside a string: that chunk's predecessor does not parse, so the
    # module is read whole (the test above shows the pieces are the same).
    with pytest.raises(SyntaxError):
        compile(chunks[2], "chunk", "exec")


def test_piecewise_output_is_what_black_makes_of_the_whole_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    out = formatting.format_files({"m.py": MODULE, "notes.md": "# not python\n"}.items())
    assert out["m.py"] == black.format_str(MODULE, mode=formatting.mode())
    assert out["notes.md"] == "# not python\n"


def test_after_a_change_only_the_changed_pieces_are_formatted_again(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    seen: list[str] = []
    real = formatting._black
    monkeypatch.setattr(formatting, "_black", lambda item, learned=None: seen.append(item[1]) or real(item, learned))
    formatting.format_files({"m.py": MODULE}.items(), scope="t")
    assert len(seen) == 6
    seen.clear()
    assert formatting.format_files({"m.py": MODULE}.items(), scope="t")["m.py"] == black.format_str(MODULE, mode=formatting.mode())
    assert seen == []  # unchanged: nothing formatted
    changed = MODULE.replace("return x", "return x + 1")
    out = formatting.format_files({"m.py": changed}.items(), scope="t")
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
    monkeypatch.setattr(formatting, "_black", lambda item, learned=None: Exception("bad input 1:2") if "BROKEN" in item[1] else real(item, learned))
    broken = {"a.py": MODULE, "b.py": MODULE.replace("return x", "return BROKEN")}
    with pytest.raises(SpecError, match=r"generated b\.py is not valid Python \(bad input 1:2\)"):
        formatting.format_files(broken.items(), scope="u")


def test_a_forked_process_shares_the_pieces_left_and_its_death_loses_nothing(monkeypatch):
    """Short of the pool, a second process checks the later half of what is left: the answers are
    the same as one process's, and a child that dies has its half done by the parent."""
    monkeypatch.setattr(formatting, "SHARE_FROM", 0)
    items = [(len(piece.indent), piece.text) for piece in formatting.split_pieces(MODULE)]
    alone = formatting._black_all(items)
    forks: list[int] = []
    real_fork, parent = os.fork, os.getpid()
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    assert formatting._black_shared(items) == alone and forks == [1]
    real_all = formatting._black_all

    def dies_in_the_child(part):
        if os.getpid() != parent:
            raise MemoryError
        return real_all(part)

    monkeypatch.setattr(formatting, "_black_all", dies_in_the_child)
    assert formatting._black_shared(items) == alone and forks == [1, 1]


def test_invalid_generated_python_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SPECBIND_CACHE", str(tmp_path))
    with pytest.raises(SpecError, match=r"generated m\.py is not valid Python .*template or generator bug"):
        formatting.format_files({"m.py": "def f(:\n    pass\n"}.items())


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
