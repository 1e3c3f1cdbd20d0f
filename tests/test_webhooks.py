"""Webhooks: Standard Webhooks signatures checked by the generated package, and every webhook of
the OpenAI document unwrapped into its own type."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time

import pytest

from conftest import openai_ir, target_ir

# A vector published with the Standard Webhooks reference libraries (standard-webhooks/standard-webhooks).
VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
VECTOR_TIMESTAMP = 1614265330
VECTOR_BODY = b'{"test": 2432232314}'
VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

SECRET = "whsec_" + base64.b64encode(b"a secret of thirty-two bytes!!!!").decode()


def sign(body: bytes, *, secret: str = SECRET, msg_id: str = "msg_1", timestamp: int | None = None) -> dict[str, str]:
    """The three headers a sender adds, by the scheme's published algorithm."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()
    return {"webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": "v1," + base64.b64encode(digest).decode()}


@pytest.fixture(scope="module")
def client(generated_package):
    return generated_package.Client(api_key="sk-test", webhook_secret=SECRET)


@pytest.fixture(scope="module")
def error(generated_package):
    return generated_package.InvalidWebhookSignatureError


EVENT = json.dumps({"id": "evt_1", "type": "batch.completed", "created_at": 1719168000, "data": {"id": "batch_1"}}).encode()


def test_the_published_vector_verifies(client, error):
    headers = {"webhook-id": VECTOR_ID, "webhook-timestamp": str(VECTOR_TIMESTAMP), "webhook-signature": VECTOR_SIGNATURE}
    client.webhooks.verify_signature(VECTOR_BODY, headers, secret=VECTOR_SECRET, tolerance=10**10)
    with pytest.raises(error, match="too old"):  # the same delivery, at the default tolerance
        client.webhooks.verify_signature(VECTOR_BODY, headers, secret=VECTOR_SECRET)
    with pytest.raises(error, match="no signature matches"):
        client.webhooks.verify_signature(VECTOR_BODY.replace(b"2", b"3"), headers, secret=VECTOR_SECRET, tolerance=10**10)


def test_a_signed_delivery_unwraps_into_its_type(client, generated_package):
    event = client.webhooks.unwrap(EVENT, sign(EVENT))
    assert type(event) is generated_package.models.WebhookBatchCompleted
    assert event.data.id == "batch_1"
    assert client.webhooks.unwrap(EVENT.decode(), sign(EVENT)) == event  # str bodies too


def test_header_names_are_case_insensitive(client):
    headers = {name.title(): value for name, value in sign(EVENT).items()}
    client.webhooks.verify_signature(EVENT, headers)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda body, h: (body + b" ", h), "no signature matches"),  # tampered body
        (lambda body, h: (body, sign(body, secret="whsec_" + base64.b64encode(b"another").decode())), "no signature matches"),
        (lambda body, h: (body, {**h, "webhook-id": "msg_2"}), "no signature matches"),  # signed for another delivery
        (lambda body, h: (body, sign(body, timestamp=int(time.time()) - 301)), "too old"),
        (lambda body, h: (body, sign(body, timestamp=int(time.time()) + 301)), "in the future"),
        (lambda body, h: (body, {**h, "webhook-timestamp": "soon"}), "not a number"),
        (lambda body, h: (body, {**h, "webhook-signature": h["webhook-signature"].replace("v1,", "v2,")}), "no signature matches"),
        (lambda body, h: (body, {k: v for k, v in h.items() if k != "webhook-id"}), "missing header.*webhook-id"),
        (lambda body, h: (body, {k: v for k, v in h.items() if k != "webhook-timestamp"}), "missing header.*webhook-timestamp"),
        (lambda body, h: (body, {k: v for k, v in h.items() if k != "webhook-signature"}), "missing header.*webhook-signature"),
        (lambda body, h: (body, {}), "webhook-id, webhook-timestamp, webhook-signature"),
    ],
    ids=["tampered-body", "wrong-secret", "other-id", "stale", "future", "bad-timestamp", "unknown-version",
         "no-id", "no-timestamp", "no-signature", "no-headers"],
)
def test_a_bad_delivery_is_refused_with_one_error_type(client, error, change, message):
    body, headers = change(EVENT, sign(EVENT))
    with pytest.raises(error, match=message):
        client.webhooks.unwrap(body, headers)


def test_a_timestamp_inside_the_tolerance_passes(client):
    for skew in (-299, 299):
        client.webhooks.verify_signature(EVENT, sign(EVENT, timestamp=int(time.time()) + skew))
    client.webhooks.verify_signature(EVENT, sign(EVENT, timestamp=int(time.time()) - 1000), tolerance=1200)


def test_any_one_of_several_signatures_is_enough(client, error):
    good = sign(EVENT)
    rotated = sign(EVENT, secret="whsec_" + base64.b64encode(b"the old secret").decode())["webhook-signature"]
    for header in (f"{rotated} {good['webhook-signature']}", f"{good['webhook-signature']} {rotated}",
                   f"v2,abc {good['webhook-signature']}"):
        client.webhooks.verify_signature(EVENT, {**good, "webhook-signature": header})
    with pytest.raises(error):
        client.webhooks.verify_signature(EVENT, {**good, "webhook-signature": f"{rotated} v1,{'A' * 44}"})


def test_the_secret_comes_from_the_call_the_client_or_the_environment(generated_package, error, monkeypatch):
    from openai_responses import _webhooks

    assert _webhooks.WEBHOOK_SECRET_ENV == "OPENAI_WEBHOOK_SECRET"  # from the target's options in pyproject.toml
    bare = generated_package.Client(api_key="sk-test")
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    with pytest.raises(error, match="no webhook secret.*OPENAI_WEBHOOK_SECRET"):
        bare.webhooks.verify_signature(EVENT, sign(EVENT))
    bare.webhooks.verify_signature(EVENT, sign(EVENT), secret=SECRET)
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    bare.webhooks.verify_signature(EVENT, sign(EVENT))
    with pytest.raises(error, match="not base64"):
        bare.webhooks.verify_signature(EVENT, sign(EVENT), secret="whsec_not base64!")


def test_the_secret_never_shows(client, error):
    raw = SECRET.removeprefix("whsec_")
    assert raw not in repr(client.webhooks) and raw not in repr(client)
    for headers in (sign(EVENT, secret="whsec_" + base64.b64encode(b"x").decode()), {}):
        with pytest.raises(error) as caught:
            client.webhooks.unwrap(EVENT, headers)
        assert raw not in str(caught.value) and raw not in repr(caught.value)


async def _unwrap_async(package, body: bytes, headers: dict[str, str]):
    async with package.AsyncClient(api_key="sk-test", webhook_secret=SECRET) as client:
        return client.webhooks.unwrap(body, headers)


def test_the_async_client_has_webhooks_too(generated_package):
    import asyncio

    event = asyncio.run(_unwrap_async(generated_package, EVENT, sign(EVENT)))
    assert type(event).__name__ == "WebhookBatchCompleted"


def test_an_unknown_event_type_is_kept_whole(client, generated_package):
    body = json.dumps({"id": "evt_2", "type": "video.rendered", "created_at": 1, "data": {"id": "v", "frames": 12}}).encode()
    event = client.webhooks.unwrap(body, sign(body))
    assert type(event) is generated_package.models.UnknownWebhookEvent
    assert event.model_dump()["data"] == {"id": "v", "frames": 12}


def test_every_openai_webhook_example_unwraps_into_its_type(client, generated_package):
    """The spec's own example of each webhook's payload (x-oaiMeta.example), signed and unwrapped."""
    api, spec = openai_ir()
    assert len(api.webhooks) == len(spec["webhooks"]) == 16
    seen = set()
    for hook in api.webhooks:
        schema = spec["components"]["schemas"][hook.type.name]
        # One example has a trailing comma (not JSON); a sender's body would not.
        body = re.sub(r",(\s*[\]}])", r"\1", schema["x-oaiMeta"]["example"]).encode()
        event = client.webhooks.unwrap(body, sign(body))
        assert type(event) is getattr(generated_package.models, hook.type.name), hook.name
        assert event.model_dump(mode="json", by_alias=True, exclude_none=True) == json.loads(body), hook.name
        seen.add(type(event))
    assert len(seen) == 16


def test_webhook_handlers_dispatch_like_stream_handlers(client, generated_package):
    got = []

    class Handler(generated_package.dispatch.WebhookEventHandler):
        def on_batch_completed(self, event):
            got.append(("completed", event.data.id))

        def on_unknown(self, event):
            got.append(("unknown", event.type))

    body = json.dumps({"id": "e", "type": "video.rendered", "created_at": 1, "data": {}}).encode()
    for payload in (EVENT, body):
        Handler().dispatch(client.webhooks.unwrap(payload, sign(payload)))
    assert got == [("completed", "batch_1"), ("unknown", "video.rendered")]


def test_only_a_document_with_webhooks_gets_them():
    api, _ = target_ir("openresponses")
    assert not api.webhooks
    from pathlib import Path

    out = Path(__file__).resolve().parent.parent / "generated" / "openresponses"
    assert not (out / "_webhooks.py").exists()
    assert "webhooks" not in (out / "client.py").read_text()
