# compiled by jinja2 3.1.6 from accumulate.ts.jinja (sha256 970705fe6540902bac378e80d85e71a32e00849b2007211c188c5f45c350a607); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'accumulate.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_stream_op = l_0_final = missing
    try:
        t_1 = environment.filters['default']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'default' found.")
    try:
        t_2 = environment.filters['first']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'first' found.")
    try:
        t_3 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_4 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_stream_op = t_1(t_2(environment, t_3(context, environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'operations'), 'stream')), None)
    context.vars['stream_op'] = l_0_stream_op
    context.exported_vars.add('stream_op')
    l_0_final = (environment.getattr(environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result'), 'name') if (((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op) and environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result')) and t_4(environment.getattr(environment.getattr((undefined(name='stream_op') if l_0_stream_op is missing else l_0_stream_op), 'result'), 'name'))) else None)
    context.vars['final'] = l_0_final
    context.exported_vars.add('final')
    l_0_final = ((undefined(name='final') if l_0_final is missing else l_0_final) if ((undefined(name='final') if l_0_final is missing else l_0_final) and (environment.getattr(environment.getattr(context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), (undefined(name='final') if l_0_final is missing else l_0_final)), '__class__'), '__name__') == 'Model')) else None)
    context.vars['final'] = l_0_final
    context.exported_vars.add('final')
    yield "/**\n * Accumulate a Responses event stream into the final response and its text, as the Python\n * package's `accumulate` does:\n *\n *     const acc = await accumulate(await client.responses.create({ ..., stream: true }));\n *     acc.text;       // every output_text delta, joined\n *     acc.response;   // the final "
    yield str(((undefined(name='final') if l_0_final is missing else l_0_final) or 'response'))
    yield '\n *\n * Events are read by their wire tags (`response.output_text.delta`, ...), the Responses\n * streaming protocol; a stream without them still yields the last response snapshot any\n * lifecycle event carried.\n */\n'
    if (undefined(name='final') if l_0_final is missing else l_0_final):
        pass
        yield 'import type * as m from "./models.js";\n'
    yield '\ntype Json = Record<string, unknown>;\n\nconst LIFECYCLE = new Set(["response.created", "response.queued", "response.in_progress", "response.completed", "response.failed", "response.incomplete"]);\nconst UNDER_WAY = new Set(["response.created", "response.queued", "response.in_progress"]);\n\nfunction object(value: unknown): Json {\n  return value !== null && typeof value === "object" && !Array.isArray(value) ? { ...(value as Json) } : {};\n}\n\n/** Feed it events with `add`; read `text`, `items` and `response` at any point. */\nexport class Accumulator {\n  /** The last response a lifecycle event carried. */\n  snapshot: Json | undefined;\n  completed = false;\n  readonly #items = new Map<number, Json>();\n  readonly #text = new Map<string, { index: number; part: number; chunks: string[] }>();\n  readonly #arguments = new Map<number, string[]>();\n\n  add(event: unknown): void {\n    const e = object(event);\n    const tag = e["type"];\n    const index = Number(e["output_index"]);\n    if (tag === "response.output_text.delta") {\n      const part = Number(e["content_index"]);\n      const key = `${index}:${part}`;\n      if (!this.#text.has(key)) this.#text.set(key, { index, part, chunks: [] });\n      this.#text.get(key)!.chunks.push(String(e["delta"] ?? ""));\n    } else if (tag === "response.function_call_arguments.delta") {\n      if (!this.#arguments.has(index)) this.#arguments.set(index, []);\n      this.#arguments.get(index)!.push(String(e["delta"] ?? ""));\n    } else if (tag === "response.output_item.added" || tag === "response.output_item.done") {\n      this.#items.set(index, object(e["item"]));\n      if (tag.endsWith("done")) {\n        this.#arguments.delete(index);\n        for (const [key, text] of this.#text) if (text.index === index) this.#text.delete(key);\n      }\n    } else if (tag === "response.content_part.added" || tag === "response.content_part.done") {\n      const item = this.#items.get(index) ?? {};\n      this.#items.set(index, item);\n      const parts = Array.isArray(item["content"]) ? [...(item["content"] as unknown[])] : [];\n      const part = Number(e["content_index"]);\n      while (parts.length <= part) parts.push({});\n      parts[part] = object(e["part"]);\n      item["content"] = parts;\n      if (tag.endsWith("done")) this.#text.delete(`${index}:${part}`);\n    } else if (typeof tag === "string" && LIFECYCLE.has(tag) && e["response"] !== null && typeof e["response"] === "object") {\n      this.snapshot = object(e["response"]);\n      this.completed = !UNDER_WAY.has(tag);\n    }\n  }\n\n  /** Output items as JSON, with the deltas not yet folded into a `done` event applied. */\n  get items(): Json[] {\n    const indexes = [...this.#items.keys()].sort((a, b) => a - b);\n    const byIndex = new Map(indexes.map((i) => [i, { ...this.#items.get(i)! }]));\n    for (const [index, chunks] of this.#arguments) {\n      const item = byIndex.get(index);\n      if (item) item["arguments"] = String(item["arguments"] ?? "") + chunks.join("");\n    }\n    for (const { index, part, chunks } of this.#text.values()) {\n      const item = byIndex.get(index);\n      if (!item) continue;\n      const parts = (Array.isArray(item["content"]) ? item["content"] : []).map((p) => object(p));\n      while (parts.length <= part) parts.push({ type: "output_text", text: "" });\n      parts[part]!["text"] = String(parts[part]!["text"] ?? "") + chunks.join("");\n      item["content"] = parts;\n    }\n    return indexes.map((i) => byIndex.get(i)!);\n  }\n\n  /** The text of every output_text part, in output order. */\n  get text(): string {\n    const out: string[] = [];\n    for (const item of this.#output()) {\n      for (const part of Array.isArray(item["content"]) ? item["content"] : []) {\n        const p = object(part);\n        if (p["type"] === "output_text") out.push(String(p["text"] ?? ""));\n      }\n    }\n    return out.join("");\n  }\n\n  /** The final response as JSON: the completed snapshot, or the last snapshot with the output so far. */\n  responseJSON(): Json {\n    return { ...this.snapshot, output: this.#output() };\n  }\n'
    if (undefined(name='final') if l_0_final is missing else l_0_final):
        pass
        yield '\n  /** The final response (as JSON, read through its type: nothing is checked). */\n  get response(): m.'
        yield str((undefined(name='final') if l_0_final is missing else l_0_final))
        yield ' {\n    return this.responseJSON() as unknown as m.'
        yield str((undefined(name='final') if l_0_final is missing else l_0_final))
        yield ';\n  }\n'
    yield '\n  #output(): Json[] {\n    const output = this.snapshot?.["output"];\n    if (this.completed && Array.isArray(output) && output.length) return output.map((item) => object(item));\n    return this.items;\n  }\n}\n\n/** Consume a stream (or any iterable of events) into an Accumulator. */\nexport async function accumulate(events: AsyncIterable<unknown> | Iterable<unknown>): Promise<Accumulator> {\n  const acc = new Accumulator();\n  for await (const event of events) acc.add(event);\n  return acc;\n}\n'

blocks = {}
debug_info = '1=39&2=41&3=44&4=47&11=51&17=53&107=57&110=60&111=62'
