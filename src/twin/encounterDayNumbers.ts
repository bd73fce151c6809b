import { earliestDay } from '../timeline/timeState.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { dayNumber } from './dayNumber.ts'

/**
 * The day number of each dated encounter's start (the scrubber's visit ticks), in record order.
 * @param record - the normalised record
 */
export function encounterDayNumbers(record: NormalisedRecord): number[] {
  return record.encounters.flatMap((e) => {
    const d = e.time.start ? earliestDay(e.time.start) : null
    return d === null ? [] : [dayNumber(d)]
  })
}
