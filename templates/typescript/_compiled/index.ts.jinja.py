# compiled by jinja2 3.1.6 from index.ts.jinja (sha256 7741fb9463d4eb546b38c454c8ea4db88f90c2975392e7988ac46af6f8ab8fd1); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\nexport type * from "./models.js";\nexport * from "./dispatch.js";\nexport * from "./client.js";\n'

blocks = {}
debug_info = '1=13'
