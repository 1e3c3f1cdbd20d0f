# compiled by jinja2 3.1.6 from lib_streaming.ts.jinja (sha256 8ad47673e45bbfec53bae4516b98356e2bf7672dbb02e072f910427702bc5e96); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'lib_streaming.ts.jinja'

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
    l_0_o = context.vars['o'] = environment.get_template('_openai_ts.jinja', 'lib_streaming.ts.jinja').make_module(context.get_all(), True, {'o': l_0_o})
    context.exported_vars.discard('o')
    yield "/**\n * `client.responses.stream(params)`: a response's events as they come, and the parsed final\n * response, as openai-node's and the Python package's `responses.stream` give them.\n *\n *     const stream = client.responses.stream({ model, input, text: { format } });\n *     for await (const event of stream) { ... }\n *     const answer = (await stream.finalResponse()).output_parsed;\n *\n * The request is sent at once; `break` closes the connection.\n */\n"
    if environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'available'):
        pass
        yield 'import type * as m from "../models.js";\nimport { Accumulator } from "../accumulate.js";\nimport { withOutputText } from "./output_text.js";\nimport { parseResponse } from "./parsing.js";\nimport type { ParsedResponse, ParseParams } from "./parsing.js";\n\n/** The events of a streamed response, one pass; `finalResponse()` reads the rest and parses it. */\nexport class ResponseStream<T, E = unknown> implements AsyncIterable<E> {\n  readonly #accumulated = new Accumulator();\n  readonly #events: Promise<AsyncIterable<E>>;\n  readonly #params: ParseParams;\n  #state: "new" | "reading" | "done" | "closed" = "new";\n\n  constructor(events: Promise<AsyncIterable<E>>, params: ParseParams) {\n    this.#events = events;\n    this.#params = params;\n    events.catch(() => undefined); // an error is thrown where the stream is read, not as an unhandled rejection\n  }\n\n  async *[Symbol.asyncIterator](): AsyncGenerator<E> {\n    if (this.#state !== "new") throw new Error("a stream can be iterated once");\n    this.#state = "reading";\n    try {\n      for await (const event of await this.#events) {\n        this.#accumulated.add(event);\n        yield event;\n      }\n      this.#state = "done";\n    } finally {\n      if (this.#state !== "done") this.#state = "closed";\n    }\n  }\n\n  /** Read every event that is left. */\n  async untilDone(): Promise<this> {\n    if (this.#state === "new") for await (const _ of this);\n    if (this.#state === "reading") throw new Error("the events are being read: ask for the final response after the loop");\n    if (this.#state === "closed") throw new Error("the stream was left before its end: its final response is unknown");\n    return this;\n  }\n\n  /** The final response, its text parsed as the request\'s `text.format` says (the stream is read to its end). */\n  async finalResponse(): Promise<ParsedResponse<T>> {\n    await this.untilDone();\n    return parseResponse<T>(withOutputText(this.#accumulated.responseJSON() as unknown as m.'
        yield str(environment.getattr((undefined(name='o') if l_0_o is missing else l_0_o), 'response'))
        yield '), this.#params);\n  }\n\n  /** The text received so far. */\n  get outputText(): string {\n    return this.#accumulated.text;\n  }\n}\n'
    else:
        pass
        yield '// This document has no streaming `POST /responses`: there is nothing to stream.\nexport {};\n'

blocks = {}
debug_info = '1=14&2=16&13=19&58=22'
