import { describe, expect, it } from 'vitest'
import { createTwinStore } from './twinStore.ts'
import { emptyRecord as blank } from '../../tests/fixtures/testBundles.ts'
import { twinFromRecord } from './twinFromRecord.ts'

const emptyRecord = (asOf: string) => twinFromRecord(blank({ asOf }))

describe('twin store', () => {
  it('discards a late response for an earlier patient (wrong-patient guard)', () => {
    // given: patient A starts loading, then patient B
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const a = store.getState().startLoading('A', { kind: 'server', baseUrl: 'http://x/fhir' })
    const b = store.getState().startLoading('B', { kind: 'server', baseUrl: 'http://x/fhir' })
    // when: A's record arrives after B was requested
    store.getState().recordLoaded(a, emptyRecord('A-time'), [], [])
    // then: nothing of A is shown
    expect(store.getState().twin).toBeNull()
    expect(store.getState().status).toBe('loading')
    store.getState().recordLoaded(b, emptyRecord('B-time'), [], [])
    expect(store.getState().twin?.record.asOf).toBe('B-time')
    expect(store.getState().patientId).toBe('B')
  })

  it('clears everything of the previous patient on close', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const g = store.getState().startLoading('A', { kind: 'server', baseUrl: 'http://x/fhir' })
    store
      .getState()
      .recordLoaded(
        g,
        emptyRecord('t'),
        [{ section: 'immunization', category: 'Immunization', status: 'failed', message: 'x' }],
        ['w'],
      )
    store.getState().selectOrgan('heart')
    store.getState().closeRecord()
    const s = store.getState()
    expect([s.twin, s.patientId, s.selectedOrganId, s.status]).toEqual([null, null, null, 'idle'])
    expect([s.missing, s.warnings]).toEqual([[], []])
    // a late answer for the closed patient is ignored
    store.getState().recordLoaded(g, emptyRecord('late'), [], [])
    expect(store.getState().twin).toBeNull()
  })

  it('counts every selection of a place, the same place again included (the bottom sheet opens on each)', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    store.getState().selectOrgan('heart')
    store.getState().selectOrgan('heart')
    store.getState().selectOrgan(null)
    store.getState().selectRegion('mind')
    expect(store.getState().selectionCount).toBe(3)
    expect([store.getState().selectedOrganId, store.getState().selectedRegion]).toEqual([null, 'mind'])
  })

  it('clamps the x-ray opacity and numbers view requests', () => {
    const store = createTwinStore({ kind: 'file', fileName: 'x.json' })
    store.getState().setSkinOpacity(3)
    expect(store.getState().skinOpacity).toBe(1)
    store.getState().setSkinOpacity(Number.NaN)
    expect(store.getState().skinOpacity).toBe(0.25)
    store.getState().requestView('reset')
    store.getState().requestView('reset')
    expect(store.getState().viewRequest).toEqual({ seq: 2, kind: 'reset' })
    store.getState().setLayerVisible('skeleton', false)
    expect(store.getState().layers).toEqual({ skin: true, skeleton: false, organs: true, vessels: true })
  })
})
