# compiled by jinja2 3.1.6 from client.py.jinja (sha256 126be5ee5a1ca4692690b23a4d8c74b2d114f91687db2dfeec713cd3129d2135); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_client_headers = resolve('client_headers')
    l_0_options = resolve('options')
    l_0_api = resolve('api')
    l_0_layout = resolve('layout')
    l_0_credentials = resolve('credentials')
    l_0_required_credential = resolve('required_credential')
    l_0_client_exports = resolve('client_exports')
    l_0_base_url = resolve('base_url')
    l_0_schemes = resolve('schemes')
    l_0_security_literal = resolve('security_literal')
    l_0_default_security = resolve('default_security')
    l_0_headers = l_0_base_url_env = l_0_creds = l_0_required = l_0_server = missing
    try:
        t_1 = environment.filters['accessor']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'accessor' found.")
    try:
        t_2 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_3 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_4 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_5 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_6 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_7 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_8 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_9 = environment.filters['pyname']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'pyname' found.")
    try:
        t_10 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_headers = context.call((undefined(name='client_headers') if l_0_client_headers is missing else l_0_client_headers), (undefined(name='options') if l_0_options is missing else l_0_options))
    context.vars['headers'] = l_0_headers
    context.exported_vars.add('headers')
    l_0_base_url_env = context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'base_url_env')
    context.vars['base_url_env'] = l_0_base_url_env
    context.exported_vars.add('base_url_env')
    yield '# pyright: reportUnusedImport=false\n"""`Client` and `AsyncClient`: the entry points of '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield '."""\n\nfrom __future__ import annotations\n\n'
    if (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env):
        pass
        yield 'import os\n'
    yield 'from functools import cached_property\nfrom typing import '
    yield str(('TYPE_CHECKING, ' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else cond_expr_undefined("the inline if-expression on line 13 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield 'Dict, '
    yield str(('Literal, ' if (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers') and environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers'), 0), 'variables')) else cond_expr_undefined("the inline if-expression on line 13 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield 'Optional\n\nimport httpx\n\n'
    l_0_creds = context.call((undefined(name='credentials') if l_0_credentials is missing else l_0_credentials), (undefined(name='options') if l_0_options is missing else l_0_options))
    context.vars['creds'] = l_0_creds
    context.exported_vars.add('creds')
    l_0_required = context.call((undefined(name='required_credential') if l_0_required_credential is missing else l_0_required_credential), (undefined(name='creds') if l_0_creds is missing else l_0_creds))
    context.vars['required'] = l_0_required
    context.exported_vars.add('required')
    l_0_server = (environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers'), 0) if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers') else None)
    context.vars['server'] = l_0_server
    context.exported_vars.add('server')
    if (undefined(name='required') if l_0_required is missing else l_0_required):
        pass
        yield 'from ._errors import APIError\n'
    yield 'from ._http import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncHTTP, Headers, Scheme, Security, SyncHTTP, Timeout'
    yield str((', basic_credential' if t_6(context.eval_ctx, t_10(context, (undefined(name='creds') if l_0_creds is missing else l_0_creds), 'part')) else cond_expr_undefined("the inline if-expression on line 23 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield str((', credential' if (undefined(name='creds') if l_0_creds is missing else l_0_creds) else cond_expr_undefined("the inline if-expression on line 23 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield '\n'
    if (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources') and (not environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split'))):
        pass
        yield 'from .resources import (\n'
        def t_11(fiter):
            for l_1_r in fiter:
                if (t_5(environment.getattr(l_1_r, 'path')) == 1):
                    yield l_1_r
        for l_1_r in t_11(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
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
    if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split'):
        pass
        yield '\nif TYPE_CHECKING:  # each resource module loads when its resource is first used\n'
        def t_12(fiter):
            for l_1_r in fiter:
                if (t_5(environment.getattr(l_1_r, 'path')) == 1):
                    yield l_1_r
        for l_1_r in t_12(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
            l_1_resource_class = resolve('resource_class')
            _loop_vars = {}
            pass
            yield '    from .resources.'
            yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield ' import '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield ', '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
            yield '\n'
        l_1_r = l_1_resource_class = missing
    yield '\n__all__ = ["Client", "AsyncClient"'
    yield str((', "server_url"' if ((undefined(name='server') if l_0_server is missing else l_0_server) and environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')) else cond_expr_undefined("the inline if-expression on line 43 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield ']\n\nBASE_URL = '
    yield str(t_7(context.call((undefined(name='base_url') if l_0_base_url is missing else l_0_base_url), (undefined(name='options') if l_0_options is missing else l_0_options))))
    yield '\n'
    if ((undefined(name='server') if l_0_server is missing else l_0_server) and environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')):
        pass
        yield '\n\ndef server_url(\n    *,\n'
        for l_1_v in environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_9(environment.getattr(l_1_v, 'name')))
            yield ': '
            yield str((str_join(('Literal[', t_4(context.eval_ctx, t_8(context, environment.getattr(l_1_v, 'values'), 'literal'), ', '), ']', )) if environment.getattr(l_1_v, 'values') else 'str'))
            yield ' = '
            yield str(t_7(environment.getattr(l_1_v, 'default')))
            yield ',\n'
        l_1_v = missing
        yield ') -> str:\n    """The URL of '
        yield str(t_3(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'url')))
        yield ' with these variables: pass it as `base_url`.\n'
        def t_13(fiter):
            for l_1_v in fiter:
                if environment.getattr(l_1_v, 'description'):
                    yield l_1_v
        for l_1_v in t_13(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')):
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(t_9(environment.getattr(l_1_v, 'name')))
            yield ': '
            yield str(t_2(environment.getattr(l_1_v, 'description'), 4))
            yield '\n'
        l_1_v = missing
        yield '    """\n    url = '
        yield str(t_7(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'url')))
        yield '\n'
        for l_1_v in environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables'):
            _loop_vars = {}
            pass
            yield '    url = url.replace('
            yield str(t_7(str_join(('{', environment.getattr(l_1_v, 'name'), '}', ))))
            yield ', '
            yield str(t_9(environment.getattr(l_1_v, 'name')))
            yield ')\n'
        l_1_v = missing
        yield '    return url\n'
    yield '\n# How each security scheme the operations use puts its credential on a request, and what they need\n# unless an operation says otherwise: alternatives, each the schemes used together.\nSCHEMES: Dict[str, Scheme] = {\n'
    for l_1_scheme in (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes):
        l_1_credential_hint = resolve('credential_hint')
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_7(environment.getattr(l_1_scheme, 'name')))
        yield ': Scheme('
        yield str(t_7(environment.getattr(l_1_scheme, 'kind')))
        yield ', '
        yield str(t_7(environment.getattr(l_1_scheme, 'param_name')))
        yield ', '
        yield str(t_7(context.call((undefined(name='credential_hint') if l_1_credential_hint is missing else l_1_credential_hint), (undefined(name='creds') if l_0_creds is missing else l_0_creds), l_1_scheme, _loop_vars=_loop_vars)))
        yield '),\n'
    l_1_scheme = l_1_credential_hint = missing
    yield '}\nSECURITY: Security = '
    yield str(context.call((undefined(name='security_literal') if l_0_security_literal is missing else l_0_security_literal), (undefined(name='default_security') if l_0_default_security is missing else l_0_default_security)))
    yield '\n\n\nclass Client(SyncHTTP):\n    """A sync client on `httpx.Client`. Use it as a context manager, or call `close()`.\n\n'
    for l_1_c in (undefined(name='creds') if l_0_creds is missing else l_0_creds):
        _loop_vars = {}
        pass
        yield '    `'
        yield str(environment.getattr(l_1_c, 'arg'))
        yield '`'
        yield str((str_join((' (', environment.getattr(l_1_c, 'part'), ')', )) if environment.getattr(l_1_c, 'part') else cond_expr_undefined("the inline if-expression on line 82 in 'client.py.jinja' evaluated to false and no else section was defined.")))
        yield ': the credential of `'
        yield str(t_3(environment.getattr(environment.getattr(l_1_c, 'scheme'), 'name')))
        yield '`'
        yield str((str_join((', else the ', environment.getattr(l_1_c, 'env'), ' environment variable', )) if environment.getattr(l_1_c, 'env') else cond_expr_undefined("the inline if-expression on line 82 in 'client.py.jinja' evaluated to false and no else section was defined.")))
        yield '.\n'
    l_1_c = missing
    for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        _loop_vars = {}
        pass
        yield '    `'
        yield str(environment.getattr(l_1_h, 'arg'))
        yield '`: sent as the `'
        yield str(t_3(environment.getattr(l_1_h, 'header')))
        yield '` header of every request'
        yield str((str_join((', else the ', environment.getattr(l_1_h, 'env'), ' environment variable', )) if environment.getattr(l_1_h, 'env') else cond_expr_undefined("the inline if-expression on line 85 in 'client.py.jinja' evaluated to false and no else section was defined.")))
        yield '.\n'
    l_1_h = missing
    yield '    `base_url` defaults to '
    yield str((str_join(('the ', (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env), ' environment variable, else ', )) if (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env) else cond_expr_undefined("the inline if-expression on line 87 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield '`BASE_URL`'
    yield str((' (see `server_url`)' if ((undefined(name='server') if l_0_server is missing else l_0_server) and environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')) else cond_expr_undefined("the inline if-expression on line 87 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    yield '. Pass `http_client` to bring your own\n    `httpx.Client` (proxies, transports); the client then leaves closing it to you.\n    """\n\n    def __init__(\n        self,\n        *,\n'
    for l_1_c in (undefined(name='creds') if l_0_creds is missing else l_0_creds):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_c, 'arg'))
        yield ': Optional[str] = None,\n'
    l_1_c = missing
    for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_h, 'arg'))
        yield ': Optional[str] = None,\n'
    l_1_h = missing
    yield '        base_url: Optional[str] = None,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Optional[Headers] = None,\n        http_client: Optional[httpx.Client] = None,\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        webhook_secret: Optional[str] = None,\n'
    yield '    ) -> None:\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        self._webhook_secret = webhook_secret  # never in a repr, log line or message\n'
    if (undefined(name='required') if l_0_required is missing else l_0_required):
        pass
        yield '        '
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ' = credential('
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ', '
        yield str(t_7(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env')))
        yield ')\n        if '
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ' is None:\n            raise APIError(\n                '
        yield str(t_7(str_join(('no API key: pass ', environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'), '= or set the ', environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env'), ' environment variable', ))))
        yield ',\n            )\n'
    if (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        pass
        yield '        sent: Dict[str, str] = {}\n'
        for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
            _loop_vars = {}
            pass
            yield '        self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ' = credential('
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(l_1_h, 'env')))
            yield ')\n        if self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ' is not None:\n            sent['
            yield str(t_7(environment.getattr(l_1_h, 'header')))
            yield '] = self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield '\n'
        l_1_h = missing
        yield '        default_headers = {**sent, **(default_headers or {})}\n'
    if (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env):
        pass
        yield '        base_url = base_url if base_url is not None else os.environ.get('
        yield str(t_7((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env)))
        yield ')\n'
    yield '        super().__init__(\n            credentials={\n'
    for l_1_scheme in (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes):
        l_1_mine = missing
        _loop_vars = {}
        pass
        l_1_mine = t_6(context.eval_ctx, t_10(context, (undefined(name='creds') if l_0_creds is missing else l_0_creds), 'scheme', 'equalto', l_1_scheme))
        _loop_vars['mine'] = l_1_mine
        if (environment.getattr(l_1_scheme, 'kind') == 'basic'):
            pass
            yield '                '
            yield str(t_7(environment.getattr(l_1_scheme, 'name')))
            yield ': basic_credential(credential('
            yield str(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')))
            yield '), credential('
            yield str(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'env')))
            yield ')),\n'
        else:
            pass
            yield '                '
            yield str(t_7(environment.getattr(l_1_scheme, 'name')))
            yield ': '
            yield str((environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg') if (environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0) == (undefined(name='required') if l_0_required is missing else l_0_required)) else str_join(('credential(', environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg'), ', ', t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')), ')', ))))
            yield ',\n'
    l_1_scheme = l_1_mine = missing
    yield '            },\n            schemes=SCHEMES,\n            security=SECURITY,\n            base_url=base_url,\n            default_base_url=BASE_URL,\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n        )\n'
    def t_14(fiter):
        for l_1_r in fiter:
            if (t_5(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_14(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_1(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield '(self) -> '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield ':\n'
        if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split'):
            pass
            yield '        from .resources.'
            yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield ' import '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield '\n\n'
        yield '        return '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield '(self)\n'
    l_1_r = l_1_resource_class = missing
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '\n    @cached_property\n    def webhooks(self) -> Webhooks:\n        """Verify and parse webhook deliveries (secret: `webhook_secret`, else the environment)."""\n        return Webhooks(self._webhook_secret)\n'
    yield '\n    def __enter__(self) -> Client:\n        return self\n\n    def __exit__(self, *exc_info: object) -> None:\n        self.close()\n\n\nclass AsyncClient(AsyncHTTP):\n    """The async twin of `Client`, on `httpx.AsyncClient`: `async with`, or `await client.close()`."""\n\n    def __init__(\n        self,\n        *,\n'
    for l_1_c in (undefined(name='creds') if l_0_creds is missing else l_0_creds):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_c, 'arg'))
        yield ': Optional[str] = None,\n'
    l_1_c = missing
    for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        _loop_vars = {}
        pass
        yield '        '
        yield str(environment.getattr(l_1_h, 'arg'))
        yield ': Optional[str] = None,\n'
    l_1_h = missing
    yield '        base_url: Optional[str] = None,\n        timeout: Timeout = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Optional[Headers] = None,\n        http_client: Optional[httpx.AsyncClient] = None,\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        webhook_secret: Optional[str] = None,\n'
    yield '    ) -> None:\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '        self._webhook_secret = webhook_secret  # never in a repr, log line or message\n'
    if (undefined(name='required') if l_0_required is missing else l_0_required):
        pass
        yield '        '
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ' = credential('
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ', '
        yield str(t_7(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env')))
        yield ')\n        if '
        yield str(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'))
        yield ' is None:\n            raise APIError(\n                '
        yield str(t_7(str_join(('no API key: pass ', environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg'), '= or set the ', environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env'), ' environment variable', ))))
        yield ',\n            )\n'
    if (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        pass
        yield '        sent: Dict[str, str] = {}\n'
        for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
            _loop_vars = {}
            pass
            yield '        self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ' = credential('
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(l_1_h, 'env')))
            yield ')\n        if self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield ' is not None:\n            sent['
            yield str(t_7(environment.getattr(l_1_h, 'header')))
            yield '] = self.'
            yield str(environment.getattr(l_1_h, 'arg'))
            yield '\n'
        l_1_h = missing
        yield '        default_headers = {**sent, **(default_headers or {})}\n'
    if (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env):
        pass
        yield '        base_url = base_url if base_url is not None else os.environ.get('
        yield str(t_7((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env)))
        yield ')\n'
    yield '        super().__init__(\n            credentials={\n'
    for l_1_scheme in (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes):
        l_1_mine = missing
        _loop_vars = {}
        pass
        l_1_mine = t_6(context.eval_ctx, t_10(context, (undefined(name='creds') if l_0_creds is missing else l_0_creds), 'scheme', 'equalto', l_1_scheme))
        _loop_vars['mine'] = l_1_mine
        if (environment.getattr(l_1_scheme, 'kind') == 'basic'):
            pass
            yield '                '
            yield str(t_7(environment.getattr(l_1_scheme, 'name')))
            yield ': basic_credential(credential('
            yield str(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')))
            yield '), credential('
            yield str(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'arg'))
            yield ', '
            yield str(t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'env')))
            yield ')),\n'
        else:
            pass
            yield '                '
            yield str(t_7(environment.getattr(l_1_scheme, 'name')))
            yield ': '
            yield str((environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg') if (environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0) == (undefined(name='required') if l_0_required is missing else l_0_required)) else str_join(('credential(', environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg'), ', ', t_7(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')), ')', ))))
            yield ',\n'
    l_1_scheme = l_1_mine = missing
    yield '            },\n            schemes=SCHEMES,\n            security=SECURITY,\n            base_url=base_url,\n            default_base_url=BASE_URL,\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n        )\n'
    def t_15(fiter):
        for l_1_r in fiter:
            if (t_5(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_15(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(t_1(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield '(self) -> '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
        yield ':\n'
        if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split'):
            pass
            yield '        from .resources.'
            yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
            yield ' import '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
            yield '\n\n'
        yield '        return '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars))
        yield '(self)\n'
    l_1_r = l_1_resource_class = missing
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '\n    @cached_property\n    def webhooks(self) -> Webhooks:\n        """Verify and parse webhook deliveries; no I/O, so the same as `Client.webhooks`."""\n        return Webhooks(self._webhook_secret)\n'
    yield '\n    async def __aenter__(self) -> AsyncClient:\n        return self\n\n    async def __aexit__(self, *exc_info: object) -> None:\n        await self.close()\n'

blocks = {}
debug_info = '1=85&2=87&3=90&5=94&9=96&13=100&17=104&18=107&19=110&20=113&23=117&24=120&26=123&27=132&28=134&32=138&35=141&38=144&39=153&43=161&45=163&46=165&51=168&52=172&55=180&56=182&58=190&61=196&62=198&63=202&71=209&72=214&75=224&81=226&82=230&84=239&85=243&87=251&94=255&95=259&97=262&98=266&105=270&109=274&112=277&113=280&114=286&116=288&119=290&121=293&122=297&123=303&124=305&128=311&129=314&133=317&134=321&135=323&136=326&138=339&151=345&154=354&155=358&156=361&159=366&161=369&182=373&183=377&185=380&186=384&193=388&197=392&200=395&201=398&202=404&204=406&207=408&209=411&210=415&211=421&212=423&216=429&217=432&221=435&222=439&223=441&224=444&226=457&239=463&242=472&243=476&244=479&247=484&249=487'
