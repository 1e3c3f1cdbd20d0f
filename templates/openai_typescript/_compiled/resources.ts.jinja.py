# compiled by jinja2 3.1.6 from resources.ts.jinja (sha256 34247ec6509320aa6c6346dab92c0d569d741bbd73680fece4ab11e41065973b); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = missing
    pass
    parent_template = environment.get_template('typescript/resources.ts.jinja', 'resources.ts.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'resources.ts.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
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
        t_1 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield str(t_1(context.eval_ctx, context.call(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'finish'), (undefined(name='op') if l_0_op is missing else l_0_op), _block_vars=_block_vars), '.then(', '.map('))

blocks = {'imports': block_imports, 'switch_result': block_switch_result, 'json_result': block_json_result}
debug_info = '1=13&3=16&4=20&5=32&6=34&7=42&8=45&11=48&12=60'
