// @vitest-environment jsdom
/**
 * D9 (docs/reliability.md): the twin's header says when the shown record was read and where from ("Information as
 * of {time} from {source}"), in English and Spanish, for a record system, a file and a health link, also when the
 * host shows the patient (no banner); while the next record loads nothing of the earlier one is shown.
 */
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildTwin } from '../twin/buildTwin.ts'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type RecordSource, type TwinStore } from '../twin/twinStore.ts'
import { TwinHeader } from './TwinHeader.tsx'

afterEach(cleanup)
// jsdom has no matchMedia; the header's menu asks whether the screen is wide.
beforeEach(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: true,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList
})

const SERVER: RecordSource = { kind: 'server', baseUrl: 'http://127.0.0.1:8080/fhir' }

function load(store: TwinStore, source: RecordSource, asOf: string): () => void {
  const generation = store.getState().startLoading('p1', source)
  return () => {
    const twin = buildTwin([{ resourceType: 'Patient', id: 'p1', name: [{ text: 'Ana Test' }] }], {
      asOf,
      patientId: 'p1',
    })
    store.getState().recordLoaded(generation, twin, [], [])
  }
}

function renderHeader(store: TwinStore, showPatient = true) {
  return render(
    <TwinContext value={store}>
      <TwinHeader onPrint={() => undefined} onShowGuide={() => undefined} onClose={null} showPatient={showPatient} />
    </TwinContext>,
  )
}

const asOfLine = (container: HTMLElement): string | null => container.querySelector('.twin-as-of')?.textContent ?? null

describe('D9 information as of', () => {
  it('D9 the header names the time and the source of the shown record, in English and Spanish', () => {
    const store = createTwinStore(SERVER)
    load(store, SERVER, '2026-03-04T09:05:00.000Z')()
    const { container } = renderHeader(store, false)
    expect(asOfLine(container)).toBe(
      'Information as of 4 March 2026, 09:05 UTC from the record system at http://127.0.0.1:8080/fhir.',
    )
    act(() => {
      store.getState().setLocale('es')
    })
    expect(asOfLine(container)).toBe(
      'Información a fecha de 4 de marzo de 2026, 09:05 UTC del sistema de historiales en http://127.0.0.1:8080/fhir.',
    )
  })

  it('D9 a file and a health link are named as the source', () => {
    const store = createTwinStore(SERVER)
    load(store, { kind: 'file', fileName: 'record.json' }, '2026-03-04T09:05:00.000Z')()
    const { container } = renderHeader(store)
    expect(asOfLine(container)).toBe('Information as of 4 March 2026, 09:05 UTC from the file record.json.')
    act(() => {
      load(store, { kind: 'health-link', label: 'From my GP' }, '2026-03-05T10:00:00.000Z')()
    })
    expect(asOfLine(container)).toBe(
      'Information as of 5 March 2026, 10:00 UTC from the SMART Health Link "From my GP".',
    )
  })

  it('D9 nothing stale: while the next record loads neither the earlier time nor the earlier source is shown', () => {
    const store = createTwinStore(SERVER)
    load(store, SERVER, '2026-03-04T09:05:00.000Z')()
    const { container } = renderHeader(store)
    expect(screen.getByText(/^Information as of 4 March 2026, 09:05 UTC/)).toBeTruthy()
    let finish = (): void => undefined
    act(() => {
      finish = load(store, { kind: 'file', fileName: 'next.json' }, '2026-03-04T09:07:00.000Z')
    })
    expect(asOfLine(container)).toBeNull()
    expect(container.textContent).not.toContain('09:05')
    expect(container.textContent).not.toContain('127.0.0.1')
    act(finish)
    expect(asOfLine(container)).toBe('Information as of 4 March 2026, 09:07 UTC from the file next.json.')
    // and the time is the record's own reading time, not one kept from before (closing the record clears it)
    act(() => {
      store.getState().closeRecord()
    })
    expect(asOfLine(container)).toBeNull()
  })
})
