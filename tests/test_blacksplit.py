"""black's split of a long statement, done without black (generator/blacksplit.py): wherever it
answers, the answer is black's, byte for byte; what it does not know, it leaves to black."""

from __future__ import annotations

import random
import subprocess
import sys

import black
import pytest

from conftest import ROOT
from generator import blacksplit, formatting

LENGTHS = (100, 96, 92, 88, 60, 40)

IN_REACH = [
    'model: Required[Optional[Union[Union[str, Literal["gpt-5", "gpt-5-mini", "gpt-5-nano", "gpt-4.1", "gpt-4.1-mini", "o3"]], str]]]\n',
    'reasoning_effort: NotRequired[Optional[Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]]]\n',
    'service_tier: Optional[Union[Literal["auto", "default", "flex", "scale", "priority", "fast"], str]] = None\n',
    'object_: Union[Literal["organization.project.service_account.api_key"], str] = Field(default=REQUIRED, alias="object")\n',
    'type: Literal["response.code_interpreter_call_code.delta"] = "response.code_interpreter_call_code.delta"\n',
    "category_applied_input_types: CreateModerationResponseResultsItemCategoryAppliedInputTypes = REQUIRED\n",
    '_UsageImagesGroupBy: TypeAlias = List[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]]\n',
    "adapter = _chat_completion_message_list_data_item_content_parts_item_adapter = TypeAdapter(m.ChatCompletionMessageListDataItemContentPartsItem)\n",
    "_chat_completion_moderation_input_adapter: Optional[TypeAdapter[m.ChatCompletionModerationInput]] = None\n",
    "def parse_create_transcription_response_diarized_json_usage(data: Union[bytes, str, Dict[str, Any]]) -> m.CreateTranscriptionResponseDiarizedJsonUsage:\n    pass\n",
    "def on_response_shell_call_output_content_delta(self, event: m.ResponseShellCallOutputContentDeltaStreamingEvent) -> None:\n    pass\n",
    "async def hosted_tool_permissions(self) -> AsyncOrganizationProjectsHostedToolPermissionsWithRawResponse:\n    pass\n",
    "def create(self, *, model: str, input: Union[str, Omit] = OMIT, timeout: Union[Timeout, Omit] = OMIT) -> _m.Response:\n    pass\n",
    "class RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReduction(TypedDict, total=False):\n    pass\n",
    'return APIConnectionError("the connection failed before a response came back", request=request, retries=retries)\n',
    'warnings.warn("`prompt_cache_retention` is deprecated", DeprecationWarning, stacklevel=2)\n',
    'headers = {"accept": "application/json", "content-type": "application/json", "x-stainless-lang": "python"}\n',
    "values = [first_value_of_the_list, second_value_of_the_list, third_value_of_the_list, -1, 2.5]\n",
    "self._response_stream_event_adapter = TypeAdapter(m.ResponseStreamEvent).validate_json(data).model_dump()\n",
    "result = client.responses.with_raw_response.create(model=model, input=input, stream=False, **kwargs)\n",
    'x = "a string long enough that it cannot fit on a line of its own however the statement is split"\n',
    # magic trailing commas, and what black's first pass writes, read again by its second
    "values = call(first_argument_with_a_long_name, second_argument_with_a_long_name, third_argument,)\n",
    "def f(\n    a: int,\n    b: int,\n) -> None:\n    pass\n",
    'def output_x() -> Literal["content_part", "a_item", "tool_output_a_call_content_part", "response", "call_response"]:\n    pass\n',
    "def create(\n    self,\n    *,\n    stream: Literal[True],\n    timeout: Union[Timeout, Omit] = OMIT,\n) -> Union[_m.CreateTranscriptionResponseJson, _m.CreateTranscriptionResponseDiarizedJson, _m.Verbose]: ...\n",
    'item_types: Dict[str, Type[Model]] = {\n    "text": m.ResponseFormatText,\n    "json_schema": m.ResponseFormatJsonSchema,\n}\n',
    "empty: Dict[str, Type[Model]] = {\n}\n",
    "x = (\n    REQUIRED\n)\n",
    "from .resources.content_provenance_checks import ContentProvenanceChecks, AsyncContentProvenanceChecks\n",
    "from ._http import (\n    DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHTTP, Headers, Scheme, Security, SyncHTTP, Timeout\n)\n",
    "from typing import Any, Dict\n",
    "_parse_create_translation = parser(lambda: Union[_m.CreateTranslationResponseJson, _m.CreateTranslationResponseVerboseJson])\n",
    "page = lambda: cls(fetch, items_field=items_field, cursor_field=cursor_field, result=raw.parse())\n",
    "from ._content import AsyncBinaryResponse as AsyncBinaryResponse, BinaryResponse as BinaryResponse, FileTypes\n",
]

OUT_OF_REACH = [
    "handler = register(lambda event: print(event.name, event.data, event.id, event.retry, event.origin))\n",
    "handler = lambda event: print(event.name, event.data, event.id, event.retry, event.origin, event.x)\n",
    "Security = Tuple[Tuple[str, ...], ...]  # alternatives, each the schemes used together; none\n",
    "total = first_operand_with_a_long_name + second_operand_with_a_long_name + third_operand_with_a_long_name\n",
    'message = f"{request.method} {request.url} failed after {retries} retries with status {status}"\n',
    "x = (first_argument_with_a_long_name, second_argument_with_a_long_name, third_argument_here)\n",
]


def black_of(text: str, line_length: int) -> str:
    return black.format_str(text, mode=formatting.mode(line_length))


@pytest.mark.parametrize("text", IN_REACH)
def test_statements_of_the_usual_shapes_split_as_black_splits_them(text):
    for line_length in LENGTHS:
        assert blacksplit.split(text, line_length) == black_of(text, line_length), line_length


@pytest.mark.parametrize("text", OUT_OF_REACH)
def test_what_it_does_not_know_is_left_to_black(text):
    assert blacksplit.split(text, 100) is None


def _name(rng: random.Random) -> str:
    return "_".join(rng.choice(["response", "tool", "call", "output", "item", "x", "content_part", "a"]) for _ in range(rng.randint(1, 5)))


def _type(rng: random.Random, depth: int = 0) -> str:
    pick = rng.random()
    if depth > 3 or pick < 0.25:
        return rng.choice(["str", "int", "float", "None", "Any", "m." + _name(rng).title().replace("_", ""), _name(rng).title().replace("_", "")])
    if pick < 0.45:
        return "Literal[" + ", ".join(f'"{_name(rng)}"' for _ in range(rng.randint(1, 9))) + "]"
    wrapper = rng.choice(["Optional", "List", "Required", "NotRequired", "Union", "Union", "Dict", "TypeAdapter"])
    if wrapper in ("Union",):
        return "Union[" + ", ".join(_type(rng, depth + 1) for _ in range(rng.randint(2, 5))) + "]"
    if wrapper == "Dict":
        return f"Dict[str, {_type(rng, depth + 1)}]"
    return f"{wrapper}[{_type(rng, depth + 1)}]"


def _value(rng: random.Random) -> str:
    return rng.choice(
        [
            "None",
            "REQUIRED",
            "OMIT",
            f'"{_name(rng)}"',
            f'Field(default={rng.choice(["None", "REQUIRED"])}, alias="{_name(rng)}")',
            f"TypeAdapter(m.{_name(rng).title().replace('_', '')})",
            f"parser(lambda: {_type(rng)})",
            f"[{', '.join(str(rng.randint(-5, 500)) for _ in range(rng.randint(0, 12)))}]",
            f"{{{', '.join(f'{chr(34)}{_name(rng)}{chr(34)}: {_name(rng)}' for _ in range(rng.randint(0, 6)))}}}",
        ]
    )


def _statement(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.45:
        return f"{_name(rng)}: {_type(rng)}" + (f" = {_value(rng)}" if rng.random() < 0.7 else "") + "\n"
    if shape < 0.6:
        return f"{_name(rng)} = {_value(rng)}\n"
    if shape < 0.7:
        return f"{_name(rng)} = {_name(rng)} = {_value(rng)}\n"
    if shape < 0.75:
        return f"return {_name(rng)}({', '.join(_value(rng) for _ in range(rng.randint(0, 4)))})\n"
    if shape < 0.8:
        names = [_name(rng).title().replace("_", "") for _ in range(rng.randint(1, 6))]
        return f"from .{_name(rng)}.{_name(rng)} import {', '.join(n + (f' as {n}' if rng.random() < 0.3 else '') for n in names)}\n"
    params = [rng.choice(["self", f"{_name(rng)}: {_type(rng)}", f"{_name(rng)}: {_type(rng)} = {_value(rng)}", "*", "*args", "**kwargs"]) for _ in range(rng.randint(0, 4))]
    if params.count("*") > 1 or ("*" in params and params[-1] == "*"):
        params = [p for p in params if p != "*"]
    returns = f" -> {_type(rng)}" if rng.random() < 0.8 else ""
    return f"{rng.choice(['def', 'async def'])} {_name(rng)}({', '.join(params)}){returns}:\n    pass\n"


def test_random_statements_split_as_black_splits_them():
    rng = random.Random(20261130)
    answered = 0
    for _ in range(600):
        text, line_length = _statement(rng), rng.choice(LENGTHS)
        try:
            expected = black_of(text, line_length)
        except black.InvalidInput:
            continue
        found = blacksplit.split(text, line_length)
        if found is not None:
            answered += 1
            assert found == expected, (text, line_length)
    assert answered > 450  # the shapes it knows are most of what it is given


def test_a_run_whose_long_statements_are_of_the_usual_shapes_does_not_import_black(tmp_path):
    module = "class A(Model):\n" + "".join(f'    field_{i}: Optional[Union[Literal["{"x" * 30}", "{"y" * 30}", "{i}"], str]] = None\n' for i in range(3))
    code = (
        "import sys\nfrom generator import formatting\n"
        f"out = formatting.format_files([('m.py', {module!r})])['m.py']\n"
        "print('black' in sys.modules)\nprint(out)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "SPECBIND_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    imported, out = result.stdout.split("\n", 1)
    assert imported == "False"
    assert out == black_of(module, 100) + "\n"


@pytest.mark.parametrize("name", ["openai_responses", "openresponses", "openai_api"])
def test_the_configured_targets_need_black_for_nothing(name):
    """The templates write black's blank lines and black's layout of their fixed code, and every
    statement they leave too long is of a shape split here: these packages are generated, cold
    or after a spec update, without importing black."""
    from conftest import target_ir
    from generator import blackstyle
    from generator.config import load_targets
    from generator.render import load_template_set, render

    target = load_targets(ROOT)[name]
    api, _ = target_ir(name)
    flagged = 0
    for rel, text in render(api, load_template_set(target.templates), {"package": target.package, **target.options}):
        if not rel.endswith(".py"):
            continue
        for piece in formatting.split_pieces(text):
            found = blackstyle.plan(piece.text, 100 - len(piece.indent))
            assert not found.whole, f"{rel}: black would read this piece whole:\n{piece.text[:300]}"
            assert found.text == piece.text, f"{rel}: blank lines black would change:\n{piece.text[:300]}"
            lines = piece.text.split("\n")
            for statement in found.statements:
                snippet = formatting._dedent_lines(lines[statement.first : statement.last + 1], statement.column)
                assert snippet is not None
                snippet += "    pass\n" if statement.header else ""
                assert blacksplit.split(snippet, 100 - len(piece.indent) - statement.column) is not None, snippet
                flagged += 1
    assert flagged > 20  # long annotations are common: the split is exercised, not bypassed
