// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { twinFromRecord } from '../twin/twinFromRecord.ts'
import { SYSTEMS } from '../timeline/codes.ts'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { concept, cond, NO_TIME, proc, TIME } from '../../tests/fixtures/mappingInputs.ts'
import { RecordView } from './RecordView.tsx'

// The lay tables are filled row by row as data; the view is tested against fixed rows.
vi.mock('../i18n/layNames/layName.ts', () => ({
  layNameOf: (c: { codes: readonly { code: string }[] }, _text: string, kind: string, locale: string) => {
    const code = c.codes[0]?.code
    if (code === '162864005' && kind === 'condition')
      return {
        text: locale === 'es' ? 'Índice de masa corporal de 30 o más' : 'Body mass index 30 or more',
        topic: null,
        from: 'snomed-condition',
      }
    if (code === '180325003' && kind === 'procedure')
      return {
        text: locale === 'es' ? 'Cardioversión eléctrica' : 'Heart rhythm reset',
        topic: null,
        from: 'snomed-procedure',
      }
    return null
  },
}))

const on = (day: string) => ({ ...TIME, start: { value: day, precision: 'day' as const }, end: null })
const CARDIOVERSION = concept(SYSTEMS.snomed, '180325003', 'Electrical cardioversion (procedure)')
const ECHO = concept(SYSTEMS.snomed, '40701008', 'Echocardiography (procedure)')

function storeWithRecord(): TwinStore {
  const record = emptyRecord({
    patient: {
      id: 'p1',
      reference: 'Patient/p1',
      name: 'Test Patient',
      gender: 'female',
      birthDate: null,
      deceased: null,
    },
    conditions: [
      cond('bmi', concept(SYSTEMS.snomed, '162864005', 'Body mass index 30+ - obesity (finding)')),
      cond('hip', concept(SYSTEMS.snomed, '5913000', 'Fracture of neck of femur (disorder)')),
    ],
    procedures: [
      proc('c1', CARDIOVERSION, { time: on('1995-03-01') }),
      proc('e1', ECHO, { time: on('2010-06-01') }),
      proc('c2', CARDIOVERSION, { time: on('2001-11-20') }),
      proc('c3', CARDIOVERSION, { time: on('1998-01-05') }),
      proc('u1', concept(null, null, 'Wound dressing'), { time: NO_TIME, status: null }),
    ],
  })
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, twinFromRecord(record), [], [])
  return store
}

const procedures = () => screen.getByRole('region', { name: 'Procedures (5)' })
/** The top-level rows of a list: each group's line or the single item's text and meta. */
const rows = (list: HTMLElement) =>
  [...list.querySelectorAll(':scope > ul > li')].map((li) => [
    li.querySelector('.event-text')?.textContent,
    li.querySelector('.event-meta')?.textContent,
  ])

/** Opens a group's details as the user does; its dated rows render on the `toggle` event (issue 15). */
async function openGroup(group: HTMLElement): Promise<void> {
  await act(async () => {
    ;(group.querySelector('details') as HTMLDetailsElement).open = true
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

afterEach(() => {
  cleanup()
})

describe('RecordView: dense history and plain words', () => {
  it('groups repeated procedures into one line, most recent group first, opening to its dated items newest first', async () => {
    const store = storeWithRecord()
    const { container } = render(
      <TwinContext value={store}>
        <RecordView />
      </TwinContext>,
    )
    expect(rows(procedures())).toEqual([
      ['Echocardiography', '1 June 2010 · Status: completed'],
      ['Heart rhythm reset As recorded: Electrical cardioversion', '× 3, 1995–2001'],
      ['Wound dressing', 'Date not recorded'],
    ])
    const group = procedures().querySelector('li.event-group') as HTMLElement
    expect(group.querySelector('details')?.open).toBe(false)
    expect(within(group).getByText('Heart rhythm reset').getAttribute('data-lay-name')).toBe('snomed-procedure')
    await openGroup(group)
    expect(
      [...group.querySelectorAll('.group-items > li')].map((li) => [li.getAttribute('data-reference'), li.textContent]),
    ).toEqual([
      ['Procedure/c2', '20 November 2001 · Status: completed'],
      ['Procedure/c3', '5 January 1998 · Status: completed'],
      ['Procedure/c1', '1 March 1995 · Status: completed'],
    ])
    // patient mode: no semantic tag anywhere, the lay name first and the record's text beneath it
    expect(container.textContent).not.toMatch(/\((finding|disorder|procedure|situation)\)/)
    const bmi = screen.getByText('Body mass index 30 or more').closest('li') as HTMLElement
    expect(bmi.querySelector('.lay-name')?.getAttribute('data-lay-name')).toBe('snomed-condition')
    expect(bmi.querySelector('.record-text')?.textContent).toBe('Body mass index 30+ - obesity')
    expect(bmi.querySelector('.visually-hidden')?.textContent).toBe('As recorded: ')
    // no lay name listed: the record's text alone, tag dropped
    const hip = screen.getByText('Fracture of neck of femur').closest('li') as HTMLElement
    expect(hip.querySelector('.lay-name, .record-text')).toBeNull()
    expect(container.querySelectorAll('.lay-name')).toHaveLength(2)
  })

  it('shows clinicians the text as recorded with its codes and no lay name; Spanish patients the Spanish name', async () => {
    const store = storeWithRecord()
    const { container } = render(
      <TwinContext value={store}>
        <RecordView />
      </TwinContext>,
    )
    act(() => {
      store.getState().setMode('clinician')
    })
    expect(container.querySelectorAll('.lay-name')).toHaveLength(0)
    expect(rows(procedures()).map((r) => r[0])).toEqual([
      'Echocardiography (procedure) SNOMED CT|40701008',
      'Electrical cardioversion (procedure) SNOMED CT|180325003',
      'Wound dressing',
    ])
    await openGroup(procedures().querySelector('li.event-group') as HTMLElement)
    const c2 = procedures().querySelector('[data-reference="Procedure/c2"]') as HTMLElement
    expect(c2.querySelector('.event-source')?.textContent).toBe('Procedure/c2')
    // the record's text is in its own <bdi> (C28); the row's text holds it and the codes
    expect(screen.getByText(/^Body mass index 30\+ - obesity \(finding\)/).closest('.event-text')?.textContent).toBe(
      'Body mass index 30+ - obesity (finding) SNOMED CT|162864005',
    )
    act(() => {
      store.getState().setMode('patient')
      store.getState().setLocale('es')
    })
    expect(rows(screen.getByRole('region', { name: 'Procedimientos (5)' }))[1]).toEqual([
      'Cardioversión eléctrica Tal como consta: Electrical cardioversion',
      '× 3, 1995–2001',
    ])
    expect(screen.getByText('Índice de masa corporal de 30 o más').className).toBe('lay-name')
    expect(container.querySelector('.visually-hidden')?.textContent).toBe('Tal como consta: ')
  })
})
