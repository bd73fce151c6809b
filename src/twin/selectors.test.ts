import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { buildTwin } from './buildTwin.ts'
import { conditionView, placeStatuses } from './selectors.ts'
import type { RecordFilters } from './twinStore.ts'

function load(file: string) {
  const bundle = JSON.parse(readFileSync(`fhir-fixtures/edge/${file}`, 'utf8')) as { entry: { resource: Resource }[] }
  return buildTwin(
    bundle.entry.map((e) => e.resource),
    { asOf: '2024-01-01T00:00:00Z' },
  )
}

const ALL: RecordFilters = { activeOnly: false, showLifeAndContext: true, category: 'all' }
const ids = (list: readonly { source: { id: string } }[]) => list.map((c) => c.source.id)

describe('conditionView on edge-statuses.json', () => {
  const twin = load('edge-statuses.json')

  it('groups by recorded status at the record time; refuted only under other; entered-in-error nowhere', () => {
    const view = conditionView(twin, null, ALL)
    expect(ids(view.active)).toEqual([
      'edge-st-confirmed-active',
      'edge-st-active-abated',
      'edge-st-differential',
      'edge-st-provisional',
      'edge-st-unconfirmed',
    ])
    expect(ids(view.resolved)).toEqual(['edge-st-resolved'])
    expect(ids(view.other)).toEqual(['edge-st-none', 'edge-st-refuted'])
    const all = [...view.active, ...view.resolved, ...view.other].map((c) => c.source.id)
    expect(all.filter((id) => id.startsWith('edge-st-eie'))).toEqual([])
  })

  it('at a cursor before an onset hides that condition and moves abated ones to resolved', () => {
    const view = conditionView(twin, '2014-06-01', ALL)
    expect(ids(view.active)).not.toContain('edge-st-confirmed-active')
    expect(view.notYet).toBe(2)
    expect(ids(conditionView(twin, '2021-01-01', ALL).resolved)).toEqual(['edge-st-resolved', 'edge-st-active-abated'])
  })

  it('active-only filter hides resolved and other, and counts them', () => {
    const view = conditionView(twin, null, { ...ALL, activeOnly: true })
    expect([view.resolved.length, view.other.length, view.filteredOut]).toEqual([0, 0, 3])
  })

  it('gives each place one legend status; the refuted pneumonia lights no lung', () => {
    // Checked by hand against the fixture: hypertension (active) and provisional anaemia share the aorta, so the
    // stronger "active" wins there; the differential arthritis names no joint, so it is on the joints marker; the
    // refuted pneumonia is listed as ruled out and places nothing.
    expect([...placeStatuses(twin, null, ALL)]).toEqual([
      ['trachea_bronchi', 'resolved'],
      ['aorta', 'active'],
      ['skin', 'active'],
      ['joints', 'suspected'],
      ['great_veins', 'suspected'],
      ['foot_left', 'suspected'],
      ['foot_right', 'suspected'],
    ])
    expect(twin.map.ruledOut.map((r) => r.source.id)).toEqual(['edge-st-refuted'])
  })
})
