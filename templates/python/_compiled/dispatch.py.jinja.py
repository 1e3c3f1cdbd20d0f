# compiled by jinja2 3.1.6 from dispatch.py.jinja (sha256 00cc1376687a7565da2be619650cd1109c4e3192bb290d122dc6ba3add086a5b); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'dispatch.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_dispatch_exports = resolve('dispatch_exports')
    l_0_dispatch_unions = resolve('dispatch_unions')
    l_0_main_stream = resolve('main_stream')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_3 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    try:
        t_4 = environment.filters['upper_snake']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'upper_snake' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n"""Dispatch tables for the discriminated unions: tag -> class, parse functions, handlers.\n\n`parse_<union>(data)` takes JSON bytes, str or an already decoded dict and\nreturns the variant its tag selects (or the union\'s `Unknown...` model).\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Any, Dict, Optional, Type, Union\n\nfrom pydantic import TypeAdapter\n\nfrom . import models as m\nfrom ._base import Model\n\n__all__ = [\n'
    for l_1_name in (undefined(name='dispatch_exports') if l_0_dispatch_exports is missing else l_0_dispatch_exports):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n'
    l_1_loop = missing
    for l_1_u, l_1_loop in LoopContext((undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions), undefined):
        l_1_handler_methods = resolve('handler_methods')
        l_1_const = l_1_parse = missing
        _loop_vars = {}
        pass
        l_1_const = t_4(environment.getattr(l_1_u, 'name'))
        _loop_vars['const'] = l_1_const
        l_1_parse = ('parse_' + t_3(environment.getattr(l_1_u, 'name')))
        _loop_vars['parse'] = l_1_parse
        yield '\n\n'
        def t_5(fiter):
            for l_2_g in fiter:
                if (t_1(environment.getattr(l_2_g, 'variants')) == 1):
                    yield l_2_g
        l_2_loop = missing
        t_6 = 1
        for l_2_g, l_2_loop in LoopContext(t_5(environment.getattr(l_1_u, 'tags')), undefined):
            _loop_vars = {}
            pass
            if environment.getattr(l_2_loop, 'first'):
                pass
                yield str((undefined(name='const') if l_1_const is missing else l_1_const))
                yield '_TYPES: Dict[str, Type[Model]] = {\n'
            yield '    '
            yield str(t_2(environment.getattr(l_2_g, 'tag')))
            yield ': m.'
            yield str(environment.getitem(environment.getattr(l_2_g, 'variants'), 0))
            yield ',\n'
            if environment.getattr(l_2_loop, 'last'):
                pass
                yield '}\n'
            t_6 = 0
        l_2_loop = l_2_g = missing
        if t_6:
            pass
            yield str((undefined(name='const') if l_1_const is missing else l_1_const))
            yield '_TYPES: Dict[str, Type[Model]] = {}\n'
        yield '"""Tag -> class for `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '`'
        if environment.getattr(l_1_u, 'shared_tags'):
            pass
            yield ' (shared tags, decided by best match, are left out)'
        yield '."""\n\n_'
        yield str(t_3(environment.getattr(l_1_u, 'name')))
        yield '_adapter: Optional[TypeAdapter[m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ']] = None\n\n\ndef '
        yield str((undefined(name='parse') if l_1_parse is missing else l_1_parse))
        yield '(data: Union[bytes, str, Dict[str, Any]]) -> m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ':\n    """Parse one `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '` from JSON text or a decoded dict."""\n    global _'
        yield str(t_3(environment.getattr(l_1_u, 'name')))
        yield '_adapter\n    adapter = _'
        yield str(t_3(environment.getattr(l_1_u, 'name')))
        yield '_adapter\n    if adapter is None:  # built on first use, so importing this module stays cheap\n        adapter = _'
        yield str(t_3(environment.getattr(l_1_u, 'name')))
        yield '_adapter = TypeAdapter(m.'
        yield str(environment.getattr(l_1_u, 'name'))
        yield ')\n    if isinstance(data, dict):\n        return adapter.validate_python(data)\n    return adapter.validate_json(data)\n'
        if (environment.getattr(l_1_u, 'is_stream') or environment.getattr(l_1_u, 'is_webhook')):
            pass
            yield '\n\nclass '
            yield str(environment.getattr(l_1_u, 'name'))
            yield 'Handler:\n    """Override the `on_...` methods for the events you care about; `dispatch` calls the right one.\n\n    Each event class maps to one method name, so dispatching is one table look-up.\n    """\n'
            for (l_2_method, l_2_variant) in context.call((undefined(name='handler_methods') if l_1_handler_methods is missing else l_1_handler_methods), l_1_u, _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '\n    def '
                yield str(l_2_method)
                yield '(self, event: m.'
                yield str(l_2_variant)
                yield ') -> None:\n        pass\n'
            l_2_method = l_2_variant = missing
            yield '\n    def on_unknown(self, event: m.Unknown'
            yield str(environment.getattr(l_1_u, 'name'))
            yield ') -> None:\n        """An event type this package does not know yet."""\n\n    def dispatch(self, event: m.'
            yield str(environment.getattr(l_1_u, 'name'))
            yield ') -> None:\n        getattr(self, _'
            yield str((undefined(name='const') if l_1_const is missing else l_1_const))
            yield '_METHODS.get(type(event), "on_unknown"))(event)\n\n\n_'
            yield str((undefined(name='const') if l_1_const is missing else l_1_const))
            yield '_METHODS: Dict[type, str] = {\n'
            for (l_2_method, l_2_variant) in context.call((undefined(name='handler_methods') if l_1_handler_methods is missing else l_1_handler_methods), l_1_u, _loop_vars=_loop_vars):
                _loop_vars = {}
                pass
                yield '    m.'
                yield str(l_2_variant)
                yield ': '
                yield str(t_2(l_2_method))
                yield ',\n'
            l_2_method = l_2_variant = missing
            yield '}\n'
    l_1_loop = l_1_u = l_1_const = l_1_parse = l_1_handler_methods = missing
    if (undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream):
        pass
        yield "\n\n# The package's one event stream, under short names.\nEVENT_TYPES = "
        yield str(t_4(environment.getattr((undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream), 'name')))
        yield '_TYPES\nparse_event = parse_'
        yield str(t_3(environment.getattr((undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream), 'name')))
        yield '\nEventHandler = '
        yield str(environment.getattr((undefined(name='main_stream') if l_0_main_stream is missing else l_0_main_stream), 'name'))
        yield 'Handler\n'

blocks = {}
debug_info = '1=40&19=42&20=46&23=51&24=56&25=58&28=61&29=70&30=72&32=75&33=79&37=86&39=89&41=95&44=99&45=103&46=105&47=107&49=109&53=113&56=116&61=118&63=122&67=128&70=130&71=132&74=134&75=136&76=140&81=147&85=150&86=152&87=154'
