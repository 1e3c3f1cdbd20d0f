# compiled by jinja2 3.1.6 from models.py.jinja (sha256 ba56fac3f7520e04a0774c0b66b5e746b7ff9eeed440829e9b30df633915cce3); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('python/models.py.jinja', 'models.py.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_d = resolve('d')
    l_0_api = resolve('api')
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
    if (t_1(context.eval_ctx, t_2(context, environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'computed'), 'wire_name', 'equalto', 'output_text')) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'name'), 'output', _block_vars=_block_vars)):
        pass
        yield '\n    @property\n    def output_text(self) -> str:\n        """The text of every `output_text` part of the output\'s messages, joined (computed here,\n        as openai-python computes it: servers do not send it)."""\n        texts: List[str] = []\n        for item in self.output or ():\n            if getattr(item, "type", None) == "message":\n                for part in getattr(item, "content", None) or ():\n                    text = getattr(part, "text", None)\n                    if getattr(part, "type", None) == "output_text" and isinstance(text, str):\n                        texts.append(text)\n        return "".join(texts)\n'

blocks = {'model_members': block_model_members}
debug_info = '1=12&4=17&5=39'
