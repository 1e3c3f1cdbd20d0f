# compiled by jinja2 3.1.6 from models_init.py.jinja (sha256 7383844021739b35fc5daba206cc8046a2af0b9dd5af091a27ceb0b66ac9cbb2); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_layout = resolve('layout')
    l_0_lazy_init = missing
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    included_template = environment.get_template('_lazy_init.jinja', 'models_init.py.jinja').make_module(context.get_all(), True, {'lazy_init': l_0_lazy_init})
    l_0_lazy_init = getattr(included_template, 'lazy_init', missing)
    if l_0_lazy_init is missing:
        l_0_lazy_init = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'models_init.py.jinja') does not export the requested name 'lazy_init'", name='lazy_init')
    context.vars['lazy_init'] = l_0_lazy_init
    context.exported_vars.discard('lazy_init')
    yield str(context.call((undefined(name='lazy_init') if l_0_lazy_init is missing else l_0_lazy_init), environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'models'), 'Response-side types'))

blocks = {}
debug_info = '1=15&2=17&3=23'
