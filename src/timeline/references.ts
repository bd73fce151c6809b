/**
 * Reference normalisation (C8, C9). `Patient/123`, `https://srv/fhir/Patient/123` and `Patient/123/_history/2` all
 * normalise to `Patient/123`; `urn:uuid:` references keep their URN (lower-cased: UUIDs are case-insensitive).
 * Matching is by exact string equality after normalising: no RegExp is ever built from data, so references such as
 * `Patient/1.*` or `((((` cannot match anything else or cause catastrophic backtracking.
 */
import { asString } from './read.ts'

/** A literal reference split into its parts. */
export interface ParsedReference {
  readonly resourceType: string
  readonly id: string
  /** The `_history` version, if the reference was version-specific. */
  readonly versionId: string | null
}

// FHIR resource type names and ids (R4 `id` datatype: [A-Za-z0-9\-\.]{1,64}). Constant patterns, anchored, linear.
const TYPE_PATTERN = /^[A-Z][A-Za-z]{1,63}$/
const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/
const ABSOLUTE_URL = /^https?:\/\//i
const URN_PREFIX = /^urn:(uuid|oid):/i

/**
 * Splits a literal `Type/id`, `Type/id/_history/v` or absolute `http(s)://base/Type/id[/_history/v]` reference.
 * Returns null for anything else (URNs, contained `#id`, malformed strings).
 * @param value - the recorded Reference.reference
 */
export function parseReference(value: unknown): ParsedReference | null {
  const raw = asString(value)
  if (raw === null || URN_PREFIX.test(raw) || raw.startsWith('#')) return null
  const absolute = ABSOLUTE_URL.test(raw)
  // Query and fragment parts are not part of a literal reference's identity.
  const path = raw.split(/[?#]/, 1)[0] ?? ''
  const segments = path.split('/')
  let versionId: string | null = null
  if (segments.length >= 4 && segments[segments.length - 2] === '_history') {
    versionId = segments[segments.length - 1] ?? null
    segments.length -= 2
  }
  // A relative reference must be exactly Type/id; an absolute one may have any base before Type/id.
  if (!absolute && segments.length !== 2) return null
  const resourceType = segments[segments.length - 2] ?? ''
  const id = segments[segments.length - 1] ?? ''
  if (!TYPE_PATTERN.test(resourceType) || !ID_PATTERN.test(id)) return null
  return { resourceType, id, versionId: versionId === '' ? null : versionId }
}

/**
 * Normalises a reference for matching: literal references become `Type/id`; `urn:uuid:`/`urn:oid:` are lower-cased;
 * anything else (contained `#id`, malformed strings) is kept trimmed as recorded. Blank or non-string values read as
 * null.
 * @param value - the recorded Reference.reference
 */
export function normaliseReference(value: unknown): string | null {
  const raw = asString(value)
  if (raw === null) return null
  if (URN_PREFIX.test(raw)) return raw.toLowerCase()
  const parsed = parseReference(raw)
  return parsed === null ? raw : `${parsed.resourceType}/${parsed.id}`
}

/**
 * True when two references point to the same resource after normalising (exact string comparison).
 * @param a - one recorded reference
 * @param b - the other recorded reference
 */
export function sameReference(a: unknown, b: unknown): boolean {
  const left = normaliseReference(a)
  return left !== null && left === normaliseReference(b)
}
