import { describe, expect, it, vi } from 'vitest'
import { createTwinStore } from '../../twin/twinStore.ts'
import { startEmbedBridge } from './bridge.ts'
import type { BridgeWindow } from './bridge.ts'
import { parseCommand } from './protocol.ts'

const PORTAL = 'https://portal.example'

function fakeWindow(ancestor: string | null) {
  const posted: [unknown, string][] = []
  let listener: ((event: MessageEvent) => void) | null = null
  const parent = {
    postMessage: (message: unknown, target: string) => {
      posted.push([message, target])
    },
  }
  const win: BridgeWindow = {
    parent,
    location: {
      ancestorOrigins: {
        length: ancestor === null ? 0 : 1,
        item: (index) => (index === 0 ? ancestor : null),
      },
    },
    addEventListener: (_type, l) => {
      listener = l
    },
    removeEventListener: () => {
      listener = null
    },
  }
  const receive = (origin: string, data: unknown, source: unknown = parent): void => {
    listener?.({ origin, data, source } as MessageEvent)
  }
  return { win, posted, receive }
}

describe('parseCommand', () => {
  it('accepts exactly the versioned commands', () => {
    const base = { protocol: 'health-record-twin', version: 1 }
    expect(parseCommand({ ...base, type: 'selectOrgan', organId: 'heart' })).toEqual({
      type: 'selectOrgan',
      organId: 'heart',
    })
    expect(parseCommand({ ...base, type: 'setDate', date: '2020-02-29' })).toEqual({
      type: 'setDate',
      date: '2020-02-29',
    })
    expect(parseCommand({ ...base, type: 'setMode', mode: 'clinician' })).toEqual({
      type: 'setMode',
      mode: 'clinician',
    })
    expect(parseCommand({ ...base, type: 'resetView' })).toEqual({ type: 'resetView' })
    expect(parseCommand({ ...base, type: 'selectOrgan', organId: 'spleen-of-doom' })).toBeNull()
    expect(parseCommand({ ...base, type: 'setDate', date: '2020-13-01' })).toBeNull()
    expect(parseCommand({ ...base, version: 2, type: 'resetView' })).toBeNull()
    expect(parseCommand({ type: 'resetView' })).toBeNull()
    expect(parseCommand('resetView')).toBeNull()
  })
})

describe('startEmbedBridge', () => {
  it('obeys the allowlisted parent only and answers to its exact origin', () => {
    // given
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = createTwinStore({ kind: 'server', baseUrl: 'https://fhir.example/fhir' })
    const { win, posted, receive } = fakeWindow(PORTAL)
    startEmbedBridge(store, [PORTAL], win)
    const command = { protocol: 'health-record-twin', version: 1, type: 'selectOrgan', organId: 'heart' }
    // when: an unlisted origin, a look-alike, another window, then the portal
    receive('https://evil.example', command)
    receive('https://portal.example.evil.example', command)
    receive(PORTAL, command, {})
    expect(store.getState().selectedOrganId).toBeNull()
    receive(PORTAL, command)
    // then
    expect(store.getState().selectedOrganId).toBe('heart')
    expect(posted).toEqual([
      [{ protocol: 'health-record-twin', version: 1, type: 'ready', recordLoaded: false }, PORTAL],
      [{ protocol: 'health-record-twin', version: 1, type: 'organSelected', organId: 'heart' }, PORTAL],
    ])
  })

  it('sends nothing to a parent that is not on the allowlist', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const store = createTwinStore({ kind: 'server', baseUrl: 'https://fhir.example/fhir' })
    const { win, posted } = fakeWindow('https://other.example')
    startEmbedBridge(store, [PORTAL], win)
    store.getState().selectOrgan('heart')
    expect(posted).toEqual([])
  })
})
