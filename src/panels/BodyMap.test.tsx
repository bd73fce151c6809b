// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import { afterEach, describe, expect, it } from 'vitest'
import type { Resource } from '@medplum/fhirtypes'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { twinFromRecord } from '../twin/twinFromRecord.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { markingsTwin } from '../../tests/fixtures/markingsTwin.ts'
import { BodyMap } from './BodyMap.tsx'

/** An empty record whose patient has the given gender. */
function recordFor(gender: 'female' | 'male' | 'unknown' | null): NormalisedRecord {
  return emptyRecord({
    patient: { id: 'p1', reference: 'Patient/p1', name: 'Test Patient', gender, birthDate: null, deceased: null },
  })
}

function storeFor(gender: 'female' | 'male' | 'unknown' | null): TwinStore {
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, twinFromRecord(recordFor(gender)), [], [])
  return store
}

function renderMap(store: TwinStore) {
  return render(
    <TwinContext value={store}>
      <BodyMap />
    </TwinContext>,
  )
}

const names = (group: string): string[] =>
  within(screen.getByRole('group', { name: group }))
    .getAllByRole('button')
    .map((b) => b.textContent)

afterEach(() => {
  cleanup()
})

describe('BodyMap', () => {
  it('lists the organs by layer with lay labels, female organs only for a female patient', () => {
    renderMap(storeFor('female'))
    expect(screen.getByRole('heading', { name: 'Body map' })).toBeTruthy()
    expect(names('Blood vessels')).toEqual(['Main artery (aorta)', 'Large veins'])
    expect(names('Skin')).toEqual(['Skin'])
    const organs = names('Organs')
    expect(organs.slice(0, 4)).toEqual(['Brain', 'Left eye', 'Right eye', 'Left ear'])
    expect(organs.slice(-5)).toEqual(['Womb', 'Left ovary', 'Right ovary', 'Fallopian tubes', 'Vagina'])
    expect(organs).not.toContain('Prostate')
    expect(names('Bones and joints')).toHaveLength(22)
  })

  it('shows neither sex-specific set when the gender is not recorded', () => {
    renderMap(storeFor(null))
    const organs = names('Organs')
    for (const label of ['Womb', 'Vagina', 'Prostate', 'Testicles', 'Penis']) expect(organs).not.toContain(label)
    // no record places anything on the breasts here, so their stand-ins are not drawn on a neutral body
    expect(organs).not.toContain('Left breast')
    expect(organs.at(-1)).toBe('Spinal cord')
    // nor the body fat and joint markers, which are listed (and drawn) only where the record places something
    expect(names('Skin')).toEqual(['Skin'])
    expect(names('Bones and joints')).not.toContain('Joints (which joint not recorded)')
  })

  it('selects with Enter after arrow keys, wraps, and announces the selection', () => {
    const store = storeFor('male')
    renderMap(store)
    const brain = screen.getByRole('button', { name: 'Brain' })
    // one Tab stop: only the first organ is tabbable before anything is chosen
    expect(brain.tabIndex).toBe(0)
    expect(screen.getByRole('button', { name: 'Heart' }).tabIndex).toBe(-1)
    act(() => {
      brain.focus()
    })
    fireEvent.keyDown(brain, { key: 'ArrowDown' })
    expect(document.activeElement?.textContent).toBe('Left eye')
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' })
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' })
    // wrapped from the first organ to the last button of the list
    expect(document.activeElement?.textContent).toBe('Skin')
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' })
    expect(document.activeElement?.textContent).toBe('Brain')
    // Enter on a button is a native click
    fireEvent.click(screen.getByRole('button', { name: 'Heart' }))
    expect(store.getState().selectedOrganId).toBe('heart')
    expect(store.getState().viewRequest?.kind).toBe('focus-selected')
    expect(screen.getByRole('button', { name: 'Heart' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: 'Brain' }).getAttribute('aria-pressed')).toBe('false')
    expect(screen.getByRole('status').textContent).toBe('Selected: Heart')
    expect(screen.getByRole('button', { name: 'Heart' }).tabIndex).toBe(0)
    // pressing the selected organ again clears the selection
    fireEvent.click(screen.getByRole('button', { name: 'Heart' }))
    expect(store.getState().selectedOrganId).toBeNull()
    expect(screen.getByRole('status').textContent).toBe('No organ selected.')
  })

  it('follows the Spanish locale and shows the legend status of an organ with a placed active condition', () => {
    const bundle = JSON.parse(readFileSync('fhir-fixtures/edge/edge-statuses.json', 'utf8')) as {
      entry: { resource: Resource }[]
    }
    const record = normaliseRecord(
      bundle.entry.map((e) => e.resource),
      { asOf: '2024-01-01T00:00:00Z' },
    )
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const generation = store.getState().startLoading('edge-statuses', { kind: 'server', baseUrl: 'http://x/fhir' })
    store.getState().recordLoaded(generation, twinFromRecord(record), [], [])
    store.getState().setLocale('es')
    renderMap(store)
    expect(screen.getByRole('heading', { name: 'Mapa corporal' })).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Ningún órgano seleccionado.')
    const heart = screen.getByRole('button', { name: 'Corazón' })
    expect(heart.getAttribute('aria-describedby')).toBeNull()
    const aorta = screen.getByRole('button', {
      name: 'Arteria principal (aorta)',
      // jsdom puts a space before the visually hidden words (it computes no inline display for them)
      description: /^problema activo ?, 1 elemento registrado aquí$/,
    })
    const describedBy = aorta.getAttribute('aria-describedby') ?? ''
    const status = document.getElementById(describedBy)
    expect(status?.className).toBe('organ-status')
    // the status, then how many items the panel lists there: "(1)" on screen, in words for screen readers
    expect(status?.textContent).toBe(' problema activo (1), 1 elemento registrado aquí')
    expect(status?.querySelector('.organ-count')?.getAttribute('aria-hidden')).toBe('true')
    expect(status?.previousElementSibling).toBe(aorta)
    expect(aorta.textContent).toBe('Arteria principal (aorta)')
    fireEvent.click(heart)
    expect(screen.getByRole('status').textContent).toBe('Seleccionado: Corazón')
    // back in English the same organ reads as in the legend
    act(() => {
      store.getState().setLocale('en')
    })
    expect(
      screen.getByRole('button', {
        name: 'Main artery (aorta)',
        description: /^active condition ?, 1 item recorded here$/,
      }).textContent,
    ).toBe('Main artery (aorta)')
  })

  it('focuses the button of an organ selected elsewhere (a click in 3D)', () => {
    const store = storeFor('female')
    renderMap(store)
    act(() => {
      store.getState().selectOrgan('femur_left')
    })
    expect(document.activeElement?.textContent).toBe('Left thigh bone')
    expect(screen.getByRole('status').textContent).toBe('Selected: Left thigh bone')
  })

  it('moves focus to the next button when a selected stand-in with nothing placed leaves the list', () => {
    // given: body fat selected from elsewhere (a link) while the record places nothing there
    const store = storeFor('female')
    renderMap(store)
    act(() => {
      store.getState().selectOrgan('adipose_tissue')
    })
    expect(names('Skin')).toEqual(['Skin', 'Body fat'])
    expect(document.activeElement?.textContent).toBe('Body fat')
    // when: pressing it again deselects it, and it leaves the list
    fireEvent.click(screen.getByRole('button', { name: 'Body fat' }))
    // then: focus is on the next button in body order, which is the one tab stop of the list
    expect(names('Skin')).toEqual(['Skin'])
    expect(document.activeElement?.textContent).toBe('Brain')
    const stops = screen.getAllByRole('button').filter((b) => b.tabIndex === 0)
    expect(stops.map((b) => b.textContent)).toEqual(['Brain'])
  })

  it('says "recorded as removed" instead of the status of a removed part and "side not recorded" after a status', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
    const twin = markingsTwin([
      { id: 'amputation', places: ['leg_left'], onset: '2001-05-10', removed: true, side: 'left' },
      { id: 'knee', places: ['knee_left', 'knee_right'], onset: '2015-09-21' },
      { id: 'left-hip', places: ['hip_left'], onset: '2015-09-21', side: 'left' },
    ])
    store.getState().recordLoaded(generation, twin, [], [])
    renderMap(store)
    const statusOf = (name: string) => {
      const button = screen.getByRole('button', { name })
      const id = button.getAttribute('aria-describedby')
      return id === null ? null : (document.getElementById(id)?.textContent ?? null)
    }
    // each with the number of items the panel lists there
    expect(statusOf('Left lower leg and ankle')).toBe(' recorded as removed (1), 1 item recorded here')
    expect(statusOf('Right lower leg and ankle')).toBeNull()
    expect(statusOf('Left knee')).toBe(' active condition,  side not recorded (1), 1 item recorded here')
    expect(statusOf('Right knee')).toBe(' active condition,  side not recorded (1), 1 item recorded here')
    expect(statusOf('Left hip')).toBe(' active condition (1), 1 item recorded here')
    expect(statusOf('Right hip')).toBeNull()
    expect(
      screen.getByRole('button', {
        name: 'Left knee',
        description: /^active condition, side not recorded ?, 1 item recorded here$/,
      }),
    ).toBeTruthy()
    act(() => {
      store.getState().setLocale('es')
    })
    expect(statusOf('Pierna y tobillo izquierdos')).toBe(' registrado como amputado (1), 1 elemento registrado aquí')
    expect(statusOf('Rodilla derecha')).toBe(' problema activo,  lado no registrado (1), 1 elemento registrado aquí')
  })
})
