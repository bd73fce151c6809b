/**
 * Codes and concepts. A code is keyed `system|code`, never by code alone (STYLE.md §2 "Codes"); code values are
 * strings (a JSON number becomes its decimal string); known system aliases are normalised by an explicit table (C13).
 */
import type { Code, Concept } from './types.ts'
import { asArray, asNumber, asObject, asString, field, stringField, type JsonObject } from './read.ts'

/** Canonical URIs of the code systems the app knows by name. */
export const SYSTEMS = Object.freeze({
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  cvx: 'http://hl7.org/fhir/sid/cvx',
  ucum: 'http://unitsofmeasure.org',
  // Status value sets of Condition and AllergyIntolerance (R4), then the pre-R4 URIs an STU3 record uses.
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  stu3ConditionClinical: 'http://hl7.org/fhir/condition-clinical',
  stu3ConditionVerification: 'http://hl7.org/fhir/condition-ver-status',
  stu3AllergyClinical: 'http://hl7.org/fhir/allergy-clinical-status',
  stu3AllergyVerification: 'http://hl7.org/fhir/allergy-verification-status',
})

// Alias -> canonical system. Keys are compared after trimming and lower-casing the http(s) scheme and host, so only
// the alias forms themselves are listed. Sources: HL7 terminology OIDs (SNOMED .6.96, LOINC .6.1, ICD-10-CM .6.90,
// ICD-10 .6.3, RxNorm .6.88, CVX .12.292, UCUM .6.8) and common trailing-slash / https variants seen in exports.
const SYSTEM_ALIASES: ReadonlyMap<string, string> = new Map([
  ['urn:oid:2.16.840.1.113883.6.96', SYSTEMS.snomed],
  ['http://snomed.info/sct/', SYSTEMS.snomed],
  ['https://snomed.info/sct', SYSTEMS.snomed],
  ['urn:oid:2.16.840.1.113883.6.1', SYSTEMS.loinc],
  ['http://loinc.org/', SYSTEMS.loinc],
  ['https://loinc.org', SYSTEMS.loinc],
  ['urn:oid:2.16.840.1.113883.6.90', SYSTEMS.icd10cm],
  ['http://hl7.org/fhir/sid/icd-10-cm/', SYSTEMS.icd10cm],
  ['https://hl7.org/fhir/sid/icd-10-cm', SYSTEMS.icd10cm],
  ['http://hl7.org/fhir/sid/icd10cm', SYSTEMS.icd10cm],
  ['urn:oid:2.16.840.1.113883.6.3', SYSTEMS.icd10],
  ['http://hl7.org/fhir/sid/icd-10/', SYSTEMS.icd10],
  ['https://hl7.org/fhir/sid/icd-10', SYSTEMS.icd10],
  ['urn:oid:2.16.840.1.113883.6.88', SYSTEMS.rxnorm],
  ['urn:oid:2.16.840.1.113883.12.292', SYSTEMS.cvx],
  ['urn:oid:2.16.840.1.113883.6.8', SYSTEMS.ucum],
])

const CANONICAL_SYSTEMS: ReadonlySet<string> = new Set(Object.values(SYSTEMS))

// Splits an http(s) URL into scheme+host and the rest; a constant pattern, linear (no nested quantifiers).
const HTTP_PREFIX = /^(https?:\/\/[^/?#]*)(.*)$/i

/**
 * Normalises a code system URI: trims it, lower-cases an http(s) scheme and host (paths keep their case), then maps
 * known aliases to the canonical URI. Blank or non-string systems read as null (such codes are never looked up).
 * @param value - the recorded Coding.system
 */
export function normaliseSystem(value: unknown): string | null {
  // Fast path: a canonical URI as recorded (almost every coding) is already normalised.
  // LOINC and SNOMED CT first: comparing two strings is cheaper than hashing a fresh one for the set.
  if (value === SYSTEMS.loinc || value === SYSTEMS.snomed) return value
  if (typeof value !== 'string') return null
  if (CANONICAL_SYSTEMS.has(value)) return value
  // A record uses a handful of other system strings, each thousands of times: each is normalised once.
  const known = NORMALISED_SYSTEMS.get(value)
  if (known !== undefined) return known
  if (NORMALISED_SYSTEMS.size >= SHARED_MAX) NORMALISED_SYSTEMS.clear()
  const normalised = normaliseUncached(value)
  NORMALISED_SYSTEMS.set(value, normalised)
  return normalised
}

const NORMALISED_SYSTEMS = new Map<string, string | null>()

function normaliseUncached(value: string): string | null {
  const raw = asString(value)
  if (raw === null) return null
  const match = HTTP_PREFIX.exec(raw)
  const cleaned = match === null ? raw : `${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}`
  // URNs are case-insensitive in their scheme; compare them lower-cased against the table.
  return SYSTEM_ALIASES.get(/^urn:/i.test(cleaned) ? cleaned.toLowerCase() : cleaned) ?? cleaned
}

/**
 * Reads a code value as a string: trimmed strings as recorded, finite JSON numbers as their decimal string
 * (digits already lost by the producer cannot be recovered, but nothing is lost here). Else null.
 * @param value - the recorded Coding.code
 */
export function readCodeValue(value: unknown): string | null {
  const number = asNumber(value)
  if (number !== null) return String(number)
  return asString(value)
}

/**
 * Builds the `system|code` key (system '' when not recorded).
 * @param system - the normalised system, or null
 * @param code - the code value
 */
export function codeKey(system: string | null, code: string): string {
  return `${system ?? ''}|${code}`
}

/**
 * Reads one Coding; null when it has no usable code.
 * @param value - the recorded Coding
 */
export function readCoding(value: unknown): Code | null {
  const coding = asObject(value)
  const code = readCodeValue(field(coding, 'code'))
  if (code === null) return null
  return sharedCode(normaliseSystem(field(coding, 'system')), code, stringField(coding, 'display'))
}

// Records repeat one coding on thousands of resources (a LOINC code on every vital sign): each distinct coding, and
// each concept of one coding or of text alone, is built once and shared, frozen, so no caller can change another's.
// The result depends only on the recorded values, so reading stays pure; bounded: cleared when full.
const SHARED_MAX = 20_000
let sharedCount = 0
const CODES = new Map<string, Map<string, Code[]>>()
const ONE_CODE_CONCEPTS = new Map<Code, Map<string | null, Concept>>()
const TEXT_CONCEPTS = new Map<string, Concept>()

function makeRoom(): void {
  if (sharedCount < SHARED_MAX) return
  CODES.clear()
  ONE_CODE_CONCEPTS.clear()
  TEXT_CONCEPTS.clear()
  sharedCount = 0
}

function sharedCode(system: string | null, code: string, display: string | null): Code {
  makeRoom()
  let byCode = CODES.get(system ?? '')
  if (byCode === undefined) {
    byCode = new Map()
    CODES.set(system ?? '', byCode)
  }
  let variants = byCode.get(code)
  if (variants === undefined) {
    variants = []
    byCode.set(code, variants)
  }
  for (const known of variants) if (known.display === display && known.system === system) return known
  const made: Code = Object.freeze({ system, code, display, key: codeKey(system, code) })
  variants.push(made)
  sharedCount++
  return made
}

function sharedConcept(codes: Code[], text: string | null): Concept {
  const only = codes.length === 1 ? codes[0] : undefined
  if (only !== undefined) {
    let byText = ONE_CODE_CONCEPTS.get(only)
    if (byText === undefined) {
      byText = new Map()
      ONE_CODE_CONCEPTS.set(only, byText)
    }
    let concept = byText.get(text)
    if (concept === undefined) {
      concept = Object.freeze({ codes: Object.freeze(codes), text })
      byText.set(text, concept)
      sharedCount++
    }
    return concept
  }
  if (codes.length > 0 || text === null) return { codes, text }
  let concept = TEXT_CONCEPTS.get(text)
  if (concept === undefined) {
    concept = Object.freeze({ codes: Object.freeze(codes), text })
    TEXT_CONCEPTS.set(text, concept)
    sharedCount++
  }
  return concept
}

/**
 * Reads a CodeableConcept into codes and text (text: CodeableConcept.text, else the first coding display).
 * Returns null when nothing at all was recorded.
 * @param value - the recorded CodeableConcept
 */
export function readConcept(value: unknown): Concept | null {
  const concept = asObject(value)
  if (concept === null) return null
  const codes: Code[] = []
  let firstDisplay: string | null = null
  for (const item of asArray(field(concept, 'coding'))) {
    // readCoding inlined, so each coding's display is read once.
    const coding = asObject(item)
    const display = stringField(coding, 'display')
    firstDisplay ??= display
    const code = readCodeValue(field(coding, 'code'))
    if (code !== null) codes.push(sharedCode(normaliseSystem(field(coding, 'system')), code, display))
  }
  const text = stringField(concept, 'text') ?? firstDisplay
  if (codes.length === 0 && text === null) return null
  return sharedConcept(codes, text)
}

/** A concept with nothing recorded. */
export const EMPTY_CONCEPT: Concept = Object.freeze({ codes: Object.freeze([]), text: null })

/**
 * Reads an array of CodeableConcepts, dropping empty ones.
 * @param value - the recorded array
 */
export function readConcepts(value: unknown): readonly Concept[] {
  const items = asArray(value)
  // Most records carry none: one shared frozen empty list instead of a fresh one per event.
  if (items.length === 0) return NO_CONCEPTS
  const out: Concept[] = []
  for (const item of items) {
    const concept = readConcept(item)
    if (concept !== null) out.push(concept)
  }
  return out
}

const NO_CONCEPTS: readonly Concept[] = Object.freeze([])

/**
 * Category codes of CodeableConcepts (e.g. 'problem-list-item'), in order, without repeats.
 * @param value - the recorded category array
 */
export function readCategoryCodes(value: unknown): readonly string[] {
  // Only the code values are kept, so the codings are read directly (no Code objects built and dropped).
  const out: string[] = []
  for (const concept of asArray(value)) {
    for (const coding of asArray(field(asObject(concept), 'coding'))) {
      const code = readCodeValue(field(asObject(coding), 'code'))
      if (code !== null && !out.includes(code)) out.push(code)
    }
  }
  // Nearly every record carries one category (vital-signs, laboratory): one shared frozen list per code.
  if (out.length > 1) return out
  const only = out[0]
  if (only === undefined) return NO_CATEGORIES
  let shared = ONE_CATEGORY.get(only)
  if (shared === undefined) {
    if (ONE_CATEGORY.size >= SHARED_MAX) ONE_CATEGORY.clear()
    shared = Object.freeze([only])
    ONE_CATEGORY.set(only, shared)
  }
  return shared
}

const NO_CATEGORIES: readonly string[] = Object.freeze([])
const ONE_CATEGORY = new Map<string, readonly string[]>()

/**
 * The codes of a CodeableConcept's codings whose system is one of `allowedSystems` (used for status value sets).
 * @param concept - the recorded CodeableConcept
 * @param allowedSystems - systems accepted (include null to accept a coding without system)
 */
export function statusCodes(concept: JsonObject | null, allowedSystems: ReadonlySet<string | null>): readonly string[] {
  // Only the code values are kept: the codings are read directly (no Code objects looked up and dropped).
  const out: string[] = []
  for (const item of asArray(field(concept, 'coding'))) {
    const coding = asObject(item)
    const code = readCodeValue(field(coding, 'code'))
    if (code !== null && allowedSystems.has(normaliseSystem(field(coding, 'system')))) out.push(code)
  }
  return out
}
