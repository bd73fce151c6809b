// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
import { markingsTwin } from '../../tests/fixtures/markingsTwin.ts'
import { Legend } from './Legend.tsx'

afterEach(() => {
  cleanup()
})

describe('Legend', () => {
  it('explains the mind halo only while the 3D body draws it, in English and Spanish', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const { rerender } = render(
      <TwinContext value={store}>
        <Legend statuses={['active']} />
      </TwinContext>,
    )
    const items = () => screen.getAllByRole('listitem').map((li) => li.textContent)
    expect(items()).toEqual([' Active condition'])
    rerender(
      <TwinContext value={store}>
        <Legend statuses={['active']} mindHalo />
      </TwinContext>,
    )
    expect(items()).toEqual([
      ' Active condition',
      ' Soft halo around the whole figure: mind and mood (for the whole person, not the brain)',
    ])
    act(() => {
      store.getState().setLocale('es')
    })
    expect(items()).toEqual([
      ' Problema activo',
      ' Halo suave alrededor de toda la figura: mente y estado de ánimo (se refiere a la persona en su conjunto, no al cerebro)',
    ])
  })

  it('adds a line per marking the body shows at the cursor, with the marking swatch, in English and Spanish', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
    const twin = markingsTwin([
      { id: 'amputation', places: ['leg_left'], onset: '2001-05-10', removed: true, side: 'left' },
      { id: 'knee', places: ['knee_left', 'knee_right'], onset: '2015-09-21' },
    ])
    store.getState().recordLoaded(generation, twin, [], [])
    const { container } = render(
      <TwinContext value={store}>
        <Legend statuses={['active']} />
      </TwinContext>,
    )
    const items = () => screen.getAllByRole('listitem').map((li) => li.textContent)
    // the left leg (removed) and both knees (side not recorded) carry an active condition: 3 places
    expect(items()).toEqual([
      ' Active condition (3 places)',
      ' Side not recorded (both sides striped)',
      ' Recorded as removed (drawn faint)',
    ])
    const swatches = [...container.querySelectorAll('svg[data-marking]')].map((s) => s.getAttribute('data-marking'))
    expect(swatches).toEqual(['side-not-recorded', 'removed'])
    act(() => {
      store.getState().setLocale('es')
    })
    expect(items()).toEqual([
      ' Problema activo (3 lugares)',
      ' Lado no registrado (ambos lados con rayas)',
      ' Registrado como amputado (dibujado tenue)',
    ])
    // before the knee finding began only the removed marking is shown
    act(() => {
      store.getState().setTimeCursor('2010-01-01')
    })
    expect(items()).toEqual([' Problema activo (1 lugar)', ' Registrado como amputado (dibujado tenue)'])
  })
})
