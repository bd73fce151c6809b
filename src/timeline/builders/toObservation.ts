import type { Concept, ObservationComponent, ObservationEvent, ObservationValue, ReferenceRange } from '../types.ts'
import {
  asBoolean,
  asNumber,
  asObject,
  field,
  objectField,
  objectsField,
  stringField,
  type JsonObject,
} from '../read.ts'
import { clinicalTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readCategoryCodes, readCodeValue, readConcept, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { finalNotes, sourceRef } from './eventHead.ts'
import { fallbackText } from './fallbackText.ts'
import { noteTime } from './noteTime.ts'
import { readDate } from './readDate.ts'
import { startNotes } from './startNotes.ts'

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

// Most observations record no ranges, components or interpretation: one shared frozen empty list for each.
const NONE: readonly never[] = Object.freeze([])

function readRanges(source: JsonObject): readonly ReferenceRange[] {
  const ranges = objectsField(source, 'referenceRange')
  if (ranges.length === 0) return NONE
  return ranges.map((range) => ({
    low: readSimpleQuantity(field(range, 'low')),
    high: readSimpleQuantity(field(range, 'high')),
    text: stringField(range, 'text'),
  }))
}

/** STU3 had a single interpretation concept; R4 has an array. Read either. */
function readInterpretation(recorded: unknown): readonly Concept[] {
  if (Array.isArray(recorded)) return readConcepts(recorded)
  return recorded === undefined ? NONE : readConcepts([recorded])
}

/**
 * Builds an observation event with its value, components, reference ranges and interpretation.
 * @param context - the lookups of this record
 * @param kept - the Observation
 */
export function toObservation(context: ReferenceContext, kept: KeptResource): ObservationEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'issued'), notes)
  const encounter = encounterOf(context, r, notes)
  const recordedComponents = objectsField(r, 'component')
  const components: readonly ObservationComponent[] =
    recordedComponents.length === 0
      ? NONE
      : recordedComponents.map((component) => ({
          concept: readConcept(field(component, 'code')) ?? EMPTY_CONCEPT,
          value: readValue(component),
          referenceRanges: readRanges(component),
          interpretation: readConcepts(field(component, 'interpretation')),
        }))
  // Most events are observations: the head's fields are read here, with no input or head object per event.
  const time = noteTime(clinicalTime(r, 'effective'), notes)
  const source = sourceRef(kept)
  return {
    id: source.reference,
    source,
    concept,
    text: concept.text ?? fallbackText('observation', concept),
    time,
    recorded,
    encounter,
    status: stringField(r, 'status'),
    notes: finalNotes(notes),
    kind: 'observation',
    categories: readCategoryCodes(field(r, 'category')),
    value: readValue(r),
    components,
    referenceRanges: readRanges(r),
    // STU3 had a single interpretation concept; R4 has an array. Read either.
    interpretation: readInterpretation(field(r, 'interpretation')),
    bodySite: readConcept(field(r, 'bodySite')),
  }
}
