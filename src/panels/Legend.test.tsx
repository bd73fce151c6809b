// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
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
})
