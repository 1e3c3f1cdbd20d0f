"""The generated Python models: spec examples round-trip, unions dispatch, readers are tolerant."""

from __future__ import annotations

import json

import pytest
from pydantic import TypeAdapter

from generator import ir

from conftest import openai_ir


def examples():
    """(operation id, example title, response text) for every x-oaiMeta example of the selection."""
    api, root = openai_ir()
    out = []
    for op in api.operations:
        meta = root["paths"][op.path][op.method.lower()].get("x-oaiMeta") or {}
        raw = meta.get("examples") or []
        for i, ex in enumerate(raw if isinstance(raw, list) else [raw]):
            if isinstance(ex, dict) and isinstance(ex.get("response"), str) and ex["response"].strip():
                out.append(pytest.param(op.id, ex["response"], id=f"{op.id}-{i}-{ex.get('title', '')}"))
    return out


def dump(adapter: TypeAdapter, value) -> object:
    return adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


def sse_payloads(text: str) -> list[str]:
    return [line[len("data:"):].strip() for line in text.splitlines() if line.startswith("data:")]


@pytest.mark.parametrize("op_id,text", examples())
def test_spec_examples_parse_and_dump_back_equal(generated_package, op_id, text):
    api, _ = openai_ir()
    op = next(o for o in api.operations if o.id == op_id)
    models = generated_package.models
    payloads = sse_payloads(text)
    if payloads:
        adapter = TypeAdapter(getattr(models, op.stream))
        for payload in payloads:
            original = json.loads(payload)
            event = adapter.validate_json(payload)
            assert not type(event).__name__.startswith("Unknown"), payload
            assert dump(adapter, event) == original
        return
    if op.result is None:
        assert all(r.type is None for r in op.responses if r.status.startswith("2"))
        pytest.skip(f"{op_id}: the spec declares no success body, though its example shows one")
    assert isinstance(op.result, ir.NamedType)
    adapter = TypeAdapter(getattr(models, op.result.name))
    original = json.loads(text)
    value = adapter.validate_python(original)
    assert dump(adapter, value) == original


def test_there_are_examples_to_check():
    assert len(examples()) >= 15


def test_every_union_tag_parses_to_its_variant(generated_package):
    api, _ = openai_ir()
    d = generated_package.dispatch
    checked = 0
    for u in api.unions:
        if not u.discriminator or "response" not in u.usage:
            continue
        parse = getattr(d, "parse_" + __import__("generator.names", fromlist=["snake"]).snake(u.name))
        for group in u.tags:
            value = parse({u.discriminator: group.tag})
            assert type(value).__name__ in group.variants, (u.name, group.tag)
            assert getattr(value, "model_extra") is not None
            checked += 1
    assert checked > 200


def test_multi_value_tag(generated_package):
    d = generated_package.dispatch
    for tag in ("web_search", "web_search_2025_08_26"):
        tool = d.parse_tool({"type": tag, "search_context_size": "low"})
        assert type(tool).__name__ == "WebSearchTool"
        assert tool.type == tag


def test_shared_tag_is_decided_by_best_match(generated_package):
    d = generated_package.dispatch
    easy = d.parse_input_item({"type": "message", "role": "user", "content": "hi"})
    assert type(easy).__name__ == "EasyInputMessage"
    output = d.parse_input_item(
        {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": "hello", "annotations": []}]}
    )
    assert type(output).__name__ == "OutputMessage"


def test_tagless_message_takes_the_default(generated_package):
    d = generated_package.dispatch
    msg = d.parse_input_item({"role": "user", "content": "hi"})
    assert type(msg).__name__ == "EasyInputMessage"
    assert msg.model_dump(exclude_unset=True) == {"role": "user", "content": "hi"}
    ref = d.parse_input_item({"id": "item_123"})
    assert type(ref).__name__ == "ItemReferenceParam"


@pytest.mark.parametrize(
    "parse,payload,unknown",
    [
        ("parse_event", b'{"type":"response.teleported","sequence_number":3,"where":{"x":[1,2]}}', "UnknownResponseStreamEvent"),
        ("parse_output_item", {"type": "hologram_call", "id": "h_1", "beam": True}, "UnknownOutputItem"),
        ("parse_tool", {"type": "time_machine", "year": 1985}, "UnknownTool"),
    ],
)
def test_unknown_variants_are_kept_whole(generated_package, parse, payload, unknown):
    value = getattr(generated_package.dispatch, parse)(payload)
    assert type(value).__name__ == unknown
    original = json.loads(payload) if isinstance(payload, bytes) else payload
    assert value.model_dump(by_alias=True, exclude_unset=True) == original


def test_unknown_item_inside_a_response_is_kept(generated_package):
    m = generated_package.models
    data = {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "m",
            "output": [{"type": "hologram_call", "id": "h_1"}], "brand_new_field": {"a": 1}}
    resp = m.Response.model_validate(data)
    assert type(resp.output[0]).__name__ == "UnknownOutputItem"
    assert resp.model_dump(by_alias=True, exclude_unset=True) == data


def test_unknown_enum_value_is_kept(generated_package):
    m = generated_package.models
    data = {"id": "resp_1", "object": "response", "created_at": 1, "status": "hibernating", "model": "m", "output": []}
    resp = m.Response.model_validate(data)
    assert resp.status == "hibernating"


def test_missing_required_field_does_not_stop_parsing(generated_package):
    event = generated_package.dispatch.parse_event(b'{"type":"response.output_text.delta","delta":"In"}')
    assert type(event).__name__ == "ResponseTextDeltaEvent"
    assert event.delta == "In" and event.sequence_number is None
    assert event.model_dump(exclude_unset=True) == {"type": "response.output_text.delta", "delta": "In"}


def test_handler_dispatches_every_event_type(generated_package):
    d = generated_package.dispatch
    seen: list[tuple[str, str]] = []
    methods = [name for name in vars(d.EventHandler) if name.startswith("on_")]

    class Recorder(d.EventHandler):
        pass

    for name in methods:
        setattr(Recorder, name, lambda self, event, _n=name: seen.append((_n, type(event).__name__)))
    recorder = Recorder()
    for tag, cls in d.EVENT_TYPES.items():
        recorder.dispatch(d.parse_event({"type": tag}))
        assert seen[-1] == ("on_" + tag.replace(".", "_"), cls.__name__)
    recorder.dispatch(d.parse_event({"type": "response.unheard_of"}))
    assert seen[-1] == ("on_unknown", "UnknownResponseStreamEvent")
    assert len(d.EVENT_TYPES) == 58


def test_models_support_match_statements(generated_package):
    event = generated_package.dispatch.parse_event(b'{"type":"response.output_text.delta","delta":"In"}')
    m = generated_package.models
    match event:
        case m.ResponseTextDeltaEvent(delta=delta):
            assert delta == "In"
        case _:
            pytest.fail("no match")


def test_aliased_field_names_dump_by_wire_name(generated_package):
    m = generated_package.models
    aliased = [
        (cls, name, field.alias)
        for cls in vars(m).values()
        if isinstance(cls, type) and hasattr(cls, "model_fields")
        for name, field in cls.model_fields.items()
        if field.alias and field.alias != name
    ]
    assert aliased, "expected some Python-unsafe wire names in the spec"
    # `bytes` would shadow a type name in the class body, so it becomes `bytes_`.
    cls, name, alias = next(a for a in aliased if a[2] == "bytes")
    assert name == "bytes_"
    obj = cls.model_validate({"token": "a", "logprob": -0.1, "bytes": [97]})
    assert getattr(obj, name) == [97]
    assert obj.model_dump(exclude_unset=True) == {"token": "a", "logprob": -0.1, "bytes": [97]}
