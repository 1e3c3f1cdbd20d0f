# compiled by jinja2 3.1.6 from webhooks.ts.jinja (sha256 1ff21ec808c4af5839054052901a0fda3b326e591ea50760e3185f6d3adbd57b); make precompile
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'webhooks.ts.jinja'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_header = resolve('header')
    l_0_api = resolve('api')
    l_0_options = resolve('options')
    l_0_event = l_0_tagged = l_0_T = missing
    try:
        t_1 = environment.filters['ts_string']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'ts_string' found.")
    pass
    yield '// '
    yield str((undefined(name='header') if l_0_header is missing else l_0_header))
    yield '\n'
    l_0_event = context.call(environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'get'), environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'))
    context.vars['event'] = l_0_event
    context.exported_vars.add('event')
    l_0_tagged = ((environment.getattr(environment.getattr((undefined(name='event') if l_0_event is missing else l_0_event), '__class__'), '__name__') == 'Union') and environment.getattr((undefined(name='event') if l_0_event is missing else l_0_event), 'discriminator'))
    context.vars['tagged'] = l_0_tagged
    context.exported_vars.add('tagged')
    l_0_T = str_join(('m.', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'), (str_join((' | m.Unknown', environment.getattr((undefined(name='api') if l_0_api is missing else l_0_api), 'webhook_event'), )) if (undefined(name='tagged') if l_0_tagged is missing else l_0_tagged) else ''), ))
    context.vars['T'] = l_0_T
    context.exported_vars.add('T')
    yield '/**\n * Webhooks: check that a delivery comes from the API, then parse its event.\n *\n * Deliveries are signed by the Standard Webhooks scheme: the `webhook-signature` header holds\n * one or more `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`,\n * keyed by the secret (base64, after its `whsec_` prefix). A delivery is accepted when one\n * signature matches, compared in constant time, and its timestamp is within `tolerance` seconds\n * of now. Web Crypto only: Node >= 18, browsers, workers.\n */\nimport type * as m from "./models.js";\nimport { InvalidWebhookSignatureError, readEnv } from "./core.js";\n\n/** Seconds a delivery\'s timestamp may be from now, either way. */\nexport const DEFAULT_TOLERANCE = 300;\nconst SECRET_ENV: string | undefined = '
    yield str((t_1(context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'webhook_secret_env')) if context.call(environment.getattr((undefined(name='options') if l_0_options is missing else l_0_options), 'get'), 'webhook_secret_env') else 'undefined'))
    yield ";\n\nexport interface VerifyOptions {\n  /** The secret, when the client was not given one. */\n  secret?: string;\n  tolerance?: number;\n  /** Seconds since the epoch to check the timestamp against (default: now). */\n  now?: number;\n}\n\n/** The delivery's body as received: text, or its raw bytes (what was signed). */\nexport type Payload = string | ArrayBuffer | ArrayBufferView;\n\ntype HeaderSource = Headers | Record<string, string | string[] | undefined>;\n\nexport class Webhooks {\n  readonly #secret: string | undefined; // never in a message\n\n  constructor(secret?: string) {\n    this.#secret = secret;\n  }\n\n  /**\n   * Verify the delivery's signature, then parse its body"
    yield str(('; an event type this package does not know yet is kept whole' if (undefined(name='tagged') if l_0_tagged is missing else l_0_tagged) else cond_expr_undefined("the inline if-expression on line 42 in 'webhooks.ts.jinja' evaluated to false and no else section was defined.")))
    yield '.\n   */\n  async unwrap(payload: Payload, headers: HeaderSource, options: VerifyOptions = {}): Promise<'
    yield str((undefined(name='T') if l_0_T is missing else l_0_T))
    yield '> {\n    await this.verifySignature(payload, headers, options);\n    return JSON.parse(typeof payload === "string" ? payload : new TextDecoder().decode(bytesOf(payload))) as '
    yield str((undefined(name='T') if l_0_T is missing else l_0_T))
    yield ';\n  }\n\n  /** Throw InvalidWebhookSignatureError unless the delivery is signed with the secret and recent. */\n  async verifySignature(payload: Payload, headers: HeaderSource, options: VerifyOptions = {}): Promise<void> {\n    const key = secretBytes(options.secret ?? this.#secret);\n    const found = (name: string): string | undefined => {\n      if (headers instanceof Headers) return headers.get(name) ?? undefined;\n      const entry = Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];\n      return Array.isArray(entry) ? entry.join(" ") : entry;\n    };\n    const id = found("webhook-id");\n    const timestamp = found("webhook-timestamp");\n    const signatures = found("webhook-signature");\n    if (!id || !timestamp || !signatures) {\n      const missing = ["webhook-id", "webhook-timestamp", "webhook-signature"].filter((h) => !found(h));\n      throw new InvalidWebhookSignatureError(`missing header(s): ${missing.join(", ")}`);\n    }\n    const sent = Number(timestamp);\n    if (!/^\\d+$/.test(timestamp) || !Number.isSafeInteger(sent)) throw new InvalidWebhookSignatureError("the webhook-timestamp header is not a number");\n    const now = options.now ?? Math.floor(Date.now() / 1000);\n    const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;\n    if (sent < now - tolerance) throw new InvalidWebhookSignatureError("the delivery is too old");\n    if (sent > now + tolerance) throw new InvalidWebhookSignatureError("the delivery\'s timestamp is in the future");\n    const hmac = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);\n    const prefix = new TextEncoder().encode(`${id}.${timestamp}.`);\n    const body = bytesOf(payload);\n    const content = new Uint8Array(prefix.length + body.length);\n    content.set(prefix);\n    content.set(body, prefix.length);\n    const signed = new Uint8Array(await crypto.subtle.sign("HMAC", hmac, content));\n    const expected = new TextEncoder().encode(btoa(String.fromCharCode(...signed)));\n    for (const candidate of signatures.split(" ")) {\n      const [version, signature] = [candidate.slice(0, candidate.indexOf(",")), candidate.slice(candidate.indexOf(",") + 1)];\n      if (version === "v1" && sameBytes(new TextEncoder().encode(signature), expected)) return;\n    }\n    throw new InvalidWebhookSignatureError("no signature matches the delivery");\n  }\n}\n\nfunction secretBytes(secret: string | undefined): ArrayBuffer {\n  secret ??= SECRET_ENV ? readEnv(SECRET_ENV) : undefined;\n  if (!secret) {\n    const where = SECRET_ENV ? ` or set the ${SECRET_ENV} environment variable` : "";\n    throw new InvalidWebhookSignatureError(`no webhook secret: pass webhookSecret to the client or secret here${where}`);\n  }\n  const encoded = secret.startsWith("whsec_") ? secret.slice(6) : secret;\n  try {\n    return Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)).buffer as ArrayBuffer;\n  } catch {\n    throw new InvalidWebhookSignatureError("the webhook secret is not base64 (after its whsec_ prefix)");\n  }\n}\n\nfunction bytesOf(payload: Payload): Uint8Array {\n  if (typeof payload === "string") return new TextEncoder().encode(payload);\n  return payload instanceof ArrayBuffer ? new Uint8Array(payload) : new Uint8Array(payload.buffer, payload.byteOffset, payload.byteLength);\n}\n\n/** Whether two byte strings are equal, in time that depends on their length only. */\nfunction sameBytes(a: Uint8Array, b: Uint8Array): boolean {\n  let differ = a.length ^ b.length;\n  for (let i = 0; i < b.length; i++) differ |= (a[i] ?? 0) ^ b[i]!;\n  return differ === 0;\n}\n'

blocks = {}
debug_info = '1=22&2=24&3=27&4=30&19=34&42=36&44=38&46=40'
