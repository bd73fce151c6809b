import type { EncounterEvent } from '../types.ts'
import { asArray, asObject, field, type JsonObject } from '../read.ts'
import { periodTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readCodeValue, readConcepts } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { eventHead, finalNotes } from './eventHead.ts'
import { startNotes } from './startNotes.ts'

function encounterClass(r: JsonObject): string | null {
  const value = field(r, 'class')
  // R4: a Coding. Later versions: CodeableConcept[]; read the first code defensively.
  const coding = asObject(value) ?? asObject(asArray(field(asObject(asArray(value)[0]), 'coding'))[0])
  return readCodeValue(field(coding, 'code'))
}

/**
 * Builds an encounter event (its type, class, period and reasons).
 * @param _context - unused: an encounter links to nothing the event shows
 * @param kept - the Encounter
 */
export function toEncounter(_context: ReferenceContext, kept: KeptResource): EncounterEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcepts(field(r, 'type'))[0] ?? EMPTY_CONCEPT
  const text = concept.text ?? 'Encounter (no type recorded)'
  const time = periodTime(field(r, 'period'), 'period')
  const h = eventHead({ kept, concept, kind: 'encounter', time, recorded: null, encounter: null, notes, text })
  return {
    id: h.id,
    source: h.source,
    concept: h.concept,
    text: h.text,
    time: h.time,
    recorded: h.recorded,
    encounter: h.encounter,
    status: h.status,
    notes: finalNotes(h.notes),
    kind: 'encounter',
    encounterClass: encounterClass(r),
    reasonCodes: readConcepts(field(r, 'reasonCode')),
  }
}
