"""The same behaviour from every generated package, whatever vendor's spec it came from.

Payloads are built from the IR (required fields, each variant's own tag), so
these tests need no vendor's schema names: they run on the OpenAI Responses
package and on the Open Responses one alike.
"""

from __future__ import annotations

import importlib
import sys

import pytest

from generator import ir
from generator.names import snake

from conftest import GENERATED, main_stream, target_ir
from loopback import LoopbackServer, sse, sse_events
from samples import Samples

TARGETS = {"openai_responses": "openai_responses", "openresponses": "openresponses"}


def package(target: str):
    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    return importlib.import_module(TARGETS[target])


def dispatch_unions(api: ir.Api) -> list[ir.Union]:
    return [u for u in api.unions if u.discriminator and "response" in u.usage]


def tagged_sample(samples: Samples, union: ir.Union, variant: ir.Variant, tag: str) -> dict:
    value = samples.value(ir.NamedType(variant.name))
    assert isinstance(value, dict) and union.discriminator
    return {**value, union.discriminator: tag}


def dump(value) -> object:
    return value.model_dump(mode="json", by_alias=True, exclude_unset=True)


@pytest.mark.parametrize("target", TARGETS)
def test_the_stream_event_union_is_found_by_structure(target):
    api, _ = target_ir(target)
    streams = [main_stream(api)]
    assert streams[0].discriminator == "type"
    assert len(streams[0].variants) >= 20
    assert any("response.output_text.delta" in v.tags for v in streams[0].variants)


@pytest.mark.parametrize("target", TARGETS)
def test_every_tag_of_every_union_parses_to_its_variant_and_dumps_back(target):
    api, _ = target_ir(target)
    pkg, samples = package(target), Samples(api)
    checked = 0
    for union in dispatch_unions(api):
        parse = getattr(pkg.dispatch, "parse_" + snake(union.name))
        groups = {g.tag: set(g.variants) for g in union.tags}
        for variant in union.variants:
            for tag in variant.tags:
                payload = tagged_sample(samples, union, variant, tag)
                value = parse(payload)
                assert type(value).__name__ in groups[tag], (union.name, tag, type(value).__name__)
                assert dump(value) == payload, (union.name, tag)
                checked += 1
    assert checked >= 40


@pytest.mark.parametrize("target", TARGETS)
def test_an_unknown_tag_falls_back_whole_in_every_union(target):
    api, _ = target_ir(target)
    pkg = package(target)
    for union in dispatch_unions(api):
        payload = {union.discriminator: "from.the.future", "nested": {"kept": [1, 2]}}
        value = getattr(pkg.dispatch, "parse_" + snake(union.name))(payload)
        assert type(value).__name__ == "Unknown" + union.name
        assert dump(value) == payload


@pytest.mark.parametrize("target", TARGETS)
def test_the_handler_dispatches_every_event_type_to_its_method(target):
    api, _ = target_ir(target)
    pkg, samples = package(target), Samples(api)
    stream = main_stream(api)
    calls: list[tuple[str, str]] = []

    class Recorder(pkg.dispatch.EventHandler):
        pass

    for name in dir(pkg.dispatch.EventHandler):
        if name.startswith("on_"):
            setattr(Recorder, name, lambda self, event, _name=name: calls.append((_name, type(event).__name__)))
    handler = Recorder()
    for variant in stream.variants:
        event = pkg.dispatch.parse_event(tagged_sample(samples, stream, variant, variant.tags[0]))
        handler.dispatch(event)
        method, received = calls[-1]
        assert received == variant.name and method.startswith("on_") and method != "on_unknown", (variant.name, method)
    handler.dispatch(pkg.dispatch.parse_event({"type": "brand.new"}))
    assert calls[-1] == ("on_unknown", "Unknown" + stream.name)
    assert len(calls) == len(stream.variants) + 1


@pytest.mark.parametrize("target", TARGETS)
def test_a_stream_of_every_event_type_comes_through_the_client(target):
    api, _ = target_ir(target)
    pkg, samples = package(target), Samples(api)
    stream_union = main_stream(api)
    events = [tagged_sample(samples, stream_union, v, v.tags[0]) for v in stream_union.variants if "error" not in v.tags]
    server = LoopbackServer().start()
    try:
        server.push(sse([sse_events(events)]))
        with pkg.Client(api_key="sk-test", base_url=server.url) as client:
            received = list(client.responses.create(stream=True))
    finally:
        server.stop()
    assert [dump(e) for e in received] == events
    assert [type(e).__name__ for e in received] == [v.name for v in stream_union.variants if "error" not in v.tags]
