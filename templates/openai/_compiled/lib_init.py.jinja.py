# compiled by jinja2 3.1.6 from lib_init.py.jinja (sha256 71eade27892cc664c3248eafc8eb56945fc5483caf9b28ce3d9dd9214137176f); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib_init.py.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    pass
    yield '# '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n"""Helpers beside the generated bindings, as openai-python has them in `lib/`: structured outputs\n(`client.responses.parse`, `pydantic_function_tool`), the strict JSON schema of a pydantic model,\nand the stream helper of `client.responses.stream`. They load on first use, not with the package.\n"""\n\nfrom ._parsing import (\n    OutputValidationError,\n    ParsedResponse,\n    ParsedResponseFunctionToolCall,\n    ParsedResponseOutputMessage,\n    ParsedResponseOutputText,\n    RefusalError,\n    StructuredOutputError,\n    pydantic_function_tool,\n)\nfrom ._pydantic import StrictSchemaError, to_strict_json_schema\n\n__all__ = [\n    "OutputValidationError",\n    "ParsedResponse",\n    "ParsedResponseFunctionToolCall",\n    "ParsedResponseOutputMessage",\n    "ParsedResponseOutputText",\n    "RefusalError",\n    "StrictSchemaError",\n    "StructuredOutputError",\n    "pydantic_function_tool",\n    "to_strict_json_schema",\n]\n'

blocks = {}
debug_info = '1=13'
