/**
 * Property tests over random and mutated FHIR records (tests/fixtures/arbitraries.ts): the whole pipeline
 * (normaliseRecord -> mapRecord -> buildTwin) never throws, names a source for every finding, never shows
 * entered-in-error, never places refuted as present and marks suspected findings suspected.
 * Seeded (PROPERTY_SEED, default in arbitraries.ts); fast-check prints the seed and the shrunk case on failure.
 */
import type { Resource } from '@medplum/fhirtypes'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isEnteredInError,
  PROPERTY_SEED,
  recordArb,
  referenceOf,
  referencesWhereAll,
  statusCode,
  SUSPECTED,
} from '../../tests/fixtures/arbitraries.ts'
import { buildTwin } from './buildTwin.ts'
import type { Twin } from './twin.ts'

const OPTIONS = { asOf: '2026-01-01T00:00:00Z' }
const RUNS = { seed: PROPERTY_SEED, numRuns: 1500 }

const twinOf = (resources: readonly Record<string, unknown>[]): Twin =>
  buildTwin(resources as unknown as Resource[], OPTIONS)

/** Every reference the twin shows anywhere: events, placements, lists, family history and risk-factor values. */
function shownReferences(twin: Twin): string[] {
  const { map } = twin
  return [
    ...twin.eventsById.keys(),
    ...map.placements.map((p) => p.source.reference),
    ...map.lifeAndContext.map((item) => item.source.reference),
    ...map.unplaced.map((item) => item.source.reference),
    ...map.ruledOut.map((item) => item.source.reference),
    ...map.familyHistory.map((item) => item.source.reference),
    ...map.riskFactors.flatMap((factor) => factor.series.map((value) => value.observationId)),
  ]
}

describe('the pipeline on random and mutated records', () => {
  it('C29 C33 never throws on random and mutated resources of every kind', () => {
    fc.assert(
      fc.property(recordArb, (resources) => {
        twinOf(resources)
      }),
      RUNS,
    )
  })

  it('I1 D8 every finding has a source that names an input resource', () => {
    fc.assert(
      fc.property(recordArb, (resources) => {
        const inputs = new Set(resources.map(referenceOf))
        const twin = twinOf(resources)
        for (const reference of shownReferences(twin)) expect(inputs).toContain(reference)
        for (const placement of twin.map.placements) expect(placement.id).toBe(placement.source.reference)
      }),
      RUNS,
    )
  })

  it('C16 C19 G6 I4 entered-in-error is never shown, in any status combination', () => {
    fc.assert(
      fc.property(recordArb, (resources) => {
        const hidden = referencesWhereAll(resources, isEnteredInError)
        const shown = shownReferences(twinOf(resources))
        for (const reference of shown) expect(hidden).not.toContain(reference)
      }),
      RUNS,
    )
  })

  it('C16 G6 I4 a refuted condition is never placed as present, only listed as ruled out', () => {
    fc.assert(
      fc.property(recordArb, (resources) => {
        const refuted = referencesWhereAll(
          resources,
          (r) => r.resourceType === 'Condition' && statusCode(r.verificationStatus) === 'refuted',
        )
        const { map } = twinOf(resources)
        const present = [
          ...map.placements.map((p) => p.id),
          ...Object.values(map.byOrgan).flat(),
          ...map.lifeAndContext.map((item) => item.id),
          ...map.unplaced.map((item) => item.id),
        ]
        for (const id of present) expect(refuted).not.toContain(id)
        for (const item of map.ruledOut) expect(item.reason.kind).toBe('ruled-out')
      }),
      RUNS,
    )
  })

  it('C16 G5 I4 provisional, differential and unconfirmed placements are marked suspected', () => {
    fc.assert(
      fc.property(recordArb, (resources) => {
        const suspected = referencesWhereAll(
          resources,
          (r) => r.resourceType === 'Condition' && SUSPECTED.has(statusCode(r.verificationStatus) ?? ''),
        )
        for (const placement of twinOf(resources).map.placements) {
          if (suspected.has(placement.id) || SUSPECTED.has(placement.verificationStatus ?? '')) {
            expect(placement.suspected).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })
})
