# compiled by jinja2 3.1.6 from _lazy_init.jinja (sha256 f8c794aa6495b68735395d66fa74010e69ac11c67d9154b875d70c89718e38b6); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_lazy_init.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lazy_init = missing
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
    def macro(l_1_modules, l_1_what):
        t_3 = []
        l_1_api = resolve('api')
        if l_1_modules is missing:
            l_1_modules = undefined("parameter 'modules' was not provided", name='modules')
        if l_1_what is missing:
            l_1_what = undefined("parameter 'what' was not provided", name='what')
        pass
        t_3.extend((
            '"""',
            str(l_1_what),
            ' of ',
            str(t_1(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'title'))),
            ' ',
            str(t_1(environment.getattr((undefined(name='api') if l_1_api is missing else l_1_api), 'version'))),
            ', in modules by the resource that uses them\n(`shared` for those several use). Import them from here: each loads its module on first use.\n"""\n\nfrom __future__ import annotations\n\nimport importlib\nfrom typing import TYPE_CHECKING, Any\n\nif TYPE_CHECKING:\n',
        ))
        for l_2_m in l_1_modules:
            _loop_vars = {}
            pass
            t_3.extend((
                '    from .',
                str(environment.getattr(l_2_m, 'name')),
                ' import (\n',
            ))
            for l_3_d in environment.getattr(l_2_m, 'declarations'):
                _loop_vars = {}
                pass
                t_3.extend((
                    '        ',
                    str(environment.getattr(l_3_d, 'name')),
                    ' as ',
                    str(environment.getattr(l_3_d, 'name')),
                    ',\n',
                ))
            l_3_d = missing
            t_3.append(
                '    )\n',
            )
        l_2_m = missing
        t_3.append(
            '\n# Name -> the module that defines it.\n_HOMES = {\n',
        )
        for l_2_m in l_1_modules:
            _loop_vars = {}
            pass
            for l_3_d in environment.getattr(l_2_m, 'declarations'):
                _loop_vars = {}
                pass
                t_3.extend((
                    '    ',
                    str(t_2(environment.getattr(l_3_d, 'name'))),
                    ': ',
                    str(t_2(str_join(('.', environment.getattr(l_2_m, 'name'), )))),
                    ',\n',
                ))
            l_3_d = missing
        l_2_m = missing
        t_3.append(
            '}\n\n\ndef __getattr__(name: str) -> Any:\n    home = _HOMES.get(name)\n    if home is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(importlib.import_module(home, __name__), name)\n    globals()[name] = value\n    return value\n',
        )
        return concat(t_3)
    context.exported_vars.add('lazy_init')
    context.vars['lazy_init'] = l_0_lazy_init = Macro(environment, macro, 'lazy_init', ('modules', 'what'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=34&13=41&14=46&15=49&16=54&23=67&24=70&25=75'
