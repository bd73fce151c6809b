import type { RuleHit } from '../anatomy/types.ts'
import type { ClinicalEvent, EncounterEvent, SourceRef } from '../timeline/types.ts'
import type { Twin } from './twin.ts'

/** "Why here?" and the source of one listed item: the resource, its event, its encounter and the placing rule. */
export interface SourceRow {
  readonly source: SourceRef
  /** The normalised event behind the item (its codes and recorded time), when it is one. */
  readonly event: ClinicalEvent | undefined
  /** The encounter the event was recorded in, when the record names one that is in it. */
  readonly encounter: EncounterEvent | undefined
  /** The rule that placed the item, or null where nothing was placed (not placed, ruled out, allergies...). */
  readonly rule: RuleHit | null
}

/**
 * The source row of an item, looked up in the twin's event index.
 * @param twin - the record with its lookups
 * @param source - the item's source reference
 * @param event - the item's event (looked up by id when not given)
 * @param rule - the placing rule, or null
 */
export function sourceRow(
  twin: Twin,
  source: SourceRef,
  event: ClinicalEvent | undefined,
  rule: RuleHit | null,
): SourceRow {
  const found = event?.encounter ? twin.eventsById.get(event.encounter) : undefined
  return { source, event, encounter: found?.kind === 'encounter' ? found : undefined, rule }
}
