"""The checker that spares black most of its work: it accepts only what black leaves as it is,
and what it flags, black formats statement by statement into exactly black's output."""

from __future__ import annotations

import textwrap

import black
import pytest

from generator import blackstyle, formatting
from generator.render import BUILTIN_TEMPLATES, COMPILED, precompile

MODE = formatting.mode()

IN_STYLE = [
    # a model class: docstrings, annotated fields, defaults, aliases
    '''
    class Response(Model):
        """The response object."""

        id: str = REQUIRED
        """Unique identifier,
        over two lines."""

        object_: Literal["response"] = Field(default="response", alias="object")

        temperature: Optional[float] = None
    ''',
    # exploded brackets with magic trailing commas, nested
    '''
    Tool = Annotated[
        Union[
            Annotated[
                Union[
                    FunctionTool,
                    FileSearchTool,
                ],
                Discriminator("type"),
            ],
            UnknownTool,
        ],
        Field(union_mode="left_to_right"),
    ]
    ''',
    # a method: an exploded signature with a keyword-only marker, a call, a dict
    '''
    def create(
        self,
        *,
        model: str,
        input: Union[str, Omit] = OMIT,
        timeout: Union[Timeout, Omit] = OMIT,
    ) -> _m.Response:
        """Create a response."""
        return self._client.request(
            "POST",
            "/responses",
            body={
                "model": model,
                "input": input,
            },
            parse=_parse_create,
        )
    ''',
    # an argument too long for its line, split before each `+` as black splits it; one-tuples
    """
    def retrieve(self, container_id: str, file_id: str) -> None:
        return self._client.request(
            "GET",
            "/containers/"
            + path_param("container_id", container_id)
            + "/files/"
            + path_param("file_id", file_id)
            + "/content",
            security=(("ApiKeyAuth",),),
        )
    """,
    # top-level statements, blank lines after imports and around definitions
    '''
    from __future__ import annotations

    import os

    X = 1
    Y: dict[str, int] = {"a": -1, **extra}


    def f(*args: Any, **kwargs: Any) -> None:
        pass
    ''',
    # slices: simple bounds hug the colon, complex ones are spaced like an operator
    """
    head = buffer[:end]
    rest = buffer[end + 1 :]
    tail = value[1:]
    part = items[lo + 1 : hi]
    step = items[:: f(x)]
    """,
]

NOT_IN_STYLE = [
    "x = {'a': 1}\n",  # single quotes
    "x = f(a = 1)\n",  # spaces around a keyword argument
    "x = [\n    1,\n    2\n]\n",  # exploded without a trailing comma
    "x = f(a, b,)\n",  # a magic trailing comma kept on one line
    "x = 1\n\n\n\ny = 2\n",  # three blank lines
    "class A:\n\n    '''Doc.'''\n",  # a blank line before a docstring, single quotes
    "def f():\n    return call(argument_one, argument_two, argument_three, argument_four, argument_five_is_longer_yet_again)\n",
    "class A:\n    x: int = 1\n    def f(self) -> None:\n        pass\n",  # no blank line before a method
    'def f():\n    """Doc   \n    more."""\n',  # trailing spaces in a docstring
    'f(\n    "/a/"\n    + b,\n)\n',  # a sum split over lines though it fits on one
    'f(\n    "/a/some/long/path/segment/of/the/url/that/goes/on/"\n    + path_param("an_id", an_id) + "/and/on",\n)\n',  # two operands a line
    "x = foo(1,)\n",  # a call's trailing comma is magic, though it has one argument
    "x = a[1 : -1]\n",  # a simple slice takes no spaces
    "x = a[end+1:]\n",  # a complex one spaces its colon like an operator
    "x = a[(1) :]\n",  # a parenthesised bound: left to black
]


@pytest.mark.parametrize("text", IN_STYLE)
def test_black_style_code_is_recognised(text):
    text = textwrap.dedent(text).lstrip("\n")
    assert black.format_str(text, mode=MODE) == text  # the sample itself is black's
    assert blackstyle.is_black_style(text, 100)


@pytest.mark.parametrize("text", NOT_IN_STYLE)
def test_code_black_would_change_is_flagged_and_formatted_as_black_formats_it(text):
    expected = black.format_str(text, mode=MODE)
    assert expected != text
    assert not blackstyle.is_black_style(text, 100)
    assert formatting._black((0, text)) == expected


def test_only_the_flagged_statement_goes_to_black(monkeypatch):
    text = textwrap.dedent('''
        class Session(Model):
            """A session."""

            voice: Optional[Union[Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse"], str]] = None

            speed: float = 1.0
    ''').lstrip("\n")
    found = blackstyle.plan(text, 100)
    assert not found.whole and [(s.first, s.last) for s in found.statements] == [(3, 3)]
    seen: list[str] = []
    real = formatting._run_black
    monkeypatch.setattr(formatting, "_run_black", lambda snippet, length: seen.append(snippet) or real(snippet, length))
    monkeypatch.setattr(formatting, "_statements", {})
    monkeypatch.setattr(formatting.blacksplit, "split", lambda snippet, length: None)  # black itself, here
    learned: dict[str, str] = {}
    assert formatting._black((0, text), learned) == black.format_str(text, mode=MODE)
    assert seen == [text.splitlines()[3].strip() + "\n"]

    # Another piece with that statement (a spec update changed the class around it): black's
    # answer is reused, within a run and, through the store, in the next one.
    changed = text.replace("speed: float = 1.0", "speed: float = 1.0\n\n    pitch: float = 0.5")
    assert formatting._black((0, changed), learned) == black.format_str(changed, mode=MODE)
    monkeypatch.setattr(formatting, "_statements", dict(learned))
    assert formatting._black((0, changed), {}) == black.format_str(changed, mode=MODE)
    assert len(seen) == 1


def test_the_precompiled_templates_are_current():
    for folder in (p for p in BUILTIN_TEMPLATES.iterdir() if (p / "manifest.toml").is_file()):
        compiled = precompile(folder)
        on_disk = {p: p.read_text() for p in (folder / COMPILED).glob("*.py")}
        assert on_disk == compiled, f"{folder / COMPILED} is stale: run `make precompile`"


def test_an_edited_template_is_compiled_from_its_source(tmp_path, monkeypatch):
    import shutil

    from generator import render

    copy = tmp_path / "templates"
    shutil.copytree(BUILTIN_TEMPLATES, copy)
    monkeypatch.setattr(render, "BUILTIN_TEMPLATES", copy)
    monkeypatch.setattr(render.shipped, "TEMPLATES", copy)
    api_md = copy / "python" / "api.md.jinja"
    api_md.write_text(api_md.read_text().replace("API surface", "API surface (edited)"))
    env = render.environment(render.load_template_set("python"))
    edited = env.get_template("api.md.jinja")
    assert "(edited)" in "".join(edited.generate(api=render.ir.Api("t", "1", "s", "0", (), (), ()), header="h", md_line=str))
    unedited = env.get_template("models.py.jinja")
    assert isinstance(env.loader, render.jinja2.ChoiceLoader)
    assert "_specbind_template_" in unedited.root_render_func.__module__  # from its compiled module
    assert edited.root_render_func.__module__ != unedited.root_render_func.__module__
