/**
 * Defensive readers for untrusted FHIR JSON. The input is typed as `Resource`, but it came over the network: any field
 * may be missing, `null`, the wrong JSON type or an older (STU3) shape, so every read goes through these helpers.
 * Only own properties are read, so keys such as `__proto__` or `constructor` never reach the prototype chain (C29).
 */

/** A JSON object as read from untrusted input. */
export type JsonObject = Readonly<Record<string, unknown>>

/**
 * Returns the value as an object when it is a non-array JSON object, else null.
 * @param value - any value read from the input
 */
export function asObject(value: unknown): JsonObject | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  return value as JsonObject
}

/**
 * Reads an own property only: inherited names (`constructor`, `toString`) read as undefined.
 * @param source - the object to read, or null
 * @param key - the property name
 */
export function field(source: JsonObject | null, key: string): unknown {
  if (source === null) return undefined
  // Most reads are of absent elements: those are answered without the own-property check.
  const value = source[key]
  if (value === undefined || !Object.hasOwn(source, key)) return undefined
  return value
}

/**
 * Reads a string; `null`, empty and whitespace-only strings count as absent (C33). The result is trimmed.
 * @param value - any value read from the input
 */
export function asString(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * Reads a finite JSON number, else null. Numbers are kept as received: no rounding (C30).
 * @param value - any value read from the input
 */
export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/**
 * Reads a boolean, else null.
 * @param value - any value read from the input
 */
export function asBoolean(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null
}

/**
 * Reads an array; anything else (including a single object where an array was expected) reads as empty.
 * @param value - any value read from the input
 */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as readonly unknown[]) : []
}

/**
 * Shorthand for `asString(field(source, key))`.
 * @param source - the object to read, or null
 * @param key - the property name
 */
export function stringField(source: JsonObject | null, key: string): string | null {
  return asString(field(source, key))
}

/**
 * Shorthand for `asObject(field(source, key))`.
 * @param source - the object to read, or null
 * @param key - the property name
 */
export function objectField(source: JsonObject | null, key: string): JsonObject | null {
  return asObject(field(source, key))
}

/**
 * Reads an array field and keeps only its object elements.
 * @param source - the object to read, or null
 * @param key - the property name
 */
export function objectsField(source: JsonObject | null, key: string): readonly JsonObject[] {
  const items = asArray(field(source, key))
  // Most elements are absent: one shared frozen empty list instead of a fresh one per read.
  if (items.length === 0) return NO_OBJECTS
  const out: JsonObject[] = []
  for (const item of items) {
    const value = asObject(item)
    if (value !== null) out.push(value)
  }
  return out
}

const NO_OBJECTS: readonly JsonObject[] = Object.freeze([])

/**
 * True when the field holds something other than absent/null/empty (used to tell which `[x]` variant is present).
 * @param source - the object to read, or null
 * @param key - the property name
 */
export function isPresent(source: JsonObject | null, key: string): boolean {
  const value = field(source, key)
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'object') return Object.keys(value).length > 0
  return true
}
