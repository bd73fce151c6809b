/**
 * What the user is told about network faults (docs/reliability.md B4-B6, B10, B12): the controller over the real
 * embedded server with its fault switch (server/fhir/faults.ts) on a free port, the twin store it fills, and the
 * missing-category list it fills (rendered in src/app/notPermittedNotice.test.tsx).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFaultSwitch, startServer, type RunningServer } from '../../server/main.ts'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { cancelWhenHidden, HIDDEN_CANCEL_MS, HIDDEN_TOO_LONG, type VisibilitySource } from './cancelWhenHidden.ts'
import { createController } from './controller.ts'

const ENDA = 'd070e7dd-4d25-4c52-9fb2-78d232e1cf2c'
const BRAIN = '579423cd-3384-4e7d-bf19-295a26d27524'
const FIXTURES = [
  'fhir-fixtures/synthea/sof__Enda_Schaefer_dd760206-6c4e-4e25-a799-f5c563e489a1.json',
  'fhir-fixtures/synthea/sof__Brain_Erdman_ae4b94e4-cfbb-4091-828d-8ddc1c32bb6b.json',
]

const faults = createFaultSwitch()
let server: RunningServer

beforeAll(async () => {
  server = await startServer({ port: 0, staticDir: null, fixtureGlobs: FIXTURES, faults })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  faults.clear()
})

function setUp(): { store: TwinStore; controller: ReturnType<typeof createController> } {
  const store = createTwinStore({ kind: 'server', baseUrl: server.fhirBaseUrl })
  return { store, controller: createController(store, { baseUrl: server.fhirBaseUrl, patientId: null }) }
}

describe('B4 a 403 on one search names what was refused, and the rest of the record shows', () => {
  it('B4 403 on Conditions lists Conditions as not permitted; the rest of the record loads', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'status', status: 403 } }])
    const { store, controller } = setUp()
    await controller.openPatient(ENDA)
    const state = store.getState()
    expect([state.status, state.error]).toEqual(['ready', null])
    expect(state.missing).toEqual([
      { section: 'condition', category: 'Condition', status: 'not-permitted', message: 'HTTP 403' },
    ])
    const record = state.twin?.record
    expect([record?.conditions.length, record?.immunizations.length, record?.encounters.length]).toEqual([0, 17, 7])
    // The notice's words: src/app/notPermittedNotice.test.tsx renders them from these outcomes.
  })
})

describe('B5, B6, B12 the Patient read failing stops with a message naming why', () => {
  it.each([
    ['B5 404', { kind: 'status', status: 404 } as const, 'http', 'The record system has no record for this patient.'],
    [
      'B6 410 (deleted: nothing shown)',
      { kind: 'status', status: 410 } as const,
      'http',
      'The record system says this record was deleted, so nothing is shown.',
    ],
    [
      'B4 403',
      { kind: 'status', status: 403 } as const,
      'http',
      'The record system does not allow this app to see this patient.',
    ],
    [
      'B12 a dropped connection',
      { kind: 'drop' } as const,
      'network',
      'The record system could not be reached. Check the connection and try again. If it keeps happening, the record system may not allow access from a browser.',
    ],
  ])('%s', async (_name, fault, kind, message) => {
    faults.set([{ resourceType: 'Patient', fault }])
    const { store, controller } = setUp()
    await controller.openPatient(ENDA)
    const state = store.getState()
    expect([state.status, state.twin, state.error?.kind, state.error?.message]).toEqual(['error', null, kind, message])
  })
})

describe('B10 in-flight requests are cancelled when the patient changes or the tab stays hidden', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('B10 opening another patient mid-load cancels the first load at once and shows only the second', async () => {
    faults.set([{ path: `^Condition\\?patient=Patient%2F${ENDA}`, fault: { kind: 'stall' } }])
    const { store, controller } = setUp()
    const first = controller.openPatient(ENDA)
    await vi.waitFor(() => {
      expect(faults.log.some((e) => e.path.startsWith('Condition?') && e.path.includes(ENDA))).toBe(true)
    })
    await controller.openPatient(BRAIN)
    await first
    const state = store.getState()
    expect([state.status, state.patientId, state.twin?.record.patient?.id]).toEqual(['ready', BRAIN, BRAIN])
  })

  it('B10 a tab hidden for 5 minutes cancels the load and offers a retry; hidden for less, the load goes on', async () => {
    faults.set([{ resourceType: 'Condition', fault: { kind: 'stall' } }])
    const listeners: (() => void)[] = []
    const page = {
      visibilityState: 'visible' as DocumentVisibilityState,
      addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.splice(listeners.indexOf(listener), 1),
    }
    vi.stubGlobal('document', page)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { store, controller } = setUp()
    const loading = controller.openPatient(ENDA)
    await vi.waitFor(() => {
      expect(faults.log.some((e) => e.path.startsWith('Condition?'))).toBe(true)
    })
    const flip = (state: DocumentVisibilityState): void => {
      page.visibilityState = state
      for (const listener of [...listeners]) listener()
    }
    flip('hidden')
    vi.advanceTimersByTime(HIDDEN_CANCEL_MS - 1000)
    flip('visible')
    flip('hidden')
    vi.advanceTimersByTime(HIDDEN_CANCEL_MS - 1000)
    expect(store.getState().status).toBe('loading')
    vi.advanceTimersByTime(1000)
    await loading
    expect([store.getState().status, store.getState().error?.kind, store.getState().error?.message]).toEqual([
      'error',
      'aborted',
      'Loading stopped while this tab was in the background. Try again to load the record.',
    ])
    expect(listeners).toHaveLength(0)
  })
})

describe('cancelWhenHidden', () => {
  it('B10 aborts with its reason only after the full hidden time, and stops watching when told', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      let listener: (() => void) | null = null
      const source: VisibilitySource & { visibilityState: DocumentVisibilityState } = {
        visibilityState: 'hidden',
        addEventListener: (_type, l) => (listener = l),
        removeEventListener: () => (listener = null),
      }
      const aborter = new AbortController()
      const stop = cancelWhenHidden(aborter, source, 100)
      vi.advanceTimersByTime(99)
      expect(aborter.signal.aborted).toBe(false)
      vi.advanceTimersByTime(1)
      expect(aborter.signal.reason).toBe(HIDDEN_TOO_LONG)
      stop()
      expect(listener).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})
