import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { normaliseRecord } from './normaliseRecord.ts'
import { conditionGroupOf } from '../../tests/fixtures/conditionGroupOf.ts'

const DIR = new URL('../../fhir-fixtures/synthea/', import.meta.url)
const FILES = readdirSync(DIR)
  .filter((name) => name.endsWith('.json') && name.includes('__'))
  .sort()

interface RawEntry {
  readonly resource?: {
    readonly resourceType?: string
    readonly id?: string
    readonly clinicalStatus?: { readonly coding?: readonly { readonly code?: string }[] }
    readonly code?: { readonly text?: string; readonly coding?: readonly { readonly display?: string }[] }
    readonly onsetDateTime?: string
  }
}

describe.each(FILES)('Synthea regression: %s', (file) => {
  it('gives the same counts as an independent count over the bundle entries', () => {
    // given the bundle and an independent count over its raw entries
    const bundle = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { readonly entry: readonly RawEntry[] }
    const raw = bundle.entry.map((entry) => entry.resource).filter((r) => r !== undefined)
    const ofType = (type: string) => raw.filter((r) => r.resourceType === type)
    const expected = { active: 0, resolved: 0, other: 0 }
    for (const condition of ofType('Condition'))
      expected[conditionGroupOf(condition.clinicalStatus?.coding?.[0]?.code)]++
    const patientId = ofType('Patient')[0]?.id ?? ''
    // when
    const record = normaliseRecord(
      bundle.entry.map((e) => e.resource as Resource),
      {
        asOf: '2024-06-01T00:00:00Z',
        patientId,
      },
    )
    // then
    const actual = { active: 0, resolved: 0, other: 0 }
    for (const condition of record.conditions) actual[conditionGroupOf(condition.clinicalStatus ?? undefined)]++
    expect(actual).toEqual(expected)
    expect(record.procedures.length).toBe(ofType('Procedure').length)
    expect(record.observations.length).toBe(ofType('Observation').length)
    expect(record.encounters.length).toBe(ofType('Encounter').length)
    expect(record.immunizations.length).toBe(ofType('Immunization').length)
    expect(record.hidden).toEqual([])
    expect(record.patient?.id).toBe(patientId)
    // spot check: the first Condition in the file keeps its text and onset as recorded
    const first = ofType('Condition')[0]
    const event = record.conditions.find((c) => c.id === `Condition/${first?.id ?? ''}`)
    expect(event?.text).toBe(first?.code?.text ?? first?.code?.coding?.[0]?.display)
    expect(event?.time.start?.value).toBe(first?.onsetDateTime)
    expect(event?.time.source).toBe('onsetDateTime')
  })
})
