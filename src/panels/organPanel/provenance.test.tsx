// @vitest-environment jsdom
/**
 * What the details show about where each finding came from and why it is where it is (docs/reliability.md): D4 a
 * body site that disagrees with the code (both named), D5 systemic conditions (the rule's note, listed under whole
 * body too), D8 every painted place leads to the resources behind it (id, date, status), D11 fifty conditions in one
 * organ (one organ, a count, a list), D12 one concept from two sources (both kept, each with its own record), D14 the
 * records not shown, with why. D8 (every painted place) is in sceneProvenance.test.tsx.
 */
import type { Resource } from '@medplum/fhirtypes'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { BodyMap } from '../BodyMap.tsx'
import { HiddenDisclosure } from '../Notices.tsx'
import { TwinContext } from '../../twin/TwinContext.tsx'
import type { TwinStore } from '../../twin/twinStore.ts'
import { condition, storeOfResources } from '../../../tests/fixtures/fhirConditions.ts'
import { OrganPanel, type PanelTarget } from './OrganPanel.tsx'

afterEach(cleanup)

function renderPanel(store: TwinStore, target: PanelTarget) {
  return render(
    <TwinContext value={store}>
      <OrganPanel target={target} onClose={() => undefined} />
    </TwinContext>,
  )
}

/** The "why here?" text of one listed finding. */
function whyHere(container: HTMLElement, id: string): string {
  const item = container.querySelector(`[data-finding="${id}"]`)
  return item?.querySelector('dd .muted')?.textContent ?? ''
}

describe('D4 body site and code disagree', () => {
  const asthmaAtHeart = condition('c1', '195967001', 'Asthma', '2020-05-01', {
    bodySite: { code: '80891009', display: 'Heart' },
  })

  it('D4 the details name the recorded body site that placed it and where the code alone would place it', () => {
    const { store } = storeOfResources([asthmaAtHeart])
    store.getState().setMode('clinician')
    const { container } = renderPanel(store, 'heart')
    expect(whyHere(container, 'Condition/c1')).toBe(
      'Shown at the heart because the record names the body site SNOMED CT 80891009. The record itself names this ' +
        'body site. Its code alone would place it at the left lung and the right lung (the record codes it SNOMED CT ' +
        '195967001); the body site recorded with it comes first.',
    )
    cleanup()
    // and it is not shown at the lungs as well: one place, the recorded one
    const lungs = renderPanel(store, 'lung_left')
    expect(lungs.container.querySelector('[data-finding="Condition/c1"]')).toBeNull()
  })

  it('D4 the same in Spanish', () => {
    const { store } = storeOfResources([asthmaAtHeart])
    store.getState().setMode('clinician')
    store.getState().setLocale('es')
    const { container } = renderPanel(store, 'heart')
    expect(whyHere(container, 'Condition/c1')).toMatch(
      /Por su código solo, se mostraría en .*pulmón izquierdo.* \(el historial lo codifica como SNOMED CT 195967001\); la localización corporal anotada con él va primero\.$/,
    )
  })
})

describe('D5 systemic conditions', () => {
  it('D5 hypertension is shown at the blood vessels with its rule, and listed under whole body too', () => {
    const { store } = storeOfResources([condition('h1', '38341003', 'Hypertension', '2019-03-02')])
    store.getState().setMode('clinician')
    const aorta = renderPanel(store, 'aorta')
    expect(whyHere(aorta.container, 'Condition/h1')).toBe(
      'Shown at the main artery (aorta) because the record codes it SNOMED CT 38341003. High blood pressure is shown ' +
        'at the blood vessels; the model shows the arteries as the aorta. It also concerns the whole body.',
    )
    cleanup()
    const whole = renderPanel(store, 'whole_body')
    const also = screen.getByRole('heading', { name: 'Also concerns this area (1)' }).closest('section')
    expect(within(also as HTMLElement).getByText('Hypertension')).toBeTruthy()
    expect(whole.container.querySelectorAll('[data-finding="Condition/h1"]')).toHaveLength(1)
  })
})

describe('D11 fifty conditions in one organ', () => {
  const HEART = [
    ['49436004', 'Atrial fibrillation'],
    ['84114007', 'Heart failure'],
    ['60573004', 'Aortic valve stenosis'],
    ['60234000', 'Aortic valve regurgitation'],
    ['410429000', 'Cardiac arrest'],
  ] as const
  const fifty = Array.from({ length: 50 }, (_, i) => {
    const [code, text] = HEART[i % HEART.length] ?? HEART[0]
    const day = String((i % 28) + 1).padStart(2, '0')
    return condition(`h${String(i)}`, code, `${text} ${String(i + 1)}`, `${String(1980 + (i % 40))}-01-${day}`)
  })

  it('D11 fifty conditions in one region give one organ in the list, a count and an accessible list of all fifty', () => {
    const { store } = storeOfResources(fifty)
    store.getState().setMode('clinician')
    // the body map: the heart once, with its count in words for screen readers
    const map = render(
      <TwinContext value={store}>
        <BodyMap />
      </TwinContext>,
    )
    expect(screen.getAllByRole('button', { name: 'Heart' })).toHaveLength(1)
    const heartRow = screen.getByRole('button', { name: 'Heart' }).closest('li')
    expect(heartRow?.querySelector('.organ-count')?.textContent).toBe(' (50)')
    expect(heartRow?.querySelector('.visually-hidden')?.textContent).toBe(', 50 items recorded here')
    expect(map.container.querySelectorAll('.organ-count')).toHaveLength(1)
    cleanup()
    renderPanel(store, 'heart')
    const group = screen.getByRole('heading', { name: 'Conditions recorded here (50)' }).closest('section')
    const items = within(group as HTMLElement).getAllByRole('listitem')
    expect(items).toHaveLength(50)
    // every one by its own name and its own record, none merged into another
    const names = items.map((li) => li.querySelector('.event-text')?.textContent ?? '')
    expect(new Set(names).size).toBe(50)
    const records = items.map((li) => li.querySelector('dl.source dd code')?.textContent)
    expect(records.sort()).toEqual(fifty.map((c) => `Condition/${c.id ?? ''}`).sort())
  })
})

describe('D12 the same concept from two sources', () => {
  it('D12 two records of one code from two sources are both listed, each with its own record; one id repeated is one', () => {
    const gp = condition('gp-af', '49436004', 'Atrial fibrillation', '2021-02-03', {
      meta: { source: 'http://gp.example/fhir' },
    })
    const hospital = condition('hosp-af', '49436004', 'Atrial fibrillation', '2021-02-05', {
      meta: { source: 'http://hospital.example/fhir' },
    })
    const { store, twin } = storeOfResources([gp, hospital, { ...gp }])
    store.getState().setMode('clinician')
    const { container } = renderPanel(store, 'heart')
    const items = [...container.querySelectorAll('[data-finding]')]
    expect(items.map((li) => li.getAttribute('data-finding'))).toEqual(['Condition/gp-af', 'Condition/hosp-af'])
    expect(items.map((li) => li.querySelector('dl.source dd code')?.textContent)).toEqual([
      'Condition/gp-af',
      'Condition/hosp-af',
    ])
    expect(items.map((li) => li.querySelectorAll('dl.source dd')[2]?.textContent)).toEqual([
      '3 February 2021',
      '5 February 2021',
    ])
    // only the copy with the identical resource identity was set aside, and it is disclosed
    expect(twin.record.hidden).toEqual([
      { reference: 'Condition/gp-af', reason: 'duplicate', detail: expect.any(String) as string },
    ])
  })
})

describe('D14 records not shown', () => {
  it('D14 entered in error, another patient, an unsupported kind, an unreadable item and a repeated copy are each counted with why', () => {
    const resources = [
      condition('ok', '49436004', 'Atrial fibrillation', '2021-02-03'),
      condition('eie', '84114007', 'Heart failure', '2021-02-03', { verification: 'entered-in-error' }),
      condition('other', '84114007', 'Heart failure', '2021-02-03', { subject: 'Patient/p2' }),
      condition('refuted', '84114007', 'Heart failure', '2021-02-03', { verification: 'refuted' }),
      { resourceType: 'Basic', id: 'b1' },
      { resourceType: 'Condition' },
      condition('ok', '49436004', 'Atrial fibrillation', '2021-02-03'),
    ] as Resource[]
    const { store } = storeOfResources(resources)
    const { container } = render(
      <TwinContext value={store}>
        <HiddenDisclosure />
      </TwinContext>,
    )
    expect(container.querySelector('summary')?.textContent).toBe('5 records not shown. Why?')
    expect([...container.querySelectorAll('li')].map((li) => li.textContent).sort()).toEqual([
      '1 belonging to a different patient.',
      '1 marked as entered in error.',
      '1 of a kind this app does not show.',
      '1 repeated copies of the same item.',
      '1 that could not be read.',
    ])
    act(() => {
      store.getState().setLocale('es')
    })
    expect(container.querySelector('summary')?.textContent).toBe('5 registros no se muestran. ¿Por qué?')
    cleanup()
    // the refuted condition is not hidden: it is listed as ruled out, never as present
    renderPanel(store, 'unplaced')
    const ruledOut = screen.getByRole('heading', {
      name: /^Descartado en el historial \(1\)$|^Ruled out in the record \(1\)$/,
    })
    expect(within(ruledOut.closest('section') as HTMLElement).getByText('Heart failure')).toBeTruthy()
  })
})
