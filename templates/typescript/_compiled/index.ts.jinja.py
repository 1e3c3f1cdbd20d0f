# compiled by jinja2 3.1.6 from index.ts.jinja (sha256 284a7b98e58f4f412bfa78f0baa0894eac0e2057b6039d872e8cdbc4890e82f7); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_runtime_exports = resolve('runtime_exports')
    l_0_runtime_types = resolve('runtime_types')
    l_0_layout = resolve('layout')
    l_0_dispatch_unions = resolve('dispatch_unions')
    l_0_main_stream = resolve('main_stream')
    l_0__ = resolve('_')
    l_0_webhooks = l_0_declared = l_0_values = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_5 = environment.filters['upper_snake']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'upper_snake' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_webhooks = (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks') and environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
    context.vars['webhooks'] = l_0_webhooks
    context.exported_vars.add('webhooks')
    l_0_declared = t_2(context.eval_ctx, t_3(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'declarations'), attribute='name'))
    context.vars['declared'] = l_0_declared
    context.exported_vars.add('declared')
    yield "// The runtime's and the client's names, one by one: a declaration of the same name (a schema\n// called `APIError`) stays in `models` instead of making the name ambiguous.\nexport { "
    yield str(t_1(context.eval_ctx, (undefined(name='runtime_exports') if l_0_runtime_exports is missing else l_0_runtime_exports), ', '))
    yield ' } from "./core.js";\nexport type { '
    yield str(t_1(context.eval_ctx, (undefined(name='runtime_types') if l_0_runtime_types is missing else l_0_runtime_types), ', '))
    yield ' } from "./core.js";\nexport { Client, BASE_URL'
    yield str((', serverURL' if (environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers') and environment.getattr(environment.getitem(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'servers'), 0), 'variables')) else cond_expr_undefined("the inline if-expression on line 8 in 'index.ts.jinja' evaluated to false and no else section was defined.")))
    yield ' } from "./client.js";\nexport type { ClientOptions } from "./client.js";\n'
    if t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), 'stream')):
        pass
        yield 'export { Accumulator, accumulate } from "./accumulate.js";\n'
    if (undefined(name='webhooks') if l_0_webhooks is missing else l_0_webhooks):
        pass
        yield 'export { Webhooks, DEFAULT_TOLERANCE } from "./webhooks.js";\nexport type { VerifyOptions } from "./webhooks.js";\n'
    for l_1_module in environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resources'):
        l_1_names = missing
        _loop_vars = {}
        pass
        l_1_names = []
        _loop_vars['names'] = l_1_names
        for l_2_r in environment.getattr(l_1_module, 'resources'):
            _loop_vars = {}
            pass
            def t_6(fiter):
                l_3_methods = resolve('methods')
                for l_3_op in fiter:
                    if (environment.getattr(context.call((undefined(name='methods') if l_3_methods is missing else l_3_methods), l_3_op), 'arguments') and (environment.getitem(environment.getattr((undefined(name='methods') if l_3_methods is missing else l_3_methods), 'params_names'), environment.getattr(l_3_op, 'id')) not in (undefined(name='declared') if l_0_declared is missing else l_0_declared))):
                        yield l_3_op
            for l_3_op in t_6(environment.getattr(l_2_r, 'operations')):
                l_3_methods = resolve('methods')
                l_3__ = l_0__
                _loop_vars = {}
                pass
                l_3__ = context.call(environment.getattr((undefined(name='names') if l_1_names is missing else l_1_names), 'append'), environment.getitem(environment.getattr((undefined(name='methods') if l_3_methods is missing else l_3_methods), 'params_names'), environment.getattr(l_3_op, 'id')), _loop_vars=_loop_vars)
                _loop_vars['_'] = l_3__
            l_3_op = l_3_methods = l_3__ = missing
        l_2_r = missing
        if (undefined(name='names') if l_1_names is missing else l_1_names):
            pass
            yield 'export type { '
            yield str(t_1(context.eval_ctx, (undefined(name='names') if l_1_names is missing else l_1_names), ', '))
            yield ' } from "./'
            yield str((str_join(('resources/', environment.getattr(l_1_module, 'name'), )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else 'resources'))
            yield '.js";\n'
    l_1_module = l_1_names = missing
    l_0_values = []
    context.vars['values'] = l_0_values
    context.exported_vars.add('values')
    for l_1_u in (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions):
        l_1__ = l_0__
        _loop_vars = {}
        pass
        l_1__ = context.call(environment.getattr((undefined(name='values') if l_0_values is missing else l_0_values), 'extend'), [str_join((t_5(environment.getattr(l_1_u, 'name')), '_TYPES', )), str_join(('is', environment.getattr(l_1_u, 'name'), )), str_join(('parse', environment.getattr(l_1_u, 'name'), ))], _loop_vars=_loop_vars)
        _loop_vars['_'] = l_1__
    l_1_u = l_1__ = missing
    if (undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream):
        pass
        l_0__ = context.call(environment.getattr((undefined(name='values') if l_0_values is missing else l_0_values), 'extend'), ['EVENT_TYPES', 'parseEvent', 'isKnownEvent', 'dispatchEvent'])
        context.vars['_'] = l_0__
    if (undefined(name='values') if l_0_values is missing else l_0_values):
        pass
        yield 'export { '
        yield str(t_1(context.eval_ctx, (undefined(name='values') if l_0_values is missing else l_0_values), ', '))
        yield ' } from "./dispatch.js";\n'
    if (undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream):
        pass
        yield 'export type { Event, AnyEvent, EventHandler } from "./dispatch.js";\n'
    yield 'export type * from "./models.js";\nexport type * as models from "./models.js";\n'
    yield from context.blocks['exports'][0](context)

def block_exports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'exports': block_exports}
debug_info = '1=51&2=53&3=56&6=60&7=62&8=64&10=66&13=69&17=72&18=76&19=78&20=95&21=98&24=103&25=106&26=113&27=117&28=120&30=122&35=126'
