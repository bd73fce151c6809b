// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Condition, Observation, Patient, Resource } from '@medplum/fhirtypes'
import { cleanup, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../../twin/twinStore.ts'
import { buildTwin } from '../../twin/buildTwin.ts'
import { OrganPanel, type PanelTarget } from './OrganPanel.tsx'

function storeWith(file: string): TwinStore {
  const bundle = JSON.parse(readFileSync(`fhir-fixtures/edge/${file}`, 'utf8')) as { entry: { resource: Resource }[] }
  return storeOf(
    bundle.entry.map((e) => e.resource),
    file,
  )
}

function storeOf(resources: Resource[], file: string): TwinStore {
  const twin = buildTwin(resources, { asOf: '2026-01-01T00:00:00Z' })
  const store = createTwinStore({ kind: 'file', fileName: file })
  const generation = store.getState().startLoading(null, { kind: 'file', fileName: file })
  store.getState().recordLoaded(generation, twin, [], [])
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
    expect(item.getByText(/^Latest: 31\.2 kg\/m² on /)).toBeTruthy()
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

describe('OrganPanel says when the 3D shape of a part is approximate (STYLE.md §3)', () => {
  const STAND_IN_EN = 'The 3D shape of this part is approximate and illustrative, not anatomical data.'
  const STAND_IN_ES = 'La forma en 3D de esta parte es aproximada e ilustrativa; no procede de datos anatómicos.'
  const DERIVED_EN = 'The 3D shape of this part is approximate: reconstructed from neighbouring anatomy.'
  const DERIVED_ES = 'La forma en 3D de esta parte es aproximada: está reconstruida a partir de la anatomía vecina.'
  const PART_EN = 'Part of this 3D shape is approximate and illustrative, not anatomical data.'
  const ANY_NOTE = /^The 3D shape of this part is approximate|^Part of this 3D shape is approximate/

  function panelText(target: PanelTarget, mode: 'patient' | 'clinician', locale: 'en' | 'es'): string[] {
    const store = storeWith('edge-risk-factors.json')
    store.getState().setMode(mode)
    store.getState().setLocale(locale)
    const { container } = renderPanel(store, target)
    const notes = [...container.querySelectorAll('.model-shape-note')].map((e) => e.textContent)
    cleanup()
    return notes
  }

  it('shows the stand-in line for the spinal cord and the thyroid in both modes, in English and Spanish', () => {
    for (const target of ['spinal_cord', 'thyroid'] as const) {
      for (const mode of ['patient', 'clinician'] as const) {
        expect(panelText(target, mode, 'en'), `${target} ${mode}`).toEqual([STAND_IN_EN])
        expect(panelText(target, mode, 'es'), `${target} ${mode}`).toEqual([STAND_IN_ES])
      }
    }
  })

  it('shows the reconstructed line for the lungs and the skin, and the part line for the nose and sinuses', () => {
    for (const target of ['lung_left', 'lung_right', 'skin'] as const) {
      expect(panelText(target, 'patient', 'en'), target).toEqual([DERIVED_EN])
      expect(panelText(target, 'clinician', 'es'), target).toEqual([DERIVED_ES])
    }
    expect(panelText('nose_sinuses', 'patient', 'en')).toEqual([PART_EN])
  })

  it('shows the line once, right under the heading, as visible text', () => {
    renderPanel(storeWith('edge-risk-factors.json'), 'spinal_cord')
    const heading = screen.getByRole('heading', { name: 'Spinal cord' })
    const note = screen.getByText(STAND_IN_EN)
    expect(note.tagName).toBe('P')
    expect(heading.closest('.panel-head')?.nextElementSibling).toBe(note)
  })

  it('shows no such line for organs drawn from anatomical data or for the off-body lists', () => {
    for (const target of ['heart', 'kidney_left', 'uterus', 'whole_body', 'life', 'family', 'unplaced'] as const) {
      for (const mode of ['patient', 'clinician'] as const) {
        expect(panelText(target, mode, 'en'), `${target} ${mode}`).toEqual([])
        expect(panelText(target, mode, 'es'), `${target} ${mode}`).toEqual([])
      }
    }
    renderPanel(storeWith('edge-risk-factors.json'), 'heart')
    expect(screen.queryByText(ANY_NOTE)).toBeNull()
  })
})

describe('OrganPanel states time and certainty plainly, and rounds values (issue 11)', () => {
  const patient: Patient = { resourceType: 'Patient', id: 'p' }
  const lung: Condition = {
    resourceType: 'Condition',
    id: 'suspected-lung',
    subject: { reference: 'Patient/p' },
    clinicalStatus: { coding: [{ code: 'active' }] },
    verificationStatus: { coding: [{ code: 'confirmed' }] },
    code: { coding: [{ system: 'http://snomed.info/sct', code: '162573006', display: 'Suspected lung cancer' }] },
    onsetDateTime: '1965-04-02',
  }
  const bmi: Observation = {
    resourceType: 'Observation',
    id: 'bmi',
    status: 'final',
    subject: { reference: 'Patient/p' },
    code: { coding: [{ system: 'http://loinc.org', code: '39156-5', display: 'Body mass index' }] },
    effectiveDateTime: '2020-01-02',
    valueQuantity: { value: 31.23456789, unit: 'kg/m2', system: 'http://unitsofmeasure.org', code: 'kg/m2' },
    referenceRange: [{ low: { value: 18.5, unit: 'kg/m2' }, high: { value: 24.9, unit: 'kg/m2' } }],
  }

  it('a code that records a suspicion: tagged suspected, "The code records a suspicion", never "Confirmed"', () => {
    renderPanel(storeOf([patient, lung], 'lung.json'), 'lung_left')
    const row = screen.getByText('Suspected lung cancer').closest('li') as HTMLElement
    expect(within(row).getByText('Suspected').className).toContain('tag-suspected')
    expect(row.querySelector('.event-meta')?.textContent).toBe(
      'Recorded as active since 1965; the record has no end date. The code records a suspicion. · Side not recorded',
    )
    expect(row.textContent).not.toMatch(/(^|\. )Confirmed/)
  })

  it('the clinician view keeps the exact date; Spanish words it the same way', () => {
    const store = storeOf([patient, lung], 'lung.json')
    store.getState().setMode('clinician')
    store.getState().setLocale('es')
    const { container } = renderPanel(store, 'lung_left')
    expect(container.querySelector('.finding .event-meta')?.textContent).toMatch(
      /^Registrado como activo desde 2 de abril de 1965; el historial no tiene fecha de fin\. El propio código registra una sospecha\./,
    )
  })

  it('a risk factor value is rounded and its unit written as people know it', () => {
    renderPanel(storeOf([patient, bmi], 'bmi.json'), 'whole_body')
    const item = within(screen.getByText('Body mass index (BMI)').closest('li') as HTMLElement)
    expect(item.getByText(/^Latest: 31\.2 kg\/m² on 2 January 2020/)).toBeTruthy()
    expect(item.getByText("The record's reference range: 18.5–24.9 kg/m²")).toBeTruthy()
  })
})
