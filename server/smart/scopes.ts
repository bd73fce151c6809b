/**
 * SMART scopes on the resource-server side: parsing `patient/<Type>.<cruds>` (v2) and `.read`/`.write`/`.*` (v1), and
 * deciding whether one FHIR request stays inside the granted types and the context patient's compartment.
 */

/** One FHIR interaction letter of a SMART v2 scope: create, read, update, delete, search. */
export type ScopeLetter = 'c' | 'r' | 'u' | 'd' | 's'

/** The patient-level permissions of a token: per resource type (or `*`), the granted letters. */
export type PatientGrants = ReadonlyMap<string, ReadonlySet<ScopeLetter>>

const V1: Readonly<Record<string, readonly ScopeLetter[]>> = {
  read: ['r', 's'],
  write: ['c', 'u', 'd'],
  '*': ['c', 'r', 'u', 'd', 's'],
}

/**
 * Reads the `patient/…` scopes of a scope string; user/ and system/ scopes grant nothing here.
 * @param scope - the space-separated `scope` claim
 * @returns per type (or `*`) the granted interaction letters
 */
export function parsePatientScopes(scope: string): PatientGrants {
  const grants = new Map<string, Set<ScopeLetter>>()
  for (const token of scope.split(' ')) {
    const match = /^patient\/([A-Za-z]+|\*)\.([a-z*]+)(\?.*)?$/.exec(token)
    // Scopes with search-parameter restrictions (`?category=…`) are not enforced here, so they grant nothing.
    if (match === null || match[3] !== undefined) continue
    const type = match[1] ?? ''
    const permission = match[2] ?? ''
    let letters: readonly ScopeLetter[] | undefined = V1[permission]
    if (letters === undefined) {
      // v2: an in-order subset of "cruds".
      if (!/^c?r?u?d?s?$/.test(permission)) continue
      letters = (permission.match(/[cruds]/g) ?? []) as ScopeLetter[]
    }
    const set = grants.get(type) ?? new Set<ScopeLetter>()
    for (const letter of letters) set.add(letter)
    grants.set(type, set)
  }
  return grants
}

/**
 * True when the grants allow `letter` on `type` (directly or through `*`).
 * @param grants - from parsePatientScopes
 * @param type - a resource type
 * @param letter - the interaction
 */
export function allows(grants: PatientGrants, type: string, letter: ScopeLetter): boolean {
  return grants.get(type)?.has(letter) === true || grants.get('*')?.has(letter) === true
}

/** A FHIR request as the access check sees it. */
export interface FhirAccessRequest {
  readonly method: string
  /** Path segments after the FHIR base, e.g. `['Patient', '123']`. */
  readonly segments: readonly string[]
  readonly params: URLSearchParams
}

/** The outcome: allowed, allowed only if the returned resource belongs to the patient, or refused with a reason. */
export type AccessDecision =
  | { readonly kind: 'allow' }
  | { readonly kind: 'allow-if-in-compartment'; readonly resourceType: string }
  | { readonly kind: 'deny'; readonly reason: string }

const deny = (reason: string): AccessDecision => ({ kind: 'deny', reason })

function refersTo(value: string, patientId: string): boolean {
  return value === patientId || value === `Patient/${patientId}`
}

/**
 * Decides one request against the token's grants and its context patient (read and search only: the app never
 * writes). Patient-compartment searches must name the context patient; reads of compartment types are checked on
 * the returned resource.
 * @param request - method, path segments and query
 * @param grants - the token's patient grants
 * @param patientId - the token's `patient` claim
 * @param compartment - the Patient compartment definition: resource type to its compartment search parameters
 */
export function decideAccess(
  request: FhirAccessRequest,
  grants: PatientGrants,
  patientId: string,
  compartment: ReadonlyMap<string, readonly string[]>,
): AccessDecision {
  if (request.method !== 'GET' && request.method !== 'HEAD') return deny('this token allows reading only')
  const [type, id, third, ...rest] = request.segments
  if (type === undefined) return deny('system-level requests are outside a patient launch')
  if (id === undefined) {
    if (!allows(grants, type, 's')) return deny(`the granted scopes do not include searching ${type}`)
    if (type === 'Patient') {
      const ids = request.params.getAll('_id')
      return ids.length === 1 && ids[0] === patientId ? { kind: 'allow' } : deny('search outside the context patient')
    }
    const codes = compartment.get(type)
    if (codes === undefined) return { kind: 'allow' }
    // `patient` (an id or a Patient reference) and `subject` are in every compartment type that has them; the
    // definition's own parameters (e.g. Observation's performer) must name the patient as `Patient/<id>`.
    const names = new Set([...codes, 'subject', 'patient'])
    const scoped = [...names].some((code) =>
      request.params
        .getAll(code)
        .some((value) => value === `Patient/${patientId}` || (code === 'patient' && value === patientId)),
    )
    return scoped ? { kind: 'allow' } : deny('search outside the context patient')
  }
  if (type === 'Patient' && id !== patientId) return deny('another patient')
  if (third === undefined || (third === '_history' && rest.length <= 1)) {
    if (!allows(grants, type, 'r')) return deny(`the granted scopes do not include reading ${type}`)
    if (type === 'Patient' || !compartment.has(type)) return { kind: 'allow' }
    return { kind: 'allow-if-in-compartment', resourceType: type }
  }
  if (type !== 'Patient' || rest.length > 0) return deny('unsupported request')
  if (third === '$everything') {
    return allows(grants, '*', 'r') && allows(grants, '*', 's')
      ? { kind: 'allow' }
      : deny('$everything needs patient/*.rs')
  }
  return allows(grants, third, 's') ? { kind: 'allow' } : deny(`the granted scopes do not include searching ${third}`)
}

/**
 * True when a resource read by id refers to the patient through one of its compartment fields.
 * @param resource - the parsed resource
 * @param patientId - the context patient
 * @param codes - the compartment search-parameter codes of its type (field names in practice)
 */
export function resourceInCompartment(resource: unknown, patientId: string, codes: readonly string[]): boolean {
  if (typeof resource !== 'object' || resource === null) return false
  const record = resource as Record<string, unknown>
  const fields = new Set([...codes, 'subject', 'patient'])
  for (const field of fields) {
    const values: unknown[] = Array.isArray(record[field]) ? (record[field] as unknown[]) : [record[field]]
    for (const value of values) {
      if (typeof value !== 'object' || value === null) continue
      const reference = (value as Record<string, unknown>)['reference']
      if (typeof reference === 'string' && refersTo(reference.replace(/^.*\/(Patient\/[^/]+)$/, '$1'), patientId)) {
        return true
      }
    }
  }
  return false
}
