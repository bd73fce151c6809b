// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { cleanup, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { OrganPanel, type PanelTarget } from './OrganPanel.tsx'

function storeWith(file: string): TwinStore {
  const bundle = JSON.parse(readFileSync(`fhir-fixtures/edge/${file}`, 'utf8')) as { entry: { resource: Resource }[] }
  const record = normaliseRecord(
    bundle.entry.map((e) => e.resource),
    { asOf: '2026-01-01T00:00:00Z' },
  )
  const store = createTwinStore({ kind: 'file', fileName: file })
  const generation = store.getState().startLoading(null, { kind: 'file', fileName: file })
  store.getState().recordLoaded(generation, record, [], [])
  return store
}

function renderPanel(store: TwinStore, target: PanelTarget) {
  return render(
    <TwinContext value={store}>
      <OrganPanel target={target} onClose={() => undefined} />
    </TwinContext>,
  )
}

afterEach(cleanup)

describe('OrganPanel with recorded measurements only (edge-risk-factors.json)', () => {
  it('shows the recorded BMI with its own reference range, the guideline only as a cited table, and no condition', () => {
    renderPanel(storeWith('edge-risk-factors.json'), 'whole_body')
    const bmi = screen.getByText('Body mass index (BMI)').closest('li')
    expect(bmi).not.toBeNull()
    const item = within(bmi as HTMLElement)
    expect(item.getByText(/^Latest: 31\.2 kg\/m2 on /)).toBeTruthy()
    expect(item.getByText("The record's reference range: 18.5 to 24.9")).toBeTruthy()
    // the WHO table is offered whole, in a folded reference section, never as a label about this value
    expect(item.getByText('Reference table: WHO adult BMI classification (kg/m2)')).toBeTruthy()
    expect(item.getByText('A static, cited table for reference. It is not applied to these values.')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: /^Conditions recorded here/ })).toBeNull()
  })

  it('says which measurements that concern the kidneys are not recorded', () => {
    renderPanel(storeWith('edge-risk-factors.json'), 'kidney_left')
    expect(screen.getByText('Nothing in the record is placed here.')).toBeTruthy()
    expect(screen.getAllByText(/^Not recorded: /).map((e) => e.textContent)).toEqual([
      'Not recorded: Estimated glomerular filtration rate (eGFR).',
      'Not recorded: Creatinine.',
      'Not recorded: Urine albumin/creatinine ratio.',
    ])
  })

  it('lists the refuted condition only under "Ruled out in the record" in the not-placed panel', () => {
    renderPanel(storeWith('edge-statuses.json'), 'unplaced')
    const ruledOut = screen.getByRole('heading', { name: 'Ruled out in the record (1)' }).closest('section')
    expect(within(ruledOut as HTMLElement).getByText('Ruled out pneumonia')).toBeTruthy()
    expect(screen.queryByText(/Entered by mistake/)).toBeNull()
  })
})
