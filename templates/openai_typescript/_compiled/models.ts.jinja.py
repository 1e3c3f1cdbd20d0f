# compiled by jinja2 3.1.6 from models.ts.jinja (sha256 90b02f7f253fe1fde4a83d56ea4d12c779284306a48dc46102a139d2986aee80); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = missing
    pass
    parent_template = environment.get_template('typescript/models.ts.jinja', 'models.ts.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'models.ts.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield from parent_template.root_render_func(context)

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    l_0_d = resolve('d')
    pass
    if context.call(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'computes_output_text'), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'name'), _block_vars=_block_vars):
        pass
        yield "  /** The text of every `output_text` part of the output's messages, joined (computed by the client, as openai-node does: servers do not send it). */\n  output_text: string;\n"

blocks = {'model_members': block_model_members}
debug_info = '1=13&4=16&5=20&6=30'
