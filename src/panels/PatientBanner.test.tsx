// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { cleanup, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { buildTwin } from '../twin/buildTwin.ts'
import { PatientBanner } from './PatientBanner.tsx'

function storeOf(resources: Resource[]): TwinStore {
  const twin = buildTwin(resources, { asOf: '2026-01-01T00:00:00Z', patientId: 'p1' })
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, twin, [], [])
  return store
}

function bannerFacts(store: TwinStore): { name: string; facts: string[] } {
  render(
    <TwinContext value={store}>
      <PatientBanner />
    </TwinContext>,
  )
  const banner = within(screen.getByRole('region', { name: 'Patient' }))
  const facts = banner.getAllByRole('definition').map((dd) => {
    const term = dd.previousElementSibling?.textContent ?? ''
    return `${term}: ${dd.textContent}`
  })
  return { name: banner.getByRole('heading').textContent, facts }
}

afterEach(cleanup)

describe('the patient banner (C34)', () => {
  it('C34 a Patient without name, gender or birthDate shows "not recorded" for each', () => {
    const { name, facts } = bannerFacts(storeOf([{ resourceType: 'Patient', id: 'p1' }]))
    expect(name).toBe('Name not recorded')
    expect(facts).toEqual(['Sex: Not recorded', 'Born: Not recorded'])
  })

  it('C34 blank names and a blank birthDate read as not recorded; a recorded one is shown', () => {
    const blank = bannerFacts(
      storeOf([{ resourceType: 'Patient', id: 'p1', name: [{ given: [' '], family: '' }], birthDate: ' ' }]),
    )
    expect(blank.name).toBe('Name not recorded')
    expect(blank.facts).toEqual(['Sex: Not recorded', 'Born: Not recorded'])
    cleanup()
    const recorded = bannerFacts(
      storeOf([{ resourceType: 'Patient', id: 'p1', name: [{ family: 'Ng' }], gender: 'female', birthDate: '1970' }]),
    )
    expect(recorded.name).toBe('Ng')
    expect(recorded.facts).toEqual(['Sex: Female', 'Born: 1970'])
  })
})
