/**
 * The fault-injection switch of the embedded FHIR server (issue 14 point 1; docs/reliability.md B1-B20): rules matched
 * by resource type or path answer with an error status (with Retry-After), a delay, a body that stalls after the
 * headers, a slow drip, a truncated or malformed body, a wrong content type, an empty body, a `next` link to itself
 * or a redirect. Off unless a switch is passed to `createFhirServer({ faults })`; `server/main.ts` makes one only
 * for `FHIR_FAULTS=1` (never in `npm start`). Every request under the base is logged, so tests count what the
 * client really sent.
 */
import type { Context, MiddlewareHandler, Next } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** What a matching request gets. */
export type Fault =
  /** An OperationOutcome with this status; `retryAfter` is sent as the Retry-After header (seconds or a date). */
  | { readonly kind: 'status'; readonly status: number; readonly retryAfter?: string; readonly diagnostics?: string }
  /** The real answer, after `ms`. */
  | { readonly kind: 'delay'; readonly ms: number }
  /** Headers and the first bytes of a Bundle, then nothing until the client goes away. */
  | { readonly kind: 'stall' }
  /** The real body in `chunks` pieces, `chunkMs` apart. */
  | { readonly kind: 'drip'; readonly chunkMs: number; readonly chunks?: number }
  /** The real body cut after `bytes` (default: half). */
  | { readonly kind: 'truncate'; readonly bytes?: number }
  /** The real body made unreadable (a trailing comma) or prefixed with a byte-order mark. */
  | { readonly kind: 'malformed'; readonly variant: 'trailing-comma' | 'bom' | 'garbage' }
  /** A 200 of another type: a proxy's login page (`text/html`) or an XML document. */
  | { readonly kind: 'content-type'; readonly contentType: string; readonly body: string }
  /** A 200 or 204 with no body at all. */
  | { readonly kind: 'empty'; readonly status: 200 | 204 }
  /** The real searchset with its `next` link replaced by a link to the request itself. */
  | { readonly kind: 'next-loop' }
  /** The connection closed with no answer at all, as when the network drops mid-load. */
  | { readonly kind: 'drop' }
  /** A redirect to `location` (e.g. on another origin). */
  | { readonly kind: 'redirect'; readonly location: string; readonly status?: 301 | 302 | 307 }

/** One rule: which requests, and what they get. */
export interface FaultRule {
  /** The first path segment under the base: `Condition`, `Patient`, `metadata`, … (any when absent). */
  readonly resourceType?: string
  /** A regular expression tested against the path under the base with its query, e.g. `^Condition\\?`. */
  readonly path?: string
  /** Matching requests passed through untouched before the rule applies (e.g. 1: the second one fails). */
  readonly skip?: number
  /** How many matching requests it applies to (every one when absent). */
  readonly times?: number
  readonly fault: Fault
}

/** One request the server saw. */
export interface FaultLogEntry {
  readonly method: string
  /** The path under the base with its query, e.g. `Condition?patient=1&_count=200`. */
  readonly path: string
  /** The fault it got, or null when it was answered normally. */
  readonly fault: Fault['kind'] | null
}

/** The switch: set or clear rules at run time, read the request log. */
export interface FaultSwitch {
  /** Replaces the rules (their counters start again) and clears the log. */
  set(rules: readonly FaultRule[]): void
  clear(): void
  /** Every request under the base since the last `set` or `clear`. */
  readonly log: readonly FaultLogEntry[]
  /** The middleware mounted under the FHIR base (after CORS, so faulted answers keep their CORS headers). */
  middleware(basePath: string): MiddlewareHandler
}

const OUTCOME_TEXT: Readonly<Record<number, string>> = {
  403: 'Access to this resource is not allowed.',
  404: 'Resource not found.',
  410: 'Resource deleted.',
  429: 'Too many requests.',
  500: 'Internal error.',
  503: 'Service unavailable.',
}

function outcomeBody(status: number, diagnostics: string | undefined): string {
  const issue = { severity: 'error', code: status === 403 ? 'forbidden' : 'processing' }
  const text = diagnostics ?? OUTCOME_TEXT[status] ?? 'Error.'
  return JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ ...issue, diagnostics: text }] })
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A body that sends its first bytes and then nothing until cancelled. */
function stalledBody(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"resourceType":"Bundle","type":"searchset","entry":['))
    },
  })
}

function drippedBody(text: string, chunkMs: number, chunks: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  const size = Math.max(1, Math.ceil(bytes.length / chunks))
  let offset = 0
  return new ReadableStream({
    async pull(controller) {
      await sleep(chunkMs)
      controller.enqueue(bytes.slice(offset, offset + size))
      offset += size
      if (offset >= bytes.length) controller.close()
    },
  })
}

/** Answers in place of the handler; null for the faults that rewrite the real answer. */
function answerBefore(c: Context, fault: Fault): Response | null {
  const json = { 'Content-Type': 'application/fhir+json; charset=utf-8' }
  switch (fault.kind) {
    case 'status': {
      const headers = fault.retryAfter === undefined ? json : { ...json, 'Retry-After': fault.retryAfter }
      return c.body(outcomeBody(fault.status, fault.diagnostics), fault.status as ContentfulStatusCode, headers)
    }
    case 'stall':
      return c.body(stalledBody(), 200, json)
    case 'content-type':
      return c.body(fault.body, 200, { 'Content-Type': fault.contentType })
    case 'empty':
      return c.body(null, fault.status, fault.status === 204 ? {} : json)
    case 'redirect':
      return c.body(null, fault.status ?? 302, { Location: fault.location })
    case 'drop': {
      // @hono/node-server puts the Node request in c.env; its socket closed, the client sees a network error.
      const env = c.env as { incoming?: { socket?: { destroy: () => void } } } | undefined
      env?.incoming?.socket?.destroy()
      return c.body(null, 500)
    }
    case 'delay':
    case 'drip':
    case 'truncate':
    case 'malformed':
    case 'next-loop':
      return null
  }
}

function rewriteBody(text: string, fault: Fault, selfUrl: string): string {
  switch (fault.kind) {
    case 'truncate':
      return text.slice(0, fault.bytes ?? Math.floor(text.length / 2))
    case 'malformed':
      if (fault.variant === 'bom') return `\uFEFF${text}`
      if (fault.variant === 'garbage') return `${text.slice(0, 20)}\u0000<<not json>>`
      return text.replace(/\}\s*$/, ',}')
    case 'next-loop': {
      const bundle = JSON.parse(text) as { link?: { relation: string; url: string }[] }
      const links = (bundle.link ?? []).filter((l) => l.relation !== 'next')
      return JSON.stringify({ ...bundle, link: [...links, { relation: 'next', url: selfUrl }] })
    }
    case 'delay':
    case 'drip':
    case 'status':
    case 'stall':
    case 'content-type':
    case 'empty':
    case 'redirect':
    case 'drop':
      return text
  }
}

/** Applies a fault that needs the real answer (delay, drip, truncate, malformed, next-loop). */
async function answerAfter(c: Context, next: Next, fault: Fault): Promise<void> {
  if (fault.kind === 'delay') await sleep(fault.ms)
  await next()
  if (fault.kind === 'delay') return
  const text = rewriteBody(await c.res.text(), fault, c.req.url)
  const body = fault.kind === 'drip' ? drippedBody(text, fault.chunkMs, fault.chunks ?? 8) : text
  const headers = new Headers(c.res.headers)
  headers.delete('Content-Length')
  c.res = new Response(body, { status: c.res.status, headers })
}

interface LiveRule {
  readonly rule: FaultRule
  seen: number
}

function matches(rule: FaultRule, path: string): boolean {
  const type = path.split(/[/?]/)[0] ?? ''
  if (rule.resourceType !== undefined && rule.resourceType !== type) return false
  return rule.path === undefined || new RegExp(rule.path).test(path)
}

/** The fault the request gets (counting it against its rule), or null. */
function pick(live: readonly LiveRule[], path: string): Fault | null {
  for (const entry of live) {
    if (!matches(entry.rule, path)) continue
    entry.seen++
    const skip = entry.rule.skip ?? 0
    const times = entry.rule.times ?? Number.POSITIVE_INFINITY
    if (entry.seen > skip && entry.seen <= skip + times) return entry.rule.fault
  }
  return null
}

/**
 * Creates a fault switch.
 * @param rules - the rules it starts with (none: every request is answered normally, and logged)
 * @returns the switch; pass it to `createFhirServer({ faults })`
 */
export function createFaultSwitch(rules: readonly FaultRule[] = []): FaultSwitch {
  let live: LiveRule[] = []
  const log: FaultLogEntry[] = []
  const set = (next: readonly FaultRule[]): void => {
    live = next.map((rule) => ({ rule, seen: 0 }))
    log.length = 0
  }
  set(rules)
  return {
    set,
    clear: () => {
      set([])
    },
    log,
    middleware: (basePath) => async (c, next) => {
      const url = new URL(c.req.url)
      const path = `${url.pathname.slice(basePath.length).replace(/^\/+/, '')}${url.search}`
      const fault = pick(live, path)
      log.push({ method: c.req.method, path, fault: fault?.kind ?? null })
      if (fault === null) return next()
      const answer = answerBefore(c, fault)
      if (answer !== null) return answer
      await answerAfter(c, next, fault)
    },
  }
}
