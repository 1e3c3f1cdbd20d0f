# compiled by jinja2 3.1.6 from resources.py.jinja (sha256 2b82eed25f4f5f4c75b0fe95cc87aed38412cbdbaa90a860f1457d2affc55158); make precompile
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
        t_2 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_3 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_4 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_5 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
    try:
        t_6 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_7 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_8 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_9 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_10 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_11 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_12 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_13 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    try:
        t_14 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_15 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_15(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    try:
        t_16 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_16(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_17 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_17(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false, reportDeprecated=false\n'
    l_0_here = ((undefined(name='item') if l_0_item is missing else l_0_item) if t_16((undefined(name='item') if l_0_item is missing else l_0_item)) else environment.getitem(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'resources'), 0))
    context.vars['here'] = l_0_here
    context.exported_vars.add('here')
    l_0_up = ('..' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else '.')
    context.vars['up'] = l_0_up
    context.exported_vars.add('up')
    yield '"""Client resources'
    yield str((str_join((': `client.', t_7(context.eval_ctx, environment.getattr(environment.getitem(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'resources'), 0), 'path'), '.'), '`', )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else cond_expr_undefined("the inline if-expression on line 5 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
    yield ': one class per resource path, with one method per operation.\n\nArguments are keyword-only except path parameters. An argument left out is\nnot sent (`OMIT`); `None` is sent as null where the spec allows it.\n"""\n\nfrom __future__ import annotations\n\n'
    if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'warns'), environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations')):
        pass
        yield 'import warnings\n'
    yield 'from functools import cached_property\nfrom typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping, Optional, Union, overload\n'
    yield from context.blocks['imports'][0](context)
    if t_9(context.eval_ctx, t_14(context, environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'), 'deprecated')):
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
        yield '_pages import AsyncPage, Next, Paging, SyncPage\n'
    if ('_streams' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield 'from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_streams import AsyncStream, Stream, opener\n'
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
        yield str(t_10(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars)))
        yield ',\n    '
        yield str(t_10(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars)))
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
        yield str(t_15(environment.getattr(l_1_op, 'id')))
        yield ' = parser('
        yield str(('None' if t_17(environment.getattr(l_1_op, 'result')) else str_join(('lambda: ', context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_op, 'result'), 'response', prefix='_m.', _loop_vars=_loop_vars), ))))
        yield ')\n'
    l_1_op = l_1_types = missing
    def t_18(fiter):
        for l_1_op in fiter:
            if environment.getattr(l_1_op, 'stream'):
                yield l_1_op
    for l_1_op in t_18(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations')):
        l_1_error = missing
        _loop_vars = {}
        pass
        l_1_error = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'error_event'), l_1_op, _loop_vars=_loop_vars)
        _loop_vars['error'] = l_1_error
        for (l_2_prefix, l_2_kind) in [('_stream_', 'Stream'), ('_astream_', 'AsyncStream')]:
            _loop_vars = {}
            pass
            yield str(l_2_prefix)
            yield str(t_15(environment.getattr(l_1_op, 'id')))
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
            if (environment.getattr(l_1_op, 'stream_format') == 'lines'):
                pass
                yield '    lines=True,\n'
            yield ')\n'
        l_2_prefix = l_2_kind = missing
    l_1_op = l_1_error = missing
    yield '\n'
    def macro(l_1_op):
        t_19 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_19.extend((
            '`client.',
            str(t_7(context.eval_ctx, (t_9(context.eval_ctx, t_11(context, environment.getattr(l_1_op, 'resource'), 'accessor')) + [environment.getattr(l_1_op, 'name')]), '.')),
            '()`',
        ))
        return concat(t_19)
    context.exported_vars.add('method_name')
    context.vars['method_name'] = l_0_method_name = Macro(environment, macro, 'method_name', ('op',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_stream_mode):
        t_20 = []
        l_1_deprecation = resolve('deprecation')
        l_1_ps = l_1_sp = l_1_by_default = l_1_result = l_1_stream_type = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_stream_mode is missing:
            l_1_stream_mode = undefined("parameter 'stream_mode' was not provided", name='stream_mode')
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        l_1_by_default = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'streams_by_default'), l_1_op)
        if l_1_stream_mode:
            pass
            t_20.append(
                '    @overload\n',
            )
        if environment.getattr(l_1_op, 'deprecated'):
            pass
            t_20.extend((
                '    @deprecated(',
                str(t_10(context.call((undefined(name='deprecation') if l_1_deprecation is missing else l_1_deprecation), l_1_op, context.call((undefined(name='method_name') if l_0_method_name is missing else l_0_method_name), l_1_op)))),
                ')\n',
            ))
        t_20.extend((
            '    ',
            str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 105 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_op, 'name')),
            '(\n        self,\n',
        ))
        def t_21(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') == 'path'):
                    yield l_2_p
        for l_2_p in t_21((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            t_20.extend((
                '        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(l_2_p, 'annotation')),
                ',\n',
            ))
        l_2_p = missing
        t_20.append(
            '        *,\n',
        )
        def t_22(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') != 'path'):
                    yield l_2_p
        for l_2_p in t_22((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            if ((((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'true')) and (undefined(name='by_default') if l_1_by_default is missing else l_1_by_default)):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[Literal[True], Omit] = OMIT,\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'true')):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Literal[True],\n',
                ))
            elif ((((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'false')) and (undefined(name='by_default') if l_1_by_default is missing else l_1_by_default)):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(('Optional[Literal[False]]' if environment.getattr(l_2_p, 'nullable') else 'Literal[False]')),
                    ',\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'false')):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[Literal[False], ',
                    str(('None, ' if environment.getattr(l_2_p, 'nullable') else cond_expr_undefined("the inline if-expression on line 119 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                    'Omit] = OMIT,\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'bool')):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': bool,\n',
                ))
            elif environment.getattr(l_2_p, 'required'):
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ',\n',
                ))
            else:
                pass
                t_20.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ', Omit] = OMIT,\n',
                ))
        l_2_p = missing
        t_20.append(
            '        extra_headers: Optional[Headers] = None,\n        extra_query: Optional[Query] = None,\n        extra_body: Optional[Mapping[str, object]] = None,\n        timeout: Union[Timeout, Omit] = OMIT,\n        max_retries: Union[int, Omit] = OMIT,\n',
        )
        l_1_result = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'result'), l_1_op, l_1_is_async)
        l_1_stream_type = (str_join((('AsyncStream' if l_1_is_async else 'Stream'), '[_m.', environment.getattr(l_1_op, 'stream'), ']', )) if environment.getattr(l_1_op, 'stream') else '')
        if environment.getattr(l_1_op, 'pagination'):
            pass
            t_20.extend((
                '    ) -> ',
                str(('AsyncPage' if l_1_is_async else 'SyncPage')),
                '[',
                str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                ']:',
            ))
        elif (l_1_stream_mode == 'true'):
            pass
            t_20.extend((
                '    ) -> ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ': ...',
            ))
        elif (l_1_stream_mode == 'false'):
            pass
            t_20.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ': ...',
            ))
        elif ((l_1_stream_mode == 'bool') or (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp))):
            pass
            t_20.extend((
                '    ) -> Union[',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ', ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ']',
                str((': ...' if l_1_stream_mode else cond_expr_undefined("the inline if-expression on line 142 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                str((':' if (not l_1_stream_mode) else cond_expr_undefined("the inline if-expression on line 142 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            ))
        elif environment.getattr(l_1_op, 'stream'):
            pass
            t_20.extend((
                '    ) -> ',
                str((str_join(('Union[', (undefined(name='result') if l_1_result is missing else l_1_result), ', ', (undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type), ']', )) if (environment.getattr(l_1_op, 'binary') or (not t_17(environment.getattr(l_1_op, 'result')))) else (undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type))),
                ':',
            ))
        else:
            pass
            t_20.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ':',
            ))
        return concat(t_20)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('op', 'is_async', 'stream_mode'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_paged):
        t_23 = []
        l_1_styled = resolve('styled')
        l_1_default_security = resolve('default_security')
        l_1_security_literal = resolve('security_literal')
        l_1_ps = l_1_sp = l_1_path = l_1_streaming = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_paged is missing:
            l_1_paged = False
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        t_23.extend((
            str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 153 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'self._client.request(\n            ',
            str(t_10(environment.getattr(l_1_op, 'method'))),
            ',\n',
        ))
        l_1_path = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'path_expr'), l_1_op)
        if ((t_8((undefined(name='path') if l_1_path is missing else l_1_path)) + (17 if l_1_paged else 13)) <= 100):
            pass
            t_23.extend((
                '            ',
                str((undefined(name='path') if l_1_path is missing else l_1_path)),
                ',\n',
            ))
        else:
            pass
            t_23.extend((
                '            ',
                str(t_7(context.eval_ctx, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'path_pieces'), l_1_op), '\n            + ')),
                ',\n',
            ))
        if l_1_paged:
            pass
            t_23.append(
                '            url=_page.url,\n            query=_page.query(_query),\n',
            )
        elif t_9(context.eval_ctx, t_14(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'query')):
            pass
            t_23.append(
                '            query={\n',
            )
            def t_24(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'query'):
                        yield l_2_p
            for l_2_p in t_24((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_23.extend((
                    '                ',
                    str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_23.append(
                '            },\n',
            )
        if t_9(context.eval_ctx, t_14(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'query')):
            pass
            l_1_styled = t_9(context.eval_ctx, t_14(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'style'))
            if (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                pass
                t_23.append(
                    '            query_styles={\n',
                )
                for l_2_p in (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                    _loop_vars = {}
                    pass
                    t_23.extend((
                        '                ',
                        str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(t_12(context.eval_ctx, t_12(context.eval_ctx, t_10(t_9(context.eval_ctx, environment.getattr(l_2_p, 'style'))), '[', '('), ']', ')')),
                        ',\n',
                    ))
                l_2_p = missing
                t_23.append(
                    '            },\n',
                )
        if t_9(context.eval_ctx, t_14(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'header')):
            pass
            t_23.append(
                '            headers={\n',
            )
            def t_25(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'header'):
                        yield l_2_p
            for l_2_p in t_25((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_23.extend((
                    '                ',
                    str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_23.append(
                '            },\n',
            )
        if t_9(context.eval_ctx, t_14(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'cookie')):
            pass
            t_23.append(
                '            cookies={\n',
            )
            def t_26(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'cookie'):
                        yield l_2_p
            for l_2_p in t_26((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_23.extend((
                    '                ',
                    str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_23.append(
                '            },\n',
            )
        if environment.getattr(l_1_op, 'body'):
            pass
            if ((context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'body_is_model'), l_1_op) and l_1_paged) and (environment.getattr(environment.getattr(l_1_op, 'pagination'), 'request_in') == 'body')):
                pass
                t_23.append(
                    '            body=_page.body(_body),\n',
                )
            elif context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'body_is_model'), l_1_op):
                pass
                t_23.append(
                    '            body={\n',
                )
                def t_27(fiter):
                    for l_2_p in fiter:
                        if (environment.getattr(l_2_p, 'where') == 'body'):
                            yield l_2_p
                for l_2_p in t_27((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                    _loop_vars = {}
                    pass
                    t_23.extend((
                        '                ',
                        str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',\n',
                    ))
                l_2_p = missing
                t_23.append(
                    '            },\n',
                )
            else:
                pass
                t_23.append(
                    '            body=body,\n',
                )
        t_23.extend((
            '            parse=_parse_',
            str(t_15(environment.getattr(l_1_op, 'id'))),
            ',\n            options=CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),\n',
        ))
        if ((not t_17(environment.getattr(l_1_op, 'security'))) and (environment.getattr(l_1_op, 'security') != (undefined(name='default_security') if l_1_default_security is missing else l_1_default_security))):
            pass
            t_23.extend((
                '            security=',
                str(context.call((undefined(name='security_literal') if l_1_security_literal is missing else l_1_security_literal), environment.getattr(l_1_op, 'security'))),
                ',\n',
            ))
        if (environment.getattr(l_1_op, 'servers') and ('://' in environment.getattr(environment.getitem(environment.getattr(l_1_op, 'servers'), 0), 'default_url'))):
            pass
            t_23.extend((
                '            server=',
                str(t_10(environment.getattr(environment.getitem(environment.getattr(l_1_op, 'servers'), 0), 'default_url'))),
                ',\n',
            ))
        l_1_streaming = (str_join((environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'), ' is not False', )) if ((undefined(name='sp') if l_1_sp is missing else l_1_sp) and context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'streams_by_default'), l_1_op)) else (environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name') if (undefined(name='sp') if l_1_sp is missing else l_1_sp) else ''))
        if environment.getattr(l_1_op, 'stream'):
            pass
            t_23.extend((
                '            stream=',
                str(('_astream_' if l_1_is_async else '_stream_')),
                str(t_15(environment.getattr(l_1_op, 'id'))),
            ))
            if (undefined(name='sp') if l_1_sp is missing else l_1_sp):
                pass
                t_23.extend((
                    ' if ',
                    str((undefined(name='streaming') if l_1_streaming is missing else l_1_streaming)),
                    ' else None',
                ))
            t_23.append(
                ',\n',
            )
            if ((not (undefined(name='sp') if l_1_sp is missing else l_1_sp)) and (environment.getattr(l_1_op, 'binary') or (not t_17(environment.getattr(l_1_op, 'result'))))):
                pass
                t_23.append(
                    '            stream_by_type=True,\n',
                )
        if environment.getattr(l_1_op, 'binary'):
            pass
            t_23.extend((
                '            download=',
                str(('AsyncBinaryResponse' if l_1_is_async else 'BinaryResponse')),
                ',\n            accept=',
                str(t_10(t_7(context.eval_ctx, (t_9(context.eval_ctx, environment.getattr(l_1_op, 'binary')) + ([environment.getattr(l_1_op, 'stream_media_type')] if environment.getattr(l_1_op, 'stream') else [])), ', '))),
                ',\n',
            ))
        elif ((environment.getattr(l_1_op, 'stream') and (environment.getattr(l_1_op, 'stream_format') == 'lines')) and (undefined(name='sp') if l_1_sp is missing else l_1_sp)):
            pass
            t_23.extend((
                '            accept=',
                str(t_10(environment.getattr(l_1_op, 'stream_media_type'))),
                ' if ',
                str((undefined(name='streaming') if l_1_streaming is missing else l_1_streaming)),
                ' else None,\n',
            ))
        elif (environment.getattr(l_1_op, 'stream') and (environment.getattr(l_1_op, 'stream_format') == 'lines')):
            pass
            t_23.extend((
                '            accept=',
                str(t_10(t_7(context.eval_ctx, ((['application/json'] if (not t_17(environment.getattr(l_1_op, 'result'))) else []) + [environment.getattr(l_1_op, 'stream_media_type')]), ', '))),
                ',\n',
            ))
        if (environment.getattr(l_1_op, 'body') and (not environment.getattr(environment.getattr(l_1_op, 'body'), 'is_json'))):
            pass
            t_23.extend((
                '            content_type=',
                str(t_10(environment.getattr(environment.getattr(l_1_op, 'body'), 'content_type'))),
                ',\n',
            ))
            if environment.getattr(environment.getattr(l_1_op, 'body'), 'encoding'):
                pass
                t_23.append(
                    '            encoding={\n',
                )
                for (l_2_name, l_2_media) in environment.getattr(environment.getattr(l_1_op, 'body'), 'encoding'):
                    _loop_vars = {}
                    pass
                    t_23.extend((
                        '                ',
                        str(t_10(l_2_name)),
                        ': ',
                        str(t_10(l_2_media)),
                        ',\n',
                    ))
                l_2_name = l_2_media = missing
                t_23.append(
                    '            },\n',
                )
        t_23.append(
            '        )',
        )
        return concat(t_23)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('op', 'is_async', 'paged'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async):
        t_28 = []
        l_1_paging = resolve('paging')
        l_1_limit = resolve('limit')
        l_1_start = resolve('start')
        l_1_ps = resolve('ps')
        l_1_sp = l_1_documented = l_1_stacklevel = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        if (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp)):
            pass
            t_28.extend((
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'true')),
                '\n\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'false')),
                '\n\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'bool')),
                '\n\n',
            ))
        t_28.extend((
            str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, '')),
            '\n        """',
            str(t_3(((environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'description')) or environment.getattr(l_1_op, 'id')), 8)),
            '\n\n        `',
            str(environment.getattr(l_1_op, 'method')),
            ' ',
            str(t_6(environment.getattr(l_1_op, 'path'))),
            str((t_6(str_join(('?', t_7(context.eval_ctx, t_11(context, environment.getattr(l_1_op, 'path_query'), 'join', '='), '&'), ))) if environment.getattr(l_1_op, 'path_query') else cond_expr_undefined("the inline if-expression on line 257 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            '`',
            str((' (deprecated)' if environment.getattr(l_1_op, 'deprecated') else cond_expr_undefined("the inline if-expression on line 257 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            '\n',
        ))
        l_1_documented = t_9(context.eval_ctx, t_13(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op), 'documented'))
        if (undefined(name='documented') if l_1_documented is missing else l_1_documented):
            pass
            t_28.append(
                '\n        Args:\n',
            )
            for l_2_p in (undefined(name='documented') if l_1_documented is missing else l_1_documented):
                l_2_described = resolve('described')
                _loop_vars = {}
                pass
                t_28.extend((
                    '          ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(t_3(context.call((undefined(name='described') if l_2_described is missing else l_2_described), l_2_p, _loop_vars=_loop_vars), 12)),
                    '\n',
                ))
            l_2_p = l_2_described = missing
        t_28.append(
            '        """\n',
        )
        l_1_stacklevel = (3 if (environment.getattr(l_1_op, 'deprecated') and (not l_1_is_async)) else 2)
        def t_29(fiter):
            for l_2_p in fiter:
                if environment.getattr(l_2_p, 'deprecated'):
                    yield l_2_p
        for l_2_p in t_29(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op)):
            l_2_deprecation = resolve('deprecation')
            _loop_vars = {}
            pass
            if environment.getattr(l_2_p, 'required'):
                pass
                t_28.extend((
                    '        warnings.warn(',
                    str(t_10(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_p, str_join(('`', environment.getattr(l_2_p, 'name'), '`', )), _loop_vars=_loop_vars))),
                    ', DeprecationWarning, stacklevel=',
                    str((undefined(name='stacklevel') if l_1_stacklevel is missing else l_1_stacklevel)),
                    ')\n',
                ))
            else:
                pass
                t_28.extend((
                    '        if ',
                    str(environment.getattr(l_2_p, 'name')),
                    ' is not OMIT:\n            warnings.warn(',
                    str(t_10(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_p, str_join(('`', environment.getattr(l_2_p, 'name'), '`', )), _loop_vars=_loop_vars))),
                    ', DeprecationWarning, stacklevel=',
                    str((undefined(name='stacklevel') if l_1_stacklevel is missing else l_1_stacklevel)),
                    ')\n',
                ))
        l_2_p = l_2_deprecation = missing
        if environment.getattr(l_1_op, 'pagination'):
            pass
            l_1_paging = environment.getattr(l_1_op, 'pagination')
            l_1_limit = t_2(t_4(environment, t_14(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op), 'wire_name', 'equalto', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'limit_param'))), None)
            l_1_start = t_2(t_4(environment, t_14(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), l_1_op), 'wire_name', 'equalto', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_param'))), None)
            t_28.extend((
                '\n        ',
                str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 282 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                'def fetch(_page: Next) -> Any:\n',
            ))
            l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op)
            t_28.append(
                '\n            _query: Dict[str, object] = {\n',
            )
            def t_30(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'query'):
                        yield l_2_p
            for l_2_p in t_30((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_28.extend((
                    '                ',
                    str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'value')),
                    ',\n',
                ))
            l_2_p = missing
            t_28.append(
                '            }\n',
            )
            if (context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'body_is_model'), l_1_op) and (environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_in') == 'body')):
                pass
                t_28.append(
                    '            _body: Dict[str, object] = {\n',
                )
                def t_31(fiter):
                    for l_2_p in fiter:
                        if (environment.getattr(l_2_p, 'where') == 'body'):
                            yield l_2_p
                for l_2_p in t_31((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                    _loop_vars = {}
                    pass
                    t_28.extend((
                        '                ',
                        str(t_10(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',\n',
                    ))
                l_2_p = missing
                t_28.append(
                    '            }\n',
                )
            t_28.extend((
                '            return ',
                str(t_5(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async, paged=True), 4)),
                '\n\n        _paging = Paging(\n            ',
                str(t_10(environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'style'))),
                ',\n            ',
                str(t_10(environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'items_field'))),
                ',\n',
            ))
            if environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_param'):
                pass
                t_28.extend((
                    '            param=',
                    str(t_10(environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_param'))),
                    ',\n',
                ))
            if (environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_in') != 'query'):
                pass
                t_28.extend((
                    '            where=',
                    str(t_10(environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_in'))),
                    ',\n',
                ))
            def t_32(fiter):
                for (l_2_key, l_2_value) in fiter:
                    if l_2_value:
                        yield (l_2_key, l_2_value)
            for (l_2_key, l_2_value) in t_32([('next_field', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'next_field')), ('item_cursor', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'item_cursor')), ('has_more', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'has_more_field')), ('total', environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'total_field'))]):
                _loop_vars = {}
                pass
                t_28.extend((
                    '            ',
                    str(l_2_key),
                    '=',
                    str(t_10(l_2_value)),
                    ',\n',
                ))
            l_2_key = l_2_value = missing
            if (undefined(name='limit') if l_1_limit is missing else l_1_limit):
                pass
                t_28.extend((
                    '            limit=',
                    str(environment.getattr((undefined(name='limit') if l_1_limit is missing else l_1_limit), 'name')),
                    ' if isinstance(',
                    str(environment.getattr((undefined(name='limit') if l_1_limit is missing else l_1_limit), 'name')),
                    ', int) else None,\n',
                ))
            t_28.append(
                '        )\n',
            )
            if (undefined(name='start') if l_1_start is missing else l_1_start):
                pass
                t_28.extend((
                    '        _start = Next(',
                    str(t_10(environment.getattr((undefined(name='paging') if l_1_paging is missing else l_1_paging), 'request_param'))),
                    ', None if isinstance(',
                    str(environment.getattr((undefined(name='start') if l_1_start is missing else l_1_start), 'name')),
                    ', Omit) else ',
                    str(environment.getattr((undefined(name='start') if l_1_start is missing else l_1_start), 'name')),
                    ')\n',
                ))
            else:
                pass
                t_28.append(
                    '        _start = Next()\n',
                )
            t_28.extend((
                '        return ',
                str(('await AsyncPage' if l_1_is_async else 'SyncPage')),
                '[',
                str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                '].first(fetch, _paging, _start)\n',
            ))
        else:
            pass
            t_28.extend((
                '        return ',
                str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async)),
                '\n',
            ))
        return concat(t_28)
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
            yield str(t_7(context.eval_ctx, environment.getattr(l_2_r, 'path'), '.'))
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
debug_info = '1=121&3=123&4=126&5=130&13=132&18=136&19=137&24=141&25=143&26=147&29=151&30=154&32=156&33=159&35=161&36=164&42=167&43=171&44=174&46=176&47=181&48=183&49=185&50=187&51=189&54=192&55=193&57=197&61=203&62=205&63=208&67=211&68=216&69=218&72=222&74=224&75=229&77=234&78=242&79=244&80=247&81=250&82=252&83=254&84=257&86=259&93=266&95=280&96=291&97=292&98=293&99=294&102=299&103=303&105=308&107=313&108=322&111=331&112=338&113=342&114=345&115=349&116=352&117=356&118=361&119=365&120=370&121=374&122=377&123=381&125=390&133=399&134=400&135=401&136=405&137=410&138=414&139=417&140=421&141=424&142=428&143=435&144=439&146=446&150=453&151=466&152=467&153=469&154=471&155=474&156=475&157=479&159=486&161=489&164=494&166=499&167=508&171=517&172=519&173=520&175=525&176=530&181=539&183=544&184=553&188=562&190=567&191=576&195=585&196=587&198=592&200=597&201=606&208=622&210=625&211=629&213=632&214=636&216=639&217=640&218=644&219=657&223=662&224=666&225=668&226=671&227=675&228=680&229=684&231=687&232=691&233=694&235=699&236=704&244=720&245=732&246=733&247=736&249=738&251=740&254=744&255=746&257=748&258=756&259=757&262=762&263=768&268=777&269=778&270=786&271=790&273=799&274=801&277=807&278=809&279=810&280=811&282=814&283=817&286=821&287=830&290=839&292=844&293=853&297=864&300=866&301=868&302=871&303=875&305=878&306=882&308=885&309=894&311=900&312=904&315=912&316=916&320=930&322=939&326=947&327=951&328=956&331=959&332=961&334=963&336=965&339=969&340=973&341=976&344=981&348=985&350=987&351=989&353=993&356=996&359=998&360=1000&362=1002&363=1006&365=1013&368=1017&369=1021&18=1027&54=1036&72=1045&356=1054'
