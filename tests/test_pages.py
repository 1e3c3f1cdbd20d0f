"""Every pagination style on the wire of a loopback server (golden case `pagination_styles`):
several pages followed lazily, an empty last page, a total, a repeated cursor, the async twin,
the target's override, and a `page` parameter that is not a list's left alone."""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

import pytest

import golden_cases
from generator.config import Target
from generator.generate import produce
from loopback import LoopbackServer

CASE = "pagination_styles"
THINGS = [f"t{i}" for i in range(7)]


def _write(root, name: str, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        (root / name / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / name / rel).write_bytes(data)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    root = tmp_path_factory.mktemp("pages")
    _write(root, "pages_pkg", golden_cases.generate(CASE))
    target = Target(name="p", package="p", out=root / "off", spec=golden_cases.CASES / CASE / "spec.yaml",
                    pagination={"listProjects": False, "listByOffset": {"style": "page", "param": "offset"}})
    _write(root, "pages_off", produce(target, golden_cases.PROJECT).files)
    sys.path.insert(0, str(root))
    yield importlib.import_module("pages_pkg")
    sys.path.remove(str(root))


def page_of(start: int, size: int) -> list[dict]:
    return [{"id": t} for t in THINGS[start : start + size]]


class Api:
    """Answers each endpoint as its API does, from the request; records the requests."""

    def __init__(self, server: LoopbackServer, repeat_cursor: bool = False) -> None:
        self.server = server
        self.repeat_cursor = repeat_cursor

    def __call__(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        q = {k: v[0] for k, v in parse_qs(url.query).items()}
        size = 3
        headers: dict[str, str] = {}
        if url.path == "/v1/projects":
            start = int(q.get("pageToken", "0"))
            body: object = {"projects": page_of(start, size), **({"nextPageToken": str(start + size)} if start + size < len(THINGS) else {})}
        elif url.path == "/aws":
            sent = json.loads(self.server.requests[-1].body)
            start = int(sent.get("NextToken") or 0)
            body = {"Functions": page_of(start, size), "NextToken": None if start + size >= len(THINGS) else str(start + size)}
        elif url.path == "/v1/messages/batches":
            start = THINGS.index(q["after_id"]) + 1 if "after_id" in q else 0
            items = page_of(start, size)
            body = {"data": items, "has_more": start + size < len(THINGS), "last_id": "t1" if self.repeat_cursor else items[-1]["id"]}
        elif url.path == "/offset":
            start = int(q.get("offset", "0"))
            body = {"results": page_of(start, int(q.get("limit", size))), "total": len(THINGS)}
        elif url.path == "/pages":
            page = int(q.get("page", "1"))
            body = {"items": page_of((page - 1) * size, size), "total_pages": 3}
        elif url.path == "/linked":
            start = int(q.get("cursor", "0"))
            body = page_of(start, size)
            if start + size < len(THINGS):
                headers["link"] = f'<{self.server.url}/linked?cursor={start + size}&per_page={size}>; rel="next", <{self.server.url}/linked>; rel="first"'
        elif url.path == "/next":
            start = int(q.get("from", "0"))
            body = {"data": page_of(start, size), "next": f"{self.server.url}/next?from={start + size}" if start + size < len(THINGS) else None}
        elif url.path == "/speakeasy":
            start = int(q.get("token", "0"))
            body = {"entries": page_of(start, size), "meta": {"nextToken": str(start + size)}}  # the last page is empty
        elif url.path == "/fern":
            start = int(q.get("starting_from", "0"))
            body = {"rows": page_of(start, size), "continue_from": str(start + size) if start + size < len(THINGS) else ""}
        else:
            body = {"title": "a report"}
        data = json.dumps(body).encode()
        h.send_response(200)
        h.send_header("content-type", "application/json")
        h.send_header("content-length", str(len(data)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)


@pytest.fixture
def server():
    s = LoopbackServer().start()
    s.always = Api(s)
    yield s
    s.stop()


def ids(items) -> list[str]:
    return [i.id if hasattr(i, "id") else i["id"] for i in items]


CALLS = {
    "page tokens": lambda c: c.v_1.projects.list(),
    "a token in the body": lambda c: c.aws.create(),
    "after_id and last_id": lambda c: c.v_1.messages.batches.list(),
    "offset, limit and a total": lambda c: c.offset.list(limit=3),
    "page numbers and a page count": lambda c: c.pages.list(),
    "a Link header": lambda c: c.linked.list(per_page=3),
    "a next URL": lambda c: c.next.list(),
    "x-speakeasy-pagination (an empty last page)": lambda c: c.speakeasy.list(),
    "x-fern-pagination": lambda c: c.fern.list(),
}


@pytest.mark.parametrize("style", CALLS)
def test_every_style_yields_every_item_fetching_pages_lazily(pkg, server, style):
    with pkg.Client(base_url=server.url) as client:
        first = CALLS[style](client)
        assert ids(first.items) == THINGS[:3] and len(server.requests) == 1  # nothing fetched ahead
        assert first.has_next_page() and ids(first.next_page().items) == THINGS[3:6]
        assert ids(first) == THINGS
    assert first.response.status_code == 200


def test_the_requests_carry_the_next_value_where_the_document_says(pkg, server):
    with pkg.Client(base_url=server.url) as client:
        list(client.aws.create())
        assert [json.loads(r.body).get("NextToken") for r in server.requests] == [None, "3", "6"]
        list(client.v_1.messages.batches.list(limit=3))
        assert [parse_qs(urlsplit(r.path).query) for r in server.requests[-3:]] == [
            {"limit": ["3"]}, {"limit": ["3"], "after_id": ["t2"]}, {"limit": ["3"], "after_id": ["t5"]}]
        list(client.offset.list(limit=3, offset=1))
        assert [parse_qs(urlsplit(r.path).query)["offset"][0] for r in server.requests[-2:]] == ["1", "4"]  # 1..6, then the total stops it


def test_a_repeated_cursor_ends_with_an_error_not_a_loop(pkg, server):
    server.always = Api(server, repeat_cursor=True)
    with pkg.Client(base_url=server.url) as client:
        with pytest.raises(pkg.APIError, match="again"):
            list(client.v_1.messages.batches.list())
    assert len(server.requests) == 2


def test_async_pages(pkg, server):
    async def main():
        async with pkg.AsyncClient(base_url=server.url) as client:
            return [ids([i async for i in await call(client)]) for call in (lambda c: c.v_1.projects.list(), lambda c: c.linked.list())]

    assert asyncio.run(main()) == [THINGS, THINGS]


def test_raw_responses_of_pages(pkg, server):
    with pkg.Client(base_url=server.url) as client:
        raw = client.linked.with_raw_response.list(per_page=3)
        assert 'rel="next"' in raw.headers["link"] and ids(raw.parse()) == THINGS


def test_a_page_parameter_that_is_not_a_lists_and_the_targets_override(pkg, server):
    with pkg.Client(base_url=server.url) as client:
        assert client.report.list(page=2).title == "a report"  # a plain answer
    off = importlib.import_module("pages_off")
    with off.Client(base_url=server.url) as client:
        plain = client.v_1.projects.list()  # pagination switched off: the answer as it is
        assert ids(plain.projects) == THINGS[:3] and plain.next_page_token == "3"
        by_page = client.offset.list(limit=3)  # set to another style
        assert by_page.paging.style == "page" and ids(by_page)[:3] == THINGS[:3]


def test_nine_in_ten_list_operations_of_the_corpus_return_pages():
    """Over the real-world documents of tests/documents.toml: of the operations answering JSON that
    take a page-like parameter, at least 90 % are paginated (the rest fit no style for certain)."""
    from documents import corpus

    from generator.diagnostics import SpecError
    from generator.operations import Selection
    from generator.pagination import page_parameters
    from generator.pipeline import build, prepare

    lists = paged = 0
    for document in corpus():
        try:
            api = build(prepare(document.path), Selection(), source=document.name).api
        except SpecError:
            continue
        found = list(page_parameters(api))
        lists += len(found)
        paged += sum(1 for op in found if op.pagination)
    assert lists >= 150 and paged / lists >= 0.9, (paged, lists)
