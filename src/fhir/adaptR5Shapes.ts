import type { Resource } from '@medplum/fhirtypes'

/** What adapting the FHIR R5 shapes of a file's resources did. */
export interface AdaptedShapes {
  /** The resources to read: adapted copies, untouched ones, refused ones left out. */
  readonly resources: Resource[]
  /** `Type.field` of each R5 shape read as its R4 equivalent, in first-seen order. */
  readonly adapted: readonly string[]
  /** Records changed by an adaptation. */
  readonly adaptedCount: number
  /** `Type.field` of each R5-only field that was not read. */
  readonly ignored: readonly string[]
  /** `Type.field` of each R5 field left out because nothing in it has an R4 form (an Encounter class with no coding). */
  readonly dropped: readonly string[]
  /** Resource types of the records refused, one per record. */
  readonly refused: readonly string[]
}

type Json = Record<string, unknown>
/** The adapted copy; 'refuse' (leave the record out); 'drop' (leave the field out); or null (not this shape). */
type Adapt = (r: Json) => Json | 'refuse' | 'drop' | null

const MEDICATION_TYPES = ['MedicationRequest', 'MedicationStatement', 'MedicationAdministration', 'MedicationDispense']
const REASON_TYPES = [
  'MedicationRequest',
  'MedicationStatement',
  'Immunization',
  'Procedure',
  'MedicationAdministration',
]
const OCCURRENCE = ['DateTime', 'Period', 'String', 'Age', 'Range']
// Fields R5 added to the types the app reads, which have no R4 equivalent: present, they are ignored and named.
const R5_ONLY: Readonly<Record<string, readonly string[]>> = {
  Observation: ['triggeredBy', 'bodyStructure', 'instantiatesCanonical', 'instantiatesReference'],
  Condition: ['participant'],
  AllergyIntolerance: ['participant'],
  Encounter: ['virtualService', 'plannedStartDate', 'plannedEndDate', 'admission'],
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
/** A shallow copy of `r` without `key`. */
function without(r: Json, key: string): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(r)) if (k !== key) out[k] = v
  return out
}
const isCodeableReference = (v: unknown): v is Json => isObject(v) && ('concept' in v || 'reference' in v)

/**
 * R5 `medication` (CodeableReference) -> R4 medicationCodeableConcept (the concept, when both are recorded) or
 * medicationReference; an R5 `medication` with neither is refused (there is no medication to name).
 */
const medication: Adapt = (r) => {
  const value = r.medication
  if (!isObject(value) || 'medicationCodeableConcept' in r || 'medicationReference' in r) return null
  const rest = without(r, 'medication')
  if (isObject(value.concept)) return { ...rest, medicationCodeableConcept: value.concept }
  if (isObject(value.reference)) return { ...rest, medicationReference: value.reference }
  return 'refuse'
}

/** R5 `reason` (CodeableReference[]) -> R4 reasonCode / reasonReference. */
const reason: Adapt = (r) => {
  const items = r.reason
  if (!Array.isArray(items) || !items.every(isCodeableReference) || 'reasonCode' in r || 'reasonReference' in r)
    return null
  const rest = without(r, 'reason')
  return splitReasons(rest, items)
}

function splitReasons(rest: Json, items: readonly Json[]): Json {
  const codes = items.map((i) => i.concept).filter(isObject)
  const references = items.map((i) => i.reference).filter(isObject)
  return {
    ...rest,
    ...(codes.length > 0 ? { reasonCode: codes } : {}),
    ...(references.length > 0 ? { reasonReference: references } : {}),
  }
}

/** R5 Procedure `occurrence[x]` -> R4 `performed[x]`. */
const occurrence: Adapt = (r) => {
  const suffix = OCCURRENCE.find((s) => `occurrence${s}` in r)
  if (suffix === undefined || OCCURRENCE.some((s) => `performed${s}` in r)) return null
  const { [`occurrence${suffix}`]: value, ...rest } = r
  return { ...rest, [`performed${suffix}`]: value }
}

/** R5 Encounter `class` (CodeableConcept[]) -> R4 `class` (the first Coding of the first concept that has one). */
const encounterClass: Adapt = (r) => {
  const cls = r.class
  if (!Array.isArray(cls)) return null
  const codings = cls.flatMap((concept: unknown) =>
    isObject(concept) && Array.isArray(concept.coding) ? (concept.coding as unknown[]).filter(isObject) : [],
  )
  const coding = codings[0]
  return coding === undefined ? 'drop' : { ...without(r, 'class'), class: coding }
}

/** R5 Encounter `actualPeriod` -> R4 `period`. */
const actualPeriod: Adapt = (r) => {
  if (!isObject(r.actualPeriod) || 'period' in r) return null
  const { actualPeriod: value, ...rest } = r
  return { ...rest, period: value }
}

/** R5 Encounter `reason` ({use, value: CodeableReference[]}[]) -> R4 reasonCode / reasonReference. */
const encounterReason: Adapt = (r) => {
  const items = r.reason
  if (!Array.isArray(items) || 'reasonCode' in r || 'reasonReference' in r) return null
  if (!items.every((x) => isObject(x) && Array.isArray(x.value))) return null
  const rest = without(r, 'reason')
  return splitReasons(
    rest,
    (items as Json[]).flatMap((x) => (x.value as unknown[]).filter(isCodeableReference)),
  )
}

const ADAPTERS: readonly { readonly types: readonly string[]; readonly field: string; readonly adapt: Adapt }[] = [
  { types: MEDICATION_TYPES, field: 'medication', adapt: medication },
  { types: REASON_TYPES, field: 'reason', adapt: reason },
  { types: ['Procedure'], field: 'occurrence[x]', adapt: occurrence },
  { types: ['Encounter'], field: 'class', adapt: encounterClass },
  { types: ['Encounter'], field: 'actualPeriod', adapt: actualPeriod },
  { types: ['Encounter'], field: 'reason', adapt: encounterReason },
]

/**
 * Reads the FHIR R5 shapes of the types the app shows as their R4 equivalents where the mapping is exact (R5
 * `medication` CodeableReference, `reason` CodeableReference[], Procedure `occurrence[x]`, Encounter `class` array,
 * `actualPeriod` and `reason`), names the R5-only fields it does not read, and refuses a record whose R5 shape
 * leaves nothing to read (a `medication` CodeableReference with neither a concept nor a reference). An R5 field with
 * nothing that has an R4 form (an Encounter `class` whose concepts have no coding) is left out and named in
 * `dropped`. R4 and STU3 resources pass through untouched (the same objects).
 * @param resources - the file's resources
 */
export function adaptR5Shapes(resources: readonly Resource[]): AdaptedShapes {
  const adapted = new Set<string>()
  const ignored = new Set<string>()
  const dropped = new Set<string>()
  const refused: string[] = []
  const out: Resource[] = []
  let adaptedCount = 0
  for (const resource of resources) {
    let current = resource as unknown as Json
    let refuse = false
    let changed = false
    for (const { types, field, adapt } of ADAPTERS) {
      if (!types.includes(resource.resourceType)) continue
      const next = adapt(current)
      if (next === 'refuse') refuse = true
      else if (next === 'drop') {
        current = without(current, field)
        dropped.add(`${resource.resourceType}.${field}`)
      } else if (next !== null) {
        current = next
        changed = true
        adapted.add(`${resource.resourceType}.${field}`)
      }
    }
    for (const key of R5_ONLY[resource.resourceType] ?? [])
      if (key in current) ignored.add(`${resource.resourceType}.${key}`)
    if (refuse) refused.push(resource.resourceType)
    else out.push(current as unknown as Resource)
    if (!refuse && changed) adaptedCount++
  }
  return { resources: out, adapted: [...adapted], adaptedCount, ignored: [...ignored], dropped: [...dropped], refused }
}
