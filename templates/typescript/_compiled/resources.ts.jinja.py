# compiled by jinja2 3.1.6 from resources.ts.jinja (sha256 c1dd067cf0a437e04d2d04c005a9fbc0cded968a899f65b660b61db176ca07e3); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_item = resolve('item')
    l_0_layout = resolve('layout')
    l_0_here = l_0_up = l_0_field_doc = l_0_args = l_0_call = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['member']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'member' found.")
    try:
        t_6 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_7 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_9 = environment.filters['ts_prop']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'ts_prop' found.")
    try:
        t_10 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    try:
        t_11 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_12 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_here = ((undefined(name='item') if l_0_item is missing else l_0_item) if t_11((undefined(name='item') if l_0_item is missing else l_0_item)) else environment.getitem(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resources'), 0))
    context.vars['here'] = l_0_here
    context.exported_vars.add('here')
    l_0_up = ('../' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else './')
    context.vars['up'] = l_0_up
    context.exported_vars.add('up')
    yield '/**\n * Client resources'
    yield str((str_join((': `client.', t_1(context.eval_ctx, t_4(context, environment.getattr(environment.getitem(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'), 0), 'path'), 'member'), '.'), '`', )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else cond_expr_undefined("the inline if-expression on line 5 in 'resources.ts.jinja' evaluated to false and no else section was defined.")))
    yield ': one class per resource path, with one method per operation.\n *\n * A method takes its path parameters, then its body when it is not an object of fields, then\n * one `params` object: query, header and cookie parameters and body fields by their wire names.\n */\nimport type * as m from "'
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield 'models.js";\nimport { Core, pathParam, omit } from "'
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield 'core.js";\nimport type { APIPromise, Call, Paging, PagePromise, RequestOptions, Stream, Uploadable } from "'
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield 'core.js";\n'
    for l_1_path in context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'foreign_children'), (undefined(name='here') if l_0_here is missing else l_0_here)):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield 'import { '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), l_1_path, _loop_vars=_loop_vars))
        yield ' } from "./'
        yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), l_1_path, _loop_vars=_loop_vars))
        yield '.js";\n'
    l_1_path = l_1_resource_class = missing
    yield from context.blocks['imports'][0](context)
    yield '\n'
    def macro(l_1_f, l_1_indent):
        t_13 = []
        if l_1_f is missing:
            l_1_f = undefined("parameter 'f' was not provided", name='f')
        if l_1_indent is missing:
            l_1_indent = undefined("parameter 'indent' was not provided", name='indent')
        pass
        if (environment.getattr(l_1_f, 'description') or environment.getattr(l_1_f, 'deprecated')):
            pass
            t_13.extend((
                str((' ' * l_1_indent)),
                '/**\n',
            ))
            if environment.getattr(l_1_f, 'description'):
                pass
                t_13.extend((
                    str(t_2(environment.getattr(l_1_f, 'description'), l_1_indent)),
                    '\n',
                ))
            if environment.getattr(l_1_f, 'deprecated'):
                pass
                t_13.extend((
                    str((' ' * l_1_indent)),
                    ' * @deprecated\n',
                ))
            t_13.extend((
                str((' ' * l_1_indent)),
                ' */\n',
            ))
        return concat(t_13)
    context.exported_vars.add('field_doc')
    context.vars['field_doc'] = l_0_field_doc = Macro(environment, macro, 'field_doc', ('f', 'indent'), False, False, False, context.eval_ctx.autoescape)
    for l_1_r in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'):
        _loop_vars = {}
        pass
        for l_2_op in environment.getattr(l_1_r, 'operations'):
            l_2_methods = resolve('methods')
            l_2_x = missing
            _loop_vars = {}
            pass
            l_2_x = context.call((undefined(name='methods') if l_2_methods is missing else l_2_methods), l_2_op, _loop_vars=_loop_vars)
            _loop_vars['x'] = l_2_x
            if environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'arguments'):
                pass
                yield '\n/** The `params` of `client.'
                yield str(t_1(context.eval_ctx, (t_3(context.eval_ctx, t_4(context, environment.getattr(l_1_r, 'path'), 'member')) + [environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name')]), '.'))
                yield '()`. */\nexport interface '
                yield str(environment.getitem(environment.getattr((undefined(name='methods') if l_2_methods is missing else l_2_methods), 'params_names'), environment.getattr(l_2_op, 'id')))
                yield ' {\n'
                for l_3_f in environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'arguments'):
                    _loop_vars = {}
                    pass
                    yield str(context.call((undefined(name='field_doc') if l_0_field_doc is missing else l_0_field_doc), l_3_f, 2, _loop_vars=_loop_vars))
                    yield '  '
                    yield str(t_9(environment.getattr(l_3_f, 'key')))
                    yield str(('' if environment.getattr(l_3_f, 'required') else '?'))
                    yield ': '
                    yield str(environment.getattr(l_3_f, 'type'))
                    yield ';\n'
                l_3_f = missing
                yield '}\n'
        l_2_op = l_2_methods = l_2_x = missing
    l_1_r = missing
    def macro(l_1_x, l_1_params_type):
        t_14 = []
        l_1_methods = resolve('methods')
        if l_1_x is missing:
            l_1_x = undefined("parameter 'x' was not provided", name='x')
        if l_1_params_type is missing:
            l_1_params_type = ''
        pass
        for (l_2_name, l_2_type) in environment.getattr(l_1_x, 'path_args'):
            _loop_vars = {}
            pass
            t_14.extend((
                str(l_2_name),
                ': ',
                str(l_2_type),
                ', ',
            ))
        l_2_name = l_2_type = missing
        if (environment.getattr(l_1_x, 'body_type') and (environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'required') or environment.getattr(l_1_x, 'params_required'))):
            pass
            t_14.extend((
                'body: ',
                str(environment.getattr(l_1_x, 'body_type')),
                str(('' if environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'required') else ' | undefined')),
                ', ',
            ))
        elif environment.getattr(l_1_x, 'body_type'):
            pass
            t_14.extend((
                'body?: ',
                str(environment.getattr(l_1_x, 'body_type')),
                ', ',
            ))
        if environment.getattr(l_1_x, 'arguments'):
            pass
            t_14.extend((
                'params',
                str((': ' if (environment.getattr(l_1_x, 'params_required') or l_1_params_type) else '?: ')),
                str((l_1_params_type or environment.getitem(environment.getattr((undefined(name='methods') if l_1_methods is missing else l_1_methods), 'params_names'), environment.getattr(environment.getattr(l_1_x, 'op'), 'id')))),
                ', ',
            ))
        t_14.append(
            'options?: RequestOptions',
        )
        return concat(t_14)
    context.exported_vars.add('args')
    context.vars['args'] = l_0_args = Macro(environment, macro, 'args', ('x', 'params_type'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_x):
        t_15 = []
        l_1_ts_path = resolve('ts_path')
        l_1_default_security = resolve('default_security')
        l_1_security_ts = resolve('security_ts')
        l_1_p = l_1_styled = l_1_others = l_1_fallback = missing
        if l_1_x is missing:
            l_1_x = undefined("parameter 'x' was not provided", name='x')
        pass
        l_1_p = ('params' if environment.getattr(l_1_x, 'params_required') else 'params?')
        t_15.extend((
            '    const call: Call = {\n      method: ',
            str(t_10(environment.getattr(environment.getattr(l_1_x, 'op'), 'method'))),
            ',\n      path: ',
            str(context.call((undefined(name='ts_path') if l_1_ts_path is missing else l_1_ts_path), l_1_x)),
            ',\n',
        ))
        for l_2_where in ['query', 'headers', 'cookies']:
            l_2_found = missing
            _loop_vars = {}
            pass
            l_2_found = context.call(environment.getattr(l_1_x, 'by_where'), (l_2_where if (l_2_where == 'query') else l_2_where[:-1]), _loop_vars=_loop_vars)
            _loop_vars['found'] = l_2_found
            if (undefined(name='found') if l_2_found is missing else l_2_found):
                pass
                t_15.extend((
                    '      ',
                    str(l_2_where),
                    ': {\n',
                ))
                for l_3_f in (undefined(name='found') if l_2_found is missing else l_2_found):
                    l_3_ts_get = resolve('ts_get')
                    _loop_vars = {}
                    pass
                    t_15.extend((
                        '        ',
                        str(t_9(environment.getattr(l_3_f, 'wire'))),
                        ': ',
                        str((environment.getattr(l_3_f, 'constant') if (not t_12(environment.getattr(l_3_f, 'constant'))) else context.call((undefined(name='ts_get') if l_3_ts_get is missing else l_3_ts_get), (undefined(name='p') if l_1_p is missing else l_1_p), environment.getattr(l_3_f, 'key'), _loop_vars=_loop_vars))),
                        ',\n',
                    ))
                l_3_f = l_3_ts_get = missing
                t_15.append(
                    '      },\n',
                )
        l_2_where = l_2_found = missing
        l_1_styled = t_3(context.eval_ctx, t_8(context, context.call(environment.getattr(l_1_x, 'by_where'), 'query'), 'style'))
        if (undefined(name='styled') if l_1_styled is missing else l_1_styled):
            pass
            t_15.append(
                '      styles: { ',
            )
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext((undefined(name='styled') if l_1_styled is missing else l_1_styled), undefined):
                _loop_vars = {}
                pass
                t_15.extend((
                    str(t_9(environment.getattr(l_2_f, 'wire'))),
                    ': [',
                    str(t_10(environment.getitem(environment.getattr(l_2_f, 'style'), 0))),
                    ', ',
                    str(('true' if environment.getitem(environment.getattr(l_2_f, 'style'), 1) else 'false')),
                    ']',
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 67 in 'resources.ts.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_f = missing
            t_15.append(
                ' },\n',
            )
        l_1_others = t_3(context.eval_ctx, t_8(context, t_6(context, environment.getattr(l_1_x, 'fields'), 'where', 'equalto', 'body'), 'constant', 'none'))
        l_1_fallback = (' ?? {}' if (environment.getattr(environment.getattr(l_1_x, 'op'), 'body') and environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'required')) else '')
        if environment.getattr(l_1_x, 'body_type'):
            pass
            t_15.append(
                '      body,\n',
            )
        elif (environment.getattr(environment.getattr(l_1_x, 'op'), 'body') and (not environment.getattr(l_1_x, 'arguments'))):
            pass
            t_15.append(
                '      body: {},\n',
            )
        elif (environment.getattr(environment.getattr(l_1_x, 'op'), 'body') and (not (undefined(name='others') if l_1_others is missing else l_1_others))):
            pass
            t_15.extend((
                '      body: params',
                str((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback)),
                ',\n',
            ))
        elif environment.getattr(environment.getattr(l_1_x, 'op'), 'body'):
            pass
            t_15.append(
                '      body: omit(params, [',
            )
            l_2_loop = missing
            for l_2_f, l_2_loop in LoopContext((undefined(name='others') if l_1_others is missing else l_1_others), undefined):
                _loop_vars = {}
                pass
                t_15.extend((
                    str(t_10(environment.getattr(l_2_f, 'key'))),
                    str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 78 in 'resources.ts.jinja' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_f = missing
            t_15.extend((
                '])',
                str((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback)),
                ',\n',
            ))
        if (environment.getattr(environment.getattr(l_1_x, 'op'), 'body') and (not environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'is_json'))):
            pass
            t_15.extend((
                '      contentType: ',
                str(t_10(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'content_type'))),
                ',\n',
            ))
            if environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'encoding'):
                pass
                t_15.append(
                    '      encoding: { ',
                )
                l_2_loop = missing
                for (l_2_name, l_2_media), l_2_loop in LoopContext(environment.getattr(environment.getattr(environment.getattr(l_1_x, 'op'), 'body'), 'encoding'), undefined):
                    _loop_vars = {}
                    pass
                    t_15.extend((
                        str(t_9(l_2_name)),
                        ': ',
                        str(t_10(l_2_media)),
                        str((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 83 in 'resources.ts.jinja' evaluated to false and no else section was defined."))),
                    ))
                l_2_loop = l_2_name = l_2_media = missing
                t_15.append(
                    ' },\n',
                )
        if ((not t_12(environment.getattr(environment.getattr(l_1_x, 'op'), 'security'))) and (environment.getattr(environment.getattr(l_1_x, 'op'), 'security') != (undefined(name='default_security') if l_1_default_security is missing else l_1_default_security))):
            pass
            t_15.extend((
                '      security: ',
                str(context.call((undefined(name='security_ts') if l_1_security_ts is missing else l_1_security_ts), environment.getattr(environment.getattr(l_1_x, 'op'), 'security'))),
                ',\n',
            ))
        if (environment.getattr(environment.getattr(l_1_x, 'op'), 'servers') and ('://' in environment.getattr(environment.getitem(environment.getattr(environment.getattr(l_1_x, 'op'), 'servers'), 0), 'default_url'))):
            pass
            t_15.extend((
                '      server: ',
                str(t_10(environment.getattr(environment.getitem(environment.getattr(environment.getattr(l_1_x, 'op'), 'servers'), 0), 'default_url'))),
                ',\n',
            ))
        if environment.getattr(environment.getattr(l_1_x, 'op'), 'binary'):
            pass
            t_15.extend((
                '      accept: ',
                str(t_10(t_1(context.eval_ctx, (t_3(context.eval_ctx, environment.getattr(environment.getattr(l_1_x, 'op'), 'binary')) + ([environment.getattr(environment.getattr(l_1_x, 'op'), 'stream_media_type')] if environment.getattr(environment.getattr(l_1_x, 'op'), 'stream') else [])), ', '))),
                ',\n',
            ))
        elif ((environment.getattr(environment.getattr(l_1_x, 'op'), 'stream') and (not environment.getattr(l_1_x, 'stream_switch'))) and (not t_12(environment.getattr(environment.getattr(l_1_x, 'op'), 'result')))):
            pass
            t_15.extend((
                '      accept: ',
                str(t_10(str_join(('application/json, ', environment.getattr(environment.getattr(l_1_x, 'op'), 'stream_media_type'), )))),
                ',\n',
            ))
        t_15.append(
            '    };',
        )
        return concat(t_15)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('x',), False, False, False, context.eval_ctx.autoescape)
    l_1_loop = missing
    for l_1_r, l_1_loop in LoopContext(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'), undefined):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '\n/** `client.'
        yield str(t_1(context.eval_ctx, t_4(context, environment.getattr(l_1_r, 'path'), 'member'), '.'))
        yield '` */\nexport class '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars))
        yield ' {\n'
        for l_2_child in environment.getattr(l_1_r, 'children'):
            _loop_vars = {}
            pass
            yield '  readonly '
            yield str(t_5(l_2_child))
            yield ': '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), (environment.getattr(l_1_r, 'path') + (l_2_child,)), _loop_vars=_loop_vars))
            yield ';\n'
        l_2_child = missing
        yield '\n  constructor('
        yield str(('private readonly ' if environment.getattr(l_1_r, 'operations') else cond_expr_undefined("the inline if-expression on line 107 in 'resources.ts.jinja' evaluated to false and no else section was defined.")))
        yield 'core: Core) {\n'
        for l_2_child in environment.getattr(l_1_r, 'children'):
            _loop_vars = {}
            pass
            yield '    this.'
            yield str(t_5(l_2_child))
            yield ' = new '
            yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), (environment.getattr(l_1_r, 'path') + (l_2_child,)), _loop_vars=_loop_vars))
            yield '(core);\n'
        l_2_child = missing
        yield '  }\n'
        l_2_loop = missing
        for l_2_op, l_2_loop in LoopContext(environment.getattr(l_1_r, 'operations'), undefined):
            l_2_methods = resolve('methods')
            l_2_deprecation = resolve('deprecation')
            l_2_paging_ts = resolve('paging_ts')
            l_2_key = resolve('key')
            l_2_S = resolve('S')
            l_2_ts_get = resolve('ts_get')
            l_2_value = resolve('value')
            l_2_x = l_2_P = missing
            _loop_vars = {}
            pass
            l_2_x = context.call((undefined(name='methods') if l_2_methods is missing else l_2_methods), l_2_op, _loop_vars=_loop_vars)
            _loop_vars['x'] = l_2_x
            l_2_P = environment.getitem(environment.getattr((undefined(name='methods') if l_2_methods is missing else l_2_methods), 'params_names'), environment.getattr(l_2_op, 'id'))
            _loop_vars['P'] = l_2_P
            yield '\n  /**\n'
            yield str(t_2(((environment.getattr(l_2_op, 'summary') or environment.getattr(l_2_op, 'description')) or environment.getattr(l_2_op, 'id')), 2))
            yield '\n   *\n   * `'
            yield str(environment.getattr(l_2_op, 'method'))
            yield ' '
            yield str(t_7(context.eval_ctx, t_2(environment.getattr(l_2_op, 'path')), ' * ', '', 1))
            yield '`\n'
            if environment.getattr(l_2_op, 'deprecated'):
                pass
                yield '   * @deprecated '
                yield str(t_7(context.eval_ctx, t_2(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_op, environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'), _loop_vars=_loop_vars)), ' * ', '', 1))
                yield '\n'
            yield '   */\n'
            if environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'page_item'):
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): PagePromise<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'page_item'))
                yield '> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.page<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'page_item'))
                yield '>(call, '
                yield str(context.call((undefined(name='paging_ts') if l_2_paging_ts is missing else l_2_paging_ts), environment.getattr(l_2_op, 'pagination'), _loop_vars=_loop_vars))
                yield ', options);\n  }\n'
            elif environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_switch'):
                pass
                l_2_key = t_9(environment.getattr(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_switch'), 'key'))
                _loop_vars['key'] = l_2_key
                l_2_S = str_join(('Stream<', environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'), '>', ))
                _loop_vars['S'] = l_2_S
                if environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'streams_by_default'):
                    pass
                    yield '  '
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                    yield '('
                    yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), str_join(((undefined(name='P') if l_2_P is missing else l_2_P), ' & { ', (undefined(name='key') if l_2_key is missing else l_2_key), '?: true }', )), _loop_vars=_loop_vars))
                    yield '): Promise<'
                    yield str((undefined(name='S') if l_2_S is missing else l_2_S))
                    yield '>;\n  '
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                    yield '('
                    yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), str_join(((undefined(name='P') if l_2_P is missing else l_2_P), ' & { ', (undefined(name='key') if l_2_key is missing else l_2_key), ': false }', )), _loop_vars=_loop_vars))
                    yield '): Promise<'
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                    yield '>;\n'
                else:
                    pass
                    yield '  '
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                    yield '('
                    yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), str_join(((undefined(name='P') if l_2_P is missing else l_2_P), ' & { ', (undefined(name='key') if l_2_key is missing else l_2_key), ': true }', )), _loop_vars=_loop_vars))
                    yield '): Promise<'
                    yield str((undefined(name='S') if l_2_S is missing else l_2_S))
                    yield '>;\n  '
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                    yield '('
                    yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), str_join(((undefined(name='P') if l_2_P is missing else l_2_P), ' & { ', (undefined(name='key') if l_2_key is missing else l_2_key), '?: false | null }', )), _loop_vars=_loop_vars))
                    yield '): Promise<'
                    yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                    yield '>;\n'
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): Promise<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield ' | '
                yield str((undefined(name='S') if l_2_S is missing else l_2_S))
                yield '>;\n  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): Promise<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield ' | '
                yield str((undefined(name='S') if l_2_S is missing else l_2_S))
                yield '> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n'
                l_2_value = context.call((undefined(name='ts_get') if l_2_ts_get is missing else l_2_ts_get), ('params' if environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'params_required') else 'params?'), environment.getattr(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_switch'), 'key'), _loop_vars=_loop_vars)
                _loop_vars['value'] = l_2_value
                yield '    if ('
                yield str((undefined(name='value') if l_2_value is missing else l_2_value))
                yield ' '
                yield str(('!== false' if environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'streams_by_default') else '=== true'))
                yield ') return this.core.stream<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'))
                yield '>(call, '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'framing'))
                yield ', options);\n    return this.core.'
                yield str(('download' if environment.getattr(l_2_op, 'binary') else str_join(('json<', environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'), '>', ))))
                yield '(call, options)'
                yield from context.blocks['switch_result'][0](context.derived({'P': l_2_P, 'S': l_2_S, 'key': l_2_key, 'loop': l_2_loop, 'op': l_2_op, 'value': l_2_value, 'x': l_2_x, 'r': l_1_r, 'args': l_0_args, 'call': l_0_call, 'field_doc': l_0_field_doc, 'here': l_0_here, 'up': l_0_up}))
                yield ';\n  }\n'
            elif (environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item') and (environment.getattr(l_2_op, 'binary') or (not t_12(environment.getattr(l_2_op, 'result'))))):
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): Promise<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield ' | Stream<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'))
                yield '>> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.either<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield ', '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'))
                yield '>(call, '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'framing'))
                yield ', options);\n  }\n'
            elif environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'):
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): Promise<Stream<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'))
                yield '>> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.stream<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'stream_item'))
                yield '>(call, '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'framing'))
                yield ', options);\n  }\n'
            elif environment.getattr(l_2_op, 'binary'):
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): Promise<Response> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.download(call, options);\n  }\n'
            elif t_12(environment.getattr(l_2_op, 'result')):
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): APIPromise<void> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.empty(call, options);\n  }\n'
            else:
                pass
                yield '  '
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'name'))
                yield '('
                yield str(context.call((undefined(name='args') if l_0_args is missing else l_0_args), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '): APIPromise<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield '> {\n'
                yield str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='x') if l_2_x is missing else l_2_x), _loop_vars=_loop_vars))
                yield '\n    return this.core.json<'
                yield str(environment.getattr((undefined(name='x') if l_2_x is missing else l_2_x), 'result'))
                yield '>(call, options)'
                yield from context.blocks['json_result'][0](context.derived({'P': l_2_P, 'S': l_2_S, 'key': l_2_key, 'loop': l_2_loop, 'op': l_2_op, 'value': l_2_value, 'x': l_2_x, 'r': l_1_r, 'args': l_0_args, 'call': l_0_call, 'field_doc': l_0_field_doc, 'here': l_0_here, 'up': l_0_up}))
                yield ';\n  }\n'
        l_2_loop = l_2_op = l_2_methods = l_2_x = l_2_P = l_2_deprecation = l_2_paging_ts = l_2_key = l_2_S = l_2_ts_get = l_2_value = missing
        yield from context.blocks['resource_members'][0](context.derived({'loop': l_1_loop, 'r': l_1_r, 'args': l_0_args, 'call': l_0_call, 'field_doc': l_0_field_doc, 'here': l_0_here, 'up': l_0_up}))
        yield '}\n'
    l_1_loop = l_1_r = l_1_resource_class = missing

def block_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_switch_result(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_json_result(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_resource_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'imports': block_imports, 'switch_result': block_switch_result, 'json_result': block_json_result, 'resource_members': block_resource_members}
debug_info = '1=88&2=90&3=93&5=97&10=99&11=101&12=103&13=105&14=110&16=115&18=117&19=124&20=127&21=130&22=133&24=136&25=139&27=143&30=149&31=152&32=157&33=159&35=162&36=164&37=166&38=169&44=180&45=188&46=198&47=213&50=227&51=236&53=239&54=241&55=244&56=248&57=250&58=254&59=257&60=263&65=273&66=274&67=280&69=296&70=297&71=298&73=303&75=308&76=312&77=315&78=321&80=334&81=338&82=341&83=347&86=360&87=364&89=367&90=371&92=374&93=378&94=381&95=385&99=395&101=400&102=402&103=404&104=408&107=414&108=416&109=420&112=427&113=438&114=440&117=443&119=445&120=449&121=452&124=455&125=458&126=464&127=466&129=470&130=472&131=474&132=476&133=479&134=485&136=494&137=500&139=507&140=515&141=523&142=525&143=528&144=536&146=540&147=543&148=551&149=553&151=559&152=562&153=568&154=570&156=574&157=577&158=581&161=583&162=586&163=590&167=595&168=601&169=603&173=608&16=612&144=621&169=630&173=639'
