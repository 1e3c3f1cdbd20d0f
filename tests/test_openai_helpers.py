"""The OpenAI helper layer (templates/openai, which extends the python set) against openai-python,
installed as a test dependency, and on the wire of a loopback server:

- `Response.output_text`, which the document marks as computed by SDKs, equals openai-python's on
  every Response of the spec's examples and of its stream-event examples, on accumulated streams,
  and on responses built to mix messages, refusals and unknown items;
- the strict JSON schema of pydantic models equals openai-python's, each difference listed;
- `responses.parse` and `responses.stream` (sync and async) send the schema and parse the answer,
  function tools from pydantic models parse their arguments, refusals and invalid answers raise;
- `files.content` returns the bytes sent; `organization`, `project` and `OPENAI_BASE_URL`.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import importlib
import json
import sys
from typing import Dict, List, Literal, Optional, Union

import pytest
from pydantic import BaseModel, Field
from typing_extensions import Annotated

from conftest import GENERATED, openai_ir, run_cli
from loopback import LoopbackServer, binary, json_response, sse, sse_events
from test_models import examples, sse_payloads

from openai._models import construct_type  # openai-python: a test dependency (pyproject.toml [dev])
from openai.lib._pydantic import to_strict_json_schema as their_strict_schema
from openai.types.responses import Response as TheirResponse


@pytest.fixture(scope="module")
def pkg():
    sys.path.insert(0, str(GENERATED))
    return importlib.import_module("openai_responses")


@pytest.fixture
def server():
    s = LoopbackServer().start()
    yield s
    s.stop()


# ---- output_text --------------------------------------------------------------------------


def spec_responses() -> list[dict]:
    """Every Response in the spec's examples: the result of an operation, or carried by an event."""
    api, _ = openai_ir()
    found = []
    for param in examples():
        op_id, text = param.values
        op = next(o for o in api.operations if o.id == op_id)
        payloads = sse_payloads(text)
        if payloads:
            found += [p["response"] for p in map(json.loads, payloads) if isinstance(p.get("response"), dict)]
        elif op.result is not None and api.named(op.result) == "Response":
            found.append(json.loads(text))
    return found


def message(*parts: dict, role: str = "assistant") -> dict:
    return {"type": "message", "id": "msg", "role": role, "status": "completed", "content": list(parts)}


def text_part(text: str) -> dict:
    return {"type": "output_text", "text": text, "annotations": []}


BUILT = [
    {"output": []},
    {"output": [message(text_part("a"), text_part("b")), message(text_part("c"))]},
    {"output": [message({"type": "refusal", "refusal": "no"}), message(text_part("after a refusal"))]},
    {"output": [{"type": "reasoning", "id": "r", "summary": []}, {"type": "future_item_kind", "text": "not a message"}, message(text_part("x"))]},
    {"output": [message({"type": "future_part", "text": "not output_text"}, text_part("only this"))]},
]


def test_output_text_equals_openai_pythons_on_every_response_of_the_spec_and_on_built_ones(pkg):
    responses = spec_responses()
    assert len(responses) >= 10 and sum(bool(construct_type(type_=TheirResponse, value=r).output_text) for r in responses) >= 5
    for raw in responses + [{"id": "resp", "object": "response", **b} for b in BUILT]:
        ours = pkg.models.Response.model_validate(raw)
        assert ours.output_text == construct_type(type_=TheirResponse, value=raw).output_text, raw
        assert "output_text" not in pkg.models.Response.model_fields  # not a wire field


def test_output_text_is_on_the_accumulated_stream_result(pkg):
    streams = [sse_payloads(p.values[1]) for p in examples() if sse_payloads(p.values[1])]
    assert streams
    for payloads in streams:
        acc = pkg.accumulate(pkg.dispatch.parse_event(p) for p in payloads)
        expected = construct_type(type_=TheirResponse, value=acc.response_json()).output_text
        assert acc.response.output_text == expected


def test_a_computed_property_the_set_does_not_implement_is_left_out_with_a_located_warning(tmp_path):
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n      responses:\n"
        "        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '#/components/schemas/Thing'}\ncomponents:\n  schemas:\n    Thing:\n"
        "      type: object\n      properties:\n        id: {type: string}\n        summary:\n"
        "          anyOf: [{type: string, x-specbind-computed: true}, {type: 'null'}]\n"
    )
    result = run_cli("generate", str(spec), "--package", "things", "--out", str(tmp_path / "things"))
    assert result.returncode == 0, result.stderr
    assert "warning[computed-unimplemented] (1)" in result.stderr
    assert f"{spec}:19:11 #/components/schemas/Thing/properties/summary: Thing.summary is computed by SDKs" in result.stderr, result.stderr
    models = (tmp_path / "things" / "models.py").read_text()
    assert "class Thing(Model)" in models and "summary" not in models and "id: Optional[str]" in models


# ---- the strict JSON schema -----------------------------------------------------------------


class Color(str, enum.Enum):
    red = "red"
    green = "green"


class Address(BaseModel):
    street: str
    city: Optional[str] = None


class Person(BaseModel):
    """Someone."""

    name: str = Field(description="full name")
    age: Optional[int] = None
    tags: List[str]
    color: Color
    home: Address = Field(description="where they live")
    work: Optional[Address] = None
    nickname: str = "x"
    kind: Literal["a", "b"]
    born: datetime.date
    scores: List[Union[int, float]]


class Tree(BaseModel):
    value: int
    children: List["Tree"]


class Cat(BaseModel):
    type: Literal["cat"]
    lives: int


class Dog(BaseModel):
    type: Literal["dog"]
    good: bool


class Pets(BaseModel):
    pets: List[Union[Cat, Dog]]
    favourite: Optional[Union[Cat, Dog]] = None


class TaggedPet(BaseModel):
    pet: Annotated[Union[Cat, Dog], Field(discriminator="type")]


class WithMapping(BaseModel):
    counts: Dict[str, int]


def test_the_strict_schema_equals_openai_pythons_for_models_strict_mode_reads(pkg):
    from openai_responses.lib import to_strict_json_schema

    for model in (Address, Person, Tree, Pets, Cat):
        assert to_strict_json_schema(model) == their_strict_schema(model), model.__name__


def test_the_strict_schema_differs_from_openai_pythons_where_listed():
    from openai_responses.lib import StrictSchemaError, to_strict_json_schema

    # 1. A discriminated union: pydantic writes `oneOf` with an OpenAPI `discriminator`, which
    #    openai-python sends as they are; strict mode reads `anyOf`, so it is sent as one.
    ours, theirs = to_strict_json_schema(TaggedPet), their_strict_schema(TaggedPet)
    field = ours["properties"]["pet"]
    assert "oneOf" in theirs["properties"]["pet"] and "discriminator" in theirs["properties"]["pet"]
    assert "oneOf" not in field and "discriminator" not in field
    assert field["anyOf"] == theirs["properties"]["pet"]["oneOf"]
    assert {k: v for k, v in ours.items() if k != "properties"} == {k: v for k, v in theirs.items() if k != "properties"}
    # 2. A mapping with free keys cannot be closed: openai-python sends it and the API refuses
    #    it; it is refused here, before sending, with its place.
    assert their_strict_schema(WithMapping)["properties"]["counts"]["additionalProperties"] == {"type": "integer"}
    with pytest.raises(StrictSchemaError, match="properties/counts/additionalProperties"):
        to_strict_json_schema(WithMapping)
    # 3. A root that is not an object (a TypeAdapter of a list): strict mode needs an object.
    from pydantic import TypeAdapter

    with pytest.raises(StrictSchemaError, match="root"):
        to_strict_json_schema(TypeAdapter(List[int]))


# ---- parse and stream on the wire -----------------------------------------------------------


class Answer(BaseModel):
    city: str
    population: int


class GetWeather(BaseModel):
    """Look up the weather."""

    city: str
    days: int


def response(*items: dict) -> dict:
    return {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m", "output": list(items)}


def test_parse_sends_the_strict_schema_and_parses_the_answer(pkg, server):
    from openai_responses.lib import ParsedResponseOutputMessage, ParsedResponseOutputText, to_strict_json_schema

    server.push(json_response(200, response(message(text_part('{"city": "Paris", "population": 2100000}')))))
    with pkg.Client(api_key="k", base_url=server.url) as client:
        parsed = client.responses.parse(model="gpt-4o", input="Biggest city of France?", text_format=Answer, text={"verbosity": "low"})
    sent = server.requests[0].json()
    assert sent["text"] == {"verbosity": "low", "format": {"type": "json_schema", "name": "Answer", "schema": to_strict_json_schema(Answer), "strict": True}}
    assert sent["model"] == "gpt-4o" and "stream" not in sent
    assert parsed.output_parsed == Answer(city="Paris", population=2100000)
    item = parsed.output[0]
    assert isinstance(item, ParsedResponseOutputMessage) and isinstance(item.content[0], ParsedResponseOutputText)
    assert item.content[0].parsed == parsed.output_parsed and item.content[0].text.startswith('{"city"')
    assert parsed.output_text == '{"city": "Paris", "population": 2100000}' and parsed.id == "resp_1"
    assert parsed.model_dump()["output"][0]["content"][0]["parsed"] == {"city": "Paris", "population": 2100000}


def test_parse_parses_the_arguments_of_pydantic_function_tools(pkg, server):
    from openai_responses.lib import ParsedResponseFunctionToolCall, pydantic_function_tool, to_strict_json_schema

    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "GetWeather", "arguments": '{"city": "Oslo", "days": 3}', "status": "completed"}
    other = {**call, "name": "plain", "arguments": '{"a": 1}'}
    server.push(json_response(200, response(call, other)))
    tool = pydantic_function_tool(GetWeather)
    plain = {"type": "function", "name": "plain", "parameters": {"type": "object", "properties": {"a": {"type": "integer"}}}, "strict": True}
    with pkg.Client(api_key="k", base_url=server.url) as client:
        parsed = client.responses.parse(model="gpt-4o", input="Weather?", tools=[tool, plain])
    assert server.requests[0].json()["tools"][0] == {
        "type": "function", "name": "GetWeather", "parameters": to_strict_json_schema(GetWeather), "strict": True, "description": "Look up the weather."
    }
    first, second = parsed.output
    assert isinstance(first, ParsedResponseFunctionToolCall) and first.parsed_arguments == GetWeather(city="Oslo", days=3)
    assert isinstance(second, ParsedResponseFunctionToolCall) and second.parsed_arguments == {"a": 1}
    assert parsed.output_parsed is None


def test_a_refusal_and_an_invalid_answer_raise_typed_errors_that_keep_the_response(pkg, server):
    from openai_responses.lib import OutputValidationError, RefusalError, StructuredOutputError

    server.push(json_response(200, response(message({"type": "refusal", "refusal": "I can't help with that."}))))
    server.push(json_response(200, response(message(text_part('{"city": "Paris"}')))))
    with pkg.Client(api_key="k", base_url=server.url) as client:
        with pytest.raises(RefusalError) as refused:
            client.responses.parse(model="m", input="?", text_format=Answer)
        with pytest.raises(OutputValidationError) as invalid:
            client.responses.parse(model="m", input="?", text_format=Answer)
        with pytest.raises(TypeError, match="not both"):
            client.responses.parse(model="m", input="?", text_format=Answer, text={"format": {"type": "text"}})
    assert refused.value.refusal == "I can't help with that." and refused.value.response.id == "resp_1"
    assert isinstance(refused.value, StructuredOutputError) and isinstance(refused.value, pkg.APIError)
    assert "population" in str(invalid.value) and invalid.value.response.output_text == '{"city": "Paris"}'
    assert invalid.value.errors.error_count() == 1
    assert len(server.requests) == 2  # the third was refused before sending


def stream_of(text: str, final: dict) -> list[dict]:
    item = message(text_part(""))
    events = [
        {"type": "response.created", "sequence_number": 0, "response": {**final, "status": "in_progress", "output": []}},
        {"type": "response.output_item.added", "sequence_number": 1, "output_index": 0, "item": {**item, "content": []}},
        {"type": "response.content_part.added", "sequence_number": 2, "output_index": 0, "content_index": 0, "item_id": "msg", "part": text_part("")},
    ]
    half = len(text) // 2
    for i, chunk in enumerate((text[:half], text[half:])):
        events.append({"type": "response.output_text.delta", "sequence_number": 3 + i, "output_index": 0, "content_index": 0, "item_id": "msg", "delta": chunk, "logprobs": []})
    events.append({"type": "response.completed", "sequence_number": 9, "response": final})
    return events


def test_stream_parses_the_final_response_sync_and_async(pkg, server):
    text = '{"city": "Rome", "population": 2800000}'
    final = response(message(text_part(text)))
    server.push(sse([sse_events(stream_of(text, final))]), sse([sse_events(stream_of(text, final))]))
    with pkg.Client(api_key="k", base_url=server.url) as client:
        with client.responses.stream(model="m", input="?", text_format=Answer) as stream:
            kinds = [event.type for event in stream]
            final_parsed = stream.get_final_response()
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert final_parsed.output_parsed == Answer(city="Rome", population=2800000)
    sent = server.requests[0].json()
    assert sent["stream"] is True and sent["text"]["format"]["name"] == "Answer"

    async def main():
        async with pkg.AsyncClient(api_key="k", base_url=server.url) as client:
            async with client.responses.stream(model="m", input="?", text_format=Answer) as stream:
                async for _ in stream:
                    pass
                return await stream.get_final_response()

    assert asyncio.run(main()).output_parsed == Answer(city="Rome", population=2800000)


def test_async_parse(pkg, server):
    server.push(json_response(200, response(message(text_part('{"city": "Lima", "population": 10000000}')))))

    async def main():
        async with pkg.AsyncClient(api_key="k", base_url=server.url) as client:
            return await client.responses.parse(model="m", input="?", text_format=Answer)

    assert asyncio.run(main()).output_parsed == Answer(city="Lima", population=10000000)


def test_the_helpers_load_on_first_use_and_are_exported_from_the_package():
    import subprocess

    code = ("import sys, openai_responses as p\nc = p.Client(api_key='k')\nc.responses\n"
            "assert not [m for m in sys.modules if '.lib' in m], 'lib loaded early'\n"
            "from openai_responses import ParsedResponse, pydantic_function_tool\n"
            "assert 'openai_responses.lib._parsing' in sys.modules and ParsedResponse.__name__ == 'ParsedResponse'\n")
    for package in ("openai_responses", "openai_api"):
        result = subprocess.run([sys.executable, "-c", code.replace("openai_responses", package)], cwd=GENERATED, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr


# ---- the whole API: downloads, headers ----------------------------------------------------------


@pytest.fixture(scope="module")
def api_pkg():
    sys.path.insert(0, str(GENERATED))
    return importlib.import_module("openai_api")


@pytest.mark.parametrize("data,content_type", [
    (b'{"custom_id": "a", "response": {}}\n{"custom_id": "b", "response": {}}\n', "application/octet-stream"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "image/png"),
])
def test_files_content_returns_the_bytes_sent(api_pkg, server, data, content_type):
    server.push(binary(data, content_type), binary(data, content_type))
    with api_pkg.Client(api_key="k", base_url=server.url) as client:
        with client.files.content("file_1") as got:
            assert got.read() == data
    assert server.requests[0].path == "/files/file_1/content"

    async def main():
        async with api_pkg.AsyncClient(api_key="k", base_url=server.url) as client:
            got = await client.files.content("file_1")
            return await got.read()

    assert asyncio.run(main()) == data


def test_organization_project_and_base_url_from_arguments_and_the_environment(api_pkg, pkg, server, monkeypatch):
    server.always = json_response(200, {"object": "list", "data": [], "has_more": False})
    with api_pkg.Client(api_key="k", base_url=server.url, organization="org_1", project="proj_1") as client:
        list(client.files.list())
        assert (client.organization, client.project) == ("org_1", "proj_1")
    headers = server.requests[-1].headers
    assert headers["openai-organization"] == "org_1" and headers["openai-project"] == "proj_1"
    monkeypatch.setenv("OPENAI_ORG_ID", "org_env")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj_env")
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    for package in (api_pkg, pkg):
        with package.Client(api_key="k") as client:
            client.conversations.items.list("conv_1") if package is pkg else list(client.files.list())
        headers = server.requests[-1].headers
        assert headers["openai-organization"] == "org_env" and headers["openai-project"] == "proj_env"
    with api_pkg.Client(api_key="k", default_headers={"OpenAI-Project": "override"}) as client:
        list(client.files.list())
    assert server.requests[-1].headers["openai-project"] == "override"
    monkeypatch.delenv("OPENAI_ORG_ID")
    with api_pkg.Client(api_key="k") as client:
        list(client.files.list())
    assert "openai-organization" not in server.requests[-1].headers
