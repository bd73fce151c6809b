/** Lists a finding as not placed on the body, with why. */
import type { Collector, ItemBase } from './collector.ts'
import type { NotPlacedReason, UnplacedReason } from './types.ts'

// One shared, frozen reason per "why": a record can hold hundreds of unplaced medicines.
const NOT_PLACED: Readonly<Record<UnplacedReason, NotPlacedReason>> = {
  'no-rule': Object.freeze({ kind: 'unplaced', why: 'no-rule' }),
  'no-body-site-in-code': Object.freeze({ kind: 'unplaced', why: 'no-body-site-in-code' }),
  'sex-not-recorded': Object.freeze({ kind: 'unplaced', why: 'sex-not-recorded' }),
  'no-code-or-text': Object.freeze({ kind: 'unplaced', why: 'no-code-or-text' }),
  'reason-not-placed': Object.freeze({ kind: 'unplaced', why: 'reason-not-placed' }),
  'no-reason-recorded': Object.freeze({ kind: 'unplaced', why: 'no-reason-recorded' }),
  'generic-procedure': Object.freeze({ kind: 'unplaced', why: 'generic-procedure' }),
  'cannot-interpret': Object.freeze({ kind: 'unplaced', why: 'cannot-interpret' }),
  'codes-disagree': Object.freeze({ kind: 'unplaced', why: 'codes-disagree' }),
}

/**
 * Appends the item to the not-placed list, with its codes.
 * @param out - the lists being collected
 * @param item - the finding
 * @param why - why it is not placed
 */
export function unplaceItem(out: Collector, item: ItemBase, why: UnplacedReason): void {
  out.unplaced.push({
    id: item.id,
    findingKind: item.findingKind,
    source: item.source,
    text: item.text,
    date: item.date,
    why,
    reason: NOT_PLACED[why],
    codes: item.concept.codes.map((code) => code.key),
  })
}
