# compiled by jinja2 3.1.6 from dispatch.ts.jinja (sha256 9b87e4000877c8c239e73a8b47f92e3efac9bb2fec048936c3fd63ce53311801); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'dispatch.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_dispatch_unions = resolve('dispatch_unions')
    l_0_main_stream = resolve('main_stream')
    l_0_u = resolve('u')
    l_0_handler_methods = resolve('handler_methods')
    try:
        t_1 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    try:
        t_2 = environment.filters['upper_snake']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'upper_snake' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n/**\n * Tag tables and parse functions for the discriminated unions; for the stream\n * event union, `EVENT_TYPES`, `parseEvent`, the `EventHandler` interface and\n * `dispatchEvent`, which is one table look-up per event.\n */\nimport type * as m from "./models.js";\n'
    for l_1_u in (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions):
        _loop_vars = {}
        pass
        yield '\n/** Known tags of `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '` and the variants they select. */\nexport const '
        yield str(t_2(environment.getattr(l_1_u, 'name')))
        yield '_TYPES: Readonly<Record<string, string>> = {\n'
        for l_2_g in environment.getattr(l_1_u, 'tags'):
            _loop_vars = {}
            pass
            yield '  '
            yield str(t_1(environment.getattr(l_2_g, 'tag')))
            yield ': '
            yield str(t_1(environment.getitem(environment.getattr(l_2_g, 'variants'), 0)))
            yield ',\n'
        l_2_g = missing
        yield '};\n\n/** Whether a value is a `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '` this package knows (by its `'
        yield str(environment.getattr(l_1_u, 'discriminator'))
        yield '`). */\nexport function is'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '(value: m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ' | m.Unknown'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '): value is m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ' {\n  const tag: unknown = (value as Record<string, unknown>)['
        yield str(t_1(environment.getattr(l_1_u, 'discriminator')))
        yield '];\n'
        if environment.getattr(l_1_u, 'default_tag'):
            pass
            yield '  if (tag === undefined) return true;\n'
        yield '  return typeof tag === "string" && Object.prototype.hasOwnProperty.call('
        yield str(t_2(environment.getattr(l_1_u, 'name')))
        yield '_TYPES, tag);\n}\n\n/** Parse JSON text (or take a parsed object) as a `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '`, known or not. */\nexport function parse'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '(data: string | object): m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ' | m.Unknown'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ' {\n  return (typeof data === "string" ? JSON.parse(data) : data) as m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ' | m.Unknown'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ';\n}\n'
    l_1_u = missing
    if (undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream):
        pass
        l_0_u = (undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream)
        context.vars['u'] = l_0_u
        context.exported_vars.add('u')
        yield '\nexport type Event = m.'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield ';\nexport type AnyEvent = m.'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield ' | m.Unknown'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield ';\nexport const EVENT_TYPES = '
        yield str(t_2(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name')))
        yield '_TYPES;\nexport const parseEvent = parse'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield ';\nexport const isKnownEvent = is'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield ';\n\n/** Implement the methods for the events you care about; the rest are ignored. */\nexport interface EventHandler {\n'
        for (l_1_method, l_1_variant) in context.call((undefined(name='handler_methods') if l_0_handler_methods is missing else l_0_handler_methods), (undefined(name='u') if l_0_u is missing else l_0_u)):
            _loop_vars = {}
            pass
            yield '  '
            yield str(l_1_method)
            yield '?(event: m.'
            yield str(l_1_variant)
            yield '): void;\n'
        l_1_method = l_1_variant = missing
        yield '  on_unknown?(event: m.Unknown'
        yield str(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'name'))
        yield '): void;\n}\n\nconst EVENT_METHODS: Readonly<Record<string, keyof EventHandler>> = {\n'
        for (l_1_method, l_1_variant) in context.call((undefined(name='handler_methods') if l_0_handler_methods is missing else l_0_handler_methods), (undefined(name='u') if l_0_u is missing else l_0_u)):
            _loop_vars = {}
            pass
            def t_3(fiter):
                for l_2_v in fiter:
                    if (environment.getattr(l_2_v, 'name') == l_1_variant):
                        yield l_2_v
            for l_2_v in t_3(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'variants')):
                _loop_vars = {}
                pass
                for l_3_tag in environment.getattr(l_2_v, 'tags'):
                    _loop_vars = {}
                    pass
                    yield '  '
                    yield str(t_1(l_3_tag))
                    yield ': '
                    yield str(t_1(l_1_method))
                    yield ',\n'
                l_3_tag = missing
            l_2_v = missing
        l_1_method = l_1_variant = missing
        yield "};\n\n/** Call the handler's method for the event's type (`on_unknown` for a type this package does not know). */\nexport function dispatchEvent(handler: EventHandler, event: AnyEvent): void {\n  const tag: unknown = (event as Record<string, unknown>)["
        yield str(t_1(environment.getattr((undefined(name='u') if l_0_u is missing else l_0_u), 'discriminator')))
        yield '];\n  const method = typeof tag === "string" && Object.prototype.hasOwnProperty.call(EVENT_METHODS, tag) ? EVENT_METHODS[tag] : "on_unknown";\n  const fn = handler[method] as ((event: AnyEvent) => void) | undefined;\n  fn?.call(handler, event);\n}\n'

blocks = {}
debug_info = '1=29&8=31&10=35&11=37&12=39&13=43&17=49&18=53&19=61&20=63&23=67&26=69&27=71&28=77&31=82&32=84&34=88&35=90&36=94&37=96&38=98&42=100&43=104&45=110&49=112&50=115&51=122&52=126&60=134'
