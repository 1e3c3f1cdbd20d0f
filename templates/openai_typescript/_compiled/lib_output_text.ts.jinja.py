# compiled by jinja2 3.1.6 from lib_output_text.ts.jinja (sha256 656809ffb2c81b3fa9c6b72ed4f28666e11f4783078fc837bae4699d79ee2168); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib_output_text.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n/**\n * `output_text`: what openai-node computes on a response, and servers do not send.\n */\n\n/** The response, given its `output_text`: the text of every `output_text` part of its messages, joined. */\nexport function withOutputText<T>(response: T): T {\n  const output = (response as { output?: unknown } | null)?.output;\n  if (!Array.isArray(output)) return response;\n  const texts: string[] = [];\n  for (const item of output as Array<{ type?: unknown; content?: unknown } | null>) {\n    if (item?.type !== "message" || !Array.isArray(item.content)) continue;\n    for (const part of item.content as Array<{ type?: unknown; text?: unknown } | null>) {\n      if (part?.type === "output_text" && typeof part.text === "string") texts.push(part.text);\n    }\n  }\n  (response as { output_text?: string }).output_text = texts.join("");\n  return response;\n}\n'

blocks = {}
debug_info = '1=13'
