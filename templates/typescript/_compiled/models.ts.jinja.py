# compiled by jinja2 3.1.6 from models.ts.jinja (sha256 5ba716088ed29461351a78a71f53c42d0b324c1e6b8a8dd2f1b64533a555376e); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_2 = environment.filters['ts_field']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'ts_field' found.")
    try:
        t_3 = environment.filters['ts_prop']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'ts_prop' found.")
    try:
        t_4 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    try:
        t_5 = environment.filters['ts_type']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'ts_type' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n/**\n * Types of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n *\n * Each discriminated union `X` lists its known variants; `UnknownX` is the\n * shape of a member whose tag this package does not know yet (parse functions\n * in dispatch.ts return `X | UnknownX`).\n */\nimport type { Uploadable as $Uploadable } from "./core.js";\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'declarations'), undefined):
        l_1_ir_union = resolve('ir_union')
        l_1_kind = missing
        _loop_vars = {}
        pass
        l_1_kind = environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__')
        _loop_vars['kind'] = l_1_kind
        yield '\n'
        if (environment.getattr(l_1_d, 'description') or environment.getattr(l_1_d, 'deprecated')):
            pass
            yield '/**\n'
            if environment.getattr(l_1_d, 'description'):
                pass
                yield str(t_1(environment.getattr(l_1_d, 'description')))
                yield '\n'
            if environment.getattr(l_1_d, 'deprecated'):
                pass
                yield ' * @deprecated\n'
            yield ' */\n'
        if ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'Model'):
            pass
            yield 'export interface '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' {\n'
            for l_2_f in environment.getattr(l_1_d, 'fields'):
                _loop_vars = {}
                pass
                if (environment.getattr(l_2_f, 'description') or environment.getattr(l_2_f, 'deprecated')):
                    pass
                    yield '  /**\n'
                    if environment.getattr(l_2_f, 'description'):
                        pass
                        yield str(t_1(environment.getattr(l_2_f, 'description'), 2))
                        yield '\n'
                    if environment.getattr(l_2_f, 'deprecated'):
                        pass
                        yield '   * @deprecated\n'
                    yield '   */\n'
                yield '  '
                yield str(t_3(environment.getattr(l_2_f, 'wire_name')))
                yield str(('' if environment.getattr(l_2_f, 'required') else '?'))
                yield ': '
                yield str(t_2(l_2_f))
                yield ';\n'
            l_2_f = missing
            yield from context.blocks['model_members'][0](context.derived({'d': l_1_d, 'kind': l_1_kind, 'loop': l_1_loop}))
            if environment.getattr(l_1_d, 'extra'):
                pass
                yield '  [key: string]: unknown;\n'
            yield '}\n'
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'Enum'):
            pass
            yield 'export type '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_d, 'values'), undefined):
                _loop_vars = {}
                pass
                yield str((' | ' if (not environment.getattr(l_2_loop, 'first')) else cond_expr_undefined("the inline if-expression on line 44 in 'models.ts.jinja' evaluated to false and no else section was defined.")))
                yield str(t_4(l_2_v))
            l_2_loop = l_2_v = missing
            yield ';\n'
        elif ((undefined(name='kind') if l_1_kind is missing else l_1_kind) == 'Alias'):
            pass
            yield 'export type '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            yield str(t_5(environment.getattr(l_1_d, 'type')))
            yield ';\n'
        elif environment.getattr(l_1_d, 'discriminator'):
            pass
            yield 'export type '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            l_2_loop = missing
            for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_d, 'variants'), undefined):
                _loop_vars = {}
                pass
                yield str((' | ' if (not environment.getattr(l_2_loop, 'first')) else cond_expr_undefined("the inline if-expression on line 48 in 'models.ts.jinja' evaluated to false and no else section was defined.")))
                yield str(environment.getattr(l_2_v, 'name'))
            l_2_loop = l_2_v = missing
            yield ';\n\n/** A `'
            yield str(environment.getattr(l_1_d, 'name'))
            yield '` member whose tag this package does not know yet; every field is kept. */\nexport interface Unknown'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' {\n  '
            yield str(t_3(environment.getattr(l_1_d, 'discriminator')))
            yield '?: string;\n  [key: string]: unknown;\n}\n'
        else:
            pass
            yield 'export type '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            yield str(t_5(context.call((undefined(name='ir_union') if l_1_ir_union is missing else l_1_ir_union), l_1_d, _loop_vars=_loop_vars)))
            yield ';\n'
    l_1_loop = l_1_d = l_1_kind = l_1_ir_union = missing

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'model_members': block_model_members}
debug_info = '1=44&3=46&10=51&11=56&13=59&15=62&16=64&18=66&23=70&24=73&25=75&26=78&28=81&29=83&31=85&36=90&38=96&39=97&43=101&44=104&45=114&46=117&47=121&48=124&50=134&51=136&52=138&56=143&38=149'
