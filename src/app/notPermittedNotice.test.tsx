// @vitest-environment jsdom
/**
 * B4 (docs/reliability.md): a search the record system refused (403) is named in the notice in plain words, in
 * English and Spanish, next to what did load; the outcomes are those src/app/controller.network.test.ts gets from the
 * real server with a 403 fault.
 */
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MissingNotice } from '../panels/Notices.tsx'
import { buildTwin } from '../twin/buildTwin.ts'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
import { missingCategories } from './controller.ts'

afterEach(cleanup)

describe('B4 the notice names the refused category', () => {
  it('B4 403 on Conditions reads "not shown: not allowed to see them", and a 500 still reads "could not be loaded"', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://127.0.0.1/fhir' })
    const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://127.0.0.1/fhir' })
    const twin = buildTwin([{ resourceType: 'Patient', id: 'p1' }], { asOf: '2026-01-01T00:00:00Z', patientId: 'p1' })
    const missing = missingCategories([
      { resourceType: 'Condition', status: 'failed', count: 0, message: 'refused', httpStatus: 403 },
      { resourceType: 'Procedure', status: 'failed', count: 0, message: 'HTTP 500', httpStatus: 500 },
      { resourceType: 'Observation', status: 'loaded', count: 3, message: null, httpStatus: null },
    ])
    store.getState().recordLoaded(generation, twin, missing, [])
    const { container } = render(
      <TwinContext.Provider value={store}>
        <MissingNotice />
      </TwinContext.Provider>,
    )
    const items = (): string[] => [...container.querySelectorAll('li')].map((li) => li.textContent)
    expect(items()).toEqual([
      'Conditions are not shown: the record system does not allow this app to see them (HTTP 403).',
      'Procedures could not be loaded (HTTP 500).',
    ])
    act(() => {
      store.getState().setLocale('es')
    })
    expect(items()[0]).toMatch(
      /no se muestran: el sistema de historiales no permite que esta aplicación los vea \(HTTP 403\)\.$/,
    )
  })
})
