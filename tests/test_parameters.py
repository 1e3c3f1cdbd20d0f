"""Parameters on the wire (tests/golden/parameters/spec.yaml): path parameters percent-encoded,
query arrays and objects in each style, headers, cookies, and required one-value parameters that
the client sends itself."""

from __future__ import annotations

import importlib
import inspect
import sys
from urllib.parse import unquote_plus as unquote

import httpx
import pytest

import golden_cases

CASE = "parameters"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory):
    root = tmp_path_factory.mktemp("parameters")
    for rel, data in golden_cases.generate(CASE).items():
        (root / CASE / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / CASE / rel).write_bytes(data)
    sys.path.insert(0, str(root))
    yield importlib.import_module(CASE)
    sys.path.remove(str(root))


@pytest.fixture
def sent(pkg):
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: requests.append(r) or httpx.Response(200, json={"count": 1}))
    client = pkg.Client(base_url="http://test", http_client=httpx.Client(transport=transport))
    return client, requests


def test_one_value_parameters_are_not_arguments_and_are_sent(pkg):
    params = inspect.signature(pkg.resources.CatalogsItems.retrieve).parameters
    assert "kind" not in params and "api_version" not in params and "x_client" not in params
    assert list(params)[:2] == ["self", "catalog"]


def test_every_place_and_style_on_the_wire(sent):
    client, requests = sent
    client.catalogs.items.retrieve(
        "summer/2026 sale", tags=["a", "b"], ids=[1, 2, 3], words=["big", "red"], codes=["x", "y"],
        filter={"color": "red", "size": 2}, point={"x": 1, "y": 2}, box={"w": 3, "h": 4},
        x_trace_id="t-1", x_features=["a=v1", "b"], session="s1", theme="dark",
    )
    request = requests[0]
    assert request.url.raw_path.split(b"?")[0] == b"/catalogs/summer%2F2026%20sale/items/widget"
    assert unquote(request.url.query.decode()).split("&") == [
        "api-version=2024-05-01", "tags=a", "tags=b", "ids=1,2,3", "words=big red", "codes=x|y",
        "filter[color]=red", "filter[size]=2", "x=1", "y=2", "box=w,3,h,4",
    ]
    assert request.headers["x-trace-id"] == "t-1" and request.headers["x-client"] == "specbind"
    assert request.headers["x-features"] == "a=v1,b"  # an array header: simple style, comma-joined
    assert request.headers["cookie"] == "session=s1; theme=dark"


def test_parameters_left_out_are_not_sent(sent):
    client, requests = sent
    client.catalogs.items.retrieve("c")
    request = requests[0]
    assert unquote(request.url.query.decode()) == "api-version=2024-05-01"
    assert "x-trace-id" not in request.headers and "cookie" not in request.headers
    assert request.headers["x-client"] == "specbind"
