# compiled by jinja2 3.1.6 from _openai_ts.jinja (sha256 018d13a75b407e6995f0a1ca3f378b465d915257c2eccc8412f403e5ee6e5e02); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_openai_ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api = resolve('api')
    l_0_computes_output_text = l_0_finish = l_0_create = l_0_response = l_0_output_union = l_0_message = l_0_call = l_0_content_union = l_0_text = l_0_body_model = l_0_text_config = l_0_json_schema_format = l_0_tool_union = l_0_function_tool = l_0_available = missing
    try:
        t_1 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_2 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    pass
    def macro(l_1_name):
        t_3 = []
        if l_1_name is missing:
            l_1_name = undefined("parameter 'name' was not provided", name='name')
        pass
        t_3.append(
            str(('yes' if ((l_1_name and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), l_1_name, 'output')) and t_1(context.eval_ctx, t_2(context, environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), l_1_name), 'computed'), 'wire_name', 'equalto', 'output_text'))) else '')),
        )
        return concat(t_3)
    context.exported_vars.add('computes_output_text')
    context.vars['computes_output_text'] = l_0_computes_output_text = Macro(environment, macro, 'computes_output_text', ('name',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_op):
        t_4 = []
        if l_1_op is missing:
            l_1_op = undefined("parameter 'op' was not provided", name='op')
        pass
        t_4.append(
            str(('.then(withOutputText)' if context.call((undefined(name='computes_output_text') if l_0_computes_output_text is missing else l_0_computes_output_text), context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(l_1_op, 'result'))) else '')),
        )
        return concat(t_4)
    context.exported_vars.add('finish')
    context.vars['finish'] = l_0_finish = Macro(environment, macro, 'finish', ('op',), False, False, False, context.eval_ctx.autoescape)
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
    l_0_body_model = (environment.getattr(environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'body'), 'model') if ((undefined(name='create') if l_0_create is missing else l_0_create) and environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'body')) else None)
    context.vars['body_model'] = l_0_body_model
    context.exported_vars.add('body_model')
    l_0_text_config = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'text'), 'type')) if ((undefined(name='body_model') if l_0_body_model is missing else l_0_body_model) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'text')) else None)
    context.vars['text_config'] = l_0_text_config
    context.exported_vars.add('text_config')
    l_0_json_schema_format = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='text_config') if l_0_text_config is missing else l_0_text_config), 'format'), 'type')), 'json_schema') if ((undefined(name='text_config') if l_0_text_config is missing else l_0_text_config) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='text_config') if l_0_text_config is missing else l_0_text_config), 'format')) else None)
    context.vars['json_schema_format'] = l_0_json_schema_format
    context.exported_vars.add('json_schema_format')
    l_0_tool_union = (context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'named'), environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'tools'), 'type')) if ((undefined(name='body_model') if l_0_body_model is missing else l_0_body_model) and context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'field'), (undefined(name='body_model') if l_0_body_model is missing else l_0_body_model), 'tools')) else None)
    context.vars['tool_union'] = l_0_tool_union
    context.exported_vars.add('tool_union')
    l_0_function_tool = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'variant'), (undefined(name='tool_union') if l_0_tool_union is missing else l_0_tool_union), 'function')
    context.vars['function_tool'] = l_0_function_tool
    context.exported_vars.add('function_tool')
    l_0_available = (((((((((((undefined(name='create') if l_0_create is missing else l_0_create) and environment.getattr((undefined(name='create') if l_0_create is missing else l_0_create), 'stream')) and (undefined(name='response') if l_0_response is missing else l_0_response)) and (undefined(name='message') if l_0_message is missing else l_0_message)) and (undefined(name='call') if l_0_call is missing else l_0_call)) and (undefined(name='text') if l_0_text is missing else l_0_text)) and (undefined(name='json_schema_format') if l_0_json_schema_format is missing else l_0_json_schema_format)) and (undefined(name='function_tool') if l_0_function_tool is missing else l_0_function_tool)) and context.call((undefined(name='computes_output_text') if l_0_computes_output_text is missing else l_0_computes_output_text), (undefined(name='response') if l_0_response is missing else l_0_response))) and True) or False)
    context.vars['available'] = l_0_available
    context.exported_vars.add('available')

blocks = {}
debug_info = '6=25&7=31&9=36&10=42&12=47&13=50&14=53&15=56&16=59&17=62&18=65&19=68&20=71&21=74&22=77&23=80&24=83'
