import type { Resource } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { PROCEDURE_CODES } from '../src/anatomy/tables/procedureCodes.ts'
import { RISK_FACTORS } from '../src/anatomy/tables/riskFactors.ts'
import { SNOMED_CONDITIONS } from '../src/anatomy/tables/snomedConditions.ts'
import { buildTwin } from '../src/twin/buildTwin.ts'
import { CONDITION_PLAN, LIPID_PANEL, METABOLIC_PANEL, VITALS } from './synthetic/plan.ts'
import { generateSyntheticRecord } from './syntheticRecord.ts'

const BUNDLE = generateSyntheticRecord({ seed: 1, resources: 10_000 })
const RESOURCES = (BUNDLE.entry ?? []).map((entry) => entry.resource as Resource)

function countTypes(resources: readonly Resource[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of resources) counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1
  return counts
}

describe('generateSyntheticRecord', () => {
  it('gives the same bundle for the same seed, and another for another seed', () => {
    expect(generateSyntheticRecord({ seed: 1, resources: 10_000 })).toEqual(BUNDLE)
    const other = generateSyntheticRecord({ seed: 2, resources: 10_000 })
    expect(other.entry?.[0]?.resource).not.toEqual(BUNDLE.entry?.[0]?.resource)
  })

  it('has exactly the requested size and these type counts (seed 1)', () => {
    expect(BUNDLE.type).toBe('transaction')
    expect(RESOURCES).toHaveLength(10_000)
    expect(countTypes(RESOURCES)).toEqual({
      Patient: 1,
      Encounter: 1033,
      Observation: 8277,
      DiagnosticReport: 106,
      Procedure: 115,
      Immunization: 60,
      Condition: 42,
      MedicationRequest: 366,
    })
    expect(new Set(RESOURCES.map((r) => r.id)).size).toBe(10_000)
    expect(generateSyntheticRecord({ seed: 7, resources: 2500 }).entry).toHaveLength(2500)
  })

  it('references the one Patient from every resource and an Encounter of the bundle from every clinical one', () => {
    const patient = `urn:uuid:${RESOURCES[0]?.id ?? ''}`
    const encounters = new Set(
      RESOURCES.filter((r) => r.resourceType === 'Encounter').map((r) => `urn:uuid:${r.id ?? ''}`),
    )
    for (const r of RESOURCES.slice(1)) {
      const json = r as {
        subject?: { reference?: string }
        patient?: { reference?: string }
        encounter?: { reference?: string }
      }
      expect((json.subject ?? json.patient)?.reference).toBe(patient)
      if (r.resourceType !== 'Encounter') expect(encounters.has(json.encounter?.reference ?? '')).toBe(true)
    }
  })

  it('uses only condition and procedure codes of the mapping tables, and the risk-factor LOINC codes', () => {
    const conditions = new Set(SNOMED_CONDITIONS.map((row) => row[0]))
    expect(CONDITION_PLAN.filter((c) => !conditions.has(c.code)).map((c) => c.code)).toEqual([])
    const procedures = new Set(PROCEDURE_CODES.map((row) => row[0]))
    const used = RESOURCES.flatMap((r) => (r.resourceType === 'Procedure' ? [r.code?.coding?.[0]?.code ?? ''] : []))
    expect([...new Set(used)].filter((code) => !procedures.has(code))).toEqual([])
    const loinc = new Set(RISK_FACTORS.flatMap((f) => f.loinc))
    const measured = [...VITALS, ...LIPID_PANEL.results, ...METABOLIC_PANEL.results].map((m) => m[0])
    expect(measured.filter((code) => loinc.has(code))).toEqual([
      '39156-5',
      '2093-3',
      '18262-6',
      '2085-9',
      '2571-8',
      '2339-0',
      '2160-0',
      '33914-3',
      '4548-4',
    ])
  })

  it('builds a twin that places all 42 conditions and leaves nothing unplaced', () => {
    const twin = buildTwin(RESOURCES, { asOf: '2026-01-01T00:00:00Z' })
    expect(twin.record.conditions).toHaveLength(42)
    expect(twin.record.observations).toHaveLength(8277)
    const placed = twin.map.placements.filter((p) => p.findingKind === 'condition')
    expect(placed).toHaveLength(42)
    expect(twin.map.unplaced).toEqual([])
    expect(new Set(placed.flatMap((p) => p.places))).toContain('heart')
    expect(new Set(placed.flatMap((p) => p.places))).toContain('kidney_left')
  })
})
