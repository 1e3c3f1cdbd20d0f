# compiled by jinja2 3.1.6 from _openai.jinja (sha256 9c8f32ed35c938187ad0da8a58a212d7eeb80f926c62c4947e3710f0816c2015); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_openai.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_create = l_0_response = l_0_output_union = l_0_message = l_0_call = l_0_content_union = l_0_text = l_0_available = l_0_other_output = l_0_other_content = l_0_imports = l_0_body_model = l_0_tool_union = l_0_function_tool = l_0_text_param = l_0_stream_final = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_3 = environment.filters['reject']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'reject' found.")
    try:
        t_4 = environment.filters['sort']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'sort' found.")
    try:
        t_5 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    l_0_create = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operation'), 'POST', '/responses')
    context.vars['create'] = l_0_create
    context.exported_vars.add('create')
    l_0_response = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'result')) if (undefined(name='create') if l_0_create is missing else l_0_create) else None)
    context.vars['response'] = l_0_response
    context.exported_vars.add('response')
    l_0_output_union = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='response') if l_0_response is missing else l_0_response), 'output'), 'type')) if ((undefined(name='response') if l_0_response is missing else l_0_response) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='response') if l_0_response is missing else l_0_response), 'output')) else None)
    context.vars['output_union'] = l_0_output_union
    context.exported_vars.add('output_union')
    l_0_message = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), (undefined(name='output_union') if l_0_output_union is missing else l_0_output_union), 'message')
    context.vars['message'] = l_0_message
    context.exported_vars.add('message')
    l_0_call = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), (undefined(name='output_union') if l_0_output_union is missing else l_0_output_union), 'function_call')
    context.vars['call'] = l_0_call
    context.exported_vars.add('call')
    l_0_content_union = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='message') if l_0_message is missing else l_0_message), 'content'), 'type')) if ((undefined(name='message') if l_0_message is missing else l_0_message) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='message') if l_0_message is missing else l_0_message), 'content')) else None)
    context.vars['content_union'] = l_0_content_union
    context.exported_vars.add('content_union')
    l_0_text = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), (undefined(name='content_union') if l_0_content_union is missing else l_0_content_union), 'output_text')
    context.vars['text'] = l_0_text
    context.exported_vars.add('text')
    l_0_available = ((((((undefined(name='response') if l_0_response is missing else l_0_response) and (undefined(name='message') if l_0_message is missing else l_0_message)) and (undefined(name='call') if l_0_call is missing else l_0_call)) and (undefined(name='text') if l_0_text is missing else l_0_text)) and True) or False)
    context.vars['available'] = l_0_available
    context.exported_vars.add('available')
    l_0_other_output = ((t_1(context.eval_ctx, t_5(environment, t_3(context, t_2(context, environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), (undefined(name='output_union') if l_0_output_union is missing else l_0_output_union)), 'variants'), attribute='name'), 'in', [(undefined(name='message') if l_0_message is missing else l_0_message), (undefined(name='call') if l_0_call is missing else l_0_call)]))) + [str_join(('Unknown', (undefined(name='output_union') if l_0_output_union is missing else l_0_output_union), ))]) if (undefined(name='available') if l_0_available is missing else l_0_available) else [])
    context.vars['other_output'] = l_0_other_output
    context.exported_vars.add('other_output')
    l_0_other_content = ((t_1(context.eval_ctx, t_5(environment, t_3(context, t_2(context, environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), (undefined(name='content_union') if l_0_content_union is missing else l_0_content_union)), 'variants'), attribute='name'), 'in', [(undefined(name='text') if l_0_text is missing else l_0_text)]))) + [str_join(('Unknown', (undefined(name='content_union') if l_0_content_union is missing else l_0_content_union), ))]) if (undefined(name='available') if l_0_available is missing else l_0_available) else [])
    context.vars['other_content'] = l_0_other_content
    context.exported_vars.add('other_content')
    l_0_imports = (t_4(environment, t_5(environment, (([(undefined(name='response') if l_0_response is missing else l_0_response), (undefined(name='message') if l_0_message is missing else l_0_message), (undefined(name='call') if l_0_call is missing else l_0_call), (undefined(name='text') if l_0_text is missing else l_0_text)] + (undefined(name='other_output') if l_0_other_output is missing else l_0_other_output)) + (undefined(name='other_content') if l_0_other_content is missing else l_0_other_content)))) if (undefined(name='available') if l_0_available is missing else l_0_available) else [])
    context.vars['imports'] = l_0_imports
    context.exported_vars.add('imports')
    l_0_body_model = (environment.getattr(environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'body'), 'model') if ((undefined(name='create') if l_0_create is missing else l_0_create) and environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'body')) else None)
    context.vars['body_model'] = l_0_body_model
    context.exported_vars.add('body_model')
    l_0_tool_union = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'tools'), 'type')) if ((undefined(name='body_model') if l_0_body_model is missing else l_0_body_model) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'tools')) else None)
    context.vars['tool_union'] = l_0_tool_union
    context.exported_vars.add('tool_union')
    l_0_function_tool = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), (undefined(name='tool_union') if l_0_tool_union is missing else l_0_tool_union), 'function')
    context.vars['function_tool'] = l_0_function_tool
    context.exported_vars.add('function_tool')
    l_0_text_param = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'text') if (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model) else None)
    context.vars['text_param'] = l_0_text_param
    context.exported_vars.add('text_param')
    l_0_stream_final = ((undefined(name='available') if l_0_available is missing else l_0_available) and environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operation'), 'POST', '/responses'), 'stream'))
    context.vars['stream_final'] = l_0_stream_final
    context.exported_vars.add('stream_final')

blocks = {}
debug_info = '5=43&6=46&7=49&8=52&9=55&10=58&11=61&12=64&13=67&14=70&15=73&16=76&17=79&18=82&19=85&20=88'
