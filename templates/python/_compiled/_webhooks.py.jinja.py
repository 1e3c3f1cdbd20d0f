# compiled by jinja2 3.1.6 from _webhooks.py.jinja (sha256 b6dcc4289e0c21960ff846fa3798ad17777ed81b449f031a3f84a0f87b215cb0); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_webhooks.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_options = resolve('options')
    l_0_event = missing
    try:
        t_1 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_2 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Webhooks: check that a delivery comes from the API, then parse its event.\n\nDeliveries are signed by the Standard Webhooks scheme: the `webhook-signature`\nheader holds one or more `v1,<base64 HMAC-SHA256>` signatures of\n`<webhook-id>.<webhook-timestamp>.<body>`, keyed by the secret (base64, after\nits `whsec_` prefix). A delivery is accepted when one signature matches, compared\nin constant time, and its timestamp is within `tolerance` seconds of now.\n"""\n\nfrom __future__ import annotations\n\nimport base64\nimport binascii\nimport hashlib\nimport hmac\nimport os\nimport time\nfrom typing import TYPE_CHECKING, Mapping, Optional, Union\n\nfrom ._errors import InvalidWebhookSignatureError\n\nif TYPE_CHECKING:\n    from . import models as _m\n'
    if (not ((environment.getattr(environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event')), '__class__'), '__name__') == 'Union') and environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event')), 'discriminator'))):
        pass
        yield '    from pydantic import TypeAdapter\n'
    yield '\n__all__ = ["Webhooks", "WEBHOOK_SECRET_ENV", "DEFAULT_TOLERANCE"]\n\nWEBHOOK_SECRET_ENV: Optional[str] = '
    yield str(t_1(context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'webhook_secret_env')))
    yield "\nDEFAULT_TOLERANCE = 300  # seconds a delivery's timestamp may be from now, either way\n"
    if (not ((environment.getattr(environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event')), '__class__'), '__name__') == 'Union') and environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event')), 'discriminator'))):
        pass
        yield '\n_adapter: Optional[TypeAdapter[_m.'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
        yield ']] = None\n'
    yield '\n\nclass Webhooks:\n    """`client.webhooks`: `unwrap` a delivery into its typed event, or only `verify_signature`."""\n\n    def __init__(self, secret: Optional[str] = None) -> None:\n        self._secret = secret  # never in a repr, log line or message\n\n    def __repr__(self) -> str:\n        return "<Webhooks>"\n\n    def unwrap(\n        self,\n        payload: Union[str, bytes],\n        headers: Mapping[str, str],\n        *,\n        secret: Optional[str] = None,\n        tolerance: int = DEFAULT_TOLERANCE,\n    ) -> _m.'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
    yield ':\n'
    l_0_event = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
    context.vars['event'] = l_0_event
    context.exported_vars.add('event')
    if ((environment.getattr(environment.getattr((undefined(name='event') if l_0_event is missing else l_0_event), '__class__'), '__name__') == 'Union') and environment.getattr((undefined(name='event') if l_0_event is missing else l_0_event), 'discriminator')):
        pass
        yield '        """Verify the delivery\'s signature, then parse its body; an event type this package\n        does not know yet parses into `Unknown'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
        yield '`, every field kept."""\n        self.verify_signature(payload, headers, secret=secret, tolerance=tolerance)\n        from . import dispatch  # the models load on the first delivery, not with the client\n\n        return dispatch.parse_'
        yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event')))
        yield '(payload)\n'
    else:
        pass
        yield '        """Verify the delivery\'s signature, then parse its body (the payloads carry no tag:\n        the first that fits wins)."""\n        self.verify_signature(payload, headers, secret=secret, tolerance=tolerance)\n        global _adapter\n        if _adapter is None:  # the models load on the first delivery, not with the client\n            from pydantic import TypeAdapter\n\n            from . import models\n\n            _adapter = TypeAdapter(models.'
        yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
        yield ')\n        return _adapter.validate_json(payload)\n'
    yield '\n    def verify_signature(\n        self,\n        payload: Union[str, bytes],\n        headers: Mapping[str, str],\n        *,\n        secret: Optional[str] = None,\n        tolerance: int = DEFAULT_TOLERANCE,\n    ) -> None:\n        """Raise InvalidWebhookSignatureError unless the delivery is signed with the secret\n        and recent; `secret` defaults to the client\'s (or the environment\'s)."""\n        key = _key(secret if secret is not None else self._secret)\n        found = {name.lower(): value for name, value in headers.items()}\n        webhook_id = found.get("webhook-id")\n        timestamp = found.get("webhook-timestamp")\n        signatures = found.get("webhook-signature")\n        if not webhook_id or not timestamp or not signatures:\n            needed = ("webhook-id", "webhook-timestamp", "webhook-signature")\n            missing = [h for h in needed if not found.get(h)]\n            raise InvalidWebhookSignatureError(f"missing header(s): {\', \'.join(missing)}")\n        try:\n            sent = int(timestamp)\n        except ValueError:\n            raise InvalidWebhookSignatureError(\n                "the webhook-timestamp header is not a number",\n            ) from None\n        now = int(time.time())\n        if sent < now - tolerance:\n            raise InvalidWebhookSignatureError("the delivery is too old")\n        if sent > now + tolerance:\n            raise InvalidWebhookSignatureError("the delivery\'s timestamp is in the future")\n        body = payload.encode("utf-8") if isinstance(payload, str) else payload\n        signed = f"{webhook_id}.{timestamp}.".encode() + body\n        expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())\n        for candidate in signatures.split():\n            version, _, signature = candidate.partition(",")\n            if version == "v1" and hmac.compare_digest(signature.encode(), expected):\n                return\n        raise InvalidWebhookSignatureError("no signature matches the delivery")\n\n\ndef _key(secret: Optional[str]) -> bytes:\n    if secret is None and WEBHOOK_SECRET_ENV:\n        secret = os.environ.get(WEBHOOK_SECRET_ENV)\n    if not secret:\n        where = ""\n        if WEBHOOK_SECRET_ENV:\n            where = f" or set the {WEBHOOK_SECRET_ENV} environment variable"\n        raise InvalidWebhookSignatureError(\n            f"no webhook secret: pass webhook_secret= to the client or secret= here{where}",\n        )\n    try:\n        return base64.b64decode(secret.removeprefix("whsec_"), validate=True)\n    except (binascii.Error, ValueError):\n        raise InvalidWebhookSignatureError(\n            "the webhook secret is not base64 (after its whsec_ prefix)",\n        ) from None\n'

blocks = {}
debug_info = '1=28&25=30&31=34&33=36&35=39&55=42&56=44&57=47&59=50&63=52&74=57'
