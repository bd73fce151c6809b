import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from './normaliseRecord.ts'
import { RECORD_TYPES, RECORD_TYPE_SECTION } from './recordTypes.ts'
import type { ClinicalEvent, NormalisedRecord } from './types.ts'

function allEvents(record: NormalisedRecord): ClinicalEvent[] {
  return [
    ...record.conditions,
    ...record.procedures,
    ...record.observations,
    ...record.medications,
    ...record.allergies,
    ...record.immunizations,
    ...record.familyHistory,
    ...record.encounters,
    ...record.reports,
    ...record.carePlans,
  ]
}

describe('record types', () => {
  it.each(RECORD_TYPES)('a %s becomes one event of its record-view section', (resourceType) => {
    // given one resource of the type with nothing but its identity
    const resource = { resourceType, id: 'one' } as Resource
    // when
    const record = normaliseRecord([resource], { asOf: '2024-06-01T00:00:00Z' })
    // then
    expect(allEvents(record).map((event) => event.kind)).toEqual([RECORD_TYPE_SECTION[resourceType]])
    expect(record.hidden).toEqual([])
  })
})
