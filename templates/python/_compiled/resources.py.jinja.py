# compiled by jinja2 3.1.6 from resources.py.jinja (sha256 e002c8ce000370a9f5598c559a6227ee294c5290cd2e75c7e789ff80bcb9cd30); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_methods = resolve('methods')
    l_0_api = resolve('api')
    l_0_signature = l_0_call = l_0_method = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['indent']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'indent' found.")
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
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_7 = environment.filters['pyname']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'pyname' found.")
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
        t_10 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    try:
        t_11 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n"""Client resources: one class per resource path, with one method per operation.\n\nArguments are keyword-only except path parameters. An argument left out is\nnot sent (`OMIT`); `None` is sent as null where the spec allows it.\n"""\n\nfrom __future__ import annotations\n\nfrom functools import cached_property\nfrom typing import TYPE_CHECKING, Any, Dict, List, Literal, Mapping, Optional, Union, overload\n\nfrom ._http import OMIT, LazyModule, parser, AsyncHTTP, CallOptions, Headers, Omit, Query, SyncHTTP, Timeout, async_raw_response_wrapper, path_param, raw_response_wrapper\nfrom ._pages import AsyncPage, SyncPage\nfrom ._sse import AsyncStream, Stream\n\nif TYPE_CHECKING:\n    from typing_extensions import TypeAlias\n\n    from . import dispatch as _d, models as _m, params as _p\n'
    for (l_1_name, l_1_text) in context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'aliases')):
        _loop_vars = {}
        pass
        yield '\n    '
        yield str(l_1_name)
        yield ': TypeAlias = '
        yield str(l_1_text)
        yield '\n'
    l_1_name = l_1_text = missing
    yield 'else:\n    # Models load on the first call, not when the client is imported.\n    _m = LazyModule(__name__.rpartition(".")[0] + ".models")\n    _d = LazyModule(__name__.rpartition(".")[0] + ".dispatch")\n\n__all__ = [\n'
    for l_1_r in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
        l_1_resource_class = resolve('resource_class')
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_6(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), _loop_vars=_loop_vars)))
        yield ',\n    '
        yield str(t_6(context.call((undefined(name='resource_class') if l_1_resource_class is missing else l_1_resource_class), environment.getattr(l_1_r, 'path'), is_async=True, _loop_vars=_loop_vars)))
        yield ',\n'
    l_1_r = l_1_resource_class = missing
    yield ']\n\n'
    for l_1_op in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'):
        l_1_types = resolve('types')
        _loop_vars = {}
        pass
        yield '_parse_'
        yield str(t_10(environment.getattr(l_1_op, 'id')))
        yield ' = parser('
        yield str(('None' if t_11(environment.getattr(l_1_op, 'result')) else str_join(('lambda: ', context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_op, 'result'), 'response', prefix='_m.', _loop_vars=_loop_vars), ))))
        yield ')\n'
    l_1_op = l_1_types = missing
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_stream_mode):
        t_12 = []
        l_1_ps = l_1_sp = l_1_result = l_1_stream_type = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_stream_mode is missing:
            l_1_stream_mode = undefined("parameter 'stream_mode' was not provided", name='stream_mode')
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        if l_1_stream_mode:
            pass
            t_12.append(
                '    @overload\n',
            )
        t_12.extend((
            '    ',
            str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 48 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_op, 'name')),
            '(\n        self,\n',
        ))
        def t_13(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') == 'path'):
                    yield l_2_p
        for l_2_p in t_13((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            t_12.extend((
                '        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(l_2_p, 'annotation')),
                ',\n',
            ))
        l_2_p = missing
        t_12.append(
            '        *,\n',
        )
        def t_14(fiter):
            for l_2_p in fiter:
                if (environment.getattr(l_2_p, 'where') != 'path'):
                    yield l_2_p
        for l_2_p in t_14((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
            _loop_vars = {}
            pass
            if (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'true')):
                pass
                t_12.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Literal[True],\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'false')):
                pass
                t_12.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[Literal[False], ',
                    str(('None, ' if environment.getattr(l_2_p, 'nullable') else cond_expr_undefined("the inline if-expression on line 58 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                    'Omit] = OMIT,\n',
                ))
            elif (((undefined(name='sp') if l_1_sp is missing else l_1_sp) and (environment.getattr(l_2_p, 'name') == environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name'))) and (l_1_stream_mode == 'bool')):
                pass
                t_12.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': bool,\n',
                ))
            elif environment.getattr(l_2_p, 'required'):
                pass
                t_12.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ',\n',
                ))
            else:
                pass
                t_12.extend((
                    '        ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': Union[',
                    str(environment.getattr(l_2_p, 'annotation')),
                    ', Omit] = OMIT,\n',
                ))
        l_2_p = missing
        t_12.append(
            '        extra_headers: Optional[Headers] = None,\n        extra_query: Optional[Query] = None,\n        extra_body: Optional[Mapping[str, object]] = None,\n        timeout: Union[Timeout, Omit] = OMIT,\n        max_retries: Union[int, Omit] = OMIT,\n',
        )
        l_1_result = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'result'), l_1_op)
        l_1_stream_type = (str_join((('AsyncStream' if l_1_is_async else 'Stream'), '[_m.', environment.getattr(l_1_op, 'stream'), ']', )) if environment.getattr(l_1_op, 'stream') else '')
        if environment.getattr(l_1_op, 'pagination'):
            pass
            t_12.extend((
                '    ) -> ',
                str(('AsyncPage' if l_1_is_async else 'SyncPage')),
                '[',
                str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                ']:\n',
            ))
        elif (l_1_stream_mode == 'true'):
            pass
            t_12.extend((
                '    ) -> ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ': ...\n',
            ))
        elif (l_1_stream_mode == 'false'):
            pass
            t_12.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ': ...\n',
            ))
        elif ((l_1_stream_mode == 'bool') or (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp))):
            pass
            t_12.extend((
                '    ) -> Union[',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ', ',
                str((undefined(name='stream_type') if l_1_stream_type is missing else l_1_stream_type)),
                ']',
                str((': ...' if l_1_stream_mode else cond_expr_undefined("the inline if-expression on line 81 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                str((':' if (not l_1_stream_mode) else cond_expr_undefined("the inline if-expression on line 81 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                '\n',
            ))
        else:
            pass
            t_12.extend((
                '    ) -> ',
                str((undefined(name='result') if l_1_result is missing else l_1_result)),
                ':\n',
            ))
        return concat(t_12)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('op', 'is_async', 'stream_mode'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async, l_1_cursor):
        t_15 = []
        l_1_styled = resolve('styled')
        l_1_error = resolve('error')
        l_1_ps = l_1_sp = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        if l_1_cursor is missing:
            l_1_cursor = False
        pass
        l_1_ps = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op)
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        t_15.extend((
            str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 90 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
            'self._client.request(\n            ',
            str(t_6(environment.getattr(l_1_op, 'method'))),
            ',\n            ',
            str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'path_expr'), l_1_op)),
            ',\n',
        ))
        if t_5(context.eval_ctx, t_9(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'query')):
            pass
            t_15.append(
                '            query={\n',
            )
            def t_16(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'query'):
                        yield l_2_p
            for l_2_p in t_16((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                if (l_1_cursor and (environment.getattr(l_2_p, 'wire_name') == environment.getattr(environment.getattr(l_1_op, 'pagination'), 'cursor_param'))):
                    pass
                    t_15.extend((
                        '                ',
                        str(t_6(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ' if cursor is None else cursor,\n',
                    ))
                else:
                    pass
                    t_15.extend((
                        '                ',
                        str(t_6(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',\n',
                    ))
            l_2_p = missing
            t_15.append(
                '            },\n',
            )
            l_1_styled = t_5(context.eval_ctx, t_9(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'style'))
            if (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                pass
                t_15.append(
                    '            query_styles={ ',
                )
                for l_2_p in (undefined(name='styled') if l_1_styled is missing else l_1_styled):
                    _loop_vars = {}
                    pass
                    t_15.extend((
                        str(t_6(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(t_8(context.eval_ctx, t_8(context.eval_ctx, t_6(t_5(context.eval_ctx, environment.getattr(l_2_p, 'style'))), '[', '('), ']', ')')),
                        ', ',
                    ))
                l_2_p = missing
                t_15.append(
                    '},\n',
                )
        if t_5(context.eval_ctx, t_9(context, (undefined(name='ps') if l_1_ps is missing else l_1_ps), 'where', 'equalto', 'header')):
            pass
            t_15.append(
                '            headers={ ',
            )
            def t_17(fiter):
                for l_2_p in fiter:
                    if (environment.getattr(l_2_p, 'where') == 'header'):
                        yield l_2_p
            for l_2_p in t_17((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                _loop_vars = {}
                pass
                t_15.extend((
                    str(t_6(environment.getattr(l_2_p, 'wire_name'))),
                    ': ',
                    str(environment.getattr(l_2_p, 'name')),
                    ', ',
                ))
            l_2_p = missing
            t_15.append(
                '},\n',
            )
        if environment.getattr(l_1_op, 'body'):
            pass
            if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'body_is_model'), l_1_op):
                pass
                t_15.append(
                    '            body={\n',
                )
                def t_18(fiter):
                    for l_2_p in fiter:
                        if (environment.getattr(l_2_p, 'where') == 'body'):
                            yield l_2_p
                for l_2_p in t_18((undefined(name='ps') if l_1_ps is missing else l_1_ps)):
                    _loop_vars = {}
                    pass
                    t_15.extend((
                        '                ',
                        str(t_6(environment.getattr(l_2_p, 'wire_name'))),
                        ': ',
                        str(environment.getattr(l_2_p, 'name')),
                        ',\n',
                    ))
                l_2_p = missing
                t_15.append(
                    '            },\n',
                )
            else:
                pass
                t_15.append(
                    '            body=body,\n',
                )
        t_15.extend((
            '            parse=_parse_',
            str(t_10(environment.getattr(l_1_op, 'id'))),
            ',\n            options=CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),\n',
        ))
        if environment.getattr(l_1_op, 'stream'):
            pass
            l_1_error = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'error_event'), l_1_op)
            t_15.extend((
                '            stream=(lambda response: ',
                str(('AsyncStream' if l_1_is_async else 'Stream')),
                '(response, ',
                str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_parser'), l_1_op)),
                str((str_join((', _m.', (undefined(name='error') if l_1_error is missing else l_1_error), )) if (undefined(name='error') if l_1_error is missing else l_1_error) else cond_expr_undefined("the inline if-expression on line 126 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                '))',
            ))
            if (undefined(name='sp') if l_1_sp is missing else l_1_sp):
                pass
                t_15.extend((
                    ' if ',
                    str(environment.getattr((undefined(name='sp') if l_1_sp is missing else l_1_sp), 'name')),
                    ' else None',
                ))
            t_15.append(
                ',\n',
            )
        t_15.append(
            '        )',
        )
        return concat(t_15)
    context.exported_vars.add('call')
    context.vars['call'] = l_0_call = Macro(environment, macro, 'call', ('op', 'is_async', 'cursor'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_op, l_1_is_async):
        t_19 = []
        l_1_sp = l_1_documented = missing
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        l_1_sp = context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'stream_param'), l_1_op)
        if (environment.getattr(l_1_op, 'stream') and (undefined(name='sp') if l_1_sp is missing else l_1_sp)):
            pass
            t_19.extend((
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'true')),
                '\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'false')),
                '\n',
                str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, 'bool')),
                '\n',
            ))
        t_19.extend((
            str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_op, l_1_is_async, '')),
            '\n        """',
            str(t_1(((environment.getattr(l_1_op, 'summary') or environment.getattr(l_1_op, 'description')) or environment.getattr(l_1_op, 'id')), 8)),
            '\n\n        `',
            str(environment.getattr(l_1_op, 'method')),
            ' ',
            str(t_3(environment.getattr(l_1_op, 'path'))),
            '`\n',
        ))
        l_1_documented = t_5(context.eval_ctx, t_9(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params'), l_1_op), 'description'))
        if (undefined(name='documented') if l_1_documented is missing else l_1_documented):
            pass
            t_19.append(
                '\n        Args:\n',
            )
            for l_2_p in (undefined(name='documented') if l_1_documented is missing else l_1_documented):
                _loop_vars = {}
                pass
                t_19.extend((
                    '          ',
                    str(environment.getattr(l_2_p, 'name')),
                    ': ',
                    str(t_1(environment.getattr(l_2_p, 'description'), 12)),
                    '\n',
                ))
            l_2_p = missing
        t_19.append(
            '        """\n',
        )
        if environment.getattr(l_1_op, 'pagination'):
            pass
            t_19.extend((
                '        ',
                str(('async ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 152 in 'resources.py.jinja' evaluated to false and no else section was defined."))),
                'def fetch(cursor: Optional[str]) -> Any:\n            return ',
                str(t_2(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async, cursor=True), 4)),
                '\n\n',
            ))
            if l_1_is_async:
                pass
                t_19.extend((
                    '        return await AsyncPage[',
                    str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                    '].first(fetch, items_field=',
                    str(t_6(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'items_field'))),
                    ', cursor_field=',
                    str(t_6(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'next_cursor_field'))),
                    ')\n',
                ))
            else:
                pass
                t_19.extend((
                    '        return SyncPage[',
                    str(context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'page_item'), l_1_op)),
                    '].first(fetch, items_field=',
                    str(t_6(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'items_field'))),
                    ', cursor_field=',
                    str(t_6(environment.getattr(environment.getattr(l_1_op, 'pagination'), 'next_cursor_field'))),
                    ')\n',
                ))
        else:
            pass
            t_19.extend((
                '        return ',
                str(context.call((undefined(name='call') if l_0_call is missing else l_0_call), l_1_op, l_1_is_async)),
                '\n',
            ))
        return concat(t_19)
    context.exported_vars.add('method')
    context.vars['method'] = l_0_method = Macro(environment, macro, 'method', ('op', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    for l_1_is_async in [False, True]:
        _loop_vars = {}
        pass
        for l_2_r in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
            l_2_resource_class = resolve('resource_class')
            l_2_cls = missing
            _loop_vars = {}
            pass
            l_2_cls = context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), environment.getattr(l_2_r, 'path'), is_async=l_1_is_async, _loop_vars=_loop_vars)
            _loop_vars['cls'] = l_2_cls
            yield '\n\nclass '
            yield str((undefined(name='cls') if l_2_cls is missing else l_2_cls))
            yield ':\n    """`client.'
            yield str(t_4(context.eval_ctx, environment.getattr(l_2_r, 'path'), '.'))
            yield '`"""\n\n    def __init__(self, client: '
            yield str(('AsyncHTTP' if l_1_is_async else 'SyncHTTP'))
            yield ') -> None:\n        self._client = client\n'
            for l_3_child in environment.getattr(l_2_r, 'children'):
                _loop_vars = {}
                pass
                yield '\n    @cached_property\n    def '
                yield str(t_7(l_3_child))
                yield '(self) -> '
                yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, _loop_vars=_loop_vars))
                yield ':\n        return '
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
                yield str(t_7(l_3_child))
                yield '(self) -> '
                yield str(context.call((undefined(name='resource_class') if l_2_resource_class is missing else l_2_resource_class), (environment.getattr(l_2_r, 'path') + (l_3_child,)), is_async=l_1_is_async, raw=True, _loop_vars=_loop_vars))
                yield ':\n        return self._resource.'
                yield str(t_7(l_3_child))
                yield '.with_raw_response\n'
            l_3_child = missing
        l_2_r = l_2_resource_class = l_2_cls = missing
    l_1_is_async = missing

blocks = {}
debug_info = '1=82&22=84&24=88&32=94&33=99&34=101&38=105&39=110&42=116&43=126&44=127&45=128&48=135&50=140&51=149&54=158&55=165&56=169&57=172&58=176&59=181&60=185&61=188&62=192&64=201&72=210&73=211&74=212&75=216&76=221&77=225&78=228&79=232&80=235&81=239&83=251&87=258&88=270&89=271&90=273&91=275&92=277&93=280&95=285&96=292&97=296&99=305&103=314&104=315&105=320&108=333&109=338&111=355&112=357&114=362&115=371&122=387&124=390&125=392&126=395&131=418&132=426&133=427&134=430&135=432&136=434&138=438&139=440&141=442&142=447&143=448&146=453&147=458&151=467&152=471&153=473&155=476&156=480&158=491&161=502&165=509&166=512&167=517&170=520&171=522&173=524&175=526&178=530&179=534&183=538&185=540&186=542&188=546&192=550&193=552&195=554&196=558&198=565&201=569&202=573'
