# compiled by jinja2 3.1.6 from params_init.py.jinja (sha256 ae2672254687c19411eb6b1752099776749c0bfe4e89e5fa543ee43008291863); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'params_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_layout = resolve('layout')
    try:
        t_1 = environment.filters['inline_doc']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'inline_doc' found.")
    try:
        t_2 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Request-side types (TypedDicts) of '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ', in modules by the resource that uses them\n(`shared` for those several use). Import them from here: each loads its module on first use.\n"""\n\nfrom __future__ import annotations\n\nimport importlib\nfrom typing import TYPE_CHECKING, Any\n\nif TYPE_CHECKING:\n'
    for l_1_m in environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'params'):
        _loop_vars = {}
        pass
        yield '    from .'
        yield str(environment.getattr(l_1_m, 'name'))
        yield ' import (\n'
        for l_2_d in environment.getattr(l_1_m, 'declarations'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(environment.getattr(l_2_d, 'name'))
            yield ' as '
            yield str(environment.getattr(l_2_d, 'name'))
            yield ',\n'
        l_2_d = missing
        yield '    )\n'
    l_1_m = missing
    yield '\n# Name -> the module that defines it.\n_HOMES = {\n'
    for l_1_m in environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'params'):
        _loop_vars = {}
        pass
        for l_2_d in environment.getattr(l_1_m, 'declarations'):
            _loop_vars = {}
            pass
            yield '    '
            yield str(t_2(environment.getattr(l_2_d, 'name')))
            yield ': '
            yield str(t_2(str_join(('.', environment.getattr(l_1_m, 'name'), ))))
            yield ',\n'
        l_2_d = missing
    l_1_m = missing
    yield '}\n\n\ndef __getattr__(name: str) -> Any:\n    home = _HOMES.get(name)\n    if home is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(importlib.import_module(home, __name__), name)\n    globals()[name] = value\n    return value\n'

blocks = {}
debug_info = '1=27&2=29&12=33&13=37&14=39&15=43&22=51&23=54&24=58'
