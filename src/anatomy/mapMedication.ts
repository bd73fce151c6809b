/** Maps one medication: only through what it was recorded for (reason links, then reason codes). */
import type { MedicationEvent } from '../timeline/types.ts'
import type { Collector, ItemBase } from './collector.ts'
import { dateOf } from './dateOf.ts'
import type { LinkCache } from './linkByReason.ts'
import { placeByReasons } from './placeByReasons.ts'
import type { MappingSex, Placement } from './types.ts'
import { unplaceItem } from './unplaceItem.ts'

/**
 * Maps a medication onto the body through its reasons, else lists it as not placed.
 * @param medication - the normalised medication
 * @param sex - the patient's sex for sex-specific organs
 * @param out - the lists being collected
 * @param conditionPlaces - placed conditions by id (for reason links)
 * @param contextIds - ids of conditions under life and context
 * @param links - the per-call link cache
 */
export function mapMedication(
  medication: MedicationEvent,
  sex: MappingSex,
  out: Collector,
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  links: LinkCache,
): void {
  const item: ItemBase = {
    id: medication.id,
    findingKind: 'medication',
    source: medication.source,
    text: medication.text,
    date: dateOf(medication.time) ?? medication.recorded?.value ?? null,
    concept: medication.concept,
  }
  const reasons = {
    references: medication.reasonReferences,
    codes: medication.reasonCodes,
    verb: 'recorded-for',
  } as const
  const context = { side: null, sideSource: null, sex, conditionPlaces, contextIds, links }
  if (placeByReasons(out, item, reasons, context)) return
  const hasReason = medication.reasonReferences.length > 0 || medication.reasonCodes.length > 0
  unplaceItem(out, item, hasReason ? 'reason-not-placed' : 'no-reason-recorded')
}
