# compiled by jinja2 3.1.6 from resources.ts.jinja (sha256 ea310a4418cd1a787f512e897c0f10b43fa5f48fd6792b63a2237aee49df714f); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = l_0_helped = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['select']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'select' found.")
    pass
    parent_template = environment.get_template('typescript/resources.ts.jinja', 'resources.ts.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'resources.ts.jinja').make_module(context.get_all(), True, {'helped': l_0_helped, 'o': l_0_o})
    context.exported_vars.discard('o')
    def macro(l_1_ops):
        t_4 = []
        l_1_methods = resolve('methods')
        l_1_x = missing
        if l_1_ops is missing:
            l_1_ops = undefined("parameter 'ops' was not provided", name='ops')
        pass
        l_1_x = (context.call((undefined(name='methods') if l_1_methods is missing else l_1_methods), environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create')) if (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available') and (environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create') in l_1_ops)) else None)
        t_4.append(
            str(('yes' if (((((undefined(name='x') if l_1_x is missing else l_1_x) and (not environment.getattr((undefined(name='x') if l_1_x is missing else l_1_x), 'path_args'))) and (not environment.getattr((undefined(name='x') if l_1_x is missing else l_1_x), 'body_type'))) and environment.getattr((undefined(name='x') if l_1_x is missing else l_1_x), 'stream_switch')) and (not t_1(context.eval_ctx, t_3(context, t_2(context, t_2(context, l_1_ops, attribute='name'), 'member'), 'in', ['parse', 'stream'])))) else '')),
        )
        return concat(t_4)
    context.exported_vars.add('helped')
    context.vars['helped'] = l_0_helped = Macro(environment, macro, 'helped', ('ops',), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_imports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_namespace = resolve('namespace')
    l_0_here = resolve('here')
    l_0_up = resolve('up')
    l_0_helped = resolve('helped')
    l_0_ns = missing
    pass
    l_0_ns = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), needed=False, _block_vars=_block_vars)
    _block_vars['ns'] = l_0_ns
    for l_1_op in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'):
        l_1_o = resolve('o')
        _loop_vars = {}
        pass
        if not isinstance(l_0_ns, Namespace):
            raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
        l_0_ns['needed'] = (environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'needed') or (context.call(environment.getattr((undefined(name='o') if l_1_o is missing else l_1_o), 'finish'), l_1_op, _loop_vars=_loop_vars) != ''))
    l_1_op = l_1_o = missing
    if environment.getattr((undefined(name='ns') if l_0_ns is missing else l_0_ns), 'needed'):
        pass
        yield 'import { withOutputText } from "'
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib/output_text.js";\n'
    if context.call((undefined(name='helped') if l_0_helped is missing else l_0_helped), environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'operations'), _block_vars=_block_vars):
        pass
        yield 'import { parseResponse } from "'
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib/parsing.js";\nimport type { ParseableTextFormat, ParsedResponse } from "'
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib/parsing.js";\nimport { ResponseStream } from "'
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield 'lib/streaming.js";\n'

def block_switch_result(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_op = resolve('op')
    pass
    yield str(context.call(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'finish'), (undefined(name='op') if l_0_op is missing else l_0_op), _block_vars=_block_vars))

def block_json_result(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_op = resolve('op')
    try:
        t_5 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield str(t_5(context.eval_ctx, context.call(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'finish'), (undefined(name='op') if l_0_op is missing else l_0_op), _block_vars=_block_vars), '.then(', '.map('))

def block_resource_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_helped = resolve('helped')
    l_0_r = resolve('r')
    l_0_methods = resolve('methods')
    l_0_o = resolve('o')
    l_0_x = resolve('x')
    l_0_P = resolve('P')
    l_0_text = resolve('text')
    l_0_given = resolve('given')
    pass
    if context.call((undefined(name='helped') if l_0_helped is missing else l_0_helped), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'operations'), _block_vars=_block_vars):
        pass
        l_0_x = context.call((undefined(name='methods') if l_0_methods is missing else l_0_methods), environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create'), _block_vars=_block_vars)
        _block_vars['x'] = l_0_x
        l_0_P = environment.getitem(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'params_names'), environment.getattr(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'create'), 'id'))
        _block_vars['P'] = l_0_P
        l_0_text = str_join(('NonNullable<', (undefined(name='P') if l_0_P is missing else l_0_P), '["text"]>', ))
        _block_vars['text'] = l_0_text
        l_0_given = str_join(('Omit<', (undefined(name='P') if l_0_P is missing else l_0_P), ', "stream" | "text"> & { text?: Omit<', (undefined(name='text') if l_0_text is missing else l_0_text), ', "format"> & { format?: ParseableTextFormat<T> | ', (undefined(name='text') if l_0_text is missing else l_0_text), '["format"] } }', ))
        _block_vars['given'] = l_0_given
        yield '\n  /**\n   * Create a response and parse its text as `text.format` says: a format made with `textFormat`\n   * reads the answer with its `parse`, another `json_schema` format as JSON; `output_parsed`\n   * holds the value. Calls of tools made with `functionTool` get their arguments parsed\n   * (`parsed_arguments`). A refusal throws `RefusalError`, an invalid answer\n   * `OutputValidationError`; both keep the response. The parameters are `'
        yield str(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'name'))
        yield "`'s.\n   */\n  parse<T = unknown>(params: "
        yield str((undefined(name='given') if l_0_given is missing else l_0_given))
        yield ', options?: RequestOptions): Promise<ParsedResponse<T>> {\n    return this.'
        yield str(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'name'))
        yield '(params, options).then((response) => parseResponse<T>(response, params));\n  }\n\n  /**\n   * Stream a response: `for await (const event of stream)` reads its events, and\n   * `await stream.finalResponse()` returns it parsed, as `parse` does. The request is sent at once.\n   */\n  stream<T = unknown>(params: '
        yield str((undefined(name='given') if l_0_given is missing else l_0_given))
        yield ', options?: RequestOptions): ResponseStream<T, '
        yield str(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'stream_item'))
        yield '> {\n    return new ResponseStream<T, '
        yield str(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'stream_item'))
        yield '>(this.'
        yield str(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'name'))
        yield '({ ...params, stream: true }, options), params);\n  }\n'

blocks = {'imports': block_imports, 'switch_result': block_switch_result, 'json_result': block_json_result, 'resource_members': block_resource_members}
debug_info = '1=31&5=34&6=36&7=43&8=45&10=52&11=65&12=67&13=75&14=78&16=80&17=83&18=85&19=87&22=90&23=102&24=120&25=136&26=138&27=140&28=142&29=144&36=147&38=149&39=151&46=153&47=157'
