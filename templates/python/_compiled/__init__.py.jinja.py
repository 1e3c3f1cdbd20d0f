# compiled by jinja2 3.1.6 from __init__.py.jinja (sha256 fbb6489524bd4f2f8bdf1a16b57a9ebe05543df0fa123b9edc5227a141e2a2df); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '__init__.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_package = resolve('package')
    l_0_dispatch_unions = resolve('dispatch_unions')
    l_0_client_exports = resolve('client_exports')
    l_0_set_exports = resolve('set_exports')
    l_0_dispatch_exports = resolve('dispatch_exports')
    l_0_model_exports = missing
    try:
        t_1 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_2 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_3 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_4 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Python bindings for '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '.\n\nNames load on first use, so `import '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '` stays fast: `Client` and\n`AsyncClient` are the entry points, `models` holds the response types,\n`params` the request types'
    yield str((', `dispatch` the union tables' if (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions) else cond_expr_undefined("the inline if-expression on line 6 in '__init__.py.jinja' evaluated to false and no else section was defined.")))
    yield '.\n"""\n\nfrom __future__ import annotations\n\nimport importlib\nfrom typing import TYPE_CHECKING, Any\n\nif TYPE_CHECKING:\n    from . import '
    yield str(('dispatch as dispatch, ' if (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions) else cond_expr_undefined("the inline if-expression on line 15 in '__init__.py.jinja' evaluated to false and no else section was defined.")))
    yield 'models as models, params as params\n    from ._errors import (\n'
    for l_1_name in environment.getitem((undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports), '_errors'):
        _loop_vars = {}
        pass
        yield '        '
        yield str(l_1_name)
        yield ' as '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield '    )\n    from ._http import APIResponse as APIResponse, OMIT as OMIT, Omit as Omit\n'
    if ('_pages' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '    from ._pages import AsyncPage as AsyncPage, SyncPage as SyncPage\n'
    if ('_streams' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '    from ._streams import AsyncStream as AsyncStream, Stream as Stream\n'
    yield '    from .client import AsyncClient as AsyncClient, Client as Client\n'
    if ('_content' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '    from ._content import (\n        AsyncBinaryResponse as AsyncBinaryResponse,\n        BinaryResponse as BinaryResponse,\n        FileTypes as FileTypes,\n    )\n'
    if ('_accumulate' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '    from ._accumulate import Accumulator as Accumulator, accumulate as accumulate\n'
    if ('_webhooks' in (undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports)):
        pass
        yield '    from ._webhooks import Webhooks as Webhooks\n'
    for (l_1_module, l_1_names) in context.call(environment.getattr((undefined(name='set_exports') if l_0_set_exports is missing else l_0_set_exports), 'items')):
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(l_1_module)
        yield ' import (\n'
        for l_2_name in l_1_names:
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_2_name)
            yield ' as '
            yield str(l_2_name)
            yield ',\n'
        l_2_name = missing
        yield '    )\n'
    l_1_module = l_1_names = missing
    if (undefined(name='dispatch_exports') if l_0_dispatch_exports is missing else l_0_dispatch_exports):
        pass
        yield '    from .dispatch import (\n'
        for l_1_name in (undefined(name='dispatch_exports') if l_0_dispatch_exports is missing else l_0_dispatch_exports):
            _loop_vars = {}
            pass
            yield '        '
            yield str(l_1_name)
            yield ' as '
            yield str(l_1_name)
            yield ',\n'
        l_1_name = missing
        yield '    )\n'
    l_0_model_exports = t_2(context.eval_ctx, t_4(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'declarations'), 'usage', 'contains', 'response'))
    context.vars['model_exports'] = l_0_model_exports
    context.exported_vars.add('model_exports')
    if (undefined(name='model_exports') if l_0_model_exports is missing else l_0_model_exports):
        pass
        yield '    from .models import (\n'
        for l_1_d in (undefined(name='model_exports') if l_0_model_exports is missing else l_0_model_exports):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' as '
            yield str(environment.getattr(l_1_d, 'name'))
            yield ',\n'
        l_1_d = missing
        yield '    )\n'
    yield '\n__version__ = '
    yield str(t_3(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield '\n\n_SUBMODULES = frozenset({"models", "params", '
    yield str(('"dispatch", ' if (undefined(name='dispatch_unions') if l_0_dispatch_unions is missing else l_0_dispatch_unions) else cond_expr_undefined("the inline if-expression on line 67 in '__init__.py.jinja' evaluated to false and no else section was defined.")))
    yield '"client", "resources"})\n# Names found outside `models`, by module.\n_HOMES = {\n'
    for (l_1_module, l_1_names) in context.call(environment.getattr((undefined(name='client_exports') if l_0_client_exports is missing else l_0_client_exports), 'items')):
        _loop_vars = {}
        pass
        for l_2_name in l_1_names:
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_3(l_2_name))
            yield ': '
            yield str(t_3(str_join(('.', l_1_module, ))))
            yield ',\n'
        l_2_name = missing
    l_1_module = l_1_names = missing
    for l_1_name in (undefined(name='dispatch_exports') if l_0_dispatch_exports is missing else l_0_dispatch_exports):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_3(l_1_name))
        yield ': ".dispatch",\n'
    l_1_name = missing
    for (l_1_module, l_1_names) in context.call(environment.getattr((undefined(name='set_exports') if l_0_set_exports is missing else l_0_set_exports), 'items')):
        _loop_vars = {}
        pass
        for l_2_name in l_1_names:
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_3(l_2_name))
            yield ': '
            yield str(t_3(str_join(('.', l_1_module, ))))
            yield ',\n'
        l_2_name = missing
    l_1_module = l_1_names = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    if name in _SUBMODULES:\n        return importlib.import_module(f".{name}", __name__)\n    module = importlib.import_module(_HOMES.get(name, ".models"), __name__)\n    try:\n        value = getattr(module, name)\n    except AttributeError:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None\n    globals()[name] = value\n    return value\n'

blocks = {}
debug_info = '1=44&2=46&4=50&6=52&15=54&17=56&18=60&22=66&25=69&29=73&36=76&39=79&42=82&43=86&44=88&45=92&49=99&51=102&52=106&56=112&57=115&59=118&60=122&65=129&67=131&70=133&71=136&72=140&75=146&76=150&78=153&79=156&80=160'
