/** The one date a mapped item carries: its clinical start as recorded. */
import type { ClinicalTime } from '../timeline/types.ts'

/**
 * The clinical start as recorded (else the end), or null when the record gives no date.
 * @param time - the item's clinical time
 */
export function dateOf(time: ClinicalTime): string | null {
  return time.start?.value ?? time.end?.value ?? null
}
