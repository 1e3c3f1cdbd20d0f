# compiled by jinja2 3.1.6 from resources.py.jinja (sha256 7d4f2919a9ff3b8f7babf003f49b6c0361b6846269df078e45ba1de631a28dca); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_item = resolve('item')
    l_0_layout = resolve('layout')
    l_0_methods = resolve('methods')
    l_0_client_exports = resolve('client_exports')
    l_0_dispatch_unions = resolve('dispatch_unions')
    l_0_here = l_0_up = l_0_method_name = l_0_signature = l_0_call = l_0_method = missing
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
        t_3 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_4 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_5 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_7 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_8 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_9 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_10 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_11 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_12 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_13 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    try:
        t_14 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_15 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false, reportDeprecated=false\n'
    l_0_here = ((undefined(name='item') if l_0_item is missing else l_0_item) if t_14((undefined(name='item') if l_0_item is missing else l_0_item)) else environment.getitem(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resources'), 0))
    context.vars['here'] = l_0_here
    context.exported_vars.add('here')
    l_0_up = ('..' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else '.')
    context.vars['up'] = l_0_up
    context.exported_vars.add('up')
    yield '"""Client resources'
    yield str((str_join((': `client.', t_5(context.eval_ctx, environment.getattr(environment.getitem(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'), 0), 'path'), '.'), '`', )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else cond_expr_undefined("the inline if-expression on line 5 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
    yield ': one class per resource path, with one method per operation.\n\nArguments are keyword-only except path parameters. An argument left out is\nnot sent (`OMIT`); `None` is sent as null where the spec allows it.\n"""\n\nfrom __future__ import annotations\n\n'
    if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'warns'), environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations')):
        pass
        yield 'import warnings\n'
    yield 'from functools import cached_property\nfrom typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping, Optional, Union, overload\n'
    yield from context.blocks['imports'][0](context)
    if t_7(context.eval_ctx, t_12(context, environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'), 'deprecated')):
        pass
        yield '\nfrom typing_extensions import deprecated\n'
    yield '\nfrom '
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield '_http import (\n'
    for l_1_name in ['OMIT', 'LazyModule', 'parser', 'AsyncHTTP', 'CallOptions', 'Headers', 'Omit', 'Query', 'SyncHTTP', 'Timeout', 'async_raw_response_wrapper', 'path_param', 'raw_response_wrapper']:
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\n'
    if ('_pages' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield 'from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_pages import AsyncPage, SyncPage\n'
    if ('_sse' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield 'from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_sse import AsyncStream, Stream, opener\n'
    if ('_content' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield 'from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_content import AsyncBinaryResponse, BinaryResponse\n'
    yield '\nif TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n\n    from '
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield ' import '
    yield str(('dispatch as _d, ' if (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions) else cond_expr_undefined("the inline if-expression on line 42 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
    yield 'models as _m, params as _p\n'
    if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'uses_files')):
        pass
        yield '    from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_content import FileTypes\n'
    for l_1_path in context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'foreign_children'), (undefined(name='here') if l_0_here is missing else l_0_here)):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), l_1_path, _loop_vars=_loop_vars))
        yield ' import (\n        '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), l_1_path, _loop_vars=_loop_vars))
        yield ',\n        '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), l_1_path, is_async=True, _loop_vars=_loop_vars))
        yield ',\n        '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), l_1_path, raw=True, _loop_vars=_loop_vars))
        yield ',\n        '
        yield str(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), l_1_path, is_async=True, raw=True, _loop_vars=_loop_vars))
        yield ',\n    )\n'
    l_1_path = l_1_resource_class = missing
    yield from context.blocks['type_checking_imports'][0](context)
    for (l_1_name, l_1_text) in context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'aliases'), environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations')):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_name)
        yield ': TypeAlias = '
        yield str(l_1_text)
        yield '\n'
    l_1_name = l_1_text = missing
    yield 'else:\n    # Models load on the first call, not when the client is imported.\n    _m = LazyModule(__name__.rsplit(".", '
    yield str((2 if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else 1))
    yield ')[0] + ".models")\n'
    if (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions):
        pass
        yield '    _d = LazyModule(__name__.rsplit(".", '
        yield str((2 if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else 1))
        yield ')[0] + ".dispatch")\n'
    yield '\n__all__ = [\n'
    for l_1_r in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_8(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars)))
        yield ',\n    '
        yield str(t_8(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars)))
        yield ',\n'
    l_1_r = l_1_resource_class = missing
    yield ']\n'
    yield from context.blocks['module_code'][0](context)
    yield '\n'
    for l_1_op in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'):
        l_1_types = resolve('types')
        _loop_vars = {}
        pass
        yield '_parse_'
        yield str(t_13(environment.getattr(l_1_op, 'id')))
        yield ' = parser('
        yield str(('None' if t_15(environment.getattr(l_1_op, 'result')) else str_join(('lambda: ', context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_op, 'result'), 'response', prefix='_m.', _loop_vars=_loop_vars), ))))
        yield ')\n'
    l_1_op = l_1_types = missing
    def t_16(fiter):
        for l_1_op in fiter:
            if environment.getattr(l_1_op, 'stream'):
                yield l_1_op
    for l_1_op in t_16(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations')):
        l_1_error = missing
        _loop_vars = {}
        pass
        l_1_error = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'error_event'), l_1_op, _loop_vars=_loop_vars)
        _loop_vars['error'] = l_1_error
        for (l_2_prefix, l_2_kind) in [('_stream_', 'Stream'), ('_astream_', 'AsyncStream')]:
            _loop_vars = {}
            pass
            yield str(l_2_prefix)
            yield str(t_13(environment.getattr(l_1_op, 'id')))
            yield ' = opener(\n    '
            yield str(l_2_kind)
            yield ',\n    lambda: '
            yield str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_parser'), l_1_op, _loop_vars=_loop_vars))
            yield ',\n'
            if (undefined(name='error') if l_1_error is missing else l_1_error):
                pass
                yield '    lambda: _m.'
                yield str((undefined(name='error') if l_1_error is missing else l_1_error))
                yield ',\n'
            yield ')\n'
        l_2_prefix = l_2_kind = missing
    l_1_op = l_1_error = missing
    yield '\n'
    def macro(l_1_op):
        t_17 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_17.extend((
            '`client.',
            str(t_5(context.eval_ctx, (t_7(context.eval_ctx, t_9(context, environment.getattr(l_1_op, 'resource'), 'accessor')) + [environment.getattr(l_1_op, 'name')]), '.')),
            '()`',
        ))
        return concat(t_17)
    context.exported_vars.add('method_name')
    context.vars['method_name'] = l_0_method_name = Macro(environment, macro, 'method_name', ('op',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_stream_mode):
        t_18 = []
        l_1_deprecation = resolve('deprecation')
        l_1_ps = l_1_sp = l_1_result = l_1_stream_type = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_stream_mode is missing:
            l_1_stream_mode = undefined("parameter 'stream_mode' was not provided", name='stream_mode')
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        if l_1_stream_mode:
            pass
            t_18.append(
                '    @overload\n',
            )
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            t_18.extend((
                '    @deprecated(',
                str(t_8(context.call((undefined(name='deprecation') if l_1_deprecation is missing else l_1_deprecation), l_1_op, context.call((undefined(name='method_name') if l_0_method_name is missing else l_0_method_name), l_1_op)))),
                ')\n',
            ))
        t_18.extend((
            '    ',
            str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 101 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_op, 'name')),
            '(\n        self,\n',
        ))
        def t_19(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') == 'path'):
                    yield l_2_p
        for l_2_p in t_19((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            t_18.extend((
                '        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(l_2_p, 'annotation')),
                ',\n',
            ))
        l_2_p = missing
        t_18.append(
            '        *,\n',
        )
        def t_20(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') != 'path'):
                    yield l_2_p
        for l_2_p in t_20((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            if (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'true')):
                pass
                t_18.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Literal[True],\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'false')):
                pass
                t_18.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[Literal[False], ',
                    str(('None, ' if environment.getattr(l_2_p, 'nullable') else cond_expr_undefined("the inline if-expression on line 111 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                    'Omit] = OMIT,\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'bool')):
                pass
                t_18.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': bool,\n',
                ))
            elif environment.getattr(l_2_p, 'required'):
                pass
                t_18.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ',\n',
                ))
            else:
                pass
                t_18.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ', Omit] = OMIT,\n',
                ))
        l_2_p = missing
        t_18.append(
            '        extra_headers: Optional[Headers] = None,\n        extra_query: Optional[Query] = None,\n        extra_body: Optional[Mapping[str, object]] = None,\n        timeout: Union[Timeout, Omit] = OMIT,\n        max_retries: Union[int, Omit] = OMIT,\n',
        )
        l_1_result = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'result'), l_1_op, l_1_is_async)
        l_1_stream_type = (str_join((('AsyncStream' if l_1_is_async else 'Stream'), '[_m.', environment.getattr(l_1_op, 'stream'), ']', )) if environment.getattr(l_1_op, 'stream') else '')
        if environment.getattr(l_1_op, 'pagination'):
            pass
            t_18.extend((
                '    ) -> ',
                str(('AsyncPage' if l_1_is_async else 'SyncPage')),
                '[',
                str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                ']:',
            ))
        elif (l_1_stream_mode == 'true'):
            pass
            t_18.extend((
                '    ) -> ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ': ...',
            ))
        elif (l_1_stream_mode == 'false'):
            pass
            t_18.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ': ...',
            ))
        elif ((l_1_stream_mode == 'bool') or (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp))):
            pass
            t_18.extend((
                '    ) -> Union[',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ', ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ']',
                str((': ...' if l_1_stream_mode else cond_expr_undefined("the inline if-expression on line 134 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                str((':' if (not l_1_stream_mode) else cond_expr_undefined("the inline if-expression on line 134 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            ))
        elif environment.getattr(l_1_op, 'stream'):
            pass
            t_18.extend((
                '    ) -> ',
                str((str_join(('Union[', (undefined(name='result') if l_1_result is missing else l_1_result), ', ', (undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type), ']', )) if (environment.getattr(l_1_op, 'binary') or (not t_15(environment.getattr(l_1_op, 'result')))) else (undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type))),
                ':',
            ))
        else:
            pass
            t_18.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ':',
            ))
        return concat(t_18)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('op', 'is_async', 'stream_mode'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_cursor):
        t_21 = []
        l_1_styled = resolve('styled')
        l_1_default_security = resolve('default_security')
        l_1_security_literal = resolve('security_literal')
        l_1_ps = l_1_sp = l_1_path = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_cursor is missing:
            l_1_cursor = False
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        t_21.extend((
            str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 145 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'self._client.request(\n            ',
            str(t_8(environment.getattr(l_1_op, 'method'))),
            ',\n',
        ))
        l_1_path = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'path_expr'), l_1_op)
        if ((t_6((undefined(name='path') if l_1_path is missing else l_1_path)) + (17 if l_1_cursor else 13)) <= 100):
            pass
            t_21.extend((
                '            ',
                str((undefined(name='path') if l_1_path is missing else l_1_path)),
                ',\n',
            ))
        else:
            pass
            t_21.extend((
                '            ',
                str(t_5(context.eval_ctx, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'path_pieces'), l_1_op), '\n            + ')),
                ',\n',
            ))
        if t_7(context.eval_ctx, t_12(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'query')):
            pass
            t_21.append(
                '            query={\n',
            )
            def t_22(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'query'):
                        yield l_2_p
            for l_2_p in t_22((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                if (l_1_cursor and (environment.getattr(l_2_p, 'wire_name') == environment.getattr(environment.getattr(l_1_op, 'pagination'), 'cursor_param'))):
                    pass
                    t_21.extend((
                        '                ',
                        str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'value')),
                        ' if cursor is None else cursor,\n',
                    ))
                else:
                    pass
                    t_21.extend((
                        '                ',
                        str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'value')),
                        ',\n',
                    ))
            l_2_p = missing
            t_21.append(
                '            },\n',
            )
            l_1_styled = t_7(context.eval_ctx, t_12(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'style'))
            if (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                pass
                t_21.append(
                    '            query_styles={\n',
                )
                for l_2_p in (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                    _loop_vars = {}
                    pass
                    t_21.extend((
                        '                ',
                        str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(t_10(context.eval_ctx, t_10(context.eval_ctx, t_8(t_7(context.eval_ctx, environment.getattr(l_2_p, 'style'))), '[', '('), ']', ')')),
                        ',\n',
                    ))
                l_2_p = missing
                t_21.append(
                    '            },\n',
                )
        if t_7(context.eval_ctx, t_12(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'header')):
            pass
            t_21.append(
                '            headers={\n',
            )
            def t_23(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'header'):
                        yield l_2_p
            for l_2_p in t_23((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_21.extend((
                    '                ',
                    str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_21.append(
                '            },\n',
            )
        if t_7(context.eval_ctx, t_12(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'cookie')):
            pass
            t_21.append(
                '            cookies={\n',
            )
            def t_24(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'cookie'):
                        yield l_2_p
            for l_2_p in t_24((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_21.extend((
                    '                ',
                    str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_21.append(
                '            },\n',
            )
        if environment.getattr(l_1_op, 'body'):
            pass
            if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'body_is_model'), l_1_op):
                pass
                t_21.append(
                    '            body={\n',
                )
                def t_25(fiter):
                    for l_2_p in fiter:
                        if (environment.getattr(l_2_p, 'where') == 'body'):
                            yield l_2_p
                for l_2_p in t_25((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                    _loop_vars = {}
                    pass
                    t_21.extend((
                        '                ',
                        str(t_8(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',\n',
                    ))
                l_2_p = missing
                t_21.append(
                    '            },\n',
                )
            else:
                pass
                t_21.append(
                    '            body=body,\n',
                )
        t_21.extend((
            '            parse=_parse_',
            str(t_13(environment.getattr(l_1_op, 'id'))),
            ',\n            options=CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),\n',
        ))
        if ((not t_15(environment.getattr(l_1_op, 'security'))) and (environment.getattr(l_1_op, 'security') != (undefined(name='default_security') if l_1_default_security is missing else l_1_default_security))):
            pass
            t_21.extend((
                '            security=',
                str(context.call((undefined(name='security_literal') if l_1_security_literal is missing else l_1_security_literal), environment.getattr(l_1_op, 'security'))),
                ',\n',
            ))
        if (environment.getattr(l_1_op, 'servers') and ('://' in environment.getattr(environment.getitem(environment.getattr(l_1_op, 'servers'), 0), 'default_url'))):
            pass
            t_21.extend((
                '            server=',
                str(t_8(environment.getattr(environment.getitem(environment.getattr(l_1_op, 'servers'), 0), 'default_url'))),
                ',\n',
            ))
        if environment.getattr(l_1_op, 'stream'):
            pass
            t_21.extend((
                '            stream=',
                str(('_astream_' if l_1_is_async else '_stream_')),
                str(t_13(environment.getattr(l_1_op, 'id'))),
            ))
            if (undefined(name='sp') if l_1_sp is missing else l_1_sp):
                pass
                t_21.extend((
                    ' if ',
                    str(environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name')),
                    ' else None',
                ))
            t_21.append(
                ',\n',
            )
            if ((not (undefined(name='sp') if l_1_sp is missing else l_1_sp)) and (environment.getattr(l_1_op, 'binary') or (not t_15(environment.getattr(l_1_op, 'result'))))):
                pass
                t_21.append(
                    '            stream_if_event_stream=True,\n',
                )
        if environment.getattr(l_1_op, 'binary'):
            pass
            t_21.extend((
                '            download=',
                str(('AsyncBinaryResponse' if l_1_is_async else 'BinaryResponse')),
                ',\n            accept=',
                str(t_8(t_5(context.eval_ctx, (t_7(context.eval_ctx, environment.getattr(l_1_op, 'binary')) + (['text/event-stream'] if environment.getattr(l_1_op, 'stream') else [])), ', '))),
                ',\n',
            ))
        if (environment.getattr(l_1_op, 'body') and (not environment.getattr(environment.getattr(l_1_op, 'body'), 'is_json'))):
            pass
            t_21.extend((
                '            content_type=',
                str(t_8(environment.getattr(environment.getattr(l_1_op, 'body'), 'content_type'))),
                ',\n',
            ))
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'encoding'):
                pass
                t_21.append(
                    '            encoding={\n',
                )
                for (l_2_name, l_2_media) in environment.getattr(environment.getattr(l_1_op, 'body'), 'encoding'):
                    _loop_vars = {}
                    pass
                    t_21.extend((
                        '                ',
                        str(t_8(l_2_name)),
                        ': ',
                        str(t_8(l_2_media)),
                        ',\n',
                    ))
                l_2_name = l_2_media = missing
                t_21.append(
                    '            },\n',
                )
        t_21.append(
            '        )',
        )
        return concat(t_21)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('op', 'is_async', 'cursor'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async):
        t_26 = []
        l_1_sp = l_1_documented = l_1_stacklevel = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        if (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp)):
            pass
            t_26.extend((
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'true')),
                '\n\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'false')),
                '\n\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'bool')),
                '\n\n',
            ))
        t_26.extend((
            str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, '')),
            '\n        """',
            str(t_2(((environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'description')) or environment.getattr(l_1_op, 'id')), 8)),
            '\n\n        `',
            str(environment.getattr(l_1_op, 'method')),
            ' ',
            str(t_4(environment.getattr(l_1_op, 'path'))),
            str((t_4(str_join(('?', t_5(context.eval_ctx, t_9(context, environment.getattr(l_1_op, 'path_query'), 'join', '='), '&'), ))) if environment.getattr(l_1_op, 'path_query') else cond_expr_undefined("the inline if-expression on line 241 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            '`',
            str((' (deprecated)' if environment.getattr(l_1_op, 'deprecated') else cond_expr_undefined("the inline if-expression on line 241 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            '\n',
        ))
        l_1_documented = t_7(context.eval_ctx, t_11(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op), 'documented'))
        if (undefined(name='documented') if l_1_documented is missing else l_1_documented):
            pass
            t_26.append(
                '\n        Args:\n',
            )
            for l_2_p in (undefined(name='documented') if l_1_documented is missing else l_1_documented):
                l_2_described = resolve('described')
                _loop_vars = {}
                pass
                t_26.extend((
                    '          ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(t_2(context.call((undefined(name='described') if l_2_described is missing else l_2_described), l_2_p, _loop_vars=_loop_vars), 12)),
                    '\n',
                ))
            l_2_p = l_2_described = missing
        t_26.append(
            '        """\n',
        )
        l_1_stacklevel = (3 if (environment.getattr(l_1_op, 'deprecated') and (not l_1_is_async)) else 2)
        def t_27(fiter):
            for l_2_p in fiter:
                if environment.getattr(l_2_p, 'deprecated'):
                    yield l_2_p
        for l_2_p in t_27(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op)):
            l_2_deprecation = resolve('deprecation')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_p, 'required'):
                pass
                t_26.extend((
                    '        warnings.warn(',
                    str(t_8(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_p, str_join(('`', environment.getattr(l_2_p, 'name'), '`', )), _loop_vars=_loop_vars))),
                    ', DeprecationWarning, stacklevel=',
                    str((undefined(name='stacklevel') if l_1_stacklevel is missing else l_1_stacklevel)),
                    ')\n',
                ))
            else:
                pass
                t_26.extend((
                    '        if ',
                    str(environment.getattr(l_2_p, 'name')),
                    ' is not OMIT:\n            warnings.warn(',
                    str(t_8(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_p, str_join(('`', environment.getattr(l_2_p, 'name'), '`', )), _loop_vars=_loop_vars))),
                    ', DeprecationWarning, stacklevel=',
                    str((undefined(name='stacklevel') if l_1_stacklevel is missing else l_1_stacklevel)),
                    ')\n',
                ))
        l_2_p = l_2_deprecation = missing
        if environment.getattr(l_1_op, 'pagination'):
            pass
            t_26.extend((
                '\n        ',
                str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 263 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                'def fetch(cursor: Optional[str]) -> Any:\n            return ',
                str(t_3(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async, cursor=True), 4)),
                '\n\n',
            ))
            if l_1_is_async:
                pass
                t_26.extend((
                    '        return await AsyncPage[',
                    str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                    '].first(\n            fetch,\n            items_field=',
                    str(t_8(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'items_field'))),
                    ',\n            cursor_field=',
                    str(t_8(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'next_cursor_field'))),
                    ',\n        )\n',
                ))
            else:
                pass
                t_26.extend((
                    '        return SyncPage[',
                    str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                    '].first(\n            fetch,\n            items_field=',
                    str(t_8(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'items_field'))),
                    ',\n            cursor_field=',
                    str(t_8(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'next_cursor_field'))),
                    ',\n        )\n',
                ))
        else:
            pass
            t_26.extend((
                '        return ',
                str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async)),
                '\n',
            ))
        return concat(t_26)
    context.exported_vars.add('method')
    context.vars['method'] = l_0_method = Macro(environment, macro, 'method', ('op', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    l_1_loop = missing
    for l_1_is_async, l_1_loop in LoopContext([False, True], undefined):
        _loop_vars = {}
        pass
        l_2_loop = missing
        for l_2_r, l_2_loop in LoopContext(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'), undefined):
            l_2_resource_class = resolve('resource_class')
            l_2_cls = missing
            _loop_vars = {}
            pass
            l_2_cls = context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), is_async=l_1_is_async, _loop_vars=_loop_vars)
            _loop_vars['cls'] = l_2_cls
            yield '\n\nclass '
            yield str((undefined(name='cls') if l_2_cls is missing else l_2_cls))
            yield ':\n    """`client.'
            yield str(t_5(context.eval_ctx, environment.getattr(l_2_r, 'path'), '.'))
            yield '`"""\n\n    def __init__(self, client: '
            yield str(('AsyncHTTP' if l_1_is_async else 'SyncHTTP'))
            yield ') -> None:\n        self._client = client\n'
            for l_3_child in environment.getattr(l_2_r, 'children'):
                _loop_vars = {}
                pass
                yield '\n    @cached_property\n    def '
                yield str(t_1(l_3_child))
                yield '(self) -> '
                yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, _loop_vars=_loop_vars))
                yield ':\n'
                if (context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), (environment.getattr(l_2_r, 'path') + (l_3_child,)), _loop_vars=_loop_vars) != environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'name')):
                    pass
                    yield '        from .'
                    yield str(context.call(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resource_home'), (environment.getattr(l_2_r, 'path') + (l_3_child,)), _loop_vars=_loop_vars))
                    yield ' import '
                    yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, _loop_vars=_loop_vars))
                    yield '\n\n'
                yield '        return '
                yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, _loop_vars=_loop_vars))
                yield '(self._client)\n'
            l_3_child = missing
            yield '\n    @cached_property\n    def with_raw_response(self) -> '
            yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), is_async=l_1_is_async, raw=True, _loop_vars=_loop_vars))
            yield ':\n        """The same methods, returning an `APIResponse` (status, headers, raw body, `parse()`)."""\n        return '
            yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), is_async=l_1_is_async, raw=True, _loop_vars=_loop_vars))
            yield '(self)\n'
            for l_3_op in environment.getattr(l_2_r, 'operations'):
                _loop_vars = {}
                pass
                yield '\n'
                yield str(context.call((undefined(name='method') if l_0_method is missing else l_0_method), l_3_op, l_1_is_async, _loop_vars=_loop_vars))
                yield '\n'
            l_3_op = missing
            yield from context.blocks['resource_members'][0](context.derived({'cls': l_2_cls, 'loop': l_2_loop, 'r': l_2_r, 'is_async': l_1_is_async, 'call': l_0_call, 'here': l_0_here, 'method': l_0_method, 'method_name': l_0_method_name, 'signature': l_0_signature, 'up': l_0_up}))
            yield '\n\nclass '
            yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), is_async=l_1_is_async, raw=True, _loop_vars=_loop_vars))
            yield ':\n    def __init__(self, resource: '
            yield str((undefined(name='cls') if l_2_cls is missing else l_2_cls))
            yield ') -> None:\n        self._resource = resource\n'
            for l_3_op in environment.getattr(l_2_r, 'operations'):
                _loop_vars = {}
                pass
                yield '        self.'
                yield str(environment.getattr(l_3_op, 'name'))
                yield ' = '
                yield str(('async_raw_response_wrapper' if l_1_is_async else 'raw_response_wrapper'))
                yield '(resource.'
                yield str(environment.getattr(l_3_op, 'name'))
                yield ')\n'
            l_3_op = missing
            for l_3_child in environment.getattr(l_2_r, 'children'):
                _loop_vars = {}
                pass
                yield '\n    @cached_property\n    def '
                yield str(t_1(l_3_child))
                yield '(self) -> '
                yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, raw=True, _loop_vars=_loop_vars))
                yield ':\n        return self._resource.'
                yield str(t_1(l_3_child))
                yield '.with_raw_response\n'
            l_3_child = missing
        l_2_loop = l_2_r = l_2_resource_class = l_2_cls = missing
    l_1_loop = l_1_is_async = missing

def block_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_type_checking_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_module_code(context, missing=missing):
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

blocks = {'imports': block_imports, 'type_checking_imports': block_type_checking_imports, 'module_code': block_module_code, 'resource_members': block_resource_members}
debug_info = '1=109&3=111&4=114&5=118&13=120&18=124&19=125&24=129&25=131&26=135&29=139&30=142&32=144&33=147&35=149&36=152&42=155&43=159&44=162&46=164&47=169&48=171&49=173&50=175&51=177&54=180&55=181&57=185&61=191&62=193&63=196&67=199&68=204&69=206&72=210&74=212&75=217&77=222&78=230&79=232&80=235&81=238&82=240&83=242&84=245&90=251&92=265&93=276&94=277&95=278&98=283&99=287&101=292&103=297&104=306&107=315&108=322&109=326&110=329&111=333&112=338&113=342&114=345&115=349&117=358&125=367&126=368&127=369&128=373&129=378&130=382&131=385&132=389&133=392&134=396&135=403&136=407&138=414&142=421&143=434&144=435&145=437&146=439&147=442&148=443&149=447&151=454&153=457&155=462&156=469&157=473&159=482&163=491&164=492&166=497&167=502&172=511&174=516&175=525&179=534&181=539&182=548&186=557&187=559&189=564&190=573&197=589&199=592&200=596&202=599&203=603&205=606&206=610&207=623&211=628&212=632&213=634&215=637&216=641&217=644&219=649&220=654&228=670&229=678&230=679&231=682&233=684&235=686&238=690&239=692&241=694&242=702&243=703&246=708&247=714&252=723&253=724&254=732&255=736&257=745&258=747&261=753&263=757&264=759&266=762&267=766&269=768&270=770&273=777&275=779&276=781&280=788&284=796&285=800&286=805&289=808&290=810&292=812&294=814&297=818&298=822&299=825&302=830&306=834&308=836&309=838&311=842&314=845&317=847&318=849&320=851&321=855&323=862&326=866&327=870&18=876&54=885&72=894&314=903'
