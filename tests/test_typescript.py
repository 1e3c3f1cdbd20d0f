"""The TypeScript target: strict tsc, and a recorded stream parsed and dispatched under node."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GENERATED, npm_tool, run_cli
from test_models import examples, sse_payloads

TYPESCRIPT = "5.9.3"
PACKAGE = GENERATED / "typescript"
TSC_FLAGS = ["--strict", "--noUnusedLocals", "--noUnusedParameters", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--lib", "es2022,dom"]


@pytest.fixture(scope="module")
def tsc() -> Path:
    return npm_tool("typescript", TYPESCRIPT, "tsc")


def _tsc(tsc: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(tsc), *TSC_FLAGS, *args], capture_output=True, text=True, timeout=900)


def compile_to_js(source: Path, out: Path) -> Path:
    """Every package below `source` compiled to JavaScript modules in `out` (one tsc run), with
    `out/package.json` saying they are ES modules."""
    compiled = _tsc(npm_tool("typescript", TYPESCRIPT, "tsc"), "--rootDir", str(source), "--outDir", str(out),
                    *map(str, sorted(source.rglob("*.ts"))))
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    (out / "package.json").write_text('{"type": "module"}')
    return out


@pytest.mark.parametrize("package", ["typescript", "typescript_api"])
def test_every_generated_package_passes_tsc_strict_and_has_no_dependency(tsc, package):
    files = sorted((GENERATED / package).rglob("*.ts"))
    imports = {m for f in files for m in re.findall(r'^import .* from "([^"]+)";$', f.read_text(), re.M)}
    assert imports and all(m.startswith("./") or m.startswith("../") for m in imports), imports  # no runtime dependency
    result = _tsc(tsc, "--noEmit", *map(str, files))
    assert result.returncode == 0, result.stdout[-4000:]


def test_every_golden_case_compiles_hostile_names_included(tsc, tmp_path):
    """Every golden document (keywords, dunders, names that collide with the runtime's or each
    other's, code in descriptions and enums) through the TypeScript set, under one tsc run."""
    cases = sorted(p.parent for p in (Path(__file__).resolve().parent / "golden").glob("*/spec.yaml"))
    assert len(cases) >= 20
    for case in cases:
        result = run_cli("generate", str(case / "spec.yaml"), "--package", "x", "--out", str(tmp_path / case.name),
                         "--templates", "typescript", "--quiet")
        assert result.returncode == 0, f"{case.name}: {result.stderr}"
    compiled = _tsc(tsc, "--noEmit", *map(str, sorted(tmp_path.rglob("*.ts"))))
    assert compiled.returncode == 0, compiled.stdout[-4000:]


SCRIPT = r"""
import { readFileSync } from "node:fs";
import { Client, decodeSSE, dispatchEvent, parseEvent } from "./index.js";

const wire = readFileSync(process.argv[2], "utf8");
const bytes = new TextEncoder().encode(wire);
function chunked(size) {
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
}

const calls = {};
const handler = new Proxy({}, {
  get: (_, name) => (event) => { calls[name] = (calls[name] ?? 0) + 1; },
});
const types = [];
for await (const sse of decodeSSE(chunked(7))) {
  const event = parseEvent(sse.data);
  types.push(event.type);
  dispatchEvent(handler, event);
}

const seen = [];
const client = new Client({
  apiKey: "sk-test",
  fetch: async (url, init) => {
    seen.push([String(url), init.method, JSON.parse(init.body).stream]);
    return new Response(chunked(3), { headers: { "content-type": "text/event-stream" } });
  },
});
const streamed = [];
for await (const event of await client.responses.create({ model: "m", input: "hi", stream: true })) streamed.push(event.type);
console.log(JSON.stringify({ types, calls, streamed, seen }));
"""


def _run_under_node(tsc: Path, tmp_path: Path, script: str, *args: str) -> dict:
    """Compile the package to JS, run `script` beside it under node, and read the JSON it prints."""
    node = shutil.which("node")
    assert node, "node is needed"
    out = tmp_path / "js"
    compiled = _tsc(tsc, "--outDir", str(out), *map(str, sorted(PACKAGE.rglob("*.ts"))))
    assert compiled.returncode == 0, compiled.stdout[-4000:]
    (out / "package.json").write_text('{"type": "module"}')
    (out / "run.mjs").write_text(script)
    result = subprocess.run([node, str(out / "run.mjs"), *args], capture_output=True, text=True, timeout=120, cwd=out)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_recorded_stream_parses_and_dispatches_under_node(tsc, tmp_path):
    text = next(p.values[1] for p in examples() if sse_payloads(p.values[1]))
    payloads = [json.loads(p) for p in sse_payloads(text)] + [{"type": "response.from_the_future", "x": 1}]
    wire = "".join(f"event: {p['type']}\r\ndata: {json.dumps(p)}\r\n\r\n" for p in payloads) + ": keep-alive\n\n"
    (tmp_path / "stream.txt").write_text(wire)
    report = _run_under_node(tsc, tmp_path, SCRIPT, str(tmp_path / "stream.txt"))
    expected = [p["type"] for p in payloads]
    assert report["types"] == expected and report["streamed"] == expected
    assert report["calls"]["on_unknown"] == 1
    assert sum(report["calls"].values()) == len(payloads)
    assert "on_response_output_text_delta" in report["calls"]
    assert report["seen"] == [["https://api.openai.com/v1/responses", "POST", True]]


RETRY_SCRIPT = r"""
import { APIConnectionError, APIError, APITimeoutError, Client, InternalServerError, NotFoundError } from "./index.js";

// A fetch that plays a script of outcomes and records each attempt.
function scripted(outcomes) {
  const attempts = [];
  const fetch = async (url, init) => {
    attempts.push(init.method);
    const next = outcomes.shift();
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch, attempts };
}
const json = (status, body, headers = {}) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const report = {};

let s = scripted([new TypeError("fetch failed"), json(503, {}, { "retry-after-ms": "1" }), json(200, { id: "resp_1" })]);
let started = Date.now();
report.recovered = (await new Client({ apiKey: "k", fetch: s.fetch }).responses.retrieve("resp_1")).id;
report.recoveredAttempts = s.attempts.length;
report.recoveredMs = Date.now() - started;

s = scripted([json(400, { error: { message: "bad" } })]);
try { await new Client({ apiKey: "k", fetch: s.fetch }).responses.create({ model: "m" }); } catch (e) { report.badRequest = [e instanceof APIError, e.status, s.attempts.length]; }

s = scripted([json(503, {}, { "retry-after": "0" }), json(503, {}, { "retry-after": "0" }), json(503, {}, { "retry-after": "0" })]);
try { await new Client({ apiKey: "k", fetch: s.fetch }).responses.retrieve("r"); } catch (e) { report.exhausted = [e.status, s.attempts.length]; }

s = scripted([json(429, {}, { "x-should-retry": "false" })]);
try { await new Client({ apiKey: "k", fetch: s.fetch }).responses.retrieve("r"); } catch (e) { report.told = [e.status, s.attempts.length]; }

s = scripted([new TypeError("fetch failed")]);
try { await new Client({ apiKey: "k", fetch: s.fetch, maxRetries: 0 }).responses.retrieve("r"); } catch (e) { report.unreachable = [e instanceof APIConnectionError, s.attempts.length]; }

s = scripted([json(404, { error: { message: "No response with id 'r'" } })]);
try { await new Client({ apiKey: "k", fetch: s.fetch }).responses.retrieve("r"); } catch (e) { report.notFound = [e instanceof NotFoundError, e instanceof APIError, e.name, e.status, e.message]; }

s = scripted([json(502, "bad gateway")]);
try { await new Client({ apiKey: "k", fetch: s.fetch, maxRetries: 0 }).responses.retrieve("r"); } catch (e) { report.server = [e instanceof InternalServerError, e.message]; }

const hanging = (url, init) => new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(init.signal.reason)));
try { await new Client({ apiKey: "k", fetch: hanging, maxRetries: 0, timeout: 50 }).responses.retrieve("r"); } catch (e) { report.timeout = [e instanceof APITimeoutError, e instanceof APIConnectionError, e.message]; }
const controller = new AbortController();
setTimeout(() => controller.abort(new Error("the user gave up")), 20);
try { await new Client({ apiKey: "k", fetch: hanging }).responses.retrieve("r", undefined, { signal: controller.signal }); } catch (e) { report.aborted = [e instanceof APIError, String(e.message)]; }
console.log(JSON.stringify(report));
"""


def test_the_client_retries_like_the_python_one(tsc, tmp_path):
    report = _run_under_node(tsc, tmp_path, RETRY_SCRIPT)
    assert report["recovered"] == "resp_1" and report["recoveredAttempts"] == 3
    assert report["recoveredMs"] < 2000  # the connection-error backoff (~0.5 s) plus the server's 1 ms
    assert report["badRequest"] == [True, 400, 1]  # a 400 is not retried
    assert report["exhausted"] == [503, 3]  # two retries, then the error
    assert report["told"] == [429, 1]  # x-should-retry: false wins
    assert report["unreachable"] == [True, 1]
    assert report["notFound"] == [True, True, "NotFoundError", 404, "GET /responses/r -> 404: No response with id 'r'"]
    assert report["server"] == [True, "GET /responses/r -> 502: bad gateway"]
    assert report["timeout"] == [True, True, "GET /responses/r: no response within 50 ms"]
    assert report["aborted"] == [False, "the user gave up"]  # the caller's own abort is theirs, not retried or wrapped


OUTPUT_TEXT = r"""
import { readFileSync } from "node:fs";
import { Client } from "./index.js";

const responses = JSON.parse(readFileSync(process.argv[2], "utf8"));
const answer = (body) => async () => new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
const texts = [];
for (const body of responses) {
  const client = new Client({ apiKey: "k", fetch: answer(body) });
  texts.push([(await client.responses.retrieve("resp_1")).output_text, (await client.responses.create({ model: "m" })).output_text]);
}
console.log(JSON.stringify(texts));
"""


def test_output_text_is_computed_as_openai_python_computes_it(tsc, tmp_path):
    """The openai_typescript set implements the computed `output_text` (openai-node computes it too)."""
    from openai._models import construct_type
    from openai.types.responses import Response as TheirResponse
    from test_openai_helpers import BUILT, spec_responses

    responses = spec_responses() + [{"id": "resp", "object": "response", **b} for b in BUILT]
    (tmp_path / "responses.json").write_text(json.dumps(responses))
    texts = _run_under_node(tsc, tmp_path, OUTPUT_TEXT, str(tmp_path / "responses.json"))
    expected = [construct_type(type_=TheirResponse, value=r).output_text for r in responses]
    assert sum(map(bool, expected)) >= 5
    assert texts == [[e, e] for e in expected]


RAW = r"""
import { Client } from "./index.js";
const calls = [];
const fetch = async (url) => {
  calls.push(String(url));
  const body = { id: "resp_1", object: "response", output: [{ type: "message", content: [{ type: "output_text", text: "hi" }] }] };
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json", "x-request-id": "req_1" } });
};
const client = new Client({ apiKey: "k", fetch });
const report = {};
const { data, response } = await client.responses.cancel("resp_1").withResponse();
report.withResponse = [data.id, data.output_text, response.status, response.headers.get("x-request-id")];
const raw = await client.conversations.retrieve("conv_1").asResponse();
report.asResponse = [raw.bodyUsed, (await raw.json()).id];
report.awaited = (await client.conversations.retrieve("conv_1")).id;
report.isPromise = client.conversations.retrieve("conv_1") instanceof Object && typeof client.conversations.retrieve("conv_1").then === "function";
report.calls = calls.length;
console.log(JSON.stringify(report));
"""


def test_a_call_gives_its_http_response_beside_the_value(tsc, tmp_path):
    report = _run_under_node(tsc, tmp_path, RAW)
    assert report["withResponse"] == ["resp_1", "hi", 200, "req_1"]  # output_text computed through `map`
    assert report["asResponse"] == [False, "resp_1"]
    assert report["awaited"] == "resp_1" and report["isPromise"] is True
    assert report["calls"] == 5  # one request per call, however it is read


ACCUMULATE = r"""
import { readFileSync } from "node:fs";
import { Client, accumulate } from "./index.js";

const streams = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = [];
for (const events of streams) {
  const acc = await accumulate(events);
  results.push([acc.text, acc.responseJSON()]);
}
// And from the client's own stream, its events split across chunks.
const wire = new TextEncoder().encode(streams[0].map((e) => `event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join(""));
const fetch = async () => new Response(new ReadableStream({ start(c) { for (let i = 0; i < wire.length; i += 5) c.enqueue(wire.slice(i, i + 5)); c.close(); } }),
                                        { headers: { "content-type": "text/event-stream" } });
const acc = await accumulate(await new Client({ apiKey: "k", fetch }).responses.create({ model: "m", stream: true }));
results.push([acc.text, acc.response.id]);
console.log(JSON.stringify(results));
"""


def test_accumulate_gives_what_the_python_packages_gives(tsc, tmp_path, generated_package):
    from test_client import accumulating_events

    streams = [accumulating_events()] + [[json.loads(p) for p in sse_payloads(e.values[1])] for e in examples() if sse_payloads(e.values[1])]
    (tmp_path / "streams.json").write_text(json.dumps(streams))
    results = _run_under_node(tsc, tmp_path, ACCUMULATE, str(tmp_path / "streams.json"))
    pkg = generated_package
    for events, (text, response) in zip(streams, results):
        theirs = pkg.accumulate(pkg.dispatch.parse_event(e) for e in events)
        assert text == theirs.text and response == theirs.response_json()
    assert results[0][0] == "Hello world" and results[0][1]["output"][1]["arguments"] == '{"a": 1}'
    assert results[-1] == ["Hello world", "resp_1"]


QUERY = r"""
import { readFileSync } from "node:fs";
import { encodeQuery } from "./index.js";
const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
console.log(JSON.stringify(cases.map(([query, styles]) => encodeQuery(query, styles))));
"""

QUERY_CASES = [
    ({"limit": 10, "order": "desc", "include": ["a", "b"], "flag": True, "none": None}, {}),
    ({"ids": [1, 2, 3]}, {"ids": ("form", False)}),
    ({"ids": ["a b", "c"]}, {"ids": ("spaceDelimited", False)}),
    ({"ids": ["a", "c"]}, {"ids": ("pipeDelimited", False)}),
    ({"filter": {"status": "open", "size": 3, "deep": {"x": [1, "é"]}}}, {"filter": ("deepObject", True)}),
    ({"point": {"x": 1, "y": False}}, {}),
    ({"point": {"x": 1, "y": [2, 3]}}, {"point": ("form", False)}),
    ({"rows": [{"a": 1}, {"b": [True, None]}]}, {}),
]


def test_query_parameters_are_encoded_as_the_python_client_encodes_them(tsc, tmp_path):
    sys.path.insert(0, str(GENERATED))
    from openai_responses._http import encode_query

    (tmp_path / "cases.json").write_text(json.dumps(QUERY_CASES))
    got = _run_under_node(tsc, tmp_path, QUERY, str(tmp_path / "cases.json"))
    expected = [[list(pair) for pair in encode_query(query, styles)] for query, styles in QUERY_CASES]
    assert got == expected
    assert expected[4][2] == ["filter[deep]", '{"x":[1,"é"]}'] and expected[7] == [["rows", '{"a":1}'], ["rows", '{"b":[true,null]}']]


STRUCTURED = r"""
import { readFileSync } from "node:fs";
import { APIError, Client, OutputValidationError, RefusalError, StructuredOutputError, functionTool, textFormat } from "./index.js";

const { answers, schema } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const sent = [];
const fetch = async (url, init) => {
  sent.push(JSON.parse(init.body));
  const [type, body, status] = answers.shift();
  return new Response(body, { status: status ?? 200, headers: { "content-type": type } });
};
const client = new Client({ apiKey: "k", fetch });
const checked = (value) => {
  if (typeof value.population !== "number") throw new Error("population is not a number");
  return value;
};
const format = textFormat("Answer", schema, { parse: checked });
const report = {};
const failure = async (promise) => {
  try {
    await promise;
    return null;
  } catch (e) {
    return { name: e.name, structured: e instanceof StructuredOutputError && e instanceof APIError, refusal: e instanceof RefusalError ? e.refusal : null,
             invalid: e instanceof OutputValidationError, message: e.message, id: e.response?.id, text: e.response?.output_text };
  }
};

const parsed = await client.responses.parse({ model: "gpt-4o", input: "Biggest city of France?", text: { format, verbosity: "low" } });
report.parsed = [parsed.output_parsed, parsed.output[0].content[0].parsed, parsed.output_text, parsed.id];

const tool = functionTool("GetWeather", { type: "object", properties: { city: { type: "string" } } }, { description: "Look up the weather.", parse: (v) => ({ ...v, checked: true }) });
const plain = { type: "function", name: "plain", parameters: { type: "object" }, strict: true };
const loose = { type: "function", name: "loose", parameters: { type: "object" }, strict: false };
const called = await client.responses.parse({ model: "gpt-4o", input: "Weather?", tools: [tool, plain, loose] });
report.tools = [called.output.map((item) => item.parsed_arguments), called.output_parsed];

report.refused = await failure(client.responses.parse({ model: "m", input: "?", text: { format } }));
report.invalid = await failure(client.responses.parse({ model: "m", input: "?", text: { format } }));
report.notJson = await failure(client.responses.parse({ model: "m", input: "?", text: { format } }));
const raw = await client.responses.parse({ model: "m", input: "?", text: { format: { type: "json_schema", name: "Answer", schema } } });
report.raw = raw.output_parsed;

const stream = client.responses.stream({ model: "m", input: "?", text: { format } });
const kinds = [];
for await (const event of stream) kinds.push(event.type);
report.stream = [kinds, (await stream.finalResponse()).output_parsed, stream.outputText];
report.drained = (await client.responses.stream({ model: "m", input: "?", text: { format } }).finalResponse()).output_parsed;
const left = client.responses.stream({ model: "m", input: "?", text: { format } });
for await (const _ of left) break;
report.left = await failure(left.finalResponse());
report.denied = await failure(client.responses.stream({ model: "m", input: "?", text: { format } }).finalResponse());
report.sent = sent;
console.log(JSON.stringify(report));
"""


def test_structured_outputs_parse_and_stream_as_the_python_package_does(tsc, tmp_path):
    """`client.responses.parse` and `.stream` of the openai_typescript set: the format is sent
    without its reader, answers and tool arguments parsed, refusals and invalid answers thrown
    with the response; the Python package parses the same answers to the same values."""
    from test_openai_helpers import message, response, stream_of, text_part

    schema = {"type": "object", "properties": {"city": {"type": "string"}, "population": {"type": "integer"}},
              "required": ["city", "population"], "additionalProperties": False}
    paris = '{"city": "Paris", "population": 2100000}'
    rome = '{"city": "Rome", "population": 2800000}'
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "GetWeather", "arguments": '{"city": "Oslo"}', "status": "completed"}

    def sse(events):
        return "".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n" for e in events)

    json_answers = [
        response(message(text_part(paris))),
        response(call, {**call, "name": "plain", "arguments": '{"a": 1}'}, {**call, "name": "loose"}),
        response(message({"type": "refusal", "refusal": "I can't help with that."})),
        response(message(text_part('{"city": "Paris"}'))),
        response(message(text_part("Paris, I think"))),
        response(message(text_part(paris))),
    ]
    final = response(message(text_part(rome)))
    answers = [["application/json", json.dumps(a)] for a in json_answers] + [["text/event-stream", sse(stream_of(rome, final))]] * 3
    answers.append(["application/json", json.dumps({"error": {"message": "bad key"}}), 401])
    (tmp_path / "answers.json").write_text(json.dumps({"answers": answers, "schema": schema}))
    report = _run_under_node(tsc, tmp_path, STRUCTURED, str(tmp_path / "answers.json"))

    expected = {"city": "Paris", "population": 2100000}
    assert report["parsed"] == [expected, expected, paris, "resp_1"]
    assert report["tools"] == [[{"city": "Oslo", "checked": True}, {"a": 1}, None], None]
    assert report["refused"] == {"name": "RefusalError", "structured": True, "refusal": "I can't help with that.", "invalid": False,
                                 "message": "the model refused: I can't help with that.", "id": "resp_1", "text": ""}
    assert report["invalid"]["invalid"] and "population is not a number" in report["invalid"]["message"]
    assert report["invalid"]["text"] == '{"city": "Paris"}'
    assert report["notJson"]["invalid"] and report["notJson"]["text"] == "Paris, I think"
    assert report["raw"] == expected  # a json_schema format not made by textFormat is read as JSON
    kinds, streamed, text = report["stream"]
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert streamed == report["drained"] == {"city": "Rome", "population": 2800000} and text == rome
    assert report["left"]["name"] == "Error" and "left before its end" in report["left"]["message"]
    assert report["denied"]["name"] == "AuthenticationError" and "bad key" in report["denied"]["message"]  # the request's own error

    sent = report["sent"]
    assert sent[0]["text"] == {"format": {"type": "json_schema", "name": "Answer", "schema": schema, "strict": True}, "verbosity": "low"}
    assert "stream" not in sent[0] and all(s["stream"] is True for s in sent[6:])
    assert sent[1]["tools"][0] == {"type": "function", "name": "GetWeather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
                                   "strict": True, "description": "Look up the weather."}

    # The Python package reads the same answers to the same values.
    from pydantic import BaseModel

    sys.path.insert(0, str(GENERATED))
    from openai_responses import models
    from openai_responses.lib._parsing import parse_response

    class Answer(BaseModel):
        city: str
        population: int

    for answer, (value, text) in [(json_answers[0], report["parsed"][::2]), (json_answers[5], (report["raw"], paris))]:
        theirs = parse_response(models.Response.model_validate(answer), Answer, None)
        assert theirs.output_parsed.model_dump() == value and theirs.output_text == text


TYPED_USE = """
import { Client, functionTool, textFormat } from "./index.js";
import type * as m from "./models.js";

interface Answer { city: string; population: number }
const client = new Client({ apiKey: "k" });
const format = textFormat("Answer", {}, { parse: (value) => value as Answer });
const parsed = await client.responses.parse({ model: "m", input: "?", text: { format, verbosity: "low" } });
export const city: string | undefined = parsed.output_parsed?.city;
// @ts-expect-error the parsed value is an Answer
export const wrong: number | undefined = parsed.output_parsed?.city;
const plain = await client.responses.parse({ model: "m", input: "?", tools: [functionTool("f", {})] });
export const unknown: unknown = plain.output_parsed;
const stream = client.responses.stream({ model: "m", input: "?", text: { format } });
for await (const event of stream) if (event.type === "response.output_text.delta") console.log((event as m.ResponseTextDeltaEvent).delta);
export const final: Answer | null = (await stream.finalResponse()).output_parsed;
// @ts-expect-error a stream is asked of `stream`, not of `parse`
await client.responses.parse({ model: "m", input: "?", stream: true });
"""


def test_the_parsed_type_is_inferred_from_the_format(tsc, tmp_path):
    package = tmp_path / "package"
    shutil.copytree(PACKAGE, package)
    (package / "use.ts").write_text(TYPED_USE)
    result = _tsc(tsc, "--noEmit", *map(str, sorted(package.rglob("*.ts"))))
    assert result.returncode == 0, result.stdout[-4000:]
