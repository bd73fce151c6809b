/**
 * Deep-copies a JSON value, passing every `reference` string through `rewrite` (which returns it unchanged when it
 * has nothing to say). Keys named `__proto__` are dropped so untrusted JSON cannot reach a prototype.
 * @param value - any JSON value (a resource or part of one); not mutated
 * @param rewrite - maps a recorded Reference.reference to the one to keep
 * @param skipKey - a key whose subtree is copied untouched (e.g. `contained`), or null
 */
export function rewriteReferences(
  value: unknown,
  rewrite: (reference: string) => string,
  skipKey: string | null = null,
): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, rewrite))
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === '__proto__') continue
    if (key === skipKey) out[key] = v
    else if (key === 'reference' && typeof v === 'string') out[key] = rewrite(v)
    else out[key] = rewriteReferences(v, rewrite)
  }
  return out
}
