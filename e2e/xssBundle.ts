/**
 * Builds a hostile copy of a FHIR bundle for the XSS sweep (e2e/xss.spec.ts; docs/reliability.md C26, C27, F14):
 * every free-text string of every resource becomes a script payload plus a unique marker, while ids, references,
 * codes, systems, dates and statuses stay valid so the record still loads and maps. Written by the project.
 */
import { readFileSync } from 'node:fs'

/** The payloads, used in turn; each one sets `window.__xss` if it ever runs. */
export const PAYLOADS = [
  '<img src=x onerror=window.__xss=1>',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<form action="javascript:window.__xss=1"><button>go</button></form>',
  '<base href="https://attacker.invalid/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<div style="background:url(https://attacker.invalid/x.png)">x</div>',
] as const

/** Keys whose string values are structure, not text: kept so the record still parses and maps. */
const KEEP = new Set([
  'resourceType',
  'id',
  'fullUrl',
  'reference',
  'system',
  'code',
  'version',
  'status',
  'gender',
  'use',
  'type',
  'mode',
  'method',
  'intent',
  'priority',
  'language',
  'contentType',
  'comparator',
  'profile',
  'div',
])
const DATE = /^\d{4}(-\d\d(-\d\d([T ][\d:.]+(Z|[+-]\d\d:\d\d)?)?)?)?$/

/** Replaces every text string under `node`; counts the replacements in `state`. */
function poison(
  node: unknown,
  key: string,
  parent: Record<string, unknown> | null,
  state: { n: number; text: (n: number) => string },
): unknown {
  if (typeof node === 'string') {
    if (KEEP.has(key) || DATE.test(node)) return node
    // An extension's `url` names the extension (structure); an attachment's `url` is record text.
    if (
      key === 'url' &&
      parent !== null &&
      ('extension' in parent || Object.keys(parent).some((k) => k.startsWith('value')))
    )
      return node
    state.n++
    return state.text(state.n)
  }
  if (Array.isArray(node)) return node.map((item) => poison(item, key, parent, state))
  if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(object)) out[k] = poison(v, k, object, state)
    if (typeof object.div === 'string') {
      state.n++
      out.div = `<div xmlns="http://www.w3.org/1999/xhtml">${state.text(state.n)}<a href="javascript:window.__xss=1">x</a></div>`
    }
    return out
  }
  return node
}

/**
 * Reads a bundle file and returns its poisoned JSON text and the number of strings replaced.
 * @param path - bundle file path relative to the repo root
 */
export function poisonedBundle(path: string): { text: string; replaced: number } {
  return rewrittenBundle(path, (n) => `${PAYLOADS[n % PAYLOADS.length] ?? PAYLOADS[0]} XSSMARK-${String(n)}`)
}

/**
 * Reads a bundle file and replaces every free-text string with `text(n)` (n counts from 1).
 * @param path - bundle file path relative to the repo root
 * @param text - the replacement for the n-th string
 */
export function rewrittenBundle(path: string, text: (n: number) => string): { text: string; replaced: number } {
  const state = { n: 0, text }
  const bundle = poison(JSON.parse(readFileSync(path, 'utf8')), '', null, state)
  return { text: JSON.stringify(bundle), replaced: state.n }
}
