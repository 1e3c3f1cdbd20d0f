# compiled by jinja2 3.1.6 from client.ts.jinja (sha256 99148e2af89dcf3dc04456475f1084b5c2d2ff5acca7288b570126f636455452); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_credentials = resolve('credentials')
    l_0_options = resolve('options')
    l_0_client_headers = resolve('client_headers')
    l_0_api = resolve('api')
    l_0_layout = resolve('layout')
    l_0_base_url = resolve('base_url')
    l_0_schemes = resolve('schemes')
    l_0_security_ts = resolve('security_ts')
    l_0_default_security = resolve('default_security')
    l_0_required_credential = resolve('required_credential')
    l_0_creds = l_0_headers = l_0_server = l_0_base_url_env = l_0_webhooks = l_0_required = missing
    try:
        t_1 = environment.filters['identifier']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'identifier' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['member']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'member' found.")
    try:
        t_8 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_9 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_10 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_creds = context.call((undefined(name='credentials') if l_0_credentials is missing else l_0_credentials), (undefined(name='options') if l_0_options is missing else l_0_options))
    context.vars['creds'] = l_0_creds
    context.exported_vars.add('creds')
    l_0_headers = context.call((undefined(name='client_headers') if l_0_client_headers is missing else l_0_client_headers), (undefined(name='options') if l_0_options is missing else l_0_options))
    context.vars['headers'] = l_0_headers
    context.exported_vars.add('headers')
    l_0_server = (environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers'), 0) if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers') else None)
    context.vars['server'] = l_0_server
    context.exported_vars.add('server')
    l_0_base_url_env = context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'base_url_env')
    context.vars['base_url_env'] = l_0_base_url_env
    context.exported_vars.add('base_url_env')
    l_0_webhooks = (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks') and environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
    context.vars['webhooks'] = l_0_webhooks
    context.exported_vars.add('webhooks')
    yield '/**\n * The client: `new Client({ ... })`, then a property per resource and a method per operation.\n */\nimport { APIError, Core, readEnv } from "./core.js";\nimport type { CoreOptions, Credential, Scheme, Security } from "./core.js";\n'
    for l_1_module in environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resources'):
        l_1_top = missing
        _loop_vars = {}
        pass
        l_1_top = []
        _loop_vars['top'] = l_1_top
        def t_11(fiter):
            for l_2_r in fiter:
                if (t_4(environment.getattr(l_2_r, 'path')) == 1):
                    yield l_2_r
        for l_2_r in t_11(environment.getattr(l_1_module, 'resources')):
            l_2_resource_class = resolve('resource_class')
            l_2__ = missing
            _loop_vars = {}
            pass
            l_2__ = context.call(environment.getattr((undefined(name='top') if l_1_top is missing else l_1_top), 'append'), context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)
            _loop_vars['_'] = l_2__
        l_2_r = l_2_resource_class = l_2__ = missing
        if (undefined(name='top') if l_1_top is missing else l_1_top):
            pass
            yield 'import { '
            yield str(t_2(context.eval_ctx, (undefined(name='top') if l_1_top is missing else l_1_top), ', '))
            yield ' } from "./'
            yield str((str_join(('resources/', environment.getattr(l_1_module, 'name'), )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else 'resources'))
            yield '.js";\n'
    l_1_module = l_1_top = missing
    if (undefined(name='webhooks') if l_0_webhooks is missing else l_0_webhooks):
        pass
        yield 'import { Webhooks } from "./webhooks.js";\n'
    yield '\n/** Where the API lives unless `baseURL` says otherwise. */\nexport const BASE_URL = '
    yield str(t_10(context.call((undefined(name='base_url') if l_0_base_url is missing else l_0_base_url), (undefined(name='options') if l_0_options is missing else l_0_options))))
    yield ';\n'
    if ((undefined(name='server') if l_0_server is missing else l_0_server) and environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')):
        pass
        yield '\n/**\n * The URL of `'
        yield str(t_8(context.eval_ctx, t_3(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'url')), ' * ', '', 1))
        yield '` with these variables: pass it as `baseURL`.\n'
        def t_12(fiter):
            for l_1_v in fiter:
                if environment.getattr(l_1_v, 'description'):
                    yield l_1_v
        for l_1_v in t_12(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables')):
            _loop_vars = {}
            pass
            yield ' * @param variables.'
            yield str(t_1(environment.getattr(l_1_v, 'name')))
            yield ' '
            yield str(t_8(context.eval_ctx, t_3(environment.getattr(l_1_v, 'description')), ' * ', '', 1))
            yield '\n'
        l_1_v = missing
        yield ' */\nexport function serverURL(variables: { '
        for l_1_v in environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables'):
            _loop_vars = {}
            pass
            yield str(t_1(environment.getattr(l_1_v, 'name')))
            yield '?: '
            yield str((t_2(context.eval_ctx, t_6(context, environment.getattr(l_1_v, 'values'), 'ts_string'), ' | ') if environment.getattr(l_1_v, 'values') else 'string'))
            yield '; '
        l_1_v = missing
        yield '} = {}): string {\n  let url = '
        yield str(t_10(environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'url')))
        yield ';\n'
        for l_1_v in environment.getattr((undefined(name='server') if l_0_server is missing else l_0_server), 'variables'):
            _loop_vars = {}
            pass
            yield '  url = url.replace('
            yield str(t_10(str_join(('{', environment.getattr(l_1_v, 'name'), '}', ))))
            yield ', variables.'
            yield str(t_1(environment.getattr(l_1_v, 'name')))
            yield ' ?? '
            yield str(t_10(environment.getattr(l_1_v, 'default')))
            yield ');\n'
        l_1_v = missing
        yield '  return url;\n}\n'
    yield '\n// How each security scheme the operations use puts its credential on a request, and what they\n// need unless an operation says otherwise: alternatives, each the schemes used together.\nconst SCHEMES: Record<string, Scheme> = {\n'
    for l_1_scheme in (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes):
        _loop_vars = {}
        pass
        yield '  '
        yield str(t_10(environment.getattr(l_1_scheme, 'name')))
        yield ': { kind: '
        yield str(t_10(environment.getattr(l_1_scheme, 'kind')))
        yield ', name: '
        yield str(t_10(environment.getattr(l_1_scheme, 'param_name')))
        yield ', hint: '
        yield str(t_10(t_2(context.eval_ctx, t_6(context, t_6(context, t_6(context, t_9(context, (undefined(name='creds') if l_0_creds is missing else l_0_creds), 'scheme', 'equalto', l_1_scheme), attribute='arg'), 'identifier'), 'string'), ' and ')))
        yield ' },\n'
    l_1_scheme = missing
    yield '};\nconst SECURITY: Security = '
    yield str(context.call((undefined(name='security_ts') if l_0_security_ts is missing else l_0_security_ts), (undefined(name='default_security') if l_0_default_security is missing else l_0_default_security)))
    yield ';\n\nexport interface ClientOptions extends CoreOptions {\n'
    for l_1_c in (undefined(name='creds') if l_0_creds is missing else l_0_creds):
        _loop_vars = {}
        pass
        yield '  /** The credential of `'
        yield str(t_8(context.eval_ctx, t_3(environment.getattr(environment.getattr(l_1_c, 'scheme'), 'name')), ' * ', '', 1))
        yield '`'
        yield str((str_join((' (', environment.getattr(l_1_c, 'part'), ')', )) if environment.getattr(l_1_c, 'part') else cond_expr_undefined("the inline if-expression on line 53 in 'client.ts.jinja' evaluated to false and no else section was defined.")))
        yield str((str_join((', else the ', environment.getattr(l_1_c, 'env'), ' environment variable', )) if environment.getattr(l_1_c, 'env') else cond_expr_undefined("the inline if-expression on line 53 in 'client.ts.jinja' evaluated to false and no else section was defined.")))
        yield '. */\n  '
        yield str(t_1(environment.getattr(l_1_c, 'arg')))
        yield '?: string;\n'
    l_1_c = missing
    for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        _loop_vars = {}
        pass
        yield '  /** Sent as the `'
        yield str(t_8(context.eval_ctx, t_3(environment.getattr(l_1_h, 'header')), ' * ', '', 1))
        yield '` header'
        yield str((str_join((', else the ', environment.getattr(l_1_h, 'env'), ' environment variable', )) if environment.getattr(l_1_h, 'env') else cond_expr_undefined("the inline if-expression on line 57 in 'client.ts.jinja' evaluated to false and no else section was defined.")))
        yield '. */\n  '
        yield str(t_1(environment.getattr(l_1_h, 'arg')))
        yield '?: string;\n'
    l_1_h = missing
    if (undefined(name='webhooks') if l_0_webhooks is missing else l_0_webhooks):
        pass
        yield '  /** The secret webhook deliveries are signed with ('
        yield str((str_join(('else the ', context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'webhook_secret_env'), ' environment variable', )) if context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'webhook_secret_env') else 'or pass it to `unwrap`'))
        yield '). */\n  webhookSecret?: string;\n'
    yield '}\n\n'
    if (((undefined(name='headers') if l_0_headers is missing else l_0_headers) or (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes)) or context.call((undefined(name='required_credential') if l_0_required_credential is missing else l_0_required_credential), (undefined(name='creds') if l_0_creds is missing else l_0_creds))):
        pass
        yield 'function given(value: string | undefined, env: string | undefined): string | undefined {\n  return value ?? (env ? readEnv(env) : undefined);\n}\n'
    if t_5(context.eval_ctx, t_9(context, (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes), 'kind', 'equalto', 'basic')):
        pass
        yield '\nfunction basic(username: string | undefined, password: string | undefined): Credential | undefined {\n  return username === undefined || password === undefined ? undefined : [username, password];\n}\n'
    yield '\nexport class Client {\n'
    def t_13(fiter):
        for l_1_r in fiter:
            if (t_4(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_13(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(t_7(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield ': '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield ';\n'
    l_1_r = l_1_resource_class = missing
    if (undefined(name='webhooks') if l_0_webhooks is missing else l_0_webhooks):
        pass
        yield '  /** Verify and parse webhook deliveries. */\n  readonly webhooks: Webhooks;\n'
    yield '\n  constructor(options: ClientOptions = {}) {\n'
    l_0_required = context.call((undefined(name='required_credential') if l_0_required_credential is missing else l_0_required_credential), (undefined(name='creds') if l_0_creds is missing else l_0_creds))
    context.vars['required'] = l_0_required
    context.exported_vars.add('required')
    if (undefined(name='required') if l_0_required is missing else l_0_required):
        pass
        yield '    if (given(options.'
        yield str(t_1(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg')))
        yield ', '
        yield str(t_10(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env')))
        yield ') === undefined) {\n      throw new APIError(undefined, undefined, '
        yield str(t_10(str_join(('no API key: pass ', t_1(environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'arg')), ' or set the ', environment.getattr((undefined(name='required') if l_0_required is missing else l_0_required), 'env'), ' environment variable', ))))
        yield ');\n    }\n'
    yield '    const headers: Record<string, string> = {};\n'
    for l_1_h in (undefined(name='headers') if l_0_headers is missing else l_0_headers):
        _loop_vars = {}
        pass
        yield '    const '
        yield str(t_1(environment.getattr(l_1_h, 'arg')))
        yield ' = given(options.'
        yield str(t_1(environment.getattr(l_1_h, 'arg')))
        yield ', '
        yield str((t_10(environment.getattr(l_1_h, 'env')) if environment.getattr(l_1_h, 'env') else 'undefined'))
        yield ');\n    if ('
        yield str(t_1(environment.getattr(l_1_h, 'arg')))
        yield ' !== undefined) headers['
        yield str(t_10(environment.getattr(l_1_h, 'header')))
        yield '] = '
        yield str(t_1(environment.getattr(l_1_h, 'arg')))
        yield ';\n'
    l_1_h = missing
    yield '    const core = new Core({\n      ...options,\n      baseURL: options.baseURL'
    yield str((str_join((' ?? readEnv(', t_10((undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env)), ')', )) if (undefined(name='base_url_env') if l_0_base_url_env is missing else l_0_base_url_env) else cond_expr_undefined("the inline if-expression on line 101 in 'client.ts.jinja' evaluated to false and no else section was defined.")))
    yield ',\n      headers: { ...headers, ...options.headers },\n      defaultBaseURL: BASE_URL,\n      credentials: {\n'
    for l_1_scheme in (undefined(name='schemes') if l_0_schemes is missing else l_0_schemes):
        l_1_mine = missing
        _loop_vars = {}
        pass
        l_1_mine = t_5(context.eval_ctx, t_9(context, (undefined(name='creds') if l_0_creds is missing else l_0_creds), 'scheme', 'equalto', l_1_scheme))
        _loop_vars['mine'] = l_1_mine
        if (environment.getattr(l_1_scheme, 'kind') == 'basic'):
            pass
            yield '        '
            yield str(t_10(environment.getattr(l_1_scheme, 'name')))
            yield ': basic(given(options.'
            yield str(t_1(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg')))
            yield ', '
            yield str((t_10(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')) if environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env') else 'undefined'))
            yield '), given(options.'
            yield str(t_1(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'arg')))
            yield ', '
            yield str((t_10(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'env')) if environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 1), 'env') else 'undefined'))
            yield ')),\n'
        else:
            pass
            yield '        '
            yield str(t_10(environment.getattr(l_1_scheme, 'name')))
            yield ': given(options.'
            yield str(t_1(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'arg')))
            yield ', '
            yield str((t_10(environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env')) if environment.getattr(environment.getitem((undefined(name='mine') if l_1_mine is missing else l_1_mine), 0), 'env') else 'undefined'))
            yield '),\n'
    l_1_scheme = l_1_mine = missing
    yield '      },\n      schemes: SCHEMES,\n      security: SECURITY,\n    });\n'
    def t_14(fiter):
        for l_1_r in fiter:
            if (t_4(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_14(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '    this.'
        yield str(t_7(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield ' = new '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield '(core);\n'
    l_1_r = l_1_resource_class = missing
    if (undefined(name='webhooks') if l_0_webhooks is missing else l_0_webhooks):
        pass
        yield '    this.webhooks = new Webhooks(options.webhookSecret);\n'
    yield '  }\n}\n'

blocks = {}
debug_info = '1=84&2=86&3=89&4=92&5=95&6=98&12=102&13=106&14=108&15=120&16=123&19=128&24=132&25=134&28=137&29=139&30=147&33=153&34=162&35=164&36=168&45=177&46=181&49=191&52=193&53=197&54=202&56=205&57=209&58=213&60=216&61=219&66=222&71=225&79=229&80=238&82=243&88=247&89=250&90=253&91=257&95=260&96=264&97=270&101=278&105=280&106=284&107=286&108=289&110=302&117=310&118=319&120=324'
