# compiled by jinja2 3.1.6 from resources.py.jinja (sha256 fb5b41b8d5466aba6d44a67314904c155bcb050dcedfe11ace1ada82c101d0a3); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = missing
    pass
    parent_template = environment.get_template('python/resources.py.jinja', 'resources.py.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai.jinja', 'resources.py.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield from parent_template.root_render_func(context)

def block_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_here = resolve('here')
    pass
    if (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available') and (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create') in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'))):
        pass
        yield 'from typing import Type, TypeVar, cast\n'

def block_type_checking_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_here = resolve('here')
    l_0_up = resolve('up')
    pass
    if (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available') and (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create') in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'))):
        pass
        yield '    from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib._parsing import ParsedResponse\n    from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib._streaming import AsyncResponseStreamManager, ResponseStreamManager\n'

def block_module_code(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_here = resolve('here')
    pass
    if (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available') and (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create') in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'))):
        pass
        yield '\n_T = TypeVar("_T")\n'

def block_resource_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_r = resolve('r')
    l_0_op = resolve('op')
    l_0_methods = resolve('methods')
    l_0_args = resolve('args')
    l_0_text = resolve('text')
    l_0_tools = resolve('tools')
    l_0_parameters = resolve('parameters')
    l_0_with_format = resolve('with_format')
    l_0_forwarded = resolve('forwarded')
    l_0_is_async = resolve('is_async')
    l_0_up = resolve('up')
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_5 = environment.filters['rejectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'rejectattr' found.")
    try:
        t_6 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    if (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available') and (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create') in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'operations'))):
        pass
        l_0_op = environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create')
        _block_vars['op'] = l_0_op
        l_0_args = t_3(context.eval_ctx, t_5(context, context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'arguments'), (undefined(name='op') if l_0_op is missing else l_0_op), _block_vars=_block_vars), 'name', 'equalto', 'stream'))
        _block_vars['args'] = l_0_args
        l_0_text = t_1(t_2(environment, t_6(context, (undefined(name='args') if l_0_args is missing else l_0_args), 'wire_name', 'equalto', 'text')), None)
        _block_vars['text'] = l_0_text
        l_0_tools = t_1(t_2(environment, t_6(context, (undefined(name='args') if l_0_args is missing else l_0_args), 'wire_name', 'equalto', 'tools')), None)
        _block_vars['tools'] = l_0_tools
        def macro():
            t_7 = []
            pass
            t_7.append(
                '        text_format: Union[Type[_T], Omit] = OMIT,\n',
            )
            for l_2_p in (undefined(name='args') if l_0_args is missing else l_0_args):
                _loop_vars = {}
                pass
                if environment.getattr(l_2_p, 'required'):
                    pass
                    t_7.extend((
                        '        ',
                        str(environment.getattr(l_2_p, 'name')),
                        ': ',
                        str(environment.getattr(l_2_p, 'annotation')),
                        ',\n',
                    ))
                else:
                    pass
                    t_7.extend((
                        '        ',
                        str(environment.getattr(l_2_p, 'name')),
                        ': Union[',
                        str(environment.getattr(l_2_p, 'annotation')),
                        ', Omit] = OMIT,\n',
                    ))
            l_2_p = missing
            t_7.append(
                '        extra_headers: Optional[Headers] = None,\n        extra_query: Optional[Query] = None,\n        extra_body: Optional[Mapping[str, object]] = None,\n        timeout: Union[Timeout, Omit] = OMIT,\n        max_retries: Union[int, Omit] = OMIT,',
            )
            return concat(t_7)
        l_0_parameters = Macro(environment, macro, 'parameters', (), False, False, False, context.eval_ctx.autoescape)
        def macro():
            t_8 = []
            pass
            t_8.extend((
                '        if not isinstance(text_format, Omit):\n            if isinstance(',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                ', dict) and "format" in ',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                ':\n                raise TypeError("pass text_format= or ',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                '={\'format\': ...}, not both")\n            given: Dict[str, object] = dict(',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                ') if isinstance(',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                ', dict) else {}\n            ',
                str(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'name')),
                ' = cast(',
                str(t_4(environment.getattr((undefined(name='text') if l_0_text is missing else l_0_text), 'annotation'))),
                ', {**given, "format": text_format_param(text_format)})',
            ))
            return concat(t_8)
        l_0_with_format = Macro(environment, macro, 'with_format', (), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_indent):
            t_9 = []
            if l_1_indent is missing:
                l_1_indent = undefined("parameter 'indent' was not provided", name='indent')
            pass
            for l_2_p in (undefined(name='args') if l_0_args is missing else l_0_args):
                _loop_vars = {}
                pass
                t_9.extend((
                    str((' ' * l_1_indent)),
                    str(environment.getattr(l_2_p, 'name')),
                    '=',
                    str(environment.getattr(l_2_p, 'name')),
                    ',\n',
                ))
            l_2_p = missing
            t_9.extend((
                str((' ' * l_1_indent)),
                'extra_headers=extra_headers,\n',
                str((' ' * l_1_indent)),
                'extra_query=extra_query,\n',
                str((' ' * l_1_indent)),
                'extra_body=extra_body,\n',
                str((' ' * l_1_indent)),
                'timeout=timeout,\n',
                str((' ' * l_1_indent)),
                'max_retries=max_retries,',
            ))
            return concat(t_9)
        l_0_forwarded = Macro(environment, macro, 'forwarded', ('indent',), False, False, False, context.eval_ctx.autoescape)
        yield '\n    '
        yield str(('async ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else cond_expr_undefined("the inline if-expression on line 62 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
        yield 'def parse(\n        self,\n        *,\n'
        yield str(context.call((undefined(name='parameters') if l_0_parameters is missing else l_0_parameters), _block_vars=_block_vars))
        yield '\n    ) -> ParsedResponse[_T]:\n        """Create a response and parse its text into `text_format`, a pydantic model (or any type\n        pydantic reads), sent as its strict JSON schema; `output_parsed` holds the value. Calls of\n        tools made with `pydantic_function_tool` get their arguments parsed (`parsed_arguments`).\n\n        A refusal raises `RefusalError`, an answer that does not validate `OutputValidationError`;\n        both keep the response. Other arguments are `create`\'s.\n        """\n        from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib._parsing import parse_response, text_format_param\n\n'
        yield str(context.call((undefined(name='with_format') if l_0_with_format is missing else l_0_with_format), _block_vars=_block_vars))
        yield '\n        response = '
        yield str(('await ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else cond_expr_undefined("the inline if-expression on line 77 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
        yield 'self.'
        yield str(environment.getattr((undefined(name='op') if l_0_op is missing else l_0_op), 'name'))
        yield '(\n'
        yield str(context.call((undefined(name='forwarded') if l_0_forwarded is missing else l_0_forwarded), 12, _block_vars=_block_vars))
        yield '\n        )\n        return parse_response(\n            response,\n            None if isinstance(text_format, Omit) else text_format,\n            None if isinstance('
        yield str(environment.getattr((undefined(name='tools') if l_0_tools is missing else l_0_tools), 'name'))
        yield ', Omit) else '
        yield str(environment.getattr((undefined(name='tools') if l_0_tools is missing else l_0_tools), 'name'))
        yield ',\n        )\n\n    def stream(\n        self,\n        *,\n'
        yield str(context.call((undefined(name='parameters') if l_0_parameters is missing else l_0_parameters), _block_vars=_block_vars))
        yield '\n    ) -> '
        yield str(('AsyncResponseStreamManager' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'ResponseStreamManager'))
        yield '[_T]:\n        """Stream a response: `'
        yield str(('async ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else cond_expr_undefined("the inline if-expression on line 91 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
        yield 'with client.responses.stream(...) as stream`\n        sends the request, `'
        yield str(('async ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else cond_expr_undefined("the inline if-expression on line 92 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
        yield 'for event in stream` reads its events, and\n        `'
        yield str(('await ' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else cond_expr_undefined("the inline if-expression on line 93 in 'resources.py.jinja' evaluated to false and no else section was defined.")))
        yield 'stream.get_final_response()` returns it parsed, as `parse` does.\n        """\n        from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib._parsing import text_format_param\n        from '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib._streaming import '
        yield str(('AsyncResponseStreamManager' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'ResponseStreamManager'))
        yield '\n\n'
        yield str(context.call((undefined(name='with_format') if l_0_with_format is missing else l_0_with_format), _block_vars=_block_vars))
        yield '\n        return '
        yield str(('AsyncResponseStreamManager' if (undefined(name='is_async') if l_0_is_async is missing else l_0_is_async) else 'ResponseStreamManager'))
        yield '(\n            lambda: self.'
        yield str(environment.getattr((undefined(name='op') if l_0_op is missing else l_0_op), 'name'))
        yield '(\n                stream=True,\n'
        yield str(context.call((undefined(name='forwarded') if l_0_forwarded is missing else l_0_forwarded), 16, _block_vars=_block_vars))
        yield '\n            ),\n            None if isinstance(text_format, Omit) else text_format,\n            None if isinstance('
        yield str(environment.getattr((undefined(name='tools') if l_0_tools is missing else l_0_tools), 'name'))
        yield ', Omit) else '
        yield str(environment.getattr((undefined(name='tools') if l_0_tools is missing else l_0_tools), 'name'))
        yield ',\n        )\n'

blocks = {'imports': block_imports, 'type_checking_imports': block_type_checking_imports, 'module_code': block_module_code, 'resource_members': block_resource_members}
debug_info = '1=13&5=16&6=20&7=30&11=34&12=45&13=48&14=50&17=53&18=63&23=67&24=123&25=125&26=127&27=129&28=131&29=133&31=139&32=142&33=146&35=155&44=166&46=171&47=175&48=177&49=181&51=188&52=193&53=197&55=205&56=207&57=209&58=211&59=213&62=219&65=221&74=223&76=225&77=227&78=231&83=233&89=237&90=239&91=241&92=243&93=245&95=247&96=249&98=253&99=255&100=257&102=259&105=261'
