// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { twinFromRecord } from '../twin/twinFromRecord.ts'
import { placeDetails } from '../twin/placeDetails.ts'
import { translate } from '../i18n/translate.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { concept, cond } from '../../tests/fixtures/mappingInputs.ts'
import { PlacementItem } from './organPanel/PlacementItem.tsx'
import { PrintSummary } from './PrintSummary.tsx'

// The lay tables are filled row by row as data; the views are tested against a fixed row.
vi.mock('../i18n/layNames/layName.ts', () => ({
  layNameOf: (c: { codes: readonly { code: string }[] }, _text: string, _kind: string, locale: string) =>
    c.codes[0]?.code === '49436004'
      ? {
          text: locale === 'es' ? 'Fibrilación auricular' : 'Irregular heartbeat',
          topic: null,
          from: 'snomed-condition',
        }
      : null,
}))

const AF = concept(SYSTEMS.snomed, '49436004', 'Atrial fibrillation (disorder)')
const HEART_FAILURE = concept(SYSTEMS.snomed, '84114007', 'Heart failure (disorder)')

function twin() {
  return twinFromRecord(
    emptyRecord({
      patient: {
        id: 'p1',
        reference: 'Patient/p1',
        name: 'Test Patient',
        gender: 'male',
        birthDate: null,
        deceased: null,
      },
      conditions: [cond('af', AF), cond('hf', HEART_FAILURE)],
    }),
  )
}

function storeOf(): TwinStore {
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, twin(), [], [])
  return store
}

const ALL = { activeOnly: false, showLifeAndContext: true, category: 'all' } as const

afterEach(() => {
  cleanup()
})

describe('plain words in the organ panel and the print summary', () => {
  it('lists a placed finding by its lay name with the record text beneath it; clinicians see the text as recorded', () => {
    const rows = placeDetails(twin(), 'heart', null, ALL).conditions
    expect(rows.map((r) => r.item.id)).toEqual(['Condition/af', 'Condition/hf'])
    const ctx = {
      t: (k: Parameters<typeof translate>[1]) => translate('en', k),
      locale: 'en',
      mode: 'patient',
      asOf: '2026-01-01',
    } as const
    const { container, rerender } = render(
      <ul>
        {rows.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={ctx} />
        ))}
      </ul>,
    )
    const texts = () => [...container.querySelectorAll('.finding > .event-text')].map((e) => e.textContent)
    expect(texts()).toEqual(['Irregular heartbeat As recorded: Atrial fibrillation', 'Heart failure'])
    expect(container.querySelector('.lay-name')?.getAttribute('data-lay-name')).toBe('snomed-condition')
    expect(container.querySelector('.record-text')?.textContent).toBe('Atrial fibrillation')
    rerender(
      <ul>
        {rows.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={{ ...ctx, mode: 'clinician' }} />
        ))}
      </ul>,
    )
    // the codes are in the source shown beside each finding in clinician mode, not repeated in the name
    expect(texts()).toEqual(['Atrial fibrillation (disorder)', 'Heart failure (disorder)'])
    expect(container.querySelector('.lay-name')).toBeNull()
  })

  it('prints the lay name with its status and the record text beneath it, with no semantic tag for patients', () => {
    const store = storeOf()
    const { container } = render(
      <TwinContext value={store}>
        <PrintSummary onBack={() => undefined} takeSnapshot={() => null} />
      </TwinContext>,
    )
    const findings = () => [...container.querySelectorAll('.print-findings dd')].map((dd) => dd.textContent)
    expect(findings()).toEqual([
      'Irregular heartbeat: Recorded as active since 2020; the record has no end date. Confirmed. As recorded: Atrial fibrillation',
      'Heart failure: Recorded as active since 2020; the record has no end date. Confirmed.',
    ])
    expect(container.textContent).not.toMatch(/\((finding|disorder|procedure|situation)\)/)
    act(() => {
      store.getState().setLocale('es')
    })
    expect(screen.getAllByText('Fibrilación auricular')[0]?.className).toBe('lay-name')
    act(() => {
      store.getState().setMode('clinician')
    })
    expect(container.querySelector('.lay-name')).toBeNull()
    expect(findings()[0]).toMatch(/^Atrial fibrillation \(disorder\): .+ SNOMED CT\|49436004 Condition\/af$/)
  })
})
