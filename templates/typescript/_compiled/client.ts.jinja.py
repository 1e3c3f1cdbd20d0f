# compiled by jinja2 3.1.6 from client.ts.jinja (sha256 8eea5d44acbe0cfb096f6531398e5f66485d3c5f756e768ec1695db25b08d5ea); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_base_url = resolve('base_url')
    l_0_options = resolve('options')
    l_0_api = resolve('api')
    try:
        t_1 = environment.filters['camel']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'camel' found.")
    try:
        t_2 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_3 = environment.filters['jsdoc']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'jsdoc' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_6 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_7 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_8 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_9 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_10 = environment.filters['ts_prop']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'ts_prop' found.")
    try:
        t_11 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    try:
        t_12 = environment.filters['ts_type']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'ts_type' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n/**\n * A small fetch-based client: one method per operation, and for streaming\n * operations a `...Stream` method yielding parsed events.\n */\nimport type * as m from "./models.js";\n\nexport interface ClientOptions {\n  apiKey?: string;\n  baseURL?: string;\n  headers?: Record<string, string>;\n  fetch?: typeof fetch;\n  /** Retries of a request that failed to connect or got 408, 409, 429 or 5xx (default 2). */\n  maxRetries?: number;\n  /** Milliseconds before a request (until its response headers) is abandoned (default 600000). */\n  timeout?: number;\n}\n\nconst INITIAL_RETRY_DELAY = 500;\nconst MAX_RETRY_DELAY = 8000;\nconst MAX_RETRY_AFTER = 60000; // a server asking for a longer wait gets the usual backoff instead\n\n/** An HTTP error status, with the parsed body when it was JSON. */\nexport class APIError extends Error {\n  constructor(\n    readonly status: number,\n    readonly body: unknown,\n    message: string,\n  ) {\n    super(message);\n    this.name = "APIError";\n  }\n}\n\n/** No response: the connection failed or the request timed out, on every attempt. */\nexport class APIConnectionError extends Error {\n  constructor(\n    message: string,\n    readonly cause: unknown,\n  ) {\n    super(message);\n    this.name = "APIConnectionError";\n  }\n}\n\n/** An error event received in the middle of a stream. */\nexport class APIStreamError extends Error {\n  constructor(readonly event: unknown) {\n    super(String((event as { message?: unknown }).message ?? "error event in stream"));\n    this.name = "APIStreamError";\n  }\n}\n\nexport interface ServerSentEvent {\n  event: string;\n  data: string;\n}\n\nexport function pathParam(name: string, value: string): string {\n  if (!value) throw new Error(`expected a non-empty value for path parameter \\`${name}\\``);\n  return encodeURIComponent(value);\n}\n\ntype Query = Record<string, string | number | boolean | Array<string | number | boolean> | null | undefined>;\n\nfunction shouldRetry(response: Response): boolean {\n  const override = response.headers.get("x-should-retry");\n  if (override === "true" || override === "false") return override === "true";\n  return [408, 409, 429].includes(response.status) || response.status >= 500;\n}\n\n/** Milliseconds before retry number `attempt` (0-based): the server\'s wish if sane, else backoff with jitter. */\nexport function retryDelay(attempt: number, headers: Headers | undefined): number {\n  const ms = Number(headers?.get("retry-after-ms") ?? NaN);\n  const after = headers?.get("retry-after");\n  let wanted = Number.isFinite(ms) ? ms : NaN;\n  if (Number.isNaN(wanted) && after) {\n    wanted = /^\\d+(\\.\\d+)?$/.test(after) ? Number(after) * 1000 : Date.parse(after) - Date.now();\n  }\n  if (Number.isFinite(wanted) && wanted >= 0 && wanted <= MAX_RETRY_AFTER) return wanted;\n  return Math.min(INITIAL_RETRY_DELAY * 2 ** attempt, MAX_RETRY_DELAY) * (1 - 0.25 * Math.random());\n}\n\nfunction queryString(query: Query | undefined): string {\n  const params = new URLSearchParams();\n  for (const [key, value] of Object.entries(query ?? {})) {\n    if (value === undefined) continue;\n    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));\n  }\n  const text = params.toString();\n  return text ? `?${text}` : "";\n}\n\n/**\n * Server-sent events from a byte stream, by the WHATWG rules: LF, CRLF or CR\n * line ends, multi-line data, comments, and events split across chunks.\n */\nexport async function* decodeSSE(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {\n  const reader = body.getReader();\n  const decoder = new TextDecoder();\n  let buffer = "";\n  let pendingCR = false;\n  let data: string[] = [];\n  let event = "";\n  try {\n    for (;;) {\n      const { done, value } = await reader.read();\n      let text: string = (pendingCR ? "\\r" : "") + (done ? decoder.decode() : decoder.decode(value, { stream: true }));\n      // A CR at the end may be the first half of a CRLF: keep it for the next chunk.\n      pendingCR = !done && text.endsWith("\\r");\n      if (pendingCR) text = text.slice(0, -1);\n      buffer += text.replace(/\\r\\n?/g, "\\n");\n      let newline: number;\n      while ((newline = buffer.indexOf("\\n")) >= 0) {\n        const line = buffer.slice(0, newline);\n        buffer = buffer.slice(newline + 1);\n        if (line === "") {\n          if (data.length) yield { event: event || "message", data: data.join("\\n") };\n          data = [];\n          event = "";\n        } else if (!line.startsWith(":")) {\n          const colon = line.indexOf(":");\n          const field = colon < 0 ? line : line.slice(0, colon);\n          let value = colon < 0 ? "" : line.slice(colon + 1);\n          if (value.startsWith(" ")) value = value.slice(1);\n          if (field === "data") data.push(value);\n          else if (field === "event") event = value;\n        }\n      }\n      if (done) {\n        if (buffer || data.length) throw new Error("the stream ended in the middle of an event");\n        return;\n      }\n    }\n  } finally {\n    reader.releaseLock();\n  }\n}\n\nfunction sleep(ms: number): Promise<void> {\n  return new Promise((resolve) => setTimeout(resolve, ms));\n}\n\nclass Core {\n  readonly baseURL: string;\n  readonly #apiKey: string | undefined;\n  readonly #headers: Record<string, string>;\n  readonly #fetch: typeof fetch;\n  readonly #maxRetries: number;\n  readonly #timeout: number;\n\n  constructor(options: ClientOptions) {\n    this.baseURL = (options.baseURL ?? '
    yield str(t_11(context.call((undefined(name='base_url') if l_0_base_url is missing else l_0_base_url), (undefined(name='options') if l_0_options is missing else l_0_options))))
    yield ').replace(/\\/+$/, "");\n    this.#apiKey = options.apiKey;\n    this.#headers = options.headers ?? {};\n    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);\n    this.#maxRetries = options.maxRetries ?? 2;\n    this.#timeout = options.timeout ?? 600000;\n  }\n\n  async send(method: string, path: string, query: Query | undefined, body: unknown, accept: string): Promise<Response> {\n    const headers: Record<string, string> = { accept, ...this.#headers };\n    if (this.#apiKey) headers["authorization"] = `Bearer ${this.#apiKey}`;\n    if (body !== undefined) headers["content-type"] = "application/json";\n    const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };\n    for (let attempt = 0; ; attempt++) {\n      let response: Response;\n      try {\n        response = await this.#fetch(this.baseURL + path + queryString(query), { ...init, signal: AbortSignal.timeout(this.#timeout) });\n      } catch (error) {\n        if (attempt >= this.#maxRetries) throw new APIConnectionError(`${method} ${path}: ${String(error)}`, error);\n        await sleep(retryDelay(attempt, undefined));\n        continue;\n      }\n      if (response.ok) return response;\n      const text = await response.text();\n      if (attempt < this.#maxRetries && shouldRetry(response)) {\n        await sleep(retryDelay(attempt, response.headers));\n        continue;\n      }\n      let parsed: unknown = text;\n      try {\n        parsed = JSON.parse(text);\n      } catch {\n        // not JSON: keep the text\n      }\n      throw new APIError(response.status, parsed, `${method} ${path} -> ${response.status}`);\n    }\n  }\n\n  async json<T>(method: string, path: string, query: Query | undefined, body: unknown): Promise<T> {\n    const response = await this.send(method, path, query, body, "application/json");\n    const text = await response.text();\n    return (text ? JSON.parse(text) : undefined) as T;\n  }\n\n  async *stream<T>(method: string, path: string, query: Query | undefined, body: unknown, parse: (data: string) => T): AsyncGenerator<T> {\n    const response = await this.send(method, path, query, body, "text/event-stream");\n    if (!response.body) return;\n    for await (const sse of decodeSSE(response.body)) {\n      if (sse.data === "[DONE]" || sse.event === "done") return;\n      const item = parse(sse.data);\n      if (sse.event === "error" || (item as { type?: unknown }).type === "error") throw new APIStreamError(item);\n      yield item;\n    }\n  }\n}\n'
    for l_1_r in environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources'):
        _loop_vars = {}
        pass
        yield '\n/** `client.'
        yield str(t_2(context.eval_ctx, t_6(context, environment.getattr(l_1_r, 'path'), 'camel'), '.'))
        yield '` */\nexport class '
        yield str(t_2(context.eval_ctx, t_6(context, environment.getattr(l_1_r, 'path'), 'pascal'), ''))
        yield 'Resource {\n'
        for l_2_child in environment.getattr(l_1_r, 'children'):
            _loop_vars = {}
            pass
            yield '  readonly '
            yield str(t_1(l_2_child))
            yield ': '
            yield str(t_2(context.eval_ctx, t_6(context, (environment.getattr(l_1_r, 'path') + (l_2_child,)), 'pascal'), ''))
            yield 'Resource;\n'
        l_2_child = missing
        yield '\n  constructor(private readonly core: Core) {\n'
        for l_2_child in environment.getattr(l_1_r, 'children'):
            _loop_vars = {}
            pass
            yield '    this.'
            yield str(t_1(l_2_child))
            yield ' = new '
            yield str(t_2(context.eval_ctx, t_6(context, (environment.getattr(l_1_r, 'path') + (l_2_child,)), 'pascal'), ''))
            yield 'Resource(core);\n'
        l_2_child = missing
        yield '  }\n'
        for l_2_op in environment.getattr(l_1_r, 'operations'):
            l_2_ts_method_params = resolve('ts_method_params')
            l_2_deprecation = resolve('deprecation')
            l_2_ts_path = resolve('ts_path')
            l_2_ts_stream_type = resolve('ts_stream_type')
            l_2_path_args = l_2_queries = l_2_args = missing
            _loop_vars = {}
            pass
            l_2_path_args = context.call((undefined(name='ts_method_params') if l_2_ts_method_params is missing else l_2_ts_method_params), l_2_op, _loop_vars=_loop_vars)
            _loop_vars['path_args'] = l_2_path_args
            l_2_queries = t_5(context.eval_ctx, t_8(context, environment.getattr(l_2_op, 'params'), 'location', 'equalto', 'query'))
            _loop_vars['queries'] = l_2_queries
            t_13 = []
            pass
            for (l_4_name, l_4_type) in (undefined(name='path_args') if l_2_path_args is missing else l_2_path_args):
                _loop_vars = {}
                pass
                t_13.extend((
                    str(l_4_name),
                    ': ',
                    str(l_4_type),
                    ', ',
                ))
            l_4_name = l_4_type = missing
            if environment.getattr(l_2_op, 'body'):
                pass
                t_13.extend((
                    'body',
                    str(('' if environment.getattr(environment.getattr(l_2_op, 'body'), 'required') else '?')),
                    ': ',
                    str(t_12(environment.getattr(environment.getattr(l_2_op, 'body'), 'type'), 'm.')),
                    ', ',
                ))
            if (undefined(name='queries') if l_2_queries is missing else l_2_queries):
                pass
                t_13.append(
                    'query?: { ',
                )
                for l_4_p in (undefined(name='queries') if l_2_queries is missing else l_2_queries):
                    _loop_vars = {}
                    pass
                    t_13.extend((
                        str(t_10(environment.getattr(l_4_p, 'wire_name'))),
                        '?: ',
                        str(t_12(environment.getattr(l_4_p, 'type'), 'm.')),
                        '; ',
                    ))
                l_4_p = missing
                t_13.append(
                    '}',
                )
            l_2_args = (Markup if context.eval_ctx.autoescape else identity)(concat(t_13))
            _loop_vars['args'] = l_2_args
            yield '\n  /**\n'
            yield str(t_3(((environment.getattr(l_2_op, 'summary') or environment.getattr(l_2_op, 'description')) or environment.getattr(l_2_op, 'id')), 2))
            yield '\n'
            if environment.getattr(l_2_op, 'deprecated'):
                pass
                yield '   * @deprecated '
                yield str(t_7(context.eval_ctx, t_3(context.call((undefined(name='deprecation') if l_2_deprecation is missing else l_2_deprecation), l_2_op, t_1(environment.getattr(l_2_op, 'name')), _loop_vars=_loop_vars)), ' * ', '', 1))
                yield '\n'
            yield '   */\n  '
            yield str(t_1(environment.getattr(l_2_op, 'name')))
            yield '('
            yield str(t_9(t_9((undefined(name='args') if l_2_args is missing else l_2_args)), ','))
            yield '): Promise<'
            yield str(t_12(environment.getattr(l_2_op, 'result'), 'm.'))
            yield '> {\n    return this.core.json('
            yield str(t_11(environment.getattr(l_2_op, 'method')))
            yield ', '
            yield str(context.call((undefined(name='ts_path') if l_2_ts_path is missing else l_2_ts_path), l_2_op, _loop_vars=_loop_vars))
            yield ', '
            yield str(('query' if (undefined(name='queries') if l_2_queries is missing else l_2_queries) else 'undefined'))
            yield ', '
            yield str(('body' if environment.getattr(l_2_op, 'body') else 'undefined'))
            yield ');\n  }\n'
            if environment.getattr(l_2_op, 'stream'):
                pass
                yield '\n  /** `'
                yield str(t_1(environment.getattr(l_2_op, 'name')))
                yield '` with a streamed response: yields each event as it arrives. */\n  '
                yield str(t_1(environment.getattr(l_2_op, 'name')))
                yield 'Stream('
                yield str(t_9(t_9((undefined(name='args') if l_2_args is missing else l_2_args)), ','))
                yield '): AsyncGenerator<'
                yield str(context.call((undefined(name='ts_stream_type') if l_2_ts_stream_type is missing else l_2_ts_stream_type), l_2_op, _loop_vars=_loop_vars))
                yield '> {\n    return this.core.stream('
                yield str(t_11(environment.getattr(l_2_op, 'method')))
                yield ', '
                yield str(context.call((undefined(name='ts_path') if l_2_ts_path is missing else l_2_ts_path), l_2_op, _loop_vars=_loop_vars))
                yield ', '
                yield str(('query' if (undefined(name='queries') if l_2_queries is missing else l_2_queries) else 'undefined'))
                yield ', '
                yield str(('{ ...body, stream: true }' if (environment.getattr(l_2_op, 'body') and environment.getattr(environment.getattr(l_2_op, 'body'), 'model')) else ('body' if environment.getattr(l_2_op, 'body') else 'undefined')))
                yield ', (data) => JSON.parse(data) as '
                yield str(context.call((undefined(name='ts_stream_type') if l_2_ts_stream_type is missing else l_2_ts_stream_type), l_2_op, _loop_vars=_loop_vars))
                yield ');\n  }\n'
        l_2_op = l_2_ts_method_params = l_2_path_args = l_2_queries = l_2_args = l_2_deprecation = l_2_ts_path = l_2_ts_stream_type = missing
        yield '}\n'
    l_1_r = missing
    yield '\nexport class Client {\n'
    def t_14(fiter):
        for l_1_r in fiter:
            if (t_4(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_14(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        _loop_vars = {}
        pass
        yield '  readonly '
        yield str(t_1(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield ': '
        yield str(t_2(context.eval_ctx, t_6(context, environment.getattr(l_1_r, 'path'), 'pascal'), ''))
        yield 'Resource;\n'
    l_1_r = missing
    yield '\n  constructor(options: ClientOptions = {}) {\n    const core = new Core(options);\n'
    def t_15(fiter):
        for l_1_r in fiter:
            if (t_4(environment.getattr(l_1_r, 'path')) == 1):
                yield l_1_r
    for l_1_r in t_15(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'resources')):
        _loop_vars = {}
        pass
        yield '    this.'
        yield str(t_1(environment.getitem(environment.getattr(l_1_r, 'path'), 0)))
        yield ' = new '
        yield str(t_2(context.eval_ctx, t_6(context, environment.getattr(l_1_r, 'path'), 'pascal'), ''))
        yield 'Resource(core);\n'
    l_1_r = missing
    yield '  }\n}\n'

blocks = {}
debug_info = '1=88&153=90&208=92&210=96&211=98&212=100&213=104&217=110&218=114&221=120&222=128&223=130&224=134&227=174&228=176&229=179&232=182&233=188&235=196&237=199&238=201&239=207&247=221&248=229&253=235&254=243'
