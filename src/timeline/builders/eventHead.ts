/**
 * The fields every event starts with. Builders copy the head's fields into one object literal each (no object
 * spread: spreading into a literal was the normaliser's largest cost); the field order is the documented output order.
 */
import type { ClinicalTime, Concept, EventKind, RecordedDate, SourceRef } from '../types.ts'
import { stringField } from '../read.ts'
import type { KeptResource } from '../keptResource.ts'
import { versionOf } from '../versionOf.ts'
import { fallbackText } from './fallbackText.ts'
import { noteTime } from './noteTime.ts'

/** What a builder has read before it asks for the head. */
export interface EventHeadInput {
  readonly kept: KeptResource
  readonly concept: Concept
  readonly kind: EventKind
  readonly time: ClinicalTime
  readonly recorded: RecordedDate | null
  readonly encounter: string | null
  readonly notes: string[]
  readonly text?: string
}

/** The fields every event starts with, in output order. */
export interface EventHead {
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

/**
 * The event's source: type, id, `Type/id` and the recorded version.
 * @param kept - the kept resource
 */
export function sourceRef(kept: KeptResource): SourceRef {
  return {
    resourceType: kept.resourceType,
    id: kept.id,
    reference: kept.reference,
    versionId: versionOf(kept.resource),
  }
}

/**
 * The head of an event: id and source from the kept resource, the text (given, else the concept's, else a fallback),
 * the time (an unusual date noted) and the recorded status.
 * @param input - what the builder has read
 */
export function eventHead(input: EventHeadInput): EventHead {
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

const NO_NOTES: readonly string[] = Object.freeze([])

/**
 * An event's notes once its builder adds no more: one shared frozen empty list when there are none (most events).
 * @param notes - the notes collected while building
 */
export function finalNotes(notes: readonly string[]): readonly string[] {
  return notes.length === 0 ? NO_NOTES : notes
}
