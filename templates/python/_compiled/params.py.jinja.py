# compiled by jinja2 3.1.6 from params.py.jinja (sha256 b3dbca5fd81592d0d5085ace7654f53f675a192cf6985ca954ed3c5ec5da6761); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'params.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_item = resolve('item')
    l_0_layout = resolve('layout')
    l_0_api = resolve('api')
    l_0_methods = resolve('methods')
    l_0_here = l_0_up = missing
    try:
        t_1 = environment.filters['docstring']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'docstring' found.")
    try:
        t_2 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_5 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_6 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n'
    l_0_here = ((undefined(name='item') if l_0_item is missing else l_0_item) if t_6((undefined(name='item') if l_0_item is missing else l_0_item)) else environment.getitem(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'params'), 0))
    context.vars['here'] = l_0_here
    context.exported_vars.add('here')
    l_0_up = ('..' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else '.')
    context.vars['up'] = l_0_up
    context.exported_vars.add('up')
    yield '"""Request-side types of '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n\nEach object is a TypedDict, so a type checker flags a misspelt key or a wrong\nvalue; at run time they are plain dicts. The names match those in `models`.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Any, Dict, List, Literal, Optional, Union\n\nfrom typing_extensions import NotRequired, Required, TypedDict\n'
    if context.call(environment.getattr((undefined(name='methods') if l_0_methods is missing else l_0_methods), 'uses_files')):
        pass
        yield '\nfrom '
        yield str((undefined(name='up') if l_0_up is missing else l_0_up))
        yield '_content import FileTypes\n'
    for (l_1_module, l_1_names) in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'imports'):
        _loop_vars = {}
        pass
        yield '\nfrom .'
        yield str(l_1_module)
        yield ' import (\n'
        for l_2_name in l_1_names:
            _loop_vars = {}
            pass
            yield '    '
            yield str(l_2_name)
            yield ',\n'
        l_2_name = missing
        yield ')\n'
    l_1_module = l_1_names = missing
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'declarations'), undefined):
        l_1_functional = resolve('functional')
        l_1_described = resolve('described')
        l_1_types = resolve('types')
        l_1_ir_union = resolve('ir_union')
        l_1_after_class = missing
        _loop_vars = {}
        pass
        l_1_after_class = (t_6(environment.getattr(l_1_loop, 'previtem')) and (environment.getattr(environment.getattr(environment.getattr(l_1_loop, 'previtem'), '__class__'), '__name__') == 'Model'))
        _loop_vars['after_class'] = l_1_after_class
        if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Model'):
            pass
            l_1_functional = t_3(context.eval_ctx, t_5(context, environment.getattr(l_1_d, 'fields'), 'wire_name', 'not_identifier'))
            _loop_vars['functional'] = l_1_functional
            yield '\n\n'
            if (undefined(name='functional') if l_1_functional is missing else l_1_functional):
                pass
                yield str(environment.getattr(l_1_d, 'name'))
                yield ' = TypedDict(\n    '
                yield str(t_4(environment.getattr(l_1_d, 'name')))
                yield ',\n    {\n'
                def t_7(fiter):
                    for l_2_f in fiter:
                        if environment.getattr(l_2_f, 'wire_name'):
                            yield l_2_f
                for l_2_f in t_7(environment.getattr(l_1_d, 'fields')):
                    l_2_params_field = resolve('params_field')
                    _loop_vars = {}
                    pass
                    yield '        '
                    yield str(t_4(environment.getattr(l_2_f, 'wire_name')))
                    yield ': '
                    yield str(('Required' if environment.getattr(l_2_f, 'required') else 'NotRequired'))
                    yield '['
                    yield str(context.call((undefined(name='params_field') if l_2_params_field is missing else l_2_params_field), l_1_d, l_2_f, quote=True, _loop_vars=_loop_vars))
                    yield '],\n'
                l_2_f = l_2_params_field = missing
                yield '    },\n    total=False,\n)\n'
                if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
                    pass
                    yield '"""'
                    yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars)))
                    yield '"""\n'
            else:
                pass
                yield 'class '
                yield str(environment.getattr(l_1_d, 'name'))
                yield '(TypedDict, total=False):\n'
                if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
                    pass
                    yield '    """'
                    yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars), 4, closing=True))
                    yield '"""\n'
                def t_8(fiter):
                    for l_2_f in fiter:
                        if environment.getattr(l_2_f, 'wire_name'):
                            yield l_2_f
                for l_2_f in t_8(environment.getattr(l_1_d, 'fields')):
                    l_2_params_field = resolve('params_field')
                    _loop_vars = {}
                    pass
                    yield '\n    '
                    yield str(environment.getattr(l_2_f, 'wire_name'))
                    yield ': '
                    yield str(('Required' if environment.getattr(l_2_f, 'required') else 'NotRequired'))
                    yield '['
                    yield str(context.call((undefined(name='params_field') if l_2_params_field is missing else l_2_params_field), l_1_d, l_2_f, _loop_vars=_loop_vars))
                    yield ']\n'
                    if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_2_f, _loop_vars=_loop_vars):
                        pass
                        yield '    """'
                        yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_2_f, _loop_vars=_loop_vars), 4))
                        yield '"""\n'
                l_2_f = l_2_params_field = missing
                if ((not environment.getattr(l_1_d, 'fields')) and (not context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars))):
                    pass
                    yield '    pass\n'
        elif (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Enum'):
            pass
            if (undefined(name='after_class') if l_1_after_class is missing else l_1_after_class):
                pass
                yield '\n'
            yield '\n'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = Literal[\n'
            for l_2_v in environment.getattr(l_1_d, 'values'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(t_4(l_2_v))
                yield ',\n'
            l_2_v = missing
            yield ']\n'
        elif (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Alias'):
            pass
            if (undefined(name='after_class') if l_1_after_class is missing else l_1_after_class):
                pass
                yield '\n'
            yield '\n'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            yield str(context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_d, 'type'), 'request', quote=True, _loop_vars=_loop_vars))
            yield '\n'
        elif environment.getattr(l_1_d, 'discriminator'):
            pass
            if (undefined(name='after_class') if l_1_after_class is missing else l_1_after_class):
                pass
                yield '\n'
            yield '\n'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = Union[\n'
            for l_2_v in environment.getattr(l_1_d, 'variants'):
                _loop_vars = {}
                pass
                yield '    "'
                yield str(environment.getattr(l_2_v, 'name'))
                yield '",\n'
            l_2_v = missing
            yield ']\n'
        else:
            pass
            if (undefined(name='after_class') if l_1_after_class is missing else l_1_after_class):
                pass
                yield '\n'
            yield '\n'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            yield str(context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), context.call((undefined(name='ir_union') if l_1_ir_union is missing else l_1_ir_union), l_1_d, _loop_vars=_loop_vars), 'request', quote=True, _loop_vars=_loop_vars))
            yield '\n'
    l_1_loop = l_1_d = l_1_after_class = l_1_functional = l_1_described = l_1_types = l_1_ir_union = missing

blocks = {}
debug_info = '1=54&3=56&4=59&5=63&16=67&18=70&20=72&22=76&23=78&24=82&28=88&30=96&31=98&32=100&35=103&36=105&37=107&39=109&40=118&45=126&46=129&49=134&50=136&51=139&53=141&55=150&56=156&57=159&60=162&64=165&65=167&69=171&70=173&71=177&74=181&75=183&79=187&80=191&81=193&85=197&86=199&87=203&91=209&95=213'
