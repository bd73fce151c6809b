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
  if (typeof value === 'string' && CANONICAL_SYSTEMS.has(value)) return value
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
  const system = normaliseSystem(field(coding, 'system'))
  return { system, code, display: stringField(coding, 'display'), key: codeKey(system, code) }
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
    firstDisplay ??= stringField(asObject(item), 'display')
    const code = readCoding(item)
    if (code !== null) codes.push(code)
  }
  const text = stringField(concept, 'text') ?? firstDisplay
  if (codes.length === 0 && text === null) return null
  return { codes, text }
}

/** A concept with nothing recorded. */
export const EMPTY_CONCEPT: Concept = Object.freeze({ codes: Object.freeze([]), text: null })

/**
 * Reads an array of CodeableConcepts, dropping empty ones.
 * @param value - the recorded array
 */
export function readConcepts(value: unknown): readonly Concept[] {
  const out: Concept[] = []
  for (const item of asArray(value)) {
    const concept = readConcept(item)
    if (concept !== null) out.push(concept)
  }
  return out
}

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
  return out
}

/**
 * The codes of a CodeableConcept's codings whose system is one of `allowedSystems` (used for status value sets).
 * @param concept - the recorded CodeableConcept
 * @param allowedSystems - systems accepted (include null to accept a coding without system)
 */
export function statusCodes(concept: JsonObject | null, allowedSystems: ReadonlySet<string | null>): readonly string[] {
  const out: string[] = []
  for (const item of asArray(field(concept, 'coding'))) {
    const code = readCoding(item)
    if (code !== null && allowedSystems.has(code.system)) out.push(code.code)
  }
  return out
}
