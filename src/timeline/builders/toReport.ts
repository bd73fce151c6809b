import type { DiagnosticReportEvent } from '../types.ts'
import { field } from '../read.ts'
import { clinicalTime } from '../clinicalTime.ts'
import { EMPTY_CONCEPT, readConcept } from '../codes.ts'
import type { KeptResource } from '../keptResource.ts'
import type { ReferenceContext } from '../referenceContext.ts'
import { encounterOf } from './encounterOf.ts'
import { eventHead } from './eventHead.ts'
import { readDate } from './readDate.ts'
import { referencesField } from './referencesField.ts'
import { startNotes } from './startNotes.ts'

/**
 * Builds a report event from a DiagnosticReport, with its result references.
 * @param context - the lookups of this record
 * @param kept - the DiagnosticReport
 */
export function toReport(context: ReferenceContext, kept: KeptResource): DiagnosticReportEvent {
  const r = kept.resource
  const notes = startNotes(r)
  const concept = readConcept(field(r, 'code')) ?? EMPTY_CONCEPT
  const recorded = readDate(field(r, 'issued'), notes)
  const encounter = encounterOf(context, r, notes)
  const time = clinicalTime(r, 'effective')
  const h = eventHead({ kept, concept, kind: 'diagnostic-report', time, recorded, encounter, notes })
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
