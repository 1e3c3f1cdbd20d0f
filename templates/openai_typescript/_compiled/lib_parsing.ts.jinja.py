# compiled by jinja2 3.1.6 from lib_parsing.ts.jinja (sha256 709b5ca5eab74975bd4bc502f04cac3f4e9d5d07125ac632968fc9689421cb82); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib_parsing.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_o = missing
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'lib_parsing.ts.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield '/**\n * Structured outputs: a response\'s text and its function calls\' arguments parsed into your types,\n * as openai-node\'s `responses.parse` and the Python package\'s `parse` do.\n *\n *     const format = textFormat<Answer>("Answer", schema, { parse: (v) => Answer.parse(v) });\n *     const parsed = await client.responses.parse({ model, input, text: { format } });\n *     parsed.output_parsed; // an Answer\n *\n * `parse` is any function that checks a value and returns it typed (a zod schema\'s `.parse`, a\n * JSON Schema validator); without one the JSON is read through the type, unchecked. A refusal\n * raises `RefusalError`, an answer that is not JSON or that `parse` rejects `OutputValidationError`;\n * both keep the response.\n */\n'
    if environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available'):
        pass
        yield 'import type * as m from "../models.js";\nimport { APIError } from "../core.js";\n\ntype Json = Record<string, unknown>;\n\n/** A `json_schema` text format that also reads the answer (`$parse` is not sent). */\nexport type ParseableTextFormat<T> = m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'json_schema_format'))
        yield " & { readonly $parse: (text: string) => T };\n\n/** A strict function tool that also reads its calls' arguments (`$parse` is not sent). */\nexport type ParseableFunctionTool<T> = m."
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'function_tool'))
        yield ' & { readonly $parse: (args: string) => T };\n\n/** An `output_text` part, with its text parsed into the type asked for. */\nexport type ParsedResponseOutputText<T> = m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'text'))
        yield ' & { parsed: T | null };\n\n/** A message whose `output_text` parts carry their parsed value. */\nexport type ParsedResponseOutputMessage<T> = Omit<m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'message'))
        yield ', "content"> & {\n  content: Array<ParsedResponseOutputText<T> | Exclude<NonNullable<m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'message'))
        yield '["content"]>[number], m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'text'))
        yield ">>;\n};\n\n/** A function call, with its arguments parsed: by the tool's `$parse` for a tool made with\n * `functionTool`, as JSON for another strict tool, else null. */\nexport type ParsedResponseFunctionToolCall = m."
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
        yield ' & { parsed_arguments: unknown };\n\n/** An output item of a parsed response. */\nexport type ParsedResponseOutputItem<T> =\n  | ParsedResponseOutputMessage<T>\n  | ParsedResponseFunctionToolCall\n  | Exclude<NonNullable<m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield '["output"]>[number], m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'message'))
        yield ' | m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'call'))
        yield '>;\n\n/** A response whose output carries parsed values; `output_parsed` is the first one. */\nexport type ParsedResponse<T> = Omit<m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield ', "output"> & { output: Array<ParsedResponseOutputItem<T>>; output_parsed: T | null };\n\n/** What `parseResponse` reads of the request: its text format and its tools. */\nexport interface ParseParams {\n  text?: { format?: unknown } | null;\n  tools?: ReadonlyArray<unknown> | null;\n}\n\n/** The answer could not become the type asked for; `response` is the whole answer. */\nexport class StructuredOutputError extends APIError {\n  constructor(\n    message: string,\n    readonly response: m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield ',\n  ) {\n    super(undefined, undefined, message);\n    this.name = "StructuredOutputError";\n  }\n}\n\n/** The model refused to answer in the format asked for; `refusal` says why. */\nexport class RefusalError extends StructuredOutputError {\n  constructor(\n    readonly refusal: string,\n    response: m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield ',\n  ) {\n    super(`the model refused: ${refusal}`, response);\n    this.name = "RefusalError";\n  }\n}\n\n/** The answer is not JSON, or its `parse` rejected it; `cause` is what was thrown. */\nexport class OutputValidationError extends StructuredOutputError {\n  constructor(\n    what: string,\n    readonly cause: unknown,\n    response: m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield ',\n  ) {\n    super(`${what} does not validate: ${cause instanceof Error ? cause.message : String(cause)}`, response);\n    this.name = "OutputValidationError";\n  }\n}\n\nfunction parseable<F extends object, T>(value: F, parse: ((value: unknown) => T) | undefined): F & { readonly $parse: (text: string) => T } {\n  const read = (text: string): T => (parse ? parse(JSON.parse(text)) : (JSON.parse(text) as T));\n  // Not enumerable, so that JSON.stringify (the request body) leaves it out.\n  return Object.defineProperty(value, "$parse", { value: read, enumerable: false }) as F & { readonly $parse: (text: string) => T };\n}\n\n/** `text.format` for a strict JSON schema named `name`, whose answers `parse` checks and types. */\nexport function textFormat<T = unknown>(\n  name: string,\n  schema: Json,\n  options: { description?: string; parse?: (value: unknown) => T } = {},\n): ParseableTextFormat<T> {\n  const format: Json = { type: "json_schema", name, schema, strict: true };\n  if (options.description !== undefined) format["description"] = options.description;\n  return parseable(format as unknown as m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'json_schema_format'))
        yield ', options.parse);\n}\n\n/** A strict function tool whose arguments are `parameters` (a JSON schema); `parse` checks and\n * types each call\'s arguments (`parsed_arguments`). */\nexport function functionTool<T = unknown>(\n  name: string,\n  parameters: Json,\n  options: { description?: string; parse?: (value: unknown) => T } = {},\n): ParseableFunctionTool<T> {\n  const tool: Json = { type: "function", name, parameters, strict: true };\n  if (options.description !== undefined) tool["description"] = options.description;\n  return parseable(tool as unknown as m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'function_tool'))
        yield ', options.parse);\n}\n\nfunction reader(value: unknown): ((text: string) => unknown) | undefined {\n  const parse = (value as { $parse?: unknown } | null | undefined)?.$parse;\n  return typeof parse === "function" ? (parse as (text: string) => unknown) : undefined;\n}\n\n/** The response, with its text parsed as `params.text.format` says and its function calls\'\n * arguments as their tools say; a refusal or an invalid answer throws. */\nexport function parseResponse<T = unknown>(response: m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield ', params: ParseParams): ParsedResponse<T> {\n  const format = params.text?.format as { type?: unknown } | null | undefined;\n  const readText = reader(format) ?? (format?.type === "json_schema" ? (text: string) => JSON.parse(text) as unknown : undefined);\n  const tools = new Map<string, Json>();\n  for (const tool of params.tools ?? []) {\n    const t = tool as Json | null;\n    if (t?.["type"] === "function" && typeof t["name"] === "string") tools.set(t["name"], t);\n  }\n  let first: T | null = null;\n  const output = (response.output ?? []).map((item) => {\n    const i = item as unknown as Json;\n    if (i["type"] === "message" && Array.isArray(i["content"])) {\n      const content = (i["content"] as Json[]).map((part) => {\n        if (part?.["type"] === "refusal" && readText) throw new RefusalError(String(part["refusal"] ?? ""), response);\n        if (part?.["type"] !== "output_text") return part;\n        let parsed: T | null = null;\n        if (readText && typeof part["text"] === "string") {\n          try {\n            parsed = readText(part["text"]) as T;\n          } catch (error) {\n            throw new OutputValidationError("the answer", error, response);\n          }\n        }\n        if (first === null) first = parsed;\n        return { ...part, parsed };\n      });\n      return { ...i, content };\n    }\n    if (i["type"] === "function_call") {\n      return { ...i, parsed_arguments: parseArguments(i, tools.get(String(i["name"])), response) };\n    }\n    return item;\n  });\n  return { ...response, output, output_parsed: first } as unknown as ParsedResponse<T>;\n}\n\nfunction parseArguments(call: Json, tool: Json | undefined, response: m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield '): unknown {\n  const args = call["arguments"];\n  if (tool === undefined || typeof args !== "string") return null;\n  const parse = reader(tool);\n  if (parse) {\n    try {\n      return parse(args);\n    } catch (error) {\n      throw new OutputValidationError(`the arguments of ${JSON.stringify(call["name"])}`, error, response);\n    }\n  }\n  if (tool["strict"] !== true) return null;\n  try {\n    return JSON.parse(args) as unknown;\n  } catch {\n    return null;\n  }\n}\n'
    else:
        pass
        yield '// This document has no `POST /responses` answering a response with messages, function calls and\n// a `json_schema` text format: there is nothing to parse.\nexport {};\n'

blocks = {}
debug_info = '1=14&2=16&16=19&23=22&26=24&29=26&32=28&33=30&38=34&44=36&47=42&59=44&70=46&82=48&103=50&115=52&125=54&161=56'
