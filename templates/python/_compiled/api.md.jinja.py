# compiled by jinja2 3.1.6 from api.md.jinja (sha256 699045ffd9dbb8c11fcabb79be6ae3201c2e324d1b530b37c5c04c1e356e3e08); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'api.md.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_namespace = resolve('namespace')
    l_0_marked = missing
    try:
        t_1 = environment.filters['comment']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'comment' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_6 = environment.filters['md_line']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'md_line' found.")
    try:
        t_7 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    pass
    yield '<!-- '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield ' -->\n# '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'title')))
    yield ' '
    yield str(t_1(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'version')))
    yield ': API surface\n\nGenerated from source `'
    yield str(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'source'))
    yield "` (`specbind.lock.json` names the exact document). Each\noperation is listed with its parameters and result; each union with its tags. Review this\nfile's diff to see what a spec update changes for users.\n\n## Operations\n"
    def t_8(fiter):
        for l_1_r in fiter:
            if environment.getattr(l_1_r, 'operations'):
                yield l_1_r
    for l_1_r in t_8(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        _loop_vars = {}
        pass
        yield '\n### `'
        yield str(t_2(context.eval_ctx, environment.getattr(l_1_r, 'path'), '.'))
        yield '`\n'
        for l_2_op in environment.getattr(l_1_r, 'operations'):
            l_2_types = resolve('types')
            _loop_vars = {}
            pass
            yield '\n#### `'
            yield str(t_2(context.eval_ctx, (environment.getattr(l_1_r, 'path') + (environment.getattr(l_2_op, 'name'),)), '.'))
            yield '` — `'
            yield str(environment.getattr(l_2_op, 'method'))
            yield ' '
            yield str(t_5(environment.getattr(l_2_op, 'path')))
            yield str((t_5(str_join(('?', t_2(context.eval_ctx, t_4(context, environment.getattr(l_2_op, 'path_query'), 'join', '='), '&'), ))) if environment.getattr(l_2_op, 'path_query') else cond_expr_undefined("the inline if-expression on line 14 in 'api.md.jinja' evaluated to false and no else section was defined.")))
            yield '`'
            yield str((' (**deprecated**)' if environment.getattr(l_2_op, 'deprecated') else cond_expr_undefined("the inline if-expression on line 14 in 'api.md.jinja' evaluated to false and no else section was defined.")))
            yield '\n'
            if environment.getattr(l_2_op, 'summary'):
                pass
                yield '\n'
                yield str(t_6(environment.getattr(l_2_op, 'summary')))
                yield '\n'
            yield '\n'
            for l_3_p in environment.getattr(l_2_op, 'params'):
                _loop_vars = {}
                pass
                yield '- `'
                yield str(environment.getattr(l_3_p, 'name'))
                yield '`'
                if (environment.getattr(l_3_p, 'name') != environment.getattr(l_3_p, 'wire_name')):
                    pass
                    yield ' (`'
                    yield str(t_5(environment.getattr(l_3_p, 'wire_name')))
                    yield '`)'
                yield ': '
                yield str(environment.getattr(l_3_p, 'location'))
                yield ', `'
                yield str(t_5(context.call(environment.getattr((undefined(name='types') if l_2_types is missing else l_2_types), 'annotation'), environment.getattr(l_3_p, 'type'), 'request', _loop_vars=_loop_vars)))
                yield '`'
                if environment.getattr(l_3_p, 'nullable'):
                    pass
                    yield ' or null'
                if environment.getattr(l_3_p, 'required'):
                    pass
                    yield ', required'
                if environment.getattr(l_3_p, 'deprecated'):
                    pass
                    yield ', **deprecated**'
                yield '\n'
            l_3_p = missing
            if environment.getattr(l_2_op, 'body'):
                pass
                yield '- body: `'
                yield str(environment.getattr(environment.getattr(l_2_op, 'body'), 'content_type'))
                yield '`, `'
                yield str(t_5(context.call(environment.getattr((undefined(name='types') if l_2_types is missing else l_2_types), 'annotation'), environment.getattr(environment.getattr(l_2_op, 'body'), 'type'), 'request', _loop_vars=_loop_vars)))
                yield '`'
                if environment.getattr(environment.getattr(l_2_op, 'body'), 'required'):
                    pass
                    yield ', required'
                yield '\n'
            yield '- returns: `'
            yield str((t_5(context.call(environment.getattr((undefined(name='types') if l_2_types is missing else l_2_types), 'annotation'), environment.getattr(l_2_op, 'result'), 'response', _loop_vars=_loop_vars)) if environment.getattr(l_2_op, 'result') else 'None'))
            yield '`'
            if environment.getattr(l_2_op, 'stream'):
                pass
                yield '; with `stream=True`, events of `'
                yield str(environment.getattr(l_2_op, 'stream'))
                yield '`'
            if environment.getattr(l_2_op, 'pagination'):
                pass
                yield '; pages by '
                yield str(t_7(context.eval_ctx, environment.getattr(environment.getattr(l_2_op, 'pagination'), 'style'), '_', ' '))
                yield str((str_join((' `', environment.getattr(environment.getattr(l_2_op, 'pagination'), 'request_param'), '`', )) if environment.getattr(environment.getattr(l_2_op, 'pagination'), 'request_param') else cond_expr_undefined("the inline if-expression on line 28 in 'api.md.jinja' evaluated to false and no else section was defined.")))
            yield '\n'
        l_2_op = l_2_types = missing
    l_1_r = missing
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'skipped_paths'):
        pass
        yield '\nSkipped (a query string that is not constant parameters): '
        l_1_loop = missing
        for l_1_p, l_1_loop in LoopContext(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'skipped_paths'), undefined):
            _loop_vars = {}
            pass
            yield '`'
            yield str(t_5(l_1_p))
            yield '`'
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 34 in 'api.md.jinja' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_p = missing
        yield '.\n'
    l_0_marked = context.call((undefined(name='namespace') if l_0_namespace is missing else l_0_namespace), items=[])
    context.vars['marked'] = l_0_marked
    context.exported_vars.add('marked')
    for l_1_d in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'declarations'):
        l_1_deprecation = resolve('deprecation')
        _loop_vars = {}
        pass
        if environment.getattr(l_1_d, 'deprecated'):
            pass
            if not isinstance(l_0_marked, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_marked['items'] = (environment.getattr((undefined(name='marked') if l_0_marked is missing else l_0_marked), 'items') + [context.call((undefined(name='deprecation') if l_1_deprecation is missing else l_1_deprecation), l_1_d, str_join(('`', environment.getattr(l_1_d, 'name'), '`', )), _loop_vars=_loop_vars)])
        def t_9(fiter):
            for l_2_f in fiter:
                if environment.getattr(l_2_f, 'deprecated'):
                    yield l_2_f
        for l_2_f in t_9((environment.getattr(l_1_d, 'fields') if (environment.getattr(environment.getattr(l_1_d, '__class__'), '__name__') == 'Model') else [])):
            _loop_vars = {}
            pass
            if not isinstance(l_0_marked, Namespace):
                raise TemplateRuntimeError("cannot assign attribute on non-namespace object")
            l_0_marked['items'] = (environment.getattr((undefined(name='marked') if l_0_marked is missing else l_0_marked), 'items') + [context.call((undefined(name='deprecation') if l_1_deprecation is missing else l_1_deprecation), l_2_f, str_join(('`', environment.getattr(l_1_d, 'name'), '.', environment.getattr(l_2_f, 'wire_name'), '`', )), _loop_vars=_loop_vars)])
        l_2_f = missing
    l_1_d = l_1_deprecation = missing
    if environment.getattr((undefined(name='marked') if l_0_marked is missing else l_0_marked), 'items'):
        pass
        yield '\n## Deprecated types and fields\n\n'
        for l_1_text in environment.getattr((undefined(name='marked') if l_0_marked is missing else l_0_marked), 'items'):
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_6(l_1_text))
            yield '\n'
        l_1_text = missing
    if environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks'):
        pass
        yield '\n## Webhooks\n\nDeliveries the API sends. `client.webhooks.unwrap(body, headers)` checks the signature and parses\nthe event; `client.webhooks.verify_signature(body, headers)` only checks.\n\n| webhook | method | payload |\n|---|---|---|\n'
        for l_1_w in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhooks'):
            l_1_types = resolve('types')
            _loop_vars = {}
            pass
            yield '| `'
            yield str(t_5(environment.getattr(l_1_w, 'name')))
            yield '`'
            if environment.getattr(l_1_w, 'deprecated'):
                pass
                yield ' (**deprecated**)'
            yield ' | '
            yield str(environment.getattr(l_1_w, 'method'))
            yield ' | `'
            yield str((t_5(context.call(environment.getattr((undefined(name='types') if l_1_types is missing else l_1_types), 'annotation'), environment.getattr(l_1_w, 'type'), 'response', _loop_vars=_loop_vars)) if environment.getattr(l_1_w, 'type') else 'none'))
            yield '` |\n'
        l_1_w = l_1_types = missing
    yield '\n## Unions\n'
    def t_10(fiter):
        for l_1_u in fiter:
            if environment.getattr(l_1_u, 'discriminator'):
                yield l_1_u
    l_1_loop = missing
    for l_1_u, l_1_loop in LoopContext(t_10(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'unions')), undefined):
        _loop_vars = {}
        pass
        yield '\n### `'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '` (by `'
        yield str(t_5(environment.getattr(l_1_u, 'discriminator')))
        yield '`, '
        yield str(t_3(environment.getattr(l_1_u, 'variants')))
        yield ' variants'
        if environment.getattr(l_1_u, 'is_stream'):
            pass
            yield ', stream events'
        if environment.getattr(l_1_u, 'is_webhook'):
            pass
            yield ', webhook events'
        yield ')\n\n| tag | type |\n|---|---|\n'
        l_2_loop = missing
        for l_2_g, l_2_loop in LoopContext(environment.getattr(l_1_u, 'tags'), undefined):
            _loop_vars = {}
            pass
            yield '| `'
            yield str(t_5(environment.getattr(l_2_g, 'tag')))
            yield '` | '
            l_3_loop = missing
            for l_3_v, l_3_loop in LoopContext(environment.getattr(l_2_g, 'variants'), undefined):
                _loop_vars = {}
                pass
                yield '`'
                yield str(l_3_v)
                yield '`'
                yield str((' or ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 75 in 'api.md.jinja' evaluated to false and no else section was defined.")))
            l_3_loop = l_3_v = missing
            if (t_3(environment.getattr(l_2_g, 'variants')) > 1):
                pass
                yield ' (best match)'
            yield ' |\n'
        l_2_loop = l_2_g = missing
        if environment.getattr(l_1_u, 'untagged'):
            pass
            yield '| (none) | '
            if environment.getattr(l_1_u, 'default_tag'):
                pass
                yield 'as `'
                yield str(t_5(environment.getattr(l_1_u, 'default_tag')))
                yield '`'
            else:
                pass
                l_2_loop = missing
                for l_2_v, l_2_loop in LoopContext(environment.getattr(l_1_u, 'untagged'), undefined):
                    _loop_vars = {}
                    pass
                    yield '`'
                    yield str(l_2_v)
                    yield '`'
                    yield str((' or ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 78 in 'api.md.jinja' evaluated to false and no else section was defined.")))
                l_2_loop = l_2_v = missing
                yield ' (best match)'
            yield ' |\n'
        yield '| (other) | `Unknown'
        yield str(environment.getattr(l_1_u, 'name'))
        yield '` |\n'
    l_1_loop = l_1_u = missing

blocks = {}
debug_info = '1=58&2=60&4=64&9=66&11=74&12=76&14=81&15=90&17=93&20=96&21=100&24=123&25=126&28=135&32=150&34=154&36=163&37=166&38=170&39=174&41=175&42=184&45=187&49=190&50=194&53=197&62=200&63=205&68=217&70=226&74=240&75=244&77=260&78=263&80=282'
