# compiled by jinja2 3.1.6 from _openai_ts.jinja (sha256 d66e953fca9cebe2471f06f9af1ca022d822797c4c80601030e2a77ae2571926); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_openai_ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_computes_output_text = l_0_finish = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_name):
        t_3 = []
        l_1_api = resolve('api')
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        t_3.append(
            str(('yes' if ((l_1_name and context.call(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'field'), l_1_name, 'output')) and t_1(context.eval_ctx, t_2(context, environment.getattr(context.call(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'get'), l_1_name), 'computed'), 'wire_name', 'equalto', 'output_text'))) else '')),
        )
        return concat(t_3)
    context.exported_vars.add('computes_output_text')
    context.vars['computes_output_text'] = l_0_computes_output_text = Macro(environment, macro, 'computes_output_text', ('name',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_4 = []
        l_1_api = resolve('api')
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_4.append(
            str(('.then(withOutputText)' if context.call((undefined(name='computes_output_text') if l_0_computes_output_text is missing else l_0_computes_output_text), context.call(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'named'), environment.getattr(l_1_op, 'result'))) else '')),
        )
        return concat(t_4)
    context.exported_vars.add('finish')
    context.vars['finish'] = l_0_finish = Macro(environment, macro, 'finish', ('op',), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=31&5=36&6=43'
