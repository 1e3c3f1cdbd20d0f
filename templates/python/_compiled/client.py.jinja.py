# compiled by jinja2 3.1.6 from client.py.jinja (sha256 e380b69cce25f467e1a1b9b53d059cc752fc8e73f3813cc42e6547bdd7ea1739); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_client_exports = resolve('client_exports')
    l_0_options = resolve('options')
    try:
        t_1 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_4 = environment.filters['pyname']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pyname' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n"""`Client` and `AsyncClient`: the entry points of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield '."""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import Optional\n\nimport httpx\n\nfrom ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHTTP, Headers, SyncHTTP, Timeout\n'
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
        pass
        yield 'from .resources import (\n'
        def t_5(fiter):
            for l_1_r in fiter:
                if (t_2(environment.getattr(l_1_r, 'path')) == 1):
                    yield l_1_r
        for l_1_r in t_5(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
            l_1_resource_class = resolve('resource_class')
            _loop_vars = {}
            pass
            yield '    '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield ',\n    '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
            yield ',\n'
        l_1_r = l_1_resource_class = missing
        yield ')\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield 'from ._webhooks import Webhooks\n'
    yield '\n__all__ = ["Client", "AsyncClient"]\n\nAPI_KEY_ENV: Optional[str] = '
    yield str(t_3(context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'api_key_env')))
    yield '\nBASE_URL = '
    yield str(t_3(context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'base_url', 'http://localhost')))
    yield '\n\n\nclass Client(SyncHTTP):\n    """A sync client on `httpx.Client`. Use it as a context manager, or call `close()`.\n\n    `api_key` defaults to the '
    yield str(t_1((context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'api_key_env') or '(none)')))
    yield ' environment variable. Pass `http_client`\n    to bring your own `httpx.Client` (proxies, transports); the client then leaves closing it to you.\n    """\n\n    def __init__(\n        self,\n        *,\n        api_key: Optional[str] = None,\n        base_url: str = BASE_URL,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Optional[Headers] = None,\n        http_client: Optional[httpx.Client] = None,\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        webhook_secret: Optional[str] = None,\n'
    yield '    ) -> None:\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        self._webhook_secret = webhook_secret  # never in a repr, log line or message\n'
    yield '        super().__init__(\n            api_key=api_key,\n            api_key_env=API_KEY_ENV,\n            base_url=base_url,\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n        )\n'
    def t_6(fiter):
        for l_1_r in fiter:
            if (t_2(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_6(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_4(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield '(self) -> '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield ':\n        return '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield '(self)\n'
    l_1_r = l_1_resource_class = missing
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '\n    @cached_property\n    def webhooks(self) -> Webhooks:\n        """Verify and parse webhook deliveries (secret: `webhook_secret`, else the environment)."""\n        return Webhooks(self._webhook_secret)\n'
    yield '\n    def __enter__(self) -> Client:\n        return self\n\n    def __exit__(self, *exc_info: object) -> None:\n        self.close()\n\n\nclass AsyncClient(AsyncHTTP):\n    """The async twin of `Client`, on `httpx.AsyncClient`: `async with`, or `await client.close()`."""\n\n    def __init__(\n        self,\n        *,\n        api_key: Optional[str] = None,\n        base_url: str = BASE_URL,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Optional[Headers] = None,\n        http_client: Optional[httpx.AsyncClient] = None,\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        webhook_secret: Optional[str] = None,\n'
    yield '    ) -> None:\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        self._webhook_secret = webhook_secret  # never in a repr, log line or message\n'
    yield '        super().__init__(\n            api_key=api_key,\n            api_key_env=API_KEY_ENV,\n            base_url=base_url,\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n        )\n'
    def t_7(fiter):
        for l_1_r in fiter:
            if (t_2(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_7(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_4(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield '(self) -> '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
        yield ':\n        return '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
        yield '(self)\n'
    l_1_r = l_1_resource_class = missing
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '\n    @cached_property\n    def webhooks(self) -> Webhooks:\n        """Verify and parse webhook deliveries; no I/O, so the same as `Client.webhooks`."""\n        return Webhooks(self._webhook_secret)\n'
    yield '\n    async def __aenter__(self) -> AsyncClient:\n        return self\n\n    async def __aexit__(self, *exc_info: object) -> None:\n        await self.close()\n'

blocks = {}
debug_info = '1=40&3=42&13=44&15=47&16=56&17=58&21=62&27=66&28=68&34=70&47=72&51=76&63=80&66=89&67=93&69=96&96=100&100=104&112=108&115=117&116=121&118=124'
