"""Line-delimited JSON on the wire of a loopback server (golden case `json_lines`, an Ollama-like
chat and pull, a JSON Lines download and a JSON text sequence): typed streams with the same
guarantees as server-sent events. Whole lines only, wherever the chunks split them (CRLF, blank
lines, a last line without a newline); a stream cut mid-line raises APIConnectionError and never
yields half an item; streams are closed on exit, on error and when dropped, and never retried."""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import sys
from http.server import BaseHTTPRequestHandler

import pytest

import golden_cases
from loopback import LoopbackServer, json_response

CASE = "json_lines"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    root = tmp_path_factory.mktemp("lines")
    for rel, data in golden_cases.generate(CASE).items():
        (root / "lines_pkg" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "lines_pkg" / rel).write_bytes(data)
    sys.path.insert(0, str(root))
    yield importlib.import_module("lines_pkg")
    sys.path.remove(str(root))


@pytest.fixture
def server():
    s = LoopbackServer().start()
    yield s
    s.stop()


def lines(chunks: list[bytes], content_type: str = "application/x-ndjson", *, drop: bool = False):
    """A chunked response, each chunk sent and flushed on its own; with `drop`, the connection
    closes without the final chunk."""

    def act(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("content-type", content_type)
        h.send_header("transfer-encoding", "chunked")
        h.end_headers()
        for chunk in chunks:
            h.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            h.wfile.flush()
        if drop:
            h.close_connection = True
            return
        h.wfile.write(b"0\r\n\r\n")
        h.wfile.flush()

    return act


def chunk(i: int, done: bool = False) -> dict:
    return {"model": "llama3", "message": {"role": "assistant", "content": f"w{i} "}, "done": done}


def ndjson(items: list[dict], end: bytes = b"\n") -> bytes:
    return end.join(json.dumps(i).encode() for i in items) + end


def test_a_chat_streams_its_chunks_as_typed_items_wherever_the_lines_split(pkg, server):
    wire = ndjson([chunk(0), chunk(1), chunk(2, done=True)])
    server.push(lines([wire[i : i + 7] for i in range(0, len(wire), 7)]))  # lines split across chunks
    with pkg.Client(base_url=server.url) as client:
        got = list(client.api.chat.create(model="llama3", messages=[{"role": "user", "content": "hi"}]))  # stream defaults to true
    assert [type(c).__name__ for c in got] == ["ChatChunk"] * 3
    assert [c.message.content for c in got] == ["w0 ", "w1 ", "w2 "] and got[-1].done is True
    request = server.requests[0]
    assert request.headers["accept"] == "application/x-ndjson" and "stream" not in request.json()


def test_crlf_blank_lines_and_a_last_line_without_newline(pkg, server):
    wire = b"\r\n" + ndjson([chunk(0), chunk(1)], end=b"\r\n\r\n") + json.dumps(chunk(2, True)).encode()
    server.push(lines([wire[:10], wire[10:]]))
    with pkg.Client(base_url=server.url) as client:
        got = list(client.api.chat.create(model="m", messages=[], stream=True))
    assert [c.message.content for c in got] == ["w0 ", "w1 ", "w2 "]


def test_stream_false_answers_json(pkg, server):
    server.push(json_response(200, chunk(7, True)))
    with pkg.Client(base_url=server.url) as client:
        reply = client.api.chat.create(model="m", messages=[], stream=False)
    assert type(reply).__name__ == "ChatChunk" and reply.message.content == "w7 "
    assert server.requests[0].json()["stream"] is False and server.requests[0].headers["accept"] == "application/json"


def test_a_stream_cut_mid_line_raises_after_the_whole_items_and_is_not_retried(pkg, server):
    wire = ndjson([chunk(0), chunk(1)]) + b'{"model": "m", "mess'
    server.push(lines([wire], drop=True))
    seen = []
    with pkg.Client(base_url=server.url, max_retries=3) as client:
        with pytest.raises(pkg.APIConnectionError, match="cut"):
            for item in client.api.chat.create(model="m", messages=[]):
                seen.append(item.message.content)
    assert seen == ["w0 ", "w1 "] and len(server.requests) == 1


def test_a_stream_that_ends_in_half_a_line_raises(pkg, server):
    server.push(lines([ndjson([chunk(0)]) + b'{"model": "m", "mess']))  # a clean end, half a line
    with pkg.Client(base_url=server.url) as client:
        stream = client.api.chat.create(model="m", messages=[])
        with pytest.raises(pkg.APIConnectionError, match="middle of a line"):
            list(stream)


def test_a_union_stream_dispatches_and_unknown_events_are_kept(pkg, server):
    events = [{"type": "progress", "completed": 1, "total": 4}, {"type": "verifying", "digest": "sha"}, {"type": "success"}]
    server.push(lines([ndjson(events)]))
    with pkg.Client(base_url=server.url) as client:
        got = list(client.api.pull.create(model="m"))
    assert [type(e).__name__ for e in got] == ["PullProgress", "UnknownPullEvent", "PullSuccess"]
    assert got[1].model_extra == {"digest": "sha"}
    seen = []

    class Handler(pkg.dispatch.PullEventHandler):
        def on_progress(self, event):
            seen.append(event.completed)

        def on_success(self, event):
            seen.append("done")

    handler = Handler()
    for event in got:
        handler.dispatch(event)
    assert seen == [1, "done"]


def test_a_json_lines_download_is_a_typed_iterator_read_as_it_comes(pkg, server):
    results = [{"custom_id": f"r{i}", "result": {"n": i}} for i in range(1000)]
    wire = ndjson(results)
    server.push(lines([wire[i : i + 4096] for i in range(0, len(wire), 4096)], content_type="application/x-jsonl"))
    with pkg.Client(base_url=server.url) as client:
        with client.v_1.batches.results.list("batch_1") as stream:
            first = next(iter(stream))
            assert first.custom_id == "r0"
            rest = list(stream)
    assert len(rest) == 999 and rest[-1].result == {"n": 999}
    assert server.requests[0].headers["accept"] == "application/x-jsonl"


def test_a_json_text_sequence(pkg, server):
    wire = b"".join(b"\x1e" + json.dumps({"id": i, "path": f"/p{i}"}).encode() + b"\n" for i in range(3))
    server.push(lines([wire[:5], wire[5:]], content_type="application/json-seq"))
    with pkg.Client(base_url=server.url) as client:
        got = list(client.v_1.changes.list())
    assert [c.id for c in got] == [0, 1, 2]


def test_streams_are_closed_on_exit_on_error_and_when_dropped(pkg, server):
    server.always = lines([ndjson([chunk(i) for i in range(50)])])
    with pkg.Client(base_url=server.url) as client:
        with client.api.chat.create(model="m", messages=[]) as stream:
            next(iter(stream))
        assert stream.response.is_closed
        with pytest.raises(ZeroDivisionError):
            with client.api.chat.create(model="m", messages=[]) as stream:
                for _ in stream:
                    1 / 0
        assert stream.response.is_closed
        server.push(lines([ndjson([chunk(0)]) + b"{not json}\n"]))  # an error in the stream itself
        stream = client.api.chat.create(model="m", messages=[])
        with pytest.raises(pkg.APIResponseValidationError, match="not json"):
            list(stream)
        assert stream.response.is_closed
        response = client.api.chat.create(model="m", messages=[]).response
        gc.collect()
        assert response.is_closed

    async def main():
        async with pkg.AsyncClient(base_url=server.url) as client:
            stream = await client.api.chat.create(model="m", messages=[])
            got = [c.message.content async for c in stream]
            return got, stream.response.is_closed

    got, closed = asyncio.run(main())
    assert len(got) == 50 and closed


def test_every_operation_against_steady_serving_the_document(pkg):
    """Steady streams each line-delimited answer as the document declares it (its own chunking and
    timing); every operation is accepted and each streamed line parses into the item type."""
    from generator.operations import Selection
    from generator.pipeline import build, prepare
    from steady_calls import call_every_operation, report
    from test_steady import start_steady

    document = golden_cases.CASES / CASE / "spec.yaml"
    api = build(prepare(document), Selection(), source=CASE).api
    with start_steady(document) as url, pkg.Client(base_url=url, max_retries=0) as client:
        failed = call_every_operation(api, pkg, client)
        pulled = list(client.api.pull.create(model="m"))
    assert not failed, report(CASE, api, failed)
    assert pulled and all(type(e).__name__ in ("PullProgress", "PullSuccess") for e in pulled), pulled
