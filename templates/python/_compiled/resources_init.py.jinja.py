# compiled by jinja2 3.1.6 from resources_init.py.jinja (sha256 c12454c26fa566e2390d43fd944c5ea48561020428cbdcc53dd2e7101e22836d); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Client resources of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ', a module per top-level resource (or part of one).\n\nThe client loads each module when its resource is first used.\n"""\n'

blocks = {}
debug_info = '1=20&2=22'
