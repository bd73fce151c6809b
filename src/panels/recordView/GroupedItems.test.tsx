// @vitest-environment jsdom
/** The record view's groups render their dated rows once first opened, and keep them (issue 15). */
import { afterEach, describe, expect, it } from 'vitest'
import type { Observation, Procedure, Resource } from '@medplum/fhirtypes'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { TwinContext } from '../../twin/TwinContext.tsx'
import type { TwinStore } from '../../twin/twinStore.ts'
import { loadedStore } from '../../../tests/fixtures/loadedStore.ts'
import { RecordView } from '../RecordView.tsx'

const PATIENT: Resource = { resourceType: 'Patient', id: 'p1' }

function storeOf(resources: Resource[]): TwinStore {
  return loadedStore([PATIENT, ...resources])
}

const weight = (id: string, day: string, value: number): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject: { reference: 'Patient/p1' },
  code: { text: 'Body weight' },
  effectiveDateTime: day,
  valueQuantity: { value, unit: 'kg' },
})

const dressing = (id: string, day: string): Procedure => ({
  resourceType: 'Procedure',
  id,
  status: 'completed',
  subject: { reference: 'Patient/p1' },
  code: { text: 'Wound dressing' },
  performedDateTime: day,
})

function view(resources: Resource[]): HTMLElement {
  return render(
    <TwinContext value={storeOf(resources)}>
      <RecordView />
    </TwinContext>,
  ).container
}

/** The group's dated rows in the DOM: reference and text, in document order. */
const rowsOf = (group: Element) =>
  [...group.querySelectorAll('li.event[data-reference]')].map((li) => [
    li.getAttribute('data-reference'),
    li.textContent,
  ])

/** Opens or closes a group as the user does, and lets React handle the `toggle` event. */
async function toggle(details: HTMLDetailsElement, open: boolean): Promise<void> {
  await act(async () => {
    details.open = open
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

afterEach(() => {
  cleanup()
})

describe('record groups render their rows once opened (issue 15)', () => {
  it('a closed series of 3 has no rows and says 3; opened, its 3 values newest first; closed again, it keeps them', async () => {
    const container = view([
      weight('w1', '2019-03-01', 80),
      weight('w3', '2021-05-02', 82),
      weight('w2', '2020-04-03', 81),
    ])
    const group = container.querySelector('#section-observation + ul > li.event-group') as HTMLElement
    const details = group.querySelector('details') as HTMLDetailsElement
    expect(details.open).toBe(false)
    expect(rowsOf(group)).toEqual([])
    expect(group.querySelector('.group-items')).toBeNull()
    expect(group.querySelector('summary .event-meta')?.textContent).toBe('Latest: 82 kg (2 May 2021) · 3 recorded')
    await toggle(details, true)
    expect(rowsOf(group)).toEqual([
      ['Observation/w3', '82 kg (2 May 2021)'],
      ['Observation/w2', '81 kg (3 April 2020)'],
      ['Observation/w1', '80 kg (1 March 2019)'],
    ])
    await toggle(details, false)
    expect(details.open).toBe(false)
    expect(rowsOf(group)).toHaveLength(3)
  })

  it('a repeated event opened with a click on its summary shows its 3 dates newest first', async () => {
    const container = view([dressing('d1', '2001-01-01'), dressing('d2', '2003-01-01'), dressing('d3', '2002-01-01')])
    const group = container.querySelector('#section-procedure + ul > li.event-group') as HTMLElement
    expect(rowsOf(group)).toEqual([])
    expect(group.querySelector('summary .event-meta')?.textContent).toBe('× 3, 2001–2003')
    await act(async () => {
      fireEvent.click(screen.getByText('× 3, 2001–2003'))
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(group.querySelector('details')?.open).toBe(true)
    expect(rowsOf(group)).toEqual([
      ['Procedure/d2', '1 January 2003 · Status: completed'],
      ['Procedure/d3', '1 January 2002 · Status: completed'],
      ['Procedure/d1', '1 January 2001 · Status: completed'],
    ])
  })

  it('a list of more than 25 lines renders none until "Show all" is opened, then every one', async () => {
    const many = Array.from({ length: 26 }, (_, i) => ({
      ...dressing(`p${i}`, '2001-01-01'),
      code: { text: `Step ${i}` },
    }))
    const container = view(many)
    const section = container.querySelector('[aria-labelledby="section-procedure"]') as HTMLElement
    const details = section.querySelector(':scope > details') as HTMLDetailsElement
    expect(details.querySelector('summary')?.textContent).toBe('Show all 26')
    expect(section.querySelectorAll('li.event')).toHaveLength(0)
    await toggle(details, true)
    expect(section.querySelectorAll('li.event')).toHaveLength(26)
  })
})
