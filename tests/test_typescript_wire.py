"""The TypeScript client on the wire, under node, against the loopback server: the same golden
documents and the same expectations as the Python client's wire tests (multipart, forms, binary
and text bodies and downloads, security schemes and servers, redirects, every pagination style,
line-delimited JSON streams, Standard Webhooks verification)."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

import golden_cases
from conftest import run_cli
from loopback import LoopbackServer, binary, json_response, sse, sse_events
from test_content import FILE, UPLOAD_PARTS, parts
from test_lines import chunk, lines, ndjson
from test_pages import THINGS, Api
from test_typescript import compile_to_js
from test_webhooks import VECTOR_BODY, VECTOR_ID, VECTOR_SECRET, VECTOR_SIGNATURE, VECTOR_TIMESTAMP

CASES = ("content_types", "security_servers", "pagination_styles", "json_lines", "deprecations_webhooks")


@pytest.fixture(scope="module")
def js(tmp_path_factory) -> Path:
    """The TypeScript package of each case, compiled to JavaScript by one tsc run: js/<case>/."""
    root = tmp_path_factory.mktemp("tswire")
    for case in CASES:
        spec = golden_cases.CASES / case / "spec.yaml"
        result = run_cli("generate", str(spec), "--package", case, "--out", str(root / "ts" / case), "--templates", "typescript")
        assert result.returncode == 0, result.stderr
    return compile_to_js(root / "ts", root / "js")


def node(js: Path, case: str, script: str, *args: str) -> dict:
    """Run `script` (an ES module beside the case's index.js) under node; the JSON it prints."""
    binary_ = shutil.which("node")
    assert binary_, "node is needed"
    path = js / case / "run.mjs"
    path.write_text(script)
    result = subprocess.run([binary_, str(path), *args], capture_output=True, text=True, timeout=120, cwd=path.parent)
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def server():
    s = LoopbackServer().start()
    yield s
    s.stop()


# -- bodies and downloads (content_types) -----------------------------------------------------

UPLOADS = r"""
import { Client } from "./index.js";
const client = new Client({ baseURL: process.argv[2], maxRetries: 1 });
const report = {};
report.id = (await client.files.create({
  file: new File(["abc"], "notes.txt", { type: "text/plain" }), purpose: "assistants", expires_after: 60,
  metadata: { k: "v" }, labels: ["a", "b"], options: '{"x": 1}',
})).id;
for (const file of [new TextEncoder().encode("raw"), new Blob(["blob"]), new Blob(["%PDF"], { type: "application/pdf" }),
                    new File(["{}\n"], "data.jsonl"), new TextEncoder().encode("buffer").buffer]) {
  await client.files.create({ file, purpose: "batch" });
}
await client.batches.create({ files: [new File(["A"], "a.txt"), new File(["B"], "b.txt")] });
await client.files.create({ file: new Uint8Array(256 * 1000).map((_, i) => i % 256), purpose: "batch" });  // a 503, then again
console.log(JSON.stringify(report));
"""


def test_a_multipart_upload_sends_the_parts_the_python_client_sends(js, server):
    server.push(*[json_response(200, FILE)] * 7, json_response(503, {"error": {"message": "busy"}}), json_response(200, FILE))
    report = node(js, "content_types", UPLOADS, server.url)
    assert report["id"] == "file_1"
    assert server.requests[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert parts(server.requests[0]) == UPLOAD_PARTS
    assert [parts(r)[0] for r in server.requests[1:6]] == [
        ("file", "upload", "application/octet-stream", b"raw"),  # bytes
        ("file", "upload", "application/octet-stream", b"blob"),  # a Blob without a type
        ("file", "upload", "application/pdf", b"%PDF"),  # a Blob's type is the part's
        ("file", "data.jsonl", "application/octet-stream", b"{}\n"),  # a File's name is the filename
        ("file", "upload", "application/octet-stream", b"buffer"),  # an ArrayBuffer
    ]
    assert [(n, f, p) for n, f, _, p in parts(server.requests[6])] == [("files", "a.txt", b"A"), ("files", "b.txt", b"B")]
    busy, retried = server.requests[7:]
    assert parts(busy) == parts(retried) and parts(retried)[0][3] == bytes(range(256)) * 1000  # the same parts again


FORMS_AND_BYTES = r"""
import { Client, APIError } from "./index.js";
const client = new Client({ baseURL: process.argv[2], maxRetries: 1 });
const report = {};
await client.tokens.create({ grant_type: "client_credentials", scope: ["read", "write"], card: { number: "4242", exp_month: 12 },
                             items: [{ price: "p_1", quantity: 2 }], remember: true });
const data = new Uint8Array(1 << 20).map((_, i) => i % 256);
await client.blobs.update("blob 1", data);
await client.blobs.update("blob 1", new Blob([data]));
const once = (bytes) => new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, 1 << 19)); c.enqueue(bytes.slice(1 << 19)); c.close(); } });
await client.blobs.update("blob 1", once(data));
try { await client.blobs.update("b", once(new TextEncoder().encode("once"))); } catch (e) { report.streamed = [e instanceof APIError, e.status]; }
await client.notes.create("héllo\nworld");
console.log(JSON.stringify(report));
"""


def test_forms_binary_and_text_bodies(js, server):
    server.push(*[json_response(200, FILE)] * 4, json_response(503, {"error": {"message": "busy"}}), json_response(200, FILE),
                json_response(200, FILE))
    report = node(js, "content_types", FORMS_AND_BYTES, server.url)
    form = server.requests[0]
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert unquote(form.body.decode()).split("&") == [
        "grant_type=client_credentials", "scope[]=read", "scope[]=write", "card[number]=4242", "card[exp_month]=12",
        "items[0][price]=p_1", "items[0][quantity]=2", "remember=true",
    ]
    data = bytes(range(256)) * 4096
    for sent in server.requests[1:4]:
        assert sent.path == "/blobs/blob%201" and sent.headers["content-type"] == "application/octet-stream" and sent.body == data
    assert server.requests[3].headers.get("transfer-encoding") == "chunked"  # a stream is sent as it is read
    assert report["streamed"] == [True, 503] and server.requests[4].body == b"once"  # a stream is not sent twice
    note = server.requests[-1]
    assert note.headers["content-type"] == "text/plain" and note.body == "héllo\nworld".encode()
    assert len(server.requests) == 6


DOWNLOADS = r"""
import { Client, Stream } from "./index.js";
const client = new Client({ baseURL: process.argv[2] });
const report = {};
const download = await client.blobs.retrieve("b");
report.unread = [download instanceof Response, download.bodyUsed, download.headers.get("content-type")];
report.bytes = Array.from(new Uint8Array(await download.arrayBuffer()).slice(0, 4)).concat([(await client.blobs.retrieve("b").then((r) => r.arrayBuffer())).byteLength]);
let chunks = 0, total = 0;
for await (const piece of (await client.blobs.retrieve("b")).body) { chunks++; total += piece.length; }
report.streamed = [chunks > 1, total];
report.csv = await (await client.reports.retrieve("r1")).text();
const audio = await client.speech.create({ input: "hi" });
report.audio = [audio instanceof Response, await audio.text()];
const events = await client.speech.create({ input: "hi", stream_format: "sse" });
report.events = [events instanceof Stream, []];
for await (const event of events) report.events[1].push(event.type);
console.log(JSON.stringify(report));
"""


def test_downloads_are_responses_not_read_yet_and_either_answer_by_its_content_type(js, server):
    data = bytes(range(256)) * 1024
    events = [{"type": "speech.audio.delta", "audio": "QUJD"}, {"type": "speech.audio.done"}]
    server.push(binary(data), binary(data), sse([data[i : i + 65536] for i in range(0, len(data), 65536)]),
                binary(b"a,b\n1,2\n", "text/csv; charset=utf-8"), binary(b"ID3 mp3 bytes", "audio/mpeg"), sse([sse_events(events)]))
    report = node(js, "content_types", DOWNLOADS, server.url)
    assert report["unread"] == [True, False, "application/octet-stream"]
    assert report["bytes"] == [0, 1, 2, 3, len(data)]
    assert report["streamed"] == [True, len(data)]  # read piece by piece, as it comes
    assert report["csv"] == "a,b\n1,2\n"
    assert report["audio"] == [True, "ID3 mp3 bytes"]
    assert report["events"] == [True, ["speech.audio.delta", "speech.audio.done"]]
    assert server.requests[0].headers["accept"] == "application/octet-stream"
    assert server.requests[3].headers["accept"] == "text/csv"
    assert server.requests[4].headers["accept"] == "audio/mpeg, text/event-stream"
    assert json.loads(server.requests[4].body) == {"input": "hi"}


# -- servers, security schemes, redirects (security_servers) ----------------------------------

SECURITY = r"""
import { Client, APIError, BASE_URL, serverURL } from "./index.js";
const url = process.argv[2];
const report = { base: BASE_URL, eu: serverURL({ region: "eu", base: "v2" }), euDefault: serverURL({ region: "eu" }) };
const all = new Client({ baseURL: url, apiKeyHeader: "k1", queryKey: "k2", cookieKey: "k3", bearer: "k4", basicUsername: "ann", basicPassword: "pw" });
await all.things.list();        // the document's default: the API key header
await all.public.list();        // security: [] -> none
await all.admin.list();         // basic
await all.reports.list();       // the first alternative the client has: the query key
await all.transfers.create();   // two schemes together
await new Client({ baseURL: url, cookieKey: "k3" }).reports.list();  // the other alternative
try { await new Client({ baseURL: url, cookieKey: "k3" }).transfers.create(); } catch (e) { report.missing = [e instanceof APIError, e.message]; }
const seen = [];
const recording = { fetch: async (u) => (seen.push(String(u)), new Response('{"data": []}', { headers: { "content-type": "application/json" } })) };
await new Client({ apiKeyHeader: "k", ...recording }).things.list();
await new Client({ apiKeyHeader: "k", ...recording }).uploads.create();  // the operation's own server
await new Client({ apiKeyHeader: "k", baseURL: "http://127.0.0.1:9", ...recording }).uploads.create();  // unless the user chose one
report.urls = seen;
console.log(JSON.stringify(report));
"""


def test_servers_and_every_security_scheme_on_the_wire(js, server):
    server.always = json_response(200, {"data": []})
    report = node(js, "security_servers", SECURITY, server.url)
    assert report["base"] == "https://us.example.com/api"
    assert report["eu"] == "https://eu.example.com/v2" and report["euDefault"] == "https://eu.example.com/api"
    things, public, admin, reports, transfers, cookie = server.requests
    assert things.path == "/v1/things" and things.headers["x-api-key"] == "k1" and "authorization" not in things.headers
    assert not {"x-api-key", "authorization", "cookie"} & set(public.headers) and public.path == "/v1/public"
    assert admin.headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()
    assert reports.path == "/v1/reports?key=k2" and "cookie" not in reports.headers
    assert transfers.headers["x-api-key"] == "k1" and transfers.headers["authorization"] == "Bearer k4"
    assert cookie.path == "/v1/reports" and cookie.headers["cookie"] == "session=k3"
    assert report["missing"][0] and "apiKeyHeader and bearer" in report["missing"][1]
    assert report["urls"] == ["https://us.example.com/api/v1/things", "https://uploads.example.com/v1/uploads",
                              "http://127.0.0.1:9/v1/uploads"]


REDIRECTS = r"""
import { Client } from "./index.js";
const [url] = process.argv.slice(2);
const client = new Client({ baseURL: url, apiKeyHeader: "k1", queryKey: "k2", bearer: "k4" });
const report = {};
report.same = (await client.things.list()).data;
report.other = (await client.reports.list()).data;
report.transfer = (await client.transfers.create()).data;
console.log(JSON.stringify(report));
"""


def redirect(status: int, location: str):
    def act(h) -> None:
        h.send_response(status)
        h.send_header("location", location)
        h.send_header("content-length", "0")
        h.end_headers()

    return act


def test_redirects_are_followed_and_credentials_never_go_to_another_origin(js, server):
    other = LoopbackServer().start()  # another port: another origin
    try:
        other.always = json_response(200, {"data": ["elsewhere"]})
        server.push(redirect(307, "/v1/things/moved"), json_response(200, {"data": ["here"]}),
                    redirect(302, f"{other.url}/v1/reports?from=redirect"), redirect(303, f"{other.url}/v1/transfers/done"))
        report = node(js, "security_servers", REDIRECTS, server.url)
    finally:
        other.stop()
    assert report == {"same": ["here"], "other": ["elsewhere"], "transfer": ["elsewhere"]}
    moved = server.requests[1]
    assert moved.path == "/v1/things/moved" and moved.headers["x-api-key"] == "k1"  # the same origin keeps them
    reports, transfer = other.requests
    assert reports.path == "/v1/reports?from=redirect"  # the query key is left behind
    assert transfer.method == "GET" and not {"x-api-key", "authorization", "cookie"} & set(transfer.headers)


# -- pages (pagination_styles) ----------------------------------------------------------------

PAGES = r"""
import { Client, APIError } from "./index.js";
const [url, mode] = process.argv.slice(2);
const client = new Client({ baseURL: url });
const calls = {
  "page tokens": () => client.v1.projects.list(),
  "a token in the body": () => client.aws.create(),
  "after_id and last_id": () => client.v1.messages.batches.list(),
  "offset, limit and a total": () => client.offset.list({ limit: 3 }),
  "page numbers and a page count": () => client.pages.list(),
  "a Link header": () => client.linked.list({ per_page: 3 }),
  "a next URL": () => client.next.list(),
  "x-speakeasy-pagination (an empty last page)": () => client.speakeasy.list(),
  "x-fern-pagination": () => client.fern.list(),
};
const ids = (items) => items.map((i) => i.id);
const report = {};
if (mode === "styles") {
  for (const [style, call] of Object.entries(calls)) {
    const first = await call();
    const second = first.hasNextPage() ? await first.getNextPage() : undefined;
    const all = [];
    for await (const item of call()) all.push(item.id);
    const pages = [];
    for await (const page of first.iterPages()) pages.push(page.items.length);
    report[style] = { first: ids(first.items), data: ids(first.data), status: first.response.status, second: second && ids(second.items), all, pages };
  }
  report.report = (await client.report.list({ page: 2 })).title;  // a `page` parameter that is not a list's
} else if (mode === "requests") {
  for await (const _ of client.aws.create());
  for await (const _ of client.v1.messages.batches.list({ limit: 3 }));
  for await (const _ of client.offset.list({ limit: 3, offset: 1 }));
} else {
  try { for await (const _ of client.v1.messages.batches.list()); } catch (e) { report.repeated = [e instanceof APIError, e.message]; }
}
console.log(JSON.stringify(report));
"""


def test_every_pagination_style_yields_every_item_from_page_to_page(js, server):
    server.always = Api(server)
    report = node(js, "pagination_styles", PAGES, server.url, "styles")
    assert report.pop("report") == "a report"
    assert len(report) == 9
    for style, got in report.items():
        assert got["first"] == got["data"] == THINGS[:3], style
        assert got["second"] == THINGS[3:6] and got["status"] == 200, style
        assert got["all"] == THINGS, style
        assert sum(got["pages"]) == len(THINGS) and got["pages"][0] == 3, style


def test_the_page_requests_carry_the_next_value_where_the_document_says(js, server):
    server.always = Api(server)
    node(js, "pagination_styles", PAGES, server.url, "requests")
    aws, batches, offset = server.requests[:3], server.requests[3:6], server.requests[6:]
    assert [json.loads(r.body).get("NextToken") for r in aws] == [None, "3", "6"]
    assert [parse_qs(urlsplit(r.path).query) for r in batches] == [
        {"limit": ["3"]}, {"limit": ["3"], "after_id": ["t2"]}, {"limit": ["3"], "after_id": ["t5"]}]
    assert [parse_qs(urlsplit(r.path).query)["offset"][0] for r in offset] == ["1", "4"]  # 1..6, then the total stops it


def test_a_repeated_cursor_ends_with_an_error_not_a_loop(js, server):
    server.always = Api(server, repeat_cursor=True)
    report = node(js, "pagination_styles", PAGES, server.url, "repeated")
    assert report["repeated"][0] and "again" in report["repeated"][1]
    assert len(server.requests) == 2


# -- line-delimited JSON (json_lines) ---------------------------------------------------------

LINES = r"""
import { Client, APIConnectionError, dispatchEvent } from "./index.js";
const [url, mode] = process.argv.slice(2);
const client = new Client({ baseURL: url, maxRetries: 3 });
const report = { items: [] };
try {
  if (mode === "chat") for await (const c of await client.api.chat.create({ model: "llama3", messages: [{ role: "user", content: "hi" }] })) report.items.push([c.message.content, c.done]);
  if (mode === "json") report.items.push(await client.api.chat.create({ model: "m", messages: [], stream: false }));
  if (mode === "pull") {
    const seen = [];
    for await (const e of await client.api.pull.create({ model: "m" })) {
      report.items.push(e);
      dispatchEvent({ on_progress: (p) => seen.push(p.completed), on_success: () => seen.push("done"), on_unknown: (u) => seen.push(u.type) }, e);
    }
    report.seen = seen;
  }
  if (mode === "results") for await (const r of await client.v1.batches.results.list("batch_1")) report.items.push(r.result.n);
  if (mode === "changes") for await (const c of await client.v1.changes.list()) report.items.push(c.id);
} catch (e) {
  report.error = [e instanceof APIConnectionError, e.message];
}
console.log(JSON.stringify(report));
"""


@pytest.mark.parametrize("split", [7, 1], ids=["split-across-chunks", "byte-by-byte"])
def test_an_ndjson_stream_yields_whole_lines_wherever_the_chunks_split(js, server, split):
    wire = b"\r\n" + ndjson([chunk(0), chunk(1)], end=b"\r\n\r\n") + json.dumps(chunk(2, True)).encode()  # CRLF, blanks, no last newline
    server.push(lines([wire[i : i + split] for i in range(0, len(wire), split)]))
    report = node(js, "json_lines", LINES, server.url, "chat")
    assert report == {"items": [["w0 ", False], ["w1 ", False], ["w2 ", True]]}
    assert server.requests[0].headers["accept"] == "application/x-ndjson" and "stream" not in server.requests[0].json()


def test_stream_false_answers_json(js, server):
    server.push(json_response(200, chunk(7, True)))
    report = node(js, "json_lines", LINES, server.url, "json")
    assert report["items"] == [chunk(7, True)]
    assert server.requests[0].json()["stream"] is False


@pytest.mark.parametrize("drop", [True, False], ids=["connection-cut", "clean-end-in-half-a-line"])
def test_a_stream_cut_mid_line_raises_after_the_whole_items_and_is_not_retried(js, server, drop):
    server.push(lines([ndjson([chunk(0), chunk(1)]) + b'{"model": "m", "mess'], drop=drop))
    report = node(js, "json_lines", LINES, server.url, "chat")
    assert report["items"] == [["w0 ", False], ["w1 ", False]]
    assert report["error"][0] and "cut" in report["error"][1]
    assert len(server.requests) == 1


def test_a_union_stream_dispatches_and_keeps_unknown_events(js, server):
    events = [{"type": "progress", "completed": 1, "total": 4}, {"type": "verifying", "digest": "sha"}, {"type": "success"}]
    server.push(lines([ndjson(events)]))
    report = node(js, "json_lines", LINES, server.url, "pull")
    assert report["items"] == events and report["seen"] == [1, "verifying", "done"]


def test_json_lines_and_json_text_sequences(js, server):
    wire = ndjson([{"custom_id": f"r{i}", "result": {"n": i}} for i in range(1000)])
    server.push(lines([wire[i : i + 4096] for i in range(0, len(wire), 4096)], content_type="application/x-jsonl"))
    assert node(js, "json_lines", LINES, server.url, "results")["items"] == list(range(1000))
    assert server.requests[0].headers["accept"] == "application/x-jsonl"
    seq = b"".join(b"\x1e" + json.dumps({"id": i, "path": f"/p{i}"}).encode() + b"\n" for i in range(3))
    server.push(lines([seq[:5], seq[5:]], content_type="application/json-seq"))
    assert node(js, "json_lines", LINES, server.url, "changes")["items"] == [0, 1, 2]


# -- webhooks (deprecations_webhooks) ---------------------------------------------------------

WEBHOOKS = r"""
import { Client, InvalidWebhookSignatureError } from "./index.js";
const vector = JSON.parse(process.argv[2]);
const client = new Client({ webhookSecret: vector.secret });
const headers = { "Webhook-Id": vector.id, "webhook-timestamp": String(vector.timestamp), "webhook-signature": vector.signature };
const report = {};
async function outcome(run) {
  try { await run(); return "ok"; } catch (e) { return e instanceof InvalidWebhookSignatureError ? e.message : `other: ${e}`; }
}
report.vector = await outcome(() => client.webhooks.verifySignature(vector.body, headers, { now: vector.timestamp + 10 }));
report.headersObject = await outcome(() => client.webhooks.verifySignature(vector.body, new Headers(headers), { now: vector.timestamp }));
report.old = await outcome(() => client.webhooks.verifySignature(vector.body, headers));
report.future = await outcome(() => client.webhooks.verifySignature(vector.body, headers, { now: vector.timestamp - 301 }));
report.tampered = await outcome(() => client.webhooks.verifySignature(vector.body.replace("2", "3"), headers, { now: vector.timestamp }));
report.otherSecret = await outcome(() => client.webhooks.verifySignature(vector.body, headers, { now: vector.timestamp, secret: "whsec_" + btoa("another") }));
report.rotated = await outcome(() => client.webhooks.verifySignature(vector.body, { ...headers, "webhook-signature": "v1,bm90IGl0 " + vector.signature }, { now: vector.timestamp }));
report.missing = await outcome(() => client.webhooks.verifySignature(vector.body, { "webhook-id": vector.id }, { now: vector.timestamp }));
report.noSecret = await outcome(() => new Client().webhooks.verifySignature(vector.body, headers, { now: vector.timestamp }));
report.unwrapped = await client.webhooks.unwrap(vector.body, headers, { now: vector.timestamp });
report.bytes = await outcome(() => client.webhooks.verifySignature(new TextEncoder().encode(vector.body), headers, { now: vector.timestamp }));
report.unwrappedBytes = await client.webhooks.unwrap(new TextEncoder().encode(vector.body).buffer, headers, { now: vector.timestamp });
console.log(JSON.stringify(report));
"""


def test_the_published_standard_webhooks_vector_verifies_with_web_crypto(js):
    vector = {"secret": VECTOR_SECRET, "id": VECTOR_ID, "timestamp": VECTOR_TIMESTAMP, "body": VECTOR_BODY.decode(),
              "signature": VECTOR_SIGNATURE}
    report = node(js, "deprecations_webhooks", WEBHOOKS, json.dumps(vector))
    assert report.pop("unwrapped") == report.pop("unwrappedBytes") == {"test": 2432232314}
    assert report == {
        "vector": "ok",
        "bytes": "ok",  # the raw body as received
        "headersObject": "ok",
        "old": "the delivery is too old",
        "future": "the delivery's timestamp is in the future",
        "tampered": "no signature matches the delivery",
        "otherSecret": "no signature matches the delivery",
        "rotated": "ok",
        "missing": "missing header(s): webhook-timestamp, webhook-signature",
        "noSecret": "no webhook secret: pass webhookSecret to the client or secret here",
    }
