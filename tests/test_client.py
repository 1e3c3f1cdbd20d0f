"""The generated client against our loopback server: streaming, faults, retries, pagination, secrets."""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import threading
import time
from types import SimpleNamespace

import httpx
import pytest

from loopback import LoopbackServer, cut_body, json_response, slow, sse, sse_events
from test_models import examples, sse_payloads

KEY = "sk-test-DO-NOT-LEAK-0123456789"


@pytest.fixture
def server():
    s = LoopbackServer().start()
    yield s
    s.stop()


@pytest.fixture
def pkg(generated_package):
    return generated_package


@pytest.fixture
def sleeps(pkg, monkeypatch):
    """Retry waits are recorded instead of slept."""
    waits: list[float] = []
    http = importlib.import_module(pkg.__name__ + "._http")

    async def no_wait(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(http, "time", SimpleNamespace(sleep=waits.append, time=time.time))
    monkeypatch.setattr(http, "asyncio", SimpleNamespace(sleep=no_wait))
    return waits


@pytest.fixture
def client(pkg, server, sleeps):
    with pkg.Client(api_key=KEY, base_url=server.url, max_retries=2) as c:
        yield c


def delta(i: int, text: str = "x") -> dict:
    return {"type": "response.output_text.delta", "item_id": "msg_1", "output_index": 0, "content_index": 0, "delta": text, "sequence_number": i, "logprobs": []}


RESPONSE = {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed", "model": "gpt-4o", "output": [], "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


# ---- requests are built as the spec says ------------------------------------


def test_omitted_arguments_are_not_sent_and_none_is_sent_as_null(client, server):
    server.push(json_response(200, RESPONSE))
    client.responses.create(model="gpt-4o", input="hi", temperature=None)
    sent = server.requests[0]
    assert sent.method == "POST" and sent.path == "/responses"
    assert sent.json() == {"model": "gpt-4o", "input": "hi", "temperature": None}
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["content-type"] == "application/json"


def test_query_arrays_explode_and_path_parameters_are_encoded(client, server):
    server.push(json_response(200, RESPONSE))
    client.responses.retrieve("resp/1 x", include=["a", "b"], stream=False)
    assert server.requests[0].path == "/responses/resp%2F1%20x?include=a&include=b&stream=false"


def test_an_empty_path_parameter_is_refused_before_sending(client, server):
    with pytest.raises(ValueError, match="response_id"):
        client.responses.retrieve("")
    assert server.requests == []


def test_models_are_accepted_as_request_values(pkg, client, server):
    server.push(json_response(200, RESPONSE))
    message = pkg.models.EasyInputMessage(role="user", content="hi")
    client.responses.create(model="gpt-4o", input=[message])  # type: ignore[list-item]
    # A model's one-value tag is part of it, so it is sent; unset optional fields are not.
    assert server.requests[0].json()["input"] == [{"role": "user", "content": "hi", "type": "message"}]


def test_extra_headers_query_and_body_reach_the_server(client, server):
    server.push(json_response(200, RESPONSE))
    client.responses.create(model="m", extra_headers={"x-a": "1"}, extra_query={"q": "2"}, extra_body={"future": True})
    sent = server.requests[0]
    assert sent.headers["x-a"] == "1" and sent.path == "/responses?q=2" and sent.json()["future"] is True


# ---- responses are read tolerantly ------------------------------------------


def test_unknown_fields_are_kept(client, server):
    server.push(json_response(200, {**RESPONSE, "brand_new": {"x": 1}}))
    r = client.responses.retrieve("resp_1")
    assert r.model_extra == {"brand_new": {"x": 1}}


def test_raw_response_gives_status_headers_and_body(client, server):
    server.push(json_response(200, RESPONSE))
    raw = client.responses.with_raw_response.retrieve("resp_1")
    assert raw.status_code == 200 and raw.request_id == "req_123"
    assert json.loads(raw.content) == RESPONSE
    assert raw.parse().id == "resp_1"


def test_a_body_cut_mid_json_raises_a_clear_error(pkg, client, server):
    server.push(cut_body(500, b'{"id": "resp_1", "obj'))
    with pytest.raises(pkg.APIConnectionError, match="GET .*/responses/resp_1"):
        client.responses.retrieve("resp_1", max_retries=0)


def test_a_body_that_is_not_json_raises_a_validation_error(pkg, client, server):
    server.push(json_response(200, "not an object"))
    with pytest.raises(pkg.APIResponseValidationError):
        client.responses.retrieve("resp_1")


# ---- errors and retries ------------------------------------------------------


@pytest.mark.parametrize(
    "status,name",
    [(400, "BadRequestError"), (401, "AuthenticationError"), (403, "PermissionDeniedError"), (404, "NotFoundError"),
     (409, "ConflictError"), (422, "UnprocessableEntityError"), (429, "RateLimitError"), (500, "InternalServerError"),
     (503, "InternalServerError"), (418, "APIStatusError")],
)
def test_each_status_raises_its_error_with_body_and_request_id(pkg, client, server, status, name):
    server.always = json_response(status, {"error": {"message": "nope", "code": "x"}})
    with pytest.raises(pkg.APIStatusError) as info:
        client.responses.retrieve("resp_1", max_retries=0)
    err = info.value
    assert type(err).__name__ == name and err.status_code == status
    assert err.body == {"error": {"message": "nope", "code": "x"}} and err.request_id == "req_123"
    assert "nope" in str(err) and KEY not in str(err)


def test_429_with_retry_after_is_retried_after_that_wait(client, server, sleeps):
    server.push(json_response(429, {}, {"retry-after": "1.5"}), json_response(503, {}, {"retry-after-ms": "20"}), json_response(200, RESPONSE))
    assert client.responses.retrieve("resp_1").id == "resp_1"
    assert len(server.requests) == 3 and sleeps == [1.5, 0.02]


def test_retries_stop_at_max_retries_with_the_last_error(pkg, client, server, sleeps):
    server.always = json_response(503, {"error": {"message": "busy"}})
    with pytest.raises(pkg.InternalServerError):
        client.responses.retrieve("resp_1")
    assert len(server.requests) == 3 and len(sleeps) == 2
    server.requests.clear()
    with pytest.raises(pkg.InternalServerError):
        client.responses.retrieve("resp_1", max_retries=4)
    assert len(server.requests) == 5


def test_a_retry_after_beyond_the_cap_is_not_slept(client, server, sleeps):
    server.push(json_response(429, {}, {"retry-after": "3600"}), json_response(200, RESPONSE))
    client.responses.retrieve("resp_1")
    assert len(sleeps) == 1 and 0 < sleeps[0] < 10


def test_a_post_is_not_retried_on_a_status_that_does_not_allow_it(pkg, client, server):
    server.always = json_response(400, {"error": {"message": "bad"}})
    with pytest.raises(pkg.BadRequestError):
        client.responses.create(model="m")
    assert len(server.requests) == 1


def test_a_server_too_slow_for_the_timeout_raises_a_timeout_error(pkg, client, server):
    server.always = slow(2.0, json_response(200, RESPONSE))
    with pytest.raises(pkg.APITimeoutError):
        client.responses.retrieve("resp_1", timeout=0.2, max_retries=1)
    assert len(server.requests) == 2


def test_a_refused_connection_raises_a_connection_error(pkg, sleeps):
    with pkg.Client(api_key=KEY, base_url="http://127.0.0.1:9", max_retries=1) as c:
        with pytest.raises(pkg.APIConnectionError) as info:
            c.responses.retrieve("resp_1")
    assert len(sleeps) == 1 and KEY not in str(info.value)


def test_the_key_never_appears_in_repr_logs_or_errors(pkg, client, server, caplog):
    caplog.set_level(logging.DEBUG)
    server.push(json_response(500, {}), json_response(401, {"error": {"message": "bad key"}}))
    with pytest.raises(pkg.AuthenticationError) as info:
        client.responses.retrieve("resp_1")
    assert "retry" in caplog.text
    for text in (repr(client), str(info.value), repr(info.value), caplog.text, repr(info.value.request)):
        assert KEY not in text


def test_the_key_defaults_from_the_environment(pkg, server, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    server.push(json_response(200, RESPONSE))
    with pkg.Client(base_url=server.url) as c:
        c.responses.retrieve("resp_1")
    assert server.requests[0].headers["authorization"] == "Bearer sk-env"
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(pkg.APIError, match="OPENAI_API_KEY"):
        pkg.Client()


# ---- streaming ----------------------------------------------------------------


def stream_examples():
    return [p for p in examples() if sse_payloads(p.values[1])]


@pytest.mark.parametrize("op_id,text", stream_examples())
def test_the_spec_streaming_examples_replay_through_the_client(pkg, client, server, op_id, text):
    payloads = [json.loads(p) for p in sse_payloads(text)]
    server.push(sse([text.strip().encode() + b"\n\n"]))  # the example lost its final blank line in the YAML
    with client.responses.create(model="m", input="hi", stream=True) as stream:
        events = list(stream)
    assert [e.model_dump(mode="json", exclude_unset=True) for e in events] == payloads
    assert not any(type(e).__name__.startswith("Unknown") for e in events)


def accumulating_events() -> list[dict]:
    """A stream still under way: a message's text in deltas, then a function call's arguments."""
    item = {"type": "message", "id": "msg_1", "status": "in_progress", "role": "assistant", "content": []}
    call = {"type": "function_call", "id": "fc_1", "call_id": "c1", "name": "f", "arguments": "", "status": "in_progress"}
    return [
        {"type": "response.created", "sequence_number": 0, "response": {**RESPONSE, "status": "in_progress"}},
        {"type": "response.output_item.added", "output_index": 0, "sequence_number": 1, "item": item},
        {"type": "response.content_part.added", "item_id": "msg_1", "output_index": 0, "content_index": 0, "sequence_number": 2, "part": {"type": "output_text", "text": "", "annotations": []}},
        *[delta(3 + i, w) for i, w in enumerate(["Hel", "lo", " world"])],
        {"type": "response.output_item.added", "output_index": 1, "sequence_number": 6, "item": call},
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1", "output_index": 1, "sequence_number": 7, "delta": '{"a":'},
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1", "output_index": 1, "sequence_number": 8, "delta": " 1}"},
    ]


def test_stream_accumulates_into_the_final_response_and_text(pkg, client, server):
    server.push(sse([sse_events(accumulating_events())]))
    acc = pkg.accumulate(client.responses.create(model="m", stream=True))
    assert acc.text == "Hello world"
    final = acc.response
    assert final.id == "resp_1" and final.output[0].content[0].text == "Hello world"
    assert final.output[1].arguments == '{"a": 1}'


def test_retrieve_with_stream_follows_a_background_response_as_typed_events(pkg, client, server):
    """GET /responses/{id}?stream=true answers with events (the spec says JSON only; an overlay
    adds the event stream): `retrieve(id, stream=True)` is a typed Stream like `create`'s."""
    events = [delta(5, "late"), {"type": "response.completed", "sequence_number": 6, "response": RESPONSE}]
    server.push(sse([sse_events(events)]))
    with client.responses.retrieve("resp_1", stream=True, starting_after=4) as stream:
        got = list(stream)
    sent = server.requests[0]
    assert sent.method == "GET" and sent.path == "/responses/resp_1?stream=true&starting_after=4"
    assert sent.headers["accept"] == "text/event-stream"
    assert [type(e).__name__ for e in got] == ["ResponseTextDeltaEvent", "ResponseCompletedEvent"]
    assert got[1].response.id == "resp_1"
    server.push(json_response(200, RESPONSE))  # without stream=True: the Response, as before
    assert type(client.responses.retrieve("resp_1")).__name__ == "Response"


def test_an_event_split_across_many_chunks_parses_whole(client, server):
    wire = sse_events([delta(i, "é" * 3) for i in range(20)]).replace(b"\n", b"\r\n")
    server.push(sse([wire[i : i + 1] for i in range(len(wire))]))
    events = list(client.responses.create(model="m", stream=True))
    assert [e.sequence_number for e in events] == list(range(20)) and events[0].delta == "ééé"


def test_an_unknown_event_type_is_kept_whole(pkg, client, server):
    novel = {"type": "response.telepathy.delta", "sequence_number": 0, "thought": {"deep": [1, 2]}}
    server.push(sse([sse_events([novel, delta(1)])]))
    events = list(client.responses.create(model="m", stream=True))
    assert type(events[0]).__name__ == "UnknownResponseStreamEvent"
    assert events[0].model_dump(mode="json") == novel and events[1].delta == "x"


def test_a_malformed_event_raises_and_names_it(pkg, client, server):
    server.push(sse([sse_events([delta(0)]) + b"event: response.output_text.delta\ndata: {not json\n\n"]))
    seen = []
    with pytest.raises(pkg.APIResponseValidationError, match="not json"):
        for e in client.responses.create(model="m", stream=True):
            seen.append(e)
    assert len(seen) == 1


def test_an_error_event_raises_a_stream_error(pkg, client, server):
    error = {"type": "error", "code": "server_error", "message": "boom", "param": None, "sequence_number": 1}
    server.push(sse([sse_events([delta(0), error, delta(2)])]))
    with pytest.raises(pkg.APIStreamError, match="boom") as info:
        list(client.responses.create(model="m", stream=True))
    assert info.value.code == "server_error"


def test_a_connection_dropped_mid_stream_raises_after_the_whole_events_and_is_not_retried(pkg, client, server):
    wire = sse_events([delta(0), delta(1)])
    server.push(sse([wire, b'event: response.output_text.delta\ndata: {"type": "resp'], drop=True))
    seen = []
    with pytest.raises(pkg.APIConnectionError, match="cut"):
        for e in client.responses.create(model="m", stream=True):
            seen.append(e.sequence_number)
    assert seen == [0, 1] and len(server.requests) == 1


def test_a_stream_ends_at_done_markers(client, server):
    server.push(sse([sse_events([delta(0)]) + b"event: done\ndata: {}\n\n" + sse_events([delta(1)])]))
    assert len(list(client.responses.create(model="m", stream=True))) == 1
    server.push(sse([sse_events([delta(0)]) + b"data: [DONE]\n\n"]))
    assert len(list(client.responses.create(model="m", stream=True))) == 1


def test_a_stream_closed_early_releases_its_connection(client, server):
    server.push(sse([sse_events([delta(i) for i in range(10)])]))
    with client.responses.create(model="m", stream=True) as stream:
        next(iter(stream))
    assert stream.response.is_closed


def test_a_stream_is_opened_after_a_retried_status(client, server, sleeps):
    server.push(json_response(429, {}, {"retry-after": "0"}), sse([sse_events([delta(0)])]))
    assert len(list(client.responses.create(model="m", stream=True))) == 1
    assert len(server.requests) == 2


# ---- pagination ----------------------------------------------------------------


def test_pages_are_fetched_lazily_by_cursor(client, server):
    def page(ids, more):
        return json_response(200, {"object": "list", "data": [{"type": "message", "id": i, "role": "user", "content": [], "status": "completed"} for i in ids],
                                   "first_id": ids[0], "last_id": ids[-1], "has_more": more})

    server.push(page(["a", "b"], True), page(["c"], True), page(["d"], False))
    items = client.responses.input_items.list("resp_1", limit=2)
    assert len(server.requests) == 1
    assert [i.id for i in items] == ["a", "b", "c", "d"]
    assert [r.path for r in server.requests] == ["/responses/resp_1/input_items?limit=2", "/responses/resp_1/input_items?limit=2&after=b", "/responses/resp_1/input_items?limit=2&after=c"]


def input_items_page(ids, more):
    return json_response(200, {"object": "list", "data": [{"type": "message", "id": i, "role": "user", "content": [], "status": "completed"} for i in ids],
                               "first_id": ids[0], "last_id": ids[-1], "has_more": more})


def test_a_raw_list_response_parses_into_the_first_page_and_fetches_the_rest(client, server):
    server.push(input_items_page(["a"], True), input_items_page(["b"], False))
    raw = client.responses.input_items.with_raw_response.list("resp_1", limit=1)
    assert raw.status_code == 200 and raw.request_id == "req_123"
    assert json.loads(raw.content)["first_id"] == "a" and len(server.requests) == 1
    assert [i.id for i in raw.parse()] == ["a", "b"]


def test_an_async_raw_list_response_parses_into_a_page(pkg, server):
    async def main():
        async with pkg.AsyncClient(api_key=KEY, base_url=server.url) as c:
            server.push(input_items_page(["a"], True), input_items_page(["b"], False))
            raw = await c.responses.input_items.with_raw_response.list("resp_1", limit=1)
            assert raw.status_code == 200
            return [i.id async for i in raw.parse()]

    assert asyncio.run(main()) == ["a", "b"]


# ---- async ---------------------------------------------------------------------


def test_async_client_streams_pages_and_errors(pkg, server, sleeps):
    async def main():
        async with pkg.AsyncClient(api_key=KEY, base_url=server.url) as c:
            server.push(json_response(503, {}), json_response(200, RESPONSE))
            assert (await c.responses.retrieve("resp_1")).id == "resp_1"
            server.push(sse([sse_events([delta(i) for i in range(5)])]))
            stream = await c.responses.create(model="m", stream=True)
            seen = [e.sequence_number async for e in stream]
            assert seen == list(range(5))
            server.push(json_response(200, {"object": "list", "data": [], "first_id": "", "last_id": "", "has_more": False}))
            page = await c.conversations.items.list("conv_1")
            assert [i async for i in page] == []
            server.push(json_response(404, {"error": {"message": "gone"}}))
            with pytest.raises(pkg.NotFoundError):
                await c.conversations.retrieve("conv_1")

    asyncio.run(main())
    assert len(sleeps) == 1


def test_many_concurrent_async_streams_keep_every_event_in_order(pkg, server):
    n_streams, n_events = 50, 2000
    wire = sse_events([delta(i) for i in range(n_events)])
    server.always = sse([wire[i : i + 4096] for i in range(0, len(wire), 4096)])

    async def one(c) -> list[int]:
        stream = await c.responses.create(model="m", stream=True)
        return [e.sequence_number async for e in stream]

    async def main():
        limits = httpx.Limits(max_connections=n_streams)
        async with pkg.AsyncClient(api_key=KEY, base_url=server.url, http_client=httpx.AsyncClient(limits=limits)) as c:
            return await asyncio.gather(*(one(c) for _ in range(n_streams)))

    results = asyncio.run(main())
    assert all(r == list(range(n_events)) for r in results)
    assert threading.active_count() < 100


def test_an_async_stream_dropped_unclosed_closes_its_connection(pkg, server):
    import gc

    server.push(sse([sse_events([delta(i) for i in range(10)])]))

    async def main():
        async with pkg.AsyncClient(api_key=KEY, base_url=server.url) as c:
            stream = await c.responses.create(model="m", stream=True)
            response = stream.response
            assert not response.is_closed
            del stream
            gc.collect()
            await asyncio.sleep(0.05)  # the close runs as a task on this loop
            return response.is_closed

    assert asyncio.run(main())
