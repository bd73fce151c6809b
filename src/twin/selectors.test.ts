import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { buildTwin } from './buildTwin.ts'
import { markingsTwin } from '../../tests/fixtures/markingsTwin.ts'
import {
  conditionView,
  organMarkings,
  placeStatuses,
  removedOrgans,
  sideNotRecordedOrgans,
  strongestStatus,
} from './selectors.ts'
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
    // Checked by hand against the fixture: hypertension (active) is on the aorta; the provisional anaemia is in the
    // blood and bone marrow region (issue 11), suspected; the differential arthritis names no joint, so it is on the joints marker; the
    // refuted pneumonia is listed as ruled out and places nothing.
    expect([...placeStatuses(twin, null, ALL)]).toEqual([
      ['trachea_bronchi', 'resolved'],
      ['aorta', 'active'],
      ['skin', 'active'],
      ['joints', 'suspected'],
      ['blood', 'suspected'],
      ['foot_left', 'suspected'],
      ['foot_right', 'suspected'],
    ])
    expect(twin.map.ruledOut.map((r) => r.source.id)).toEqual(['edge-st-refuted'])
  })
})

describe('markings: side not recorded and recorded as removed', () => {
  const twin = markingsTwin([
    { id: 'amputation', places: ['leg_left'], onset: '2001-05-10', removed: true, side: 'left' },
    { id: 'knee', places: ['knee_left', 'knee_right'], onset: '2015-09-21' },
    { id: 'left-knee', places: ['knee_left'], onset: '2018-03-01', side: 'left' },
    { id: 'chest', places: ['heart', 'lung_left', 'lung_right'], onset: '2010-01-01', clinical: 'resolved' },
    { id: 'eyes-refuted', places: ['eye_left', 'eye_right'], onset: '2010-01-01', verification: 'refuted' },
    { id: 'left-leg', places: ['leg_left'], onset: '2019-01-01', side: 'left' },
  ])
  const sorted = (set: ReadonlySet<string>) => [...set].sort()

  it('marks only paired organs that no painting finding names by its side', () => {
    // knee_left is named by its side from 2018 on; the heart is not paired; refuted findings paint nothing
    expect(sorted(sideNotRecordedOrgans(twin, null, ALL))).toEqual(['knee_right', 'lung_left', 'lung_right'])
    expect(sorted(sideNotRecordedOrgans(twin, '2017-01-01', ALL))).toEqual([
      'knee_left',
      'knee_right',
      'lung_left',
      'lung_right',
    ])
    expect(sorted(sideNotRecordedOrgans(twin, '2000-01-01', ALL))).toEqual([])
    // active only: the resolved chest finding paints nothing
    expect(sorted(sideNotRecordedOrgans(twin, null, { ...ALL, activeOnly: true }))).toEqual(['knee_right'])
  })

  it('marks the parts a finding at the cursor records as removed', () => {
    expect(sorted(removedOrgans(twin, null, ALL))).toEqual(['leg_left'])
    expect(sorted(removedOrgans(twin, '2001-05-09', ALL))).toEqual([])
    expect(sorted(removedOrgans(twin, '2001-05-10', ALL))).toEqual(['leg_left'])
  })

  it('never draws both sides as removed when the record names no side: both legs keep the side-not-recorded mark', () => {
    const unsided = markingsTwin([
      { id: 'amputation', places: ['leg_left', 'leg_right'], onset: '2001-05-10', removed: true },
    ])
    expect(sorted(removedOrgans(unsided, null, ALL))).toEqual([])
    expect([...organMarkings(unsided, null, ALL)].sort()).toEqual([
      ['leg_left', 'side-not-recorded'],
      ['leg_right', 'side-not-recorded'],
    ])
  })

  it('gives one marking per organ, removed winning over side not recorded and over another finding', () => {
    expect([...organMarkings(twin, null, ALL)].sort()).toEqual([
      ['knee_right', 'side-not-recorded'],
      ['leg_left', 'removed'],
      ['lung_left', 'side-not-recorded'],
      ['lung_right', 'side-not-recorded'],
    ])
    // the statuses themselves are unchanged by the markings
    expect(placeStatuses(twin, null, ALL).get('leg_left')).toBe('active')
    expect(placeStatuses(twin, null, ALL).get('lung_left')).toBe('resolved')
    expect(placeStatuses(twin, null, ALL).has('eye_left')).toBe(false)
  })

  it('picks the strongest status in legend order', () => {
    expect(strongestStatus([undefined, 'resolved', 'suspected'])).toBe('suspected')
    expect(strongestStatus(['family-history', 'procedure'])).toBe('procedure')
    expect(strongestStatus([undefined, undefined])).toBeUndefined()
  })
})
