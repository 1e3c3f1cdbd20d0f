"""Where requests go and how they authenticate, from the document's `servers` and `security`
(tests/golden/security_servers/spec.yaml): every scheme kind on the wire, per-operation
requirements and servers, credentials from arguments or the environment and never shown."""

from __future__ import annotations

import base64
import importlib
import logging
import sys
import httpx
import pytest

import golden_cases
from generator.config import Target
from generator.generate import produce

CASE = "security_servers"
OPTIONS = {"api_key_header_env": "ACCESS_KEY", "basic_password_env": "ACCESS_PASSWORD"}


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    root = tmp_path_factory.mktemp("access")
    target = Target(name=CASE, package=CASE, out=root / CASE, spec=golden_cases.CASES / CASE / "spec.yaml", options=OPTIONS)
    files = produce(target, golden_cases.PROJECT).files
    for rel, data in files.items():
        (root / CASE / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / CASE / rel).write_bytes(data)
    sys.path.insert(0, str(root))
    yield importlib.import_module(CASE)
    sys.path.remove(str(root))


SECRET = "s3cr3t-value"


def client_for(package, monkeypatch, *, base_url=None, **credentials):
    monkeypatch.delenv("ACCESS_KEY", raising=False)
    monkeypatch.delenv("ACCESS_PASSWORD", raising=False)
    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={"data": []}))
    client = package.Client(base_url=base_url, http_client=httpx.Client(transport=transport), **credentials)
    return client, sent


def test_names_leave_out_the_version_prefix_every_path_shares(package):
    assert {"things", "public", "admin", "reports", "transfers", "uploads"} <= set(dir(package.Client))
    assert not hasattr(package.Client, "v_1") and not hasattr(package.Client, "v1")


def test_the_base_url_is_the_first_server_with_variables_at_their_defaults(package, monkeypatch):
    assert package.client.BASE_URL == "https://us.example.com/api"
    assert package.client.server_url(region="eu", base="v2") == "https://eu.example.com/v2"
    client, sent = client_for(package, monkeypatch, api_key_header=SECRET)
    client.things.list()
    assert str(sent[-1].url) == "https://us.example.com/api/v1/things"  # the path keeps its prefix on the wire
    client, sent = client_for(package, monkeypatch, api_key_header=SECRET, base_url=package.client.server_url(region="eu"))
    client.things.list()
    assert sent[-1].url.host == "eu.example.com"


def test_an_operation_with_its_own_server_goes_there_unless_the_user_chose_a_base_url(package, monkeypatch):
    client, sent = client_for(package, monkeypatch, api_key_header=SECRET)
    client.uploads.create()
    assert str(sent[-1].url) == "https://uploads.example.com/v1/uploads"
    client, sent = client_for(package, monkeypatch, api_key_header=SECRET, base_url="http://127.0.0.1:9")
    client.uploads.create()
    assert str(sent[-1].url) == "http://127.0.0.1:9/v1/uploads"  # a mock server gets every call


def test_each_scheme_puts_its_credential_where_it_says(package, monkeypatch):
    client, sent = client_for(package, monkeypatch, api_key_header="k1", query_key="k2", cookie_key="k3", bearer="k4",
                              basic_username="ann", basic_password="pw")
    client.things.list()  # the document's default: the API key header
    assert sent[-1].headers["x-api-key"] == "k1" and "authorization" not in sent[-1].headers
    client.public.list()  # security: [] -> none
    assert "x-api-key" not in sent[-1].headers and "authorization" not in sent[-1].headers and "cookie" not in sent[-1].headers
    client.admin.list()  # basic
    assert sent[-1].headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()
    assert "x-api-key" not in sent[-1].headers
    client.reports.list()  # the first alternative the client has: the query key
    assert sent[-1].url.params["key"] == "k2" and "cookie" not in sent[-1].headers
    client.transfers.create()  # two schemes together
    assert sent[-1].headers["x-api-key"] == "k1" and sent[-1].headers["authorization"] == "Bearer k4"


def redirecting(package, monkeypatch, answers: dict[str, httpx.Response], **credentials):
    """A client whose transport answers by URL (without its query) from `answers`, else 200."""
    monkeypatch.delenv("ACCESS_KEY", raising=False)
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers.get(str(request.url.copy_with(query=None)), httpx.Response(200, json={"data": ["ok"]}))

    return package.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **credentials), sent


def test_redirects_are_followed_and_credentials_never_go_to_another_origin(package, monkeypatch):
    home = "https://us.example.com/api/v1"
    moved = {f"{home}/things": httpx.Response(307, headers={"location": "https://cdn.elsewhere.net/things?sig=1"}),
             f"{home}/reports": httpx.Response(302, headers={"location": "/api/v1/reports-moved"})}
    client, sent = redirecting(package, monkeypatch, moved, api_key_header="k1", query_key="k2", cookie_key="k3", bearer="k4")
    assert client.things.list().data == ["ok"]
    first, second = sent[-2:]
    assert first.headers["x-api-key"] == "k1" and str(second.url) == "https://cdn.elsewhere.net/things?sig=1"
    assert "x-api-key" not in second.headers and "authorization" not in second.headers and "cookie" not in second.headers
    client.reports.list()  # the query key, redirected within the origin: kept
    assert sent[-1].url.path == "/api/v1/reports-moved" and sent[-1].url.params["key"] == "k2"
    moved[f"{home}/reports"] = httpx.Response(302, headers={"location": "https://other.example.org/r"})
    client.reports.list()  # to another origin: the key is left off the URL
    assert sent[-1].url.host == "other.example.org" and "key" not in sent[-1].url.params


def test_a_redirect_of_a_post_is_followed_as_http_says(package, monkeypatch):
    home = "https://us.example.com/api/v1"
    for status, method, body in [(302, "GET", b""), (303, "GET", b""), (307, "POST", b'{"amount":5}'), (308, "POST", b'{"amount":5}')]:
        answers = {f"{home}/transfers": httpx.Response(status, headers={"location": f"{home}/transfers-2"})}
        client, sent = redirecting(package, monkeypatch, answers, api_key_header="k1", bearer="k4")
        client.transfers.create(extra_body={"amount": 5})
        again = sent[-1]
        assert (again.method, again.content, again.url.path) == (method, body, "/api/v1/transfers-2"), status
        assert again.headers["authorization"] == "Bearer k4"  # the same origin keeps its credentials
        assert method == "POST" or "content-type" not in again.headers


def test_redirects_stop_after_twenty_hops(package, monkeypatch):
    url = "https://us.example.com/api/v1/things"
    client, sent = redirecting(package, monkeypatch, {url: httpx.Response(307, headers={"location": url})}, api_key_header="k1")
    with pytest.raises(package.APIStatusError) as info:
        client.things.list()
    assert info.value.status_code == 307 and len(sent) == 21


def test_the_next_alternative_serves_when_the_first_has_no_credential(package, monkeypatch):
    client, sent = client_for(package, monkeypatch, cookie_key="k3")
    client.reports.list()
    assert sent[-1].headers["cookie"] == "session=k3" and "key" not in sent[-1].url.params


def test_credentials_come_from_the_environment_variables_the_target_names(package, monkeypatch):
    client, sent = client_for(package, monkeypatch, basic_username="ann")
    monkeypatch.setenv("ACCESS_KEY", "from-env")
    monkeypatch.setenv("ACCESS_PASSWORD", "pw-env")
    client = package.Client(basic_username="ann", http_client=client._http)
    client.things.list()
    client.admin.list()
    assert sent[-2].headers["x-api-key"] == "from-env"
    assert sent[-1].headers["authorization"] == "Basic " + base64.b64encode(b"ann:pw-env").decode()


def test_a_missing_credential_is_a_clear_error_before_anything_is_sent(package, monkeypatch):
    client, sent = client_for(package, monkeypatch, query_key=SECRET)
    with pytest.raises(package.APIError, match=r"no credentials for this operation: pass api_key_header= \(or the ACCESS_KEY environment variable\)"):
        client.things.list()
    with pytest.raises(package.APIError, match="basic_username= and basic_password="):
        client.admin.list()
    assert sent == []
    client.public.list()  # needs none


def test_credentials_never_show(package, monkeypatch, caplog):
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": {"message": "bad key"}})

    monkeypatch.delenv("ACCESS_KEY", raising=False)
    client = package.Client(api_key_header=SECRET, query_key=SECRET, basic_username="ann", basic_password=SECRET,
                            http_client=httpx.Client(transport=httpx.MockTransport(reply)), max_retries=0)
    caplog.set_level(logging.DEBUG)
    for call in (client.things.list, client.reports.list, client.admin.list):
        with pytest.raises(package.APIStatusError) as caught:
            call()
        assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    assert SECRET not in repr(client) and SECRET not in caplog.text


def test_a_scheme_specbind_cannot_apply_is_a_located_warning(tmp_path):
    from generator.operations import Selection
    from generator.pipeline import build, prepare

    spec = golden_cases.CASES / CASE / "spec.yaml"
    edited = tmp_path / "access-mtls.yaml"
    edited.write_text(spec.read_text().replace("security: [{basicAuth: []}]", "security: [{clientCert: []}]"))
    built = build(prepare(edited), Selection(), source="access")
    found = [d for d in built.decision().warnings if d.code == "security-unsupported"]
    assert [d.pointer for d in found] == ["/components/securitySchemes/clientCert"]
    admin = next(op for op in built.api.operations if op.id == "getAdmin")
    assert built.api.security_for(admin) == (("apiKeyHeader",),)  # nothing it names can be applied: the document's default
