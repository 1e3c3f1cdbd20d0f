# compiled by jinja2 3.1.6 from models.py.jinja (sha256 9c2805dcc63a92e9190e1105649ba7f1dad65648a425441ef150fabeaae2c350); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = missing
    pass
    parent_template = environment.get_template('python/models.py.jinja', 'models.py.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai.jinja', 'models.py.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield from parent_template.root_render_func(context)

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_d = resolve('d')
    l_0_o = resolve('o')
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
    if ((environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'name') == environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response')) and t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'computed'), 'wire_name', 'equalto', 'output_text'))):
        pass
        yield '\n    @property\n    def output_text(self) -> str:\n        """The text of every `output_text` part of the output\'s messages, joined (computed here,\n        as openai-python computes it: servers do not send it)."""\n        texts: List[str] = []\n        for item in self.output or ():\n            if getattr(item, "type", None) == "message":\n                for part in getattr(item, "content", None) or ():\n                    text = getattr(part, "text", None)\n                    if getattr(part, "type", None) == "output_text" and isinstance(text, str):\n                        texts.append(text)\n        return "".join(texts)\n'

blocks = {'model_members': block_model_members}
debug_info = '1=13&4=16&5=20&6=42'
