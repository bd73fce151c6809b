/**
 * The controller's SMART Health Link state: what retry does with a link that no longer opens, and that back()
 * forgets the link (its key and passcode).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startShlServer, type ShlServer } from '../../tests/fixtures/shlServer.ts'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { createController, type Connection } from './controller.ts'

const BUNDLE = 'fhir-fixtures/synthea/sof__Jacob_King_77823967-9cb5-4256-86f9-5866c4b0cd47.json'
// Nothing listens here: the patient list fails at once and no FHIR server is needed.
const CONNECTION: Connection = { baseUrl: 'http://127.0.0.1:9/fhir', patientId: null }

let shl: ShlServer
beforeAll(async () => {
  shl = await startShlServer(BUNDLE)
})
afterAll(async () => {
  await shl.close()
})

/** Puts the store in the error view of a link that opened and then failed (what retry is offered from). */
function failedLinkView(store: TwinStore): void {
  const generation = store.getState().startLoading(null, { kind: 'health-link', label: 'Shared record (test)' })
  store.getState().loadFailed(generation, { kind: 'malformed', message: 'broken', detail: null })
}

describe('controller and SMART Health Links', () => {
  it('opens a link as a twin, with no problem to answer', async () => {
    const store = createTwinStore({ kind: 'server', baseUrl: CONNECTION.baseUrl })
    const controller = createController(store, CONNECTION)
    expect(await controller.openHealthLink(shl.links.open)).toBeNull()
    expect([store.getState().status, store.getState().source]).toEqual([
      'ready',
      { kind: 'health-link', label: 'Shared record (test)' },
    ])
  })

  it('answers the named reason of a refused Bundle as the problem detail', async () => {
    const controller = createController(createTwinStore({ kind: 'server', baseUrl: '' }), CONNECTION)
    expect(await controller.openHealthLink(shl.links.notFhir)).toEqual({
      kind: 'unsupported',
      remainingAttempts: null,
      detail: 'This file is JSON but not a FHIR resource or Bundle.',
    })
  })

  it('shows the problem of a retried link that no longer opens as the error view', async () => {
    const store = createTwinStore({ kind: 'server', baseUrl: CONNECTION.baseUrl })
    const controller = createController(store, CONNECTION)
    await controller.openHealthLink(shl.links.expired)
    failedLinkView(store)
    await controller.retry()
    const state = store.getState()
    expect([state.status, state.source, state.error]).toEqual([
      'error',
      { kind: 'health-link', label: 'Shared record (test)' },
      {
        kind: 'refused',
        message: 'This link has expired. Ask the person who shared it for a new one.',
        detail: null,
      },
    ])
  })

  it('forgets the link on back(): a later retry does not open it again', async () => {
    const store = createTwinStore({ kind: 'server', baseUrl: CONNECTION.baseUrl })
    const controller = createController(store, CONNECTION)
    expect(await controller.openHealthLink(shl.links.open)).toBeNull()
    controller.back()
    const before = shl.manifestBodies.length
    failedLinkView(store)
    await controller.retry()
    expect(shl.manifestBodies.length).toBe(before)
    expect(store.getState().source).toEqual({ kind: 'health-link', label: 'Shared record (test)' })
  })
})
