import { describe, expect, it } from 'vitest'
import type { Condition, Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from './normaliseRecord.ts'
import { NOTES } from './notes.ts'

const AS_OF = '2026-01-01T10:00:00+02:00'

function onsets(values: string[]): { value: string | null; unusual: boolean; noted: boolean }[] {
  const resources: Resource[] = values.map((onsetDateTime, i) => ({
    resourceType: 'Condition',
    id: `c${String(i)}`,
    subject: { reference: 'Patient/p1' },
    code: { text: 'Asthma' },
    onsetDateTime,
  }))
  const record = normaliseRecord(resources, { asOf: AS_OF })
  return record.conditions.map((c) => ({
    value: c.time.start?.value ?? null,
    unusual: c.time.unusual,
    noted: c.notes.includes(NOTES.unusualDate),
  }))
}

describe('future onsets (C23)', () => {
  it('C23 an onset after "as of" is kept as recorded and marked unusual; one that contains "as of" is not', () => {
    // as of 2026-01-01T08:00:00Z: the year 2026, the month 2026-01 and the day 2026-01-01 all contain it
    expect(onsets(['2026', '2026-01', '2026-01-01', '2026-01-01T07:59:59Z', '2025-12-31'])).toEqual([
      { value: '2025-12-31', unusual: false, noted: false },
      { value: '2026', unusual: false, noted: false },
      { value: '2026-01', unusual: false, noted: false },
      { value: '2026-01-01', unusual: false, noted: false },
      { value: '2026-01-01T07:59:59Z', unusual: false, noted: false },
    ])
    expect(onsets(['2027', '2026-02', '2026-01-02', '2026-01-01T08:00:01Z', '2026-01-01T09:30:00+01:00'])).toEqual([
      { value: '2026-01-01T08:00:01Z', unusual: true, noted: true },
      { value: '2026-01-01T09:30:00+01:00', unusual: true, noted: true },
      { value: '2026-01-02', unusual: true, noted: true },
      { value: '2026-02', unusual: true, noted: true },
      { value: '2027', unusual: true, noted: true },
    ])
  })

  it('C23 an impossible future date is noted once, and the input is not changed', () => {
    const resource: Condition = {
      resourceType: 'Condition',
      id: 'c1',
      subject: { reference: 'Patient/p1' },
      code: { text: 'Asthma' },
      onsetDateTime: '2031-02-30',
    }
    const before = JSON.stringify(resource)
    const [c] = normaliseRecord([resource], { asOf: AS_OF }).conditions
    expect(c?.time.unusual).toBe(true)
    expect(c?.notes.filter((n) => n === NOTES.unusualDate)).toHaveLength(1)
    expect(JSON.stringify(resource)).toBe(before)
  })
})
