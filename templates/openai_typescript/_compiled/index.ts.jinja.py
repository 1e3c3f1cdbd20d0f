# compiled by jinja2 3.1.6 from index.ts.jinja (sha256 98b9b0b995b0a5be57f6884854a2809fdab1c756530aa95cf43dfc540c7e2251); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_o = missing
    pass
    parent_template = environment.get_template('typescript/index.ts.jinja', 'index.ts.jinja')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'index.ts.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield from parent_template.root_render_func(context)

def block_exports(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_o = resolve('o')
    pass
    if environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available'):
        pass
        yield 'export { functionTool, parseResponse, textFormat, OutputValidationError, RefusalError, StructuredOutputError } from "./lib/parsing.js";\nexport type {\n  ParseableFunctionTool,\n  ParseableTextFormat,\n  ParsedResponse,\n  ParsedResponseFunctionToolCall,\n  ParsedResponseOutputItem,\n  ParsedResponseOutputMessage,\n  ParsedResponseOutputText,\n  ParseParams,\n} from "./lib/parsing.js";\nexport { ResponseStream } from "./lib/streaming.js";\n'

blocks = {'exports': block_exports}
debug_info = '1=13&3=16&4=20&5=29'
