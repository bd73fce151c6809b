/**
 * G4 (docs/reliability.md, I3): the mapping is a lookup from a condition's own codes, body site and side; adding or
 * removing Observations never changes which conditions the record holds or where they are placed. Property test
 * over every Synthea and edge fixture: random subsets of the Observations removed, random Observations added (codes
 * taken from the fixtures and made up, some pointing at a condition through `focus` or `derivedFrom`).
 * Seeded (PROPERTY_SEED); fast-check prints the seed and the shrunk case on failure.
 */
import type { Observation, Resource } from '@medplum/fhirtypes'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY_SEED } from '../../tests/fixtures/arbitraries.ts'
import { mapFixtures } from '../../tests/fixtures/mapFixtures.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { mapRecord } from './mapRecord.ts'

const OPTIONS = { asOf: '2026-01-01T00:00:00Z' }
const FIXTURES = mapFixtures().filter(({ resources }) => resources.some((r) => r.resourceType === 'Condition'))

/** What the record says about its conditions and where the map puts them: the thing that must not move. */
function conditionView(resources: readonly Resource[]) {
  const record = normaliseRecord(resources, OPTIONS)
  const map = mapRecord(record)
  const isCondition = (reference: string): boolean => reference.startsWith('Condition/')
  const ids = new Set(record.conditions.map((c) => c.id))
  const byPlace = (index: Readonly<Partial<Record<string, readonly string[]>>>) =>
    Object.fromEntries(Object.entries(index).map(([place, list]) => [place, (list ?? []).filter((id) => ids.has(id))]))
  return {
    conditions: record.conditions.map((c) => [c.id, c.clinicalStatus, c.verificationStatus, c.text]),
    placements: map.placements
      .filter((p) => isCondition(p.source.reference))
      .map((p) => [p.source.reference, p.places, p.secondary, p.laterality, p.suspected, p.rule.ruleId]),
    byOrgan: byPlace(map.byOrgan),
    secondaryByOrgan: byPlace(map.secondaryByOrgan),
    regions: [map.mind, map.wholeBody, map.blood, map.nerves].map((list) => list.filter((id) => ids.has(id))),
    context: map.lifeAndContext.filter((i) => isCondition(i.source.reference)).map((i) => i.source.reference),
    unplaced: map.unplaced.filter((i) => isCondition(i.source.reference)).map((i) => i.source.reference),
    ruledOut: map.ruledOut.map((i) => i.source.reference),
  }
}

function patientIdOf(resources: readonly Resource[]): string {
  return resources.find((r) => r.resourceType === 'Patient')?.id ?? 'unknown'
}

/** A made-up Observation for the fixture's patient, with a code from the fixtures or an invented one. */
function observationArb(patientId: string, codes: readonly string[], conditionIds: readonly string[]) {
  return fc
    .record({
      n: fc.nat(),
      code: fc.oneof(fc.constantFrom(...codes), fc.stringMatching(/^[0-9]{1,6}-[0-9]$/)),
      system: fc.constantFrom('http://loinc.org', 'http://snomed.info/sct', 'urn:local'),
      value: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      link: fc.option(fc.constantFrom(...(conditionIds.length > 0 ? conditionIds : ['none']))),
      linkAs: fc.constantFrom('focus', 'derivedFrom'),
      status: fc.constantFrom('final', 'preliminary', 'amended', 'entered-in-error', 'cancelled'),
      date: fc.constantFrom('1990-01-01', '2010-06-30T10:00:00Z', '2025-12-31', 'not a date'),
    })
    .map(({ n, code, system, value, link, linkAs, status, date }) => ({
      resourceType: 'Observation',
      id: `g4-added-${String(n)}`,
      status,
      code: { coding: [{ system, code }], text: `added ${code}` },
      subject: { reference: `Patient/${patientId}` },
      effectiveDateTime: date,
      valueQuantity: { value, unit: 'mg' },
      ...(link === null ? {} : { [linkAs]: [{ reference: `Condition/${link}` }] }),
    }))
}

describe('the mapping does not depend on Observations', () => {
  it('G4 adding or removing Observations never changes the conditions or their regions, over every fixture', () => {
    let cases = 0
    for (const { file, resources } of FIXTURES) {
      const baseline = conditionView(resources)
      const observations = resources.filter((r): r is Observation => r.resourceType === 'Observation')
      const codes = observations.flatMap((o) => (o.code.coding ?? []).flatMap((c) => (c.code ? [c.code] : [])))
      const conditionIds = resources.flatMap((r) => (r.resourceType === 'Condition' && r.id ? [r.id] : []))
      const rest = resources.filter((r) => r.resourceType !== 'Observation')
      const property = fc.property(
        fc.subarray(observations),
        fc.array(observationArb(patientIdOf(resources), codes.length > 0 ? codes : ['8480-6'], conditionIds), {
          maxLength: 12,
        }),
        (kept, added) => {
          cases++
          const mutated = [...rest, ...kept, ...(added as unknown as Resource[])]
          expect(conditionView(mutated), file).toEqual(baseline)
        },
      )
      fc.assert(property, { seed: PROPERTY_SEED, numRuns: 25 })
    }
    expect(FIXTURES.length).toBeGreaterThan(5)
    expect(cases).toBe(FIXTURES.length * 25)
  })

  it('G4 a record of Observations alone places no condition', () => {
    for (const { resources } of FIXTURES) {
      const alone = resources.filter((r) => r.resourceType === 'Observation' || r.resourceType === 'Patient')
      const map = mapRecord(normaliseRecord(alone, OPTIONS))
      expect(map.placements.filter((p) => p.findingKind === 'condition')).toEqual([])
      expect(map.ruledOut).toEqual([])
    }
  })
})
