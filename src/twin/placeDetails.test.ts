import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { buildTwin } from './buildTwin.ts'
import { listDetails } from './listDetails.ts'
import { placeDetails } from './placeDetails.ts'
import { printRows } from './printRows.ts'
import type { RecordFilters } from './twinStore.ts'

const ALL: RecordFilters = { activeOnly: false, showLifeAndContext: true, category: 'all' }

function twinOf(file: string) {
  const bundle = JSON.parse(readFileSync(`fhir-fixtures/edge/${file}`, 'utf8')) as { entry: { resource: Resource }[] }
  return buildTwin(
    bundle.entry.map((e) => e.resource),
    { asOf: '2024-01-01T00:00:00Z' },
  )
}

describe('buildTwin: resources -> normalised record -> mapping -> lookups, once per record', () => {
  it('indexes every event and every placement by id', () => {
    const twin = twinOf('edge-statuses.json')
    expect(twin.eventsById.size).toBe(8)
    expect(twin.placementsById.size).toBe(6)
    expect([...twin.placementsById.keys()]).toEqual(twin.map.placements.map((p) => p.id))
    expect(twin.contextIds.size).toBe(0)
  })
})

describe('placeDetails: finished rows for one place', () => {
  it('gives the recorded BMI with its recorded date precision, its own range and the cited table', () => {
    const d = placeDetails(twinOf('edge-risk-factors.json'), 'whole_body', null, ALL)
    expect(
      d.riskFactors.map((r) => [r.factor.factor, r.latest?.value, r.latestDate, r.range?.text, r.guideline?.id]),
    ).toEqual([['bmi', 31.2, { value: '2022-01-10T09:32:00Z', precision: 'time' }, '18.5 to 24.9', 'who-bmi-adult']])
    expect(d.conditions).toEqual([])
    expect(d.total).toBe(1)
  })

  it('names the measurements that concern the kidneys and are not recorded', () => {
    const d = placeDetails(twinOf('edge-risk-factors.json'), 'kidney_left', null, ALL)
    expect(d.notRecorded.map((n) => n.factor)).toEqual(['egfr', 'creatinine', 'urine_acr'])
    expect(d.total).toBe(0)
  })

  it('lists the conditions placed at a place in mapping order, with the side rule and the condition behind each', () => {
    const d = placeDetails(twinOf('edge-statuses.json'), 'foot_left', null, ALL)
    expect(d.conditions.map((r) => [r.item.id, r.paired, r.condition?.verificationStatus])).toEqual([
      ['Condition/edge-st-unconfirmed', true, 'unconfirmed'],
    ])
    expect(d.conditions[0]?.source.rule?.ruleId).toBe(d.conditions[0]?.item.rule.ruleId)
  })
})

describe('listDetails: the lists that are not on the body', () => {
  it('lists the not-placed finding with its reason and the refuted one only as ruled out', () => {
    const d = listDetails(twinOf('edge-statuses.json'), 'unplaced', null)
    if (d.list !== 'unplaced') throw new Error('wrong list')
    expect(d.items.map((r) => [r.item.id, r.item.reason])).toEqual([
      ['Condition/edge-st-none', { kind: 'unplaced', why: 'no-rule' }],
    ])
    expect(d.ruledOut.map((r) => [r.item.id, r.source.event?.kind])).toEqual([
      ['Condition/edge-st-refuted', 'condition'],
    ])
  })
})

describe('printRows: findings per place for the print summary', () => {
  it('groups the shown conditions by place in mapping order', () => {
    expect(
      printRows(twinOf('edge-statuses.json'), null, ALL).map((r) => [r.place, r.conditions.map((c) => c.condition.id)]),
    ).toEqual([
      ['trachea_bronchi', ['Condition/edge-st-resolved']],
      ['aorta', ['Condition/edge-st-confirmed-active']],
      ['skin', ['Condition/edge-st-active-abated']],
      ['joints', ['Condition/edge-st-differential']],
      // Anaemia (provisional): the blood and bone marrow region, not the vessels (issue 11).
      ['blood', ['Condition/edge-st-provisional']],
      ['foot_left', ['Condition/edge-st-unconfirmed']],
      ['foot_right', ['Condition/edge-st-unconfirmed']],
    ])
  })
})
