# compiled by jinja2 3.1.6 from models.py.jinja (sha256 341d54ea45e669c9756d9a441ac7fd2af49976628977c07fdadeacc1939e136a); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'models.py.jinja'

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
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['literal']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'literal' found.")
    try:
        t_5 = environment.filters['pyname']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'pyname' found.")
    try:
        t_6 = environment.filters['snake']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'snake' found.")
    try:
        t_7 = environment.filters['upper_snake']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'upper_snake' found.")
    try:
        t_8 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n# pyright: reportUnusedImport=false\n'
    l_0_here = ((undefined(name='item') if l_0_item is missing else l_0_item) if t_8((undefined(name='item') if l_0_item is missing else l_0_item)) else environment.getitem(environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'models'), 0))
    context.vars['here'] = l_0_here
    context.exported_vars.add('here')
    l_0_up = ('..' if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else '.')
    context.vars['up'] = l_0_up
    context.exported_vars.add('up')
    yield '"""Response-side types of '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_2(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield str((str_join((' (', environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'name'), ')', )) if environment.getattr((undefined(name='layout') if l_0_layout is missing else l_0_layout), 'split') else cond_expr_undefined("the inline if-expression on line 5 in 'models.py.jinja' evaluated to false and no else section was defined.")))
    yield ': pydantic models, enums and unions.\n\nReaders are tolerant: unknown fields and enum values are kept, a union member\nwith a tag this package does not know parses into that union\'s `Unknown...`\nmodel, and a required field a server leaves out reads None.\n"""\n\nfrom __future__ import annotations\n\nfrom typing import Annotated, Any, Dict, List, Literal, Optional, Union, cast\n\nfrom pydantic import Discriminator, Field, Tag\n\nfrom '
    yield str((undefined(name='up') if l_0_up is missing else l_0_up))
    yield '_base import REQUIRED, Model\n'
    for (l_1_module, l_1_names) in environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'imports'):
        _loop_vars = {}
        pass
        yield 'from .'
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
    def t_9(fiter):
        for l_1_d in fiter:
            if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Enum'):
                yield l_1_d
    for l_1_d in t_9(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'declarations')):
        l_1_described = resolve('described')
        _loop_vars = {}
        pass
        yield '\n'
        yield str(environment.getattr(l_1_d, 'name'))
        yield ' = Union[\n    Literal[\n'
        for l_2_v in environment.getattr(l_1_d, 'values'):
            _loop_vars = {}
            pass
            yield '        '
            yield str(t_4(l_2_v))
            yield ',\n'
        l_2_v = missing
        yield '    ],\n    str,\n]\n'
        if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
            pass
            yield '"""'
            yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars)))
            yield '"""\n'
    l_1_d = l_1_described = missing
    def t_10(fiter):
        for l_1_d in fiter:
            if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Model'):
                yield l_1_d
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(t_10(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'declarations')), undefined):
        l_1_described = resolve('described')
        _loop_vars = {}
        pass
        yield '\n\nclass '
        yield str(environment.getattr(l_1_d, 'name'))
        yield '(Model):\n'
        if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
            pass
            yield '    """'
            yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars), 4, closing=True))
            yield '"""\n'
        for l_2_f in environment.getattr(l_1_d, 'fields'):
            l_2_types = resolve('types')
            l_2_tag = missing
            _loop_vars = {}
            pass
            yield '\n    '
            yield str(environment.getattr(l_2_f, 'name'))
            yield ': '
            yield str(context.call(environment.getattr((undefined(name='types') if l_2_types is missing else l_2_types), 'field'), l_1_d, l_2_f, 'response', _loop_vars=_loop_vars))
            l_2_tag = context.call(environment.getattr((undefined(name='types') if l_2_types is missing else l_2_types), 'tag_default'), l_1_d, l_2_f, _loop_vars=_loop_vars)
            _loop_vars['tag'] = l_2_tag
            if (environment.getattr(l_2_f, 'name') != environment.getattr(l_2_f, 'wire_name')):
                pass
                yield ' = Field(default='
                yield str(((undefined(name='tag') if l_2_tag is missing else l_2_tag) or ('REQUIRED' if environment.getattr(l_2_f, 'required') else 'None')))
                yield ', alias='
                yield str(t_4(environment.getattr(l_2_f, 'wire_name')))
                yield ')'
            else:
                pass
                yield ' = '
                yield str(((undefined(name='tag') if l_2_tag is missing else l_2_tag) or ('REQUIRED' if environment.getattr(l_2_f, 'required') else 'None')))
            yield '\n'
            if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_2_f, _loop_vars=_loop_vars):
                pass
                yield '    """'
                yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_2_f, _loop_vars=_loop_vars), 4))
                yield '"""\n'
        l_2_f = l_2_types = l_2_tag = missing
        if ((not environment.getattr(l_1_d, 'fields')) and (not context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars))):
            pass
            yield '    pass\n'
        yield from context.blocks['model_members'][0](context.derived({'d': l_1_d, 'loop': l_1_loop, 'here': l_0_here, 'up': l_0_up}))
    l_1_loop = l_1_d = l_1_described = missing
    yield '\n\n# Unions and aliases come last: they name classes, which must exist by then.\n'
    def t_11(fiter):
        for l_1_d in fiter:
            if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') in ('Union', 'Alias')):
                yield l_1_d
    for l_1_d in t_11(environment.getattr((undefined(name='here') if l_0_here is missing else l_0_here), 'declarations')):
        l_1_types = resolve('types')
        l_1_described = resolve('described')
        l_1_disc_field = resolve('disc_field')
        l_1_needs_callable_discriminator = resolve('needs_callable_discriminator')
        l_1_canonical_tags = resolve('canonical_tags')
        l_1_labels = resolve('labels')
        l_1_choices = resolve('choices')
        l_1_ir_union = resolve('ir_union')
        _loop_vars = {}
        pass
        if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Alias'):
            pass
            yield '\n'
            yield str(environment.getattr(l_1_d, 'name'))
            yield ' = '
            yield str(context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_d, 'type'), 'response', _loop_vars=_loop_vars))
            yield '\n'
            if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
                pass
                yield '"""'
                yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars)))
                yield '"""\n'
        else:
            pass
            if environment.getattr(l_1_d, 'discriminator'):
                pass
                yield '\n\nclass Unknown'
                yield str(environment.getattr(l_1_d, 'name'))
                yield '(Model):\n    """A `'
                yield str(environment.getattr(l_1_d, 'name'))
                yield '` whose `'
                yield str(t_2(environment.getattr(l_1_d, 'discriminator')))
                yield '` this package does not know yet; every field is kept."""\n\n'
                l_1_disc_field = t_5(environment.getattr(l_1_d, 'discriminator'))
                _loop_vars['disc_field'] = l_1_disc_field
                yield '    '
                yield str((undefined(name='disc_field') if l_1_disc_field is missing else l_1_disc_field))
                yield ': Optional[str] = '
                if ((undefined(name='disc_field') if l_1_disc_field is missing else l_1_disc_field) != environment.getattr(l_1_d, 'discriminator')):
                    pass
                    yield 'Field(default=None, alias='
                    yield str(t_4(environment.getattr(l_1_d, 'discriminator')))
                    yield ')'
                else:
                    pass
                    yield 'None'
                yield '\n\n'
                if context.call((undefined(name='needs_callable_discriminator') if l_1_needs_callable_discriminator is missing else l_1_needs_callable_discriminator), l_1_d, _loop_vars=_loop_vars):
                    pass
                    l_1_labels = context.call((undefined(name='canonical_tags') if l_1_canonical_tags is missing else l_1_canonical_tags), l_1_d, _loop_vars=_loop_vars)
                    _loop_vars['labels'] = l_1_labels
                    yield '\n_'
                    yield str(t_7(environment.getattr(l_1_d, 'name')))
                    yield '_LABELS: Dict[str, str] = {\n'
                    for (l_2_tag, l_2_label) in context.call(environment.getattr((undefined(name='labels') if l_1_labels is missing else l_1_labels), 'items'), _loop_vars=_loop_vars):
                        _loop_vars = {}
                        pass
                        yield '    '
                        yield str(t_4(l_2_tag))
                        yield ': '
                        yield str(t_4(l_2_label))
                        yield ',\n'
                    l_2_tag = l_2_label = missing
                    yield '}\n\n\ndef _'
                    yield str(t_6(environment.getattr(l_1_d, 'name')))
                    yield '_label(value: Any) -> str:\n    tag: Any\n    if isinstance(value, dict):\n        tag = cast(Dict[str, Any], value).get('
                    yield str(t_4(environment.getattr(l_1_d, 'discriminator')))
                    yield ')\n    else:\n        tag = getattr(value, '
                    yield str(t_4(t_5(environment.getattr(l_1_d, 'discriminator'))))
                    yield ', None)\n    if tag is None:\n        return '
                    yield str(t_4((environment.getitem((undefined(name='labels') if l_1_labels is missing else l_1_labels), environment.getattr(l_1_d, 'default_tag')) if environment.getattr(l_1_d, 'default_tag') else '<untagged>')))
                    yield '\n    return _'
                    yield str(t_7(environment.getattr(l_1_d, 'name')))
                    yield '_LABELS.get(str(tag), "<unknown>")\n\n\n'
                    yield str(environment.getattr(l_1_d, 'name'))
                    yield ' = Annotated[\n    Union[\n'
                    for (l_2_label, l_2_variants) in context.call((undefined(name='choices') if l_1_choices is missing else l_1_choices), l_1_d, _loop_vars=_loop_vars):
                        _loop_vars = {}
                        pass
                        if (t_3(l_2_variants) == 1):
                            pass
                            yield '        Annotated['
                            yield str(environment.getitem(l_2_variants, 0))
                            yield ', Tag('
                            yield str(t_4(l_2_label))
                            yield ')],\n'
                        else:
                            pass
                            yield '        Annotated[\n            Union[\n'
                            for l_3_v in l_2_variants:
                                _loop_vars = {}
                                pass
                                yield '                '
                                yield str(l_3_v)
                                yield ',\n'
                            l_3_v = missing
                            yield '            ],\n            Tag('
                            yield str(t_4(l_2_label))
                            yield '),\n        ],\n'
                    l_2_label = l_2_variants = missing
                    yield '        Annotated[Unknown'
                    yield str(environment.getattr(l_1_d, 'name'))
                    yield ', Tag("<unknown>")],\n    ],\n    Discriminator(_'
                    yield str(t_6(environment.getattr(l_1_d, 'name')))
                    yield '_label),\n]\n'
                else:
                    pass
                    yield '\n'
                    yield str(environment.getattr(l_1_d, 'name'))
                    yield ' = Annotated[\n    Union[\n        Annotated[\n            Union[\n'
                    for l_2_v in environment.getattr(l_1_d, 'variants'):
                        _loop_vars = {}
                        pass
                        yield '                '
                        yield str(environment.getattr(l_2_v, 'name'))
                        yield ',\n'
                    l_2_v = missing
                    yield '            ],\n            Discriminator('
                    yield str(t_4(t_5(environment.getattr(l_1_d, 'discriminator'))))
                    yield '),\n        ],\n        Unknown'
                    yield str(environment.getattr(l_1_d, 'name'))
                    yield ',\n    ],\n    Field(union_mode="left_to_right"),\n]\n'
                if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
                    pass
                    yield '"""'
                    yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars)))
                    yield '"""\n'
            else:
                pass
                yield '\n'
                yield str(environment.getattr(l_1_d, 'name'))
                yield ' = '
                yield str(context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), context.call((undefined(name='ir_union') if l_1_ir_union is missing else l_1_ir_union), l_1_d, _loop_vars=_loop_vars), 'response', _loop_vars=_loop_vars))
                yield '\n'
                if context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars):
                    pass
                    yield '"""'
                    yield str(t_1(context.call((undefined(name='described') if l_1_described is missing else l_1_described), l_1_d, _loop_vars=_loop_vars)))
                    yield '"""\n'
    l_1_d = l_1_types = l_1_described = l_1_disc_field = l_1_needs_callable_discriminator = l_1_canonical_tags = l_1_labels = l_1_choices = l_1_ir_union = missing

def block_model_members(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

blocks = {'model_members': block_model_members}
debug_info = '1=65&3=67&4=70&5=74&18=79&19=81&20=85&21=87&22=91&26=96&28=105&30=107&31=111&36=115&37=118&40=121&43=131&44=133&45=136&47=138&49=144&50=149&51=159&53=161&54=164&57=167&61=170&66=173&67=188&69=191&70=195&71=198&74=202&77=205&78=207&80=211&81=214&84=225&85=227&87=230&88=232&89=236&94=242&97=244&99=246&101=248&102=250&105=252&107=254&108=257&109=260&113=267&114=271&117=275&121=279&123=281&127=286&131=288&132=292&135=296&137=298&142=300&143=303&147=308&148=312&149=315&61=319'
