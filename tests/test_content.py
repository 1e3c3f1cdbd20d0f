"""Bodies and responses that are not JSON, on the wire of a loopback server
(tests/golden/content_types/spec.yaml): multipart, form, raw bytes and text uploads, binary and
text downloads, and an operation that answers with audio or events by what it is asked for."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import hashlib
import importlib
import io
import json
import sys
from urllib.parse import unquote

import httpx
import pytest

import golden_cases
from loopback import LoopbackServer, binary, json_response, sse, sse_events

CASE = "content_types"
FILE = {"id": "file_1", "bytes": 3}
# The parts of the upload of notes.txt with every kind of field (the TypeScript client's too).
UPLOAD_PARTS = [
    ("file", "notes.txt", "text/plain", b"abc"),
    ("purpose", None, None, b"assistants"),
    ("expires_after", None, None, b"60"),
    ("metadata", None, "application/json", b'{"k":"v"}'),  # an object part is JSON
    ("labels", None, None, b"a"),  # an array of scalars is one part per value
    ("labels", None, None, b"b"),
    ("options", None, "application/json", b'{"x": 1}'),  # `encoding` says this part is JSON
]


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    root = tmp_path_factory.mktemp("content")
    for rel, data in golden_cases.generate(CASE).items():
        (root / CASE / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / CASE / rel).write_bytes(data)
    sys.path.insert(0, str(root))
    yield importlib.import_module(CASE)
    sys.path.remove(str(root))


@pytest.fixture
def server():
    s = LoopbackServer().start()
    yield s
    s.stop()


@pytest.fixture
def client(pkg, server):
    with pkg.Client(base_url=server.url, max_retries=1) as c:
        yield c


def parts(recorded) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, payload) of each part of a multipart body, read with the
    boundary its content-type header gives: what is checked does not depend on the boundary."""
    head = f"content-type: {recorded.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + recorded.body)
    assert message.is_multipart()
    out = []
    for part in message.iter_parts():
        disposition = part.get("content-disposition", "")
        params = dict(p.strip().split("=", 1) for p in disposition.split(";")[1:])
        name = params["name"].strip('"')
        filename = params["filename"].strip('"') if "filename" in params else None
        out.append((name, filename, part.get("content-type"), part.get_payload(decode=True)))
    return out


def test_a_multipart_upload_sends_each_field_as_its_part_in_order(client, server):
    server.push(json_response(200, FILE))
    got = client.files.create(file=("notes.txt", b"abc", "text/plain"), purpose="assistants", metadata={"k": "v"},
                              labels=["a", "b"], options='{"x": 1}', expires_after=60)
    assert got.id == "file_1"
    sent = server.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(sent) == UPLOAD_PARTS


def test_a_file_is_bytes_a_path_a_file_object_or_a_tuple(client, server, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7 data")
    for file, expected in (
        (b"raw", ("file", "upload", "application/octet-stream", b"raw")),
        (path, ("file", "report.pdf", "application/pdf", b"%PDF-1.7 data")),
        (io.BytesIO(b"in memory"), ("file", "upload", "application/octet-stream", b"in memory")),
        (("data.jsonl", b"{}\n"), ("file", "data.jsonl", "application/octet-stream", b"{}\n")),
    ):
        server.push(json_response(200, FILE))
        client.files.create(file=file, purpose="batch")
        assert parts(server.requests[-1])[0] == expected


def test_an_array_of_files_is_one_part_each(client, server):
    server.push(json_response(200, FILE))
    client.batches.create(files=[("a.txt", b"A"), ("b.txt", b"B")])
    assert [(n, f, p) for n, f, _, p in parts(server.requests[0])] == [("files", "a.txt", b"A"), ("files", "b.txt", b"B")]


def test_a_multipart_upload_is_retried_with_the_same_parts(client, server, tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(bytes(range(256)) * 1000)
    server.push(json_response(503, {"error": {"message": "busy"}}), json_response(200, FILE))
    client.files.create(file=path, purpose="batch")
    first, second = server.requests
    assert parts(first) == parts(second) and parts(second)[0][3] == path.read_bytes()


def test_a_form_body_encodes_nested_objects_and_arrays_in_brackets(client, server):
    server.push(json_response(200, FILE))
    client.tokens.create(grant_type="client_credentials", scope=["read", "write"], card={"number": "4242", "exp_month": 12},
                         items=[{"price": "p_1", "quantity": 2}], remember=True)
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert unquote(sent.body.decode()).split("&") == [
        "grant_type=client_credentials", "scope[]=read", "scope[]=write", "card[number]=4242", "card[exp_month]=12",
        "items[0][price]=p_1", "items[0][quantity]=2", "remember=true",
    ]


def test_a_binary_body_is_bytes_a_file_a_path_or_an_iterator_and_is_streamed(client, server, tmp_path):
    data = bytes(range(256)) * 4096  # 1 MiB
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    for body in (data, path, open(path, "rb"), iter([data[: 1 << 19], data[1 << 19 :]])):
        server.push(json_response(200, FILE))
        client.blobs.update("blob 1", body=body)
        sent = server.requests[-1]
        assert sent.path == "/blobs/blob%201" and sent.headers["content-type"] == "application/octet-stream"
        assert sent.body == data
        if not isinstance(body, bytes):
            assert sent.headers.get("transfer-encoding") == "chunked"  # sent as read, never whole


def test_a_body_read_from_an_iterator_is_not_retried(client, server, pkg):
    server.push(json_response(503, {"error": {"message": "busy"}}), json_response(200, FILE))
    with pytest.raises(pkg.InternalServerError):
        client.blobs.update("b", body=iter([b"once"]))
    assert len(server.requests) == 1


def test_a_text_body_goes_as_text(client, server):
    server.push(json_response(200, FILE))
    client.notes.create(body="héllo\nworld")
    sent = server.requests[0]
    assert sent.headers["content-type"] == "text/plain" and sent.body == "héllo\nworld".encode()


def test_a_binary_download_is_read_whole_in_chunks_or_into_a_file(client, server, tmp_path):
    data = bytes(range(256)) * 1024
    server.push(binary(data), binary(data), binary(data))
    got = client.blobs.retrieve("b")
    assert server.requests[0].headers["accept"] == "application/octet-stream"
    assert type(got).__name__ == "BinaryResponse" and got.content_type == "application/octet-stream"
    assert got.read() == data
    chunks = list(client.blobs.retrieve("b").iter_bytes(1000))
    assert b"".join(chunks) == data and max(map(len, chunks)) <= 1000
    client.blobs.retrieve("b").write_to_file(tmp_path / "out.bin")
    assert (tmp_path / "out.bin").read_bytes() == data


def test_a_text_download_reads_as_text(client, server):
    server.push(binary(b"a,b\n1,2\n", "text/csv; charset=utf-8"))
    report = client.reports.retrieve("r1")
    assert server.requests[0].headers["accept"] == "text/csv"
    assert report.text() == "a,b\n1,2\n"


def test_an_operation_with_audio_or_events_picks_by_the_response_content_type(client, server):
    events = [{"type": "speech.audio.delta", "audio": "QUJD"}, {"type": "speech.audio.done"}]
    server.push(binary(b"ID3 mp3 bytes", "audio/mpeg"), sse([sse_events(events)]))
    audio = client.speech.create(input="hi")
    assert type(audio).__name__ == "BinaryResponse" and audio.read() == b"ID3 mp3 bytes"
    assert server.requests[0].headers["accept"] == "audio/mpeg, text/event-stream"
    assert json.loads(server.requests[0].body) == {"input": "hi"}
    with client.speech.create(input="hi", stream_format="sse") as stream:
        got = [type(e).__name__ for e in stream]
    assert got == ["SpeechDelta", "SpeechDone"]


def test_the_async_client_uploads_and_downloads_the_same(pkg, server, tmp_path):
    data = bytes(range(256)) * 512
    path = tmp_path / "in.bin"
    path.write_bytes(data)

    async def run() -> bytes:
        async with pkg.AsyncClient(base_url=server.url) as c:
            server.push(json_response(200, FILE), json_response(200, FILE), binary(data))
            await c.blobs.update("b", body=path)
            await c.files.create(file=path, purpose="batch")
            download = await c.blobs.retrieve("b")
            await download.write_to_file(tmp_path / "out.bin")
            return (tmp_path / "out.bin").read_bytes()

    assert asyncio.run(run()) == data
    assert server.requests[0].body == data and parts(server.requests[1])[0][3] == data


def test_a_large_upload_and_download_round_trip(client, server, tmp_path):
    data = hashlib.sha256(b"seed").digest() * (20 * 1024 * 1024 // 32)  # 20 MiB
    path = tmp_path / "large.bin"
    path.write_bytes(data)
    server.push(json_response(200, FILE), binary(data))
    client.blobs.update("large", body=path)
    assert hashlib.sha256(server.requests[0].body).digest() == hashlib.sha256(data).digest()
    client.blobs.retrieve("large").write_to_file(tmp_path / "back.bin")
    assert (tmp_path / "back.bin").read_bytes() == data


def test_with_raw_response_keeps_a_download_unread(client, server):
    server.push(binary(b"xyz"))
    raw = client.blobs.with_raw_response.retrieve("b")
    assert raw.status_code == 200 and raw.parse().read() == b"xyz"


def test_httpx_multipart_parts_parse_back(pkg):
    """The parser above reads what httpx writes: a sanity check of the test itself."""
    request = httpx.Request("POST", "http://x", files=[("a", (None, b"1")), ("f", ("n.txt", b"2", "text/plain"))])
    body = request.read()

    class R:
        headers = {"content-type": request.headers["content-type"]}

    R.body = body
    assert parts(R) == [("a", None, None, b"1"), ("f", "n.txt", "text/plain", b"2")]


def test_a_required_multipart_body_of_no_fields_is_an_empty_multipart_body(pkg):
    """httpx sends nothing for no parts; a server that requires the body gets one of no parts."""
    content = importlib.import_module(f"{CASE}._content")
    encoded = content.encode({}, "multipart/form-data", {}, is_async=False)
    assert encoded.files is None
    media, _, boundary = encoded.content_type.partition("; boundary=")
    assert media == "multipart/form-data" and boundary
    assert encoded.content == f"--{boundary}--\r\n".encode()  # the close delimiter alone (RFC 2046)


def test_an_empty_body_reads_as_an_object_of_no_fields(pkg):
    """A 204 whose spec declares content: the model of no fields, not a parse error."""
    request = httpx.Request("POST", "http://x/files")
    http = importlib.import_module(f"{CASE}._http")
    parsed = http.finish(httpx.Response(204, request=request), b"", lambda data: json.loads(data))
    assert parsed == {}
