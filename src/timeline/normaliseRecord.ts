/**
 * The normaliser: raw FHIR R4 resources in, one NormalisedRecord out. Pure and deterministic: no clock, no I/O, input
 * never mutated, output order fixed by `compareEvents` (clinical start ascending, unknown last, then id).
 */
import type { Resource } from '@medplum/fhirtypes'
import type {
  AllergyEvent,
  CarePlanEvent,
  ClinicalEvent,
  ClinicalStatus,
  ClinicalTime,
  Concept,
  ConditionEvent,
  DiagnosticReportEvent,
  EncounterEvent,
  EventKind,
  FamilyCondition,
  FamilyHistoryEvent,
  HiddenItem,
  HiddenReason,
  ImmunizationEvent,
  MedicationEvent,
  NormalisedRecord,
  NormaliseOptions,
  ObservationComponent,
  ObservationEvent,
  ObservationValue,
  PatientSummary,
  ProcedureEvent,
  RecordedDate,
  ReferenceRange,
  SourceRef,
  VerificationStatus,
} from './types.ts'
import {
  asArray,
  asBoolean,
  asNumber,
  asObject,
  asString,
  field,
  isPresent,
  objectField,
  objectsField,
  stringField,
  type JsonObject,
} from './read.ts'
import { clinicalTime, instantTime, parseRecordedDate, periodTime, timeSortKey } from './clinicalTime.ts'
import { EMPTY_CONCEPT, readCategoryCodes, readCodeValue, readConcept, readConcepts, statusCodes } from './codes.ts'
import { normaliseReference } from './references.ts'

/** Notes the normaliser attaches to events (exact strings, so panels and tests can match them). */
export const NOTES = Object.freeze({
  stu3: 'STU3 shape adapted',
  abatedButActive: 'record inconsistent: abatement recorded but status active',
  modifierExtension: 'contains information this app cannot interpret',
  unusualDate: 'unusual date: shown as recorded',
  statusUnreadable: 'status recorded in a form this app cannot read',
})

/** Plain-language explanations for hidden resources (no PHI beyond the reference). */
export const HIDDEN_DETAILS: Readonly<Record<HiddenReason, string>> = Object.freeze({
  'entered-in-error': 'Marked as entered in error in the record.',
  'other-patient': 'Recorded for a different patient or subject than the one shown.',
  'unsupported-type': 'This kind of resource is not shown by this app.',
  invalid: 'Not a readable FHIR resource (no resource type or no id).',
  duplicate: 'Another copy of this resource was kept (highest version, else latest update, else first received).',
})

/**
 * Resource types that support the record but are not clinical events themselves. They are used for lookups
 * (Medication codes) or ignored silently so the hidden list is not flooded by billing and provenance entries;
 * any type in neither this list nor the modelled clinical types is hidden as 'unsupported-type'.
 */
export const SUPPORTING_TYPES: ReadonlySet<string> = new Set([
  'Organization',
  'Practitioner',
  'PractitionerRole',
  'Location',
  'Medication',
  'Provenance',
  'Device',
  'Claim',
  'ExplanationOfBenefit',
  'DocumentReference',
  'ImagingStudy',
  'SupplyDelivery',
  'Coverage',
  'CareTeam',
  'Goal',
  'ServiceRequest',
  'QuestionnaireResponse',
])

const CONDITION_CLINICAL_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  'http://terminology.hl7.org/CodeSystem/condition-clinical',
  'http://hl7.org/fhir/condition-clinical',
])
const CONDITION_VERIFICATION_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  'http://hl7.org/fhir/condition-ver-status',
])
const ALLERGY_CLINICAL_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  'http://hl7.org/fhir/allergy-clinical-status',
])
const ALLERGY_VERIFICATION_SYSTEMS: ReadonlySet<string | null> = new Set([
  null,
  'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  'http://hl7.org/fhir/allergy-verification-status',
])
// Pre-R4 system URIs: seeing one means the resource was written against STU3 (or an R4 draft).
const STU3_STATUS_SYSTEMS: ReadonlySet<string | null> = new Set([
  'http://hl7.org/fhir/condition-clinical',
  'http://hl7.org/fhir/condition-ver-status',
  'http://hl7.org/fhir/allergy-clinical-status',
  'http://hl7.org/fhir/allergy-verification-status',
])

const CLINICAL_STATUSES: ReadonlySet<string> = new Set([
  'active',
  'recurrence',
  'relapse',
  'inactive',
  'remission',
  'resolved',
])
const VERIFICATION_STATUSES: ReadonlySet<string> = new Set([
  'unconfirmed',
  'provisional',
  'differential',
  'confirmed',
  'refuted',
])
// con-4: an abated condition must be inactive, resolved or in remission.
const ACTIVE_CLINICAL_STATUSES: ReadonlySet<string> = new Set(['active', 'recurrence', 'relapse'])

const KIND_LABEL: Readonly<Record<EventKind, string>> = {
  condition: 'Condition',
  procedure: 'Procedure',
  observation: 'Observation',
  medication: 'Medication',
  allergy: 'Allergy or intolerance',
  immunization: 'Immunization',
  'family-history': 'Family history',
  encounter: 'Encounter',
  // Not "Diagnostic report": generated text avoids any diagnos* wording (information-only rule).
  'diagnostic-report': 'Report',
  'care-plan': 'Care plan',
}

/** Lookups built once per call; keyed by data, so Maps only (C29). */
interface Context {
  /** `Type/id` -> kept resource. */
  readonly byReference: ReadonlyMap<string, JsonObject>
  /** lower-cased id -> `Type/id`, or null when two kept resources share the id (then a urn:uuid stays unresolved). */
  readonly byUuid: ReadonlyMap<string, string | null>
  /** Recorded reference string -> its resolution (records repeat the same encounter and patient references). */
  readonly resolved: Map<string, string | null>
}

interface Kept {
  readonly resource: JsonObject
  readonly resourceType: string
  readonly id: string
  /** `Type/id`. */
  readonly reference: string
}

/** Builds a stable fallback text when neither CodeableConcept.text nor a display was recorded. */
function fallbackText(kind: EventKind, concept: Concept): string {
  const first = concept.codes[0]
  if (first !== undefined) return `${KIND_LABEL[kind]} (code ${first.code}; no text recorded)`
  return `${KIND_LABEL[kind]} (no code or text recorded)`
}

/** Resolves a reference to `Type/id` where possible; in-bundle `urn:uuid:` references resolve by resource id. */
function resolve(context: Context, value: unknown): string | null {
  if (typeof value !== 'string') return resolveUncached(context, value)
  const known = context.resolved.get(value)
  if (known !== undefined) return known
  const resolved = resolveUncached(context, value)
  context.resolved.set(value, resolved)
  return resolved
}

function resolveUncached(context: Context, value: unknown): string | null {
  const normalised = normaliseReference(value)
  if (normalised?.startsWith('urn:uuid:') === true) {
    return context.byUuid.get(normalised.slice('urn:uuid:'.length)) ?? normalised
  }
  return normalised
}

function referencesField(context: Context, resource: JsonObject, key: string): readonly string[] {
  const out: string[] = []
  for (const item of objectsField(resource, key)) {
    const resolved = resolve(context, field(item, 'reference'))
    if (resolved !== null) out.push(resolved)
  }
  return out
}

function readDate(value: unknown, notes: string[]): RecordedDate | null {
  const parsed = parseRecordedDate(value)
  if (parsed === null) return null
  if (parsed.unusual) addNote(notes, NOTES.unusualDate)
  return parsed.date
}

function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note)
}

function noteTime(time: ClinicalTime, notes: string[]): ClinicalTime {
  if (time.unusual) addNote(notes, NOTES.unusualDate)
  return time
}

function versionOf(resource: JsonObject): string | null {
  return stringField(objectField(resource, 'meta'), 'versionId')
}

/** True when `candidate` should replace `current` as the kept copy of a duplicated resource (C6). */
function isPreferred(candidate: JsonObject, current: JsonObject): boolean {
  const a = versionOf(candidate)
  const b = versionOf(current)
  if (a !== null && b !== null && a !== b) {
    const numeric = /^\d+$/.test(a) && /^\d+$/.test(b)
    return numeric ? Number(a) > Number(b) : a > b
  }
  const la = stringField(objectField(candidate, 'meta'), 'lastUpdated')
  const lb = stringField(objectField(current, 'meta'), 'lastUpdated')
  if (la !== null && lb !== null && la !== lb) {
    const ma = Date.parse(la)
    const mb = Date.parse(lb)
    return Number.isFinite(ma) && Number.isFinite(mb) ? ma > mb : la > lb
  }
  return false
}

interface StatusReading {
  /** The recognised code, or null. */
  readonly code: string | null
  readonly enteredInError: boolean
  readonly stu3: boolean
  /** Something was recorded but no recognised code could be read from it. */
  readonly unreadable: boolean
}

/** Reads a status that is a CodeableConcept in R4 and a plain code string in STU3. */
function readStatus(value: unknown, systems: ReadonlySet<string | null>, allowed: ReadonlySet<string>): StatusReading {
  const asText = asString(value)
  if (asText !== null) {
    // STU3: `"clinicalStatus": "active"`. Never read `.coding` of a string.
    return {
      code: allowed.has(asText) ? asText : null,
      enteredInError: asText === 'entered-in-error',
      stu3: true,
      unreadable: !allowed.has(asText) && asText !== 'entered-in-error',
    }
  }
  const concept = asObject(value)
  if (concept === null) return { code: null, enteredInError: false, stu3: false, unreadable: false }
  const codes = statusCodes(concept, systems)
  const stu3 = statusCodes(concept, STU3_STATUS_SYSTEMS).length > 0
  const code = codes.find((c) => allowed.has(c)) ?? null
  const enteredInError = codes.includes('entered-in-error')
  return { code, enteredInError, stu3, unreadable: code === null && !enteredInError }
}

function sourceRef(kept: Kept): SourceRef {
  return {
    resourceType: kept.resourceType,
    id: kept.id,
    reference: `${kept.resourceType}/${kept.id}`,
    versionId: versionOf(kept.resource),
  }
}

function encounterOf(context: Context, resource: JsonObject, notes: string[]): string | null {
  const encounter = objectField(resource, 'encounter')
  if (encounter !== null) return resolve(context, field(encounter, 'reference'))
  // STU3 called the encounter link `context`.
  const stu3Context = objectField(resource, 'context')
  const resolved = resolve(context, field(stu3Context, 'reference'))
  if (resolved !== null) addNote(notes, NOTES.stu3)
  return resolved
}

function startNotes(resource: JsonObject): string[] {
  const notes: string[] = []
  if (isPresent(resource, 'modifierExtension')) notes.push(NOTES.modifierExtension)
  return notes
}

interface BaseInput {
  readonly kept: Kept
  readonly concept: Concept
  readonly kind: EventKind
  readonly time: ClinicalTime
  readonly recorded: RecordedDate | null
  readonly encounter: string | null
  readonly notes: string[]
  readonly text?: string
}

/** The fields every event starts with, in output order. */
interface Head {
  readonly id: string
  readonly source: SourceRef
  readonly concept: Concept
  readonly text: string
  readonly time: ClinicalTime
  readonly recorded: RecordedDate | null
  readonly encounter: string | null
  readonly status: string | null
  readonly notes: string[]
}

// Builders copy the head's fields into one object literal each (no object spread: spreading into a literal was the
// normaliser's largest cost); the field order is the documented output order.
function base(input: BaseInput): Head {
  const source = sourceRef(input.kept)
  return {
    id: source.reference,
    source,
    concept: input.concept,
    text: input.text ?? input.concept.text ?? fallbackText(input.kind, input.concept),
    time: noteTime(input.time, input.notes),
    recorded: input.recorded,
    encounter: input.encounter,
    status: stringField(input.kept.resource, 'status'),
    notes: input.notes,
  }
}

function toCondition(context: Context, kept: Kept): ConditionEvent | 'entered-in-error' {
  const r = kept.resource
  const clinical = readStatus(field(r, 'clinicalStatus'), CONDITION_CLINICAL_SYSTEMS, CLINICAL_STATUSES)
  const verification = readStatus(field(r, 'verificationStatus'), CONDITION_VERIFICATION_SYSTEMS, VERIFICATION_STATUSES)
  // C19: entered-in-error wins even when a clinical status is also recorded (con-5 violation).
  if (clinical.enteredInError || verification.enteredInError) return 'entered-in-error'
  const notes = startNotes(r)
  const abatement = noteTime(clinicalTime(r, 'abatement'), notes)
  if (clinical.stu3 || verification.stu3 || abatement.source === 'abatementBoolean') addNote(notes, NOTES.stu3)
  if (clinical.unreadable || verification.unreadable) addNote(notes, NOTES.statusUnreadable)
  if (clinical.code !== null && ACTIVE_CLINICAL_STATUSES.has(clinical.code) && abatement.source !== null) {
    addNote(notes, NOTES.abatedButActive)
  }
  let recorded = readDate(field(r, 'recordedDate'), notes)
  if (recorded === null && isPresent(r, 'assertedDate')) {
    // STU3 name for recordedDate.
    recorded = readDate(field(r, 'assertedDate'), notes)
    addNote(notes, NOTES.stu3)
  }
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const h = base({ kept, concept, kind: 'condition', time: clinicalTime(r, 'onset'), recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    // Condition has no status element (clinical and verification statuses are read above).
    status: null,
    notes: h.notes,
    kind: 'condition',
    clinicalStatus: clinical.code as ClinicalStatus | null,
    verificationStatus: verification.code as VerificationStatus | null,
    abatement,
    categories: readCategoryCodes(field(r, 'category')),
    bodySites: readConcepts(field(r, 'bodySite')),
    severity: readConcept(field(r, 'severity')),
  }
}

function toProcedure(context: Context, kept: Kept): ProcedureEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const h = base({
    kept,
    concept,
    kind: 'procedure',
    time: clinicalTime(r, 'performed'),
    recorded: null,
    encounter,
    notes,
  })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'procedure',
    bodySites: readConcepts(field(r, 'bodySite')),
    reasonReferences: referencesField(context, r, 'reasonReference'),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}

function readSimpleQuantity(value: unknown): { readonly value: number; readonly unit: string | null } | null {
  const quantity = asObject(value)
  const amount = asNumber(field(quantity, 'value'))
  if (amount === null) return null
  return { value: amount, unit: stringField(quantity, 'unit') ?? stringField(quantity, 'code') }
}

function readValue(source: JsonObject): ObservationValue | null {
  const quantity = objectField(source, 'valueQuantity')
  const amount = asNumber(field(quantity, 'value'))
  if (amount !== null) {
    return {
      type: 'quantity',
      value: amount,
      unit: stringField(quantity, 'unit'),
      system: stringField(quantity, 'system'),
      code: readCodeValue(field(quantity, 'code')),
      comparator: stringField(quantity, 'comparator'),
    }
  }
  const concept = readConcept(field(source, 'valueCodeableConcept'))
  if (concept !== null) return { type: 'concept', concept }
  const text = stringField(source, 'valueString')
  if (text !== null) return { type: 'string', value: text }
  const flag = asBoolean(field(source, 'valueBoolean'))
  if (flag !== null) return { type: 'boolean', value: flag }
  const integer = asNumber(field(source, 'valueInteger'))
  if (integer !== null) return { type: 'integer', value: integer }
  return null
}

function readRanges(source: JsonObject): readonly ReferenceRange[] {
  return objectsField(source, 'referenceRange').map((range) => ({
    low: readSimpleQuantity(field(range, 'low')),
    high: readSimpleQuantity(field(range, 'high')),
    text: stringField(range, 'text'),
  }))
}

function toObservation(context: Context, kept: Kept): ObservationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'issued'), notes)
  const encounter = encounterOf(context, r, notes)
  const components: ObservationComponent[] = objectsField(r, 'component').map((component) => ({
    concept: readConcept(field(component, 'code')) ?? EMPTY_CONCEPT,
    value: readValue(component),
    referenceRanges: readRanges(component),
    interpretation: readConcepts(field(component, 'interpretation')),
  }))
  const h = base({ kept, concept, kind: 'observation', time: clinicalTime(r, 'effective'), recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'observation',
    categories: readCategoryCodes(field(r, 'category')),
    value: readValue(r),
    components,
    referenceRanges: readRanges(r),
    // STU3 had a single interpretation concept; R4 has an array. Read either.
    interpretation: Array.isArray(field(r, 'interpretation'))
      ? readConcepts(field(r, 'interpretation'))
      : readConcepts([field(r, 'interpretation')]),
    bodySite: readConcept(field(r, 'bodySite')),
  }
}

/** Medication concept: medicationCodeableConcept, else the referenced Medication's code, else the display. */
function medicationConcept(context: Context, r: JsonObject): Concept {
  const direct = readConcept(field(r, 'medicationCodeableConcept'))
  if (direct !== null) return direct
  const reference = objectField(r, 'medicationReference')
  const target = stringField(reference, 'reference')
  let medication: JsonObject | null = null
  if (target?.startsWith('#') === true) {
    const wanted = target.slice(1)
    medication =
      objectsField(r, 'contained').find(
        (c) => stringField(c, 'resourceType') === 'Medication' && stringField(c, 'id') === wanted,
      ) ?? null
  } else if (target !== null) {
    const resolved = resolve(context, target)
    const found = resolved === null ? undefined : context.byReference.get(resolved)
    medication = found !== undefined && stringField(found, 'resourceType') === 'Medication' ? found : null
  }
  const code = readConcept(field(medication, 'code'))
  if (code !== null) return code
  const display = stringField(reference, 'display')
  return display === null ? EMPTY_CONCEPT : { codes: [], text: display }
}

function toMedication(context: Context, kept: Kept): MedicationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const isRequest = kept.resourceType === 'MedicationRequest'
  const time = isRequest ? instantTime(field(r, 'authoredOn'), 'authoredOn') : clinicalTime(r, 'effective')
  const recorded = readDate(field(r, isRequest ? 'authoredOn' : 'dateAsserted'), notes)
  const concept = medicationConcept(context, r)
  const encounter = encounterOf(context, r, notes)
  const h = base({ kept, concept, kind: 'medication', time, recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'medication',
    resourceType: isRequest ? 'MedicationRequest' : 'MedicationStatement',
    reasonReferences: referencesField(context, r, 'reasonReference'),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}

function toAllergy(context: Context, kept: Kept): AllergyEvent | 'entered-in-error' {
  const r = kept.resource
  const allowedClinical: ReadonlySet<string> = new Set(['active', 'inactive', 'resolved'])
  const allowedVerification: ReadonlySet<string> = new Set(['unconfirmed', 'confirmed', 'refuted'])
  const clinical = readStatus(field(r, 'clinicalStatus'), ALLERGY_CLINICAL_SYSTEMS, allowedClinical)
  const verification = readStatus(field(r, 'verificationStatus'), ALLERGY_VERIFICATION_SYSTEMS, allowedVerification)
  if (clinical.enteredInError || verification.enteredInError) return 'entered-in-error'
  const notes = startNotes(r)
  if (clinical.stu3 || verification.stu3) addNote(notes, NOTES.stu3)
  if (clinical.unreadable || verification.unreadable) addNote(notes, NOTES.statusUnreadable)
  const recordedValue = isPresent(r, 'recordedDate') ? field(r, 'recordedDate') : field(r, 'assertedDate')
  const recorded = readDate(recordedValue, notes)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const encounter = encounterOf(context, r, notes)
  const categories: string[] = []
  for (const item of asArray(field(r, 'category'))) {
    const category = asString(item)
    if (category !== null && !categories.includes(category)) categories.push(category)
  }
  const h = base({ kept, concept, kind: 'allergy', time: clinicalTime(r, 'onset'), recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'allergy',
    clinicalStatus: clinical.code,
    verificationStatus: verification.code,
    categories,
    criticality: stringField(r, 'criticality'),
  }
}

function toImmunization(context: Context, kept: Kept): ImmunizationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  let time = clinicalTime(r, 'occurrence')
  if (time.source === null && isPresent(r, 'date')) {
    // STU3 Immunization.date became occurrence[x] in R4.
    time = instantTime(field(r, 'date'), 'date')
    addNote(notes, NOTES.stu3)
  }
  const concept = readConcept(field(r, 'vaccineCode')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'recorded'), notes)
  const encounter = encounterOf(context, r, notes)
  const h = base({ kept, concept, kind: 'immunization', time, recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'immunization',
  }
}

function toFamilyHistory(context: Context, kept: Kept): FamilyHistoryEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const relationship = readConcept(field(r, 'relationship')) ?? EMPTY_CONCEPT
  const conditions: FamilyCondition[] = objectsField(r, 'condition').map((condition) => {
    const concept = readConcept(field(condition, 'code')) ?? EMPTY_CONCEPT
    return {
      concept,
      text: concept.text ?? fallbackText('condition', concept),
      onset: noteTime(clinicalTime(condition, 'onset'), notes),
      outcome: readConcept(field(condition, 'outcome')),
    }
  })
  const who = relationship.text ?? 'Family member'
  const text =
    conditions.length === 0 ? `${who} (no condition recorded)` : `${who}: ${conditions.map((c) => c.text).join('; ')}`
  const time = instantTime(field(r, 'date'), 'date')
  const recorded = readDate(field(r, 'date'), notes)
  const encounter = encounterOf(context, r, notes)
  const h = base({ kept, concept: relationship, kind: 'family-history', time, recorded, encounter, notes, text })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'family-history',
    relationship,
    conditions,
  }
}

function encounterClass(r: JsonObject): string | null {
  const value = field(r, 'class')
  // R4: a Coding. Later versions: CodeableConcept[]; read the first code defensively.
  const coding = asObject(value) ?? asObject(asArray(field(asObject(asArray(value)[0]), 'coding'))[0])
  return readCodeValue(field(coding, 'code'))
}

function toEncounter(_context: Context, kept: Kept): EncounterEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcepts(field(r, 'type'))[0] ?? EMPTY_CONCEPT
  const text = concept.text ?? 'Encounter (no type recorded)'
  const time = periodTime(field(r, 'period'), 'period')
  const h = base({ kept, concept, kind: 'encounter', time, recorded: null, encounter: null, notes, text })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'encounter',
    encounterClass: encounterClass(r),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}

function toReport(context: Context, kept: Kept): DiagnosticReportEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'issued'), notes)
  const encounter = encounterOf(context, r, notes)
  const time = clinicalTime(r, 'effective')
  const h = base({ kept, concept, kind: 'diagnostic-report', time, recorded, encounter, notes })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'diagnostic-report',
    results: referencesField(context, r, 'result'),
  }
}

function toCarePlan(context: Context, kept: Kept): CarePlanEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const categories = readConcepts(field(r, 'category'))
  const concept = categories[0] ?? EMPTY_CONCEPT
  const text = stringField(r, 'title') ?? concept.text ?? 'Care plan (no title or category recorded)'
  const recorded = readDate(field(r, 'created'), notes)
  const encounter = encounterOf(context, r, notes)
  const time = periodTime(field(r, 'period'), 'period')
  const h = base({ kept, concept, kind: 'care-plan', time, recorded, encounter, notes, text })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: h.notes,
    kind: 'care-plan',
    categories,
    addresses: referencesField(context, r, 'addresses'),
  }
}

const GENDERS: ReadonlySet<string> = new Set(['male', 'female', 'other', 'unknown'])

function humanName(resource: JsonObject): string | null {
  const names = objectsField(resource, 'name')
  const chosen =
    names.find((n) => stringField(n, 'use') === 'official') ??
    names.find((n) => stringField(n, 'use') === 'usual') ??
    names[0] ??
    null
  const given = asArray(field(chosen, 'given'))
    .map(asString)
    .filter((part) => part !== null)
  const family = stringField(chosen, 'family')
  const built = [...given, ...(family === null ? [] : [family])].join(' ')
  return built === '' ? stringField(chosen, 'text') : built
}

function toPatient(kept: Kept): PatientSummary {
  const r = kept.resource
  const gender = stringField(r, 'gender')
  const deceasedDate = parseRecordedDate(field(r, 'deceasedDateTime'))?.date ?? null
  return {
    id: kept.id,
    reference: `Patient/${kept.id}`,
    name: humanName(r),
    gender: gender !== null && GENDERS.has(gender) ? (gender as PatientSummary['gender']) : null,
    birthDate: parseRecordedDate(field(r, 'birthDate'))?.date ?? null,
    deceased: deceasedDate ?? (asBoolean(field(r, 'deceasedBoolean')) === true ? true : null),
  }
}

function compareText(a: string, b: string): number {
  // Code-unit order, not locale order: identical on every machine.
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The documented event order: clinical start (else end) ascending, events without a recorded date last, ties broken
 * by event id. Full date-times compare as UTC instants; partial dates compare as recorded text (see timeSortKey).
 * @param a - one event
 * @param b - the other event
 */
export function compareEvents(a: ClinicalEvent, b: ClinicalEvent): number {
  return compareKeyed(timeSortKey(a.time), a.id, timeSortKey(b.time), b.id)
}

function compareKeyed(ka: string | null, ida: string, kb: string | null, idb: string): number {
  if (ka !== kb) {
    if (ka === null) return 1
    if (kb === null) return -1
    const byTime = compareText(ka, kb)
    if (byTime !== 0) return byTime
  }
  return compareText(ida, idb)
}

function subjectReference(resource: JsonObject): unknown {
  const subject = objectField(resource, 'subject') ?? objectField(resource, 'patient')
  return field(subject, 'reference')
}

type Builder = (context: Context, kept: Kept) => ClinicalEvent | 'entered-in-error'

const BUILDERS: ReadonlyMap<string, Builder> = new Map<string, Builder>([
  ['Condition', toCondition],
  ['Procedure', toProcedure],
  ['Observation', toObservation],
  ['MedicationRequest', toMedication],
  ['MedicationStatement', toMedication],
  ['AllergyIntolerance', toAllergy],
  ['Immunization', toImmunization],
  ['FamilyMemberHistory', toFamilyHistory],
  ['Encounter', toEncounter],
  ['DiagnosticReport', toReport],
  ['CarePlan', toCarePlan],
])

/**
 * Turns raw FHIR R4 resources (already narrowed to `Resource` by src/fhir, still untrusted) into the normalised
 * record. Pure: never reads the clock (`asOf` comes from the caller), never mutates its input, and gives identical
 * output for any order of the same input (except the "first received" tie-break between two copies of one resource
 * with neither versionId nor lastUpdated to choose by).
 * @param resources - the resources of one patient's record, in any order
 * @param options - the "information as of" instant and, optionally, the patient id to filter by
 */
export function normaliseRecord(resources: readonly Resource[], options: NormaliseOptions): NormalisedRecord {
  const hidden: HiddenItem[] = []
  const hide = (reference: string, reason: HiddenReason): void => {
    hidden.push({ reference, reason, detail: HIDDEN_DETAILS[reason] })
  }

  // 1. Validate and de-duplicate by Type/id (C6).
  const keptByReference = new Map<string, Kept>()
  for (const item of resources as readonly unknown[]) {
    const resource = asObject(item)
    const resourceType = stringField(resource, 'resourceType')
    if (resource === null || resourceType === null) {
      hide('(not a resource)', 'invalid')
      continue
    }
    const id = stringField(resource, 'id')
    if (id === null) {
      hide(`${resourceType}/(no id)`, 'invalid')
      continue
    }
    const reference = `${resourceType}/${id}`
    const current = keptByReference.get(reference)
    if (current === undefined) {
      keptByReference.set(reference, { resource, resourceType, id, reference })
    } else {
      hide(reference, 'duplicate')
      if (isPreferred(resource, current.resource))
        keptByReference.set(reference, { resource, resourceType, id, reference })
    }
  }

  // 2. Lookups for reference resolution.
  const byReference = new Map<string, JsonObject>()
  const byUuid = new Map<string, string | null>()
  // Iterating values() (not entries) avoids one [key, value] array per resource.
  for (const kept of keptByReference.values()) {
    const reference = kept.reference
    byReference.set(reference, kept.resource)
    const key = kept.id.toLowerCase()
    byUuid.set(key, byUuid.has(key) ? null : reference)
  }
  const context: Context = { byReference, byUuid, resolved: new Map() }

  // 3. The patient: the requested one, else the lowest id; any other Patient is another person's record.
  const patients = [...keptByReference.values()]
    .filter((kept) => kept.resourceType === 'Patient')
    .sort((a, b) => compareText(a.id, b.id))
  const wanted = options.patientId ?? patients[0]?.id ?? null
  let patient: PatientSummary | null = null
  for (const kept of patients) {
    if (kept.id === wanted) patient = toPatient(kept)
    else hide(`Patient/${kept.id}`, 'other-patient')
  }
  const patientReference = options.patientId === undefined ? null : `Patient/${options.patientId}`
  // An unresolved `urn:uuid:<patientId>` (Patient resource absent) still names this patient.
  const patientUrn = options.patientId === undefined ? null : `urn:uuid:${options.patientId.toLowerCase()}`

  // 4. Events.
  const events: ClinicalEvent[] = []
  for (const kept of keptByReference.values()) {
    const reference = kept.reference
    if (kept.resourceType === 'Patient' || SUPPORTING_TYPES.has(kept.resourceType)) continue
    const build = BUILDERS.get(kept.resourceType)
    if (build === undefined) {
      hide(reference, 'unsupported-type')
      continue
    }
    if (patientReference !== null) {
      const subject = resolve(context, subjectReference(kept.resource))
      // A subject recorded as display or identifier only cannot be checked, so it is kept.
      if (subject !== null && subject !== patientReference && subject !== patientUrn) {
        hide(reference, 'other-patient')
        continue
      }
    }
    if (stringField(kept.resource, 'status') === 'entered-in-error') {
      hide(reference, 'entered-in-error')
      continue
    }
    const event = build(context, kept)
    if (event === 'entered-in-error') hide(reference, 'entered-in-error')
    else events.push(event)
  }
  // Sort keys once per event (Date.parse per comparison dominated the normaliser's time), and the UTC conversion
  // once per distinct recorded date-time: events of one encounter share their times.
  const utcKeys = new Map<string, string | null>()
  const sortKey = (time: ClinicalTime): string | null => {
    const date = time.start ?? time.end
    if (date === null || date.precision !== 'time' || time.unusual) return timeSortKey(time)
    let key = utcKeys.get(date.value)
    if (key === undefined) {
      key = timeSortKey(time)
      utcKeys.set(date.value, key)
    }
    return key
  }
  const keyed = events.map((event) => ({ event, key: sortKey(event.time) }))
  keyed.sort((a, b) => compareKeyed(a.key, a.event.id, b.key, b.event.id))
  events.length = 0
  for (const k of keyed) events.push(k.event)
  hidden.sort(
    (a, b) =>
      compareText(a.reference, b.reference) || compareText(a.reason, b.reason) || compareText(a.detail, b.detail),
  )

  const ofKind = <K extends EventKind>(kind: K): Extract<ClinicalEvent, { kind: K }>[] =>
    events.filter((event): event is Extract<ClinicalEvent, { kind: K }> => event.kind === kind)
  return {
    patient,
    asOf: options.asOf,
    conditions: ofKind('condition'),
    procedures: ofKind('procedure'),
    observations: ofKind('observation'),
    medications: ofKind('medication'),
    allergies: ofKind('allergy'),
    immunizations: ofKind('immunization'),
    familyHistory: ofKind('family-history'),
    encounters: ofKind('encounter'),
    reports: ofKind('diagnostic-report'),
    carePlans: ofKind('care-plan'),
    hidden,
  }
}
