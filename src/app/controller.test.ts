/**
 * The controller's 401 handling over a SMART connection (docs/reliability.md A20, A21): at most one forced refresh and
 * one retry, then the relaunch message; an open connection keeps a 401 as an HTTP error. The FHIR server is a
 * scripted HTTP server on 127.0.0.1 (the test double at the edge; real fhir-kit-client requests); the SMART side is
 * the controller's `SmartAccess` port with counted calls (the real refresh is tested in src/fhir/smart.refresh.test.ts
 * and end to end in e2e/smart.spec.ts).
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createTwinStore } from '../twin/twinStore.ts'
import { createController, type Connection, type SmartAccess } from './controller.ts'

const PATIENT_ID = 'p-1'
const RELAUNCH = 'Your sign-in to the record system has ended. Open the app again from your portal or sign in again.'

/** One request the FHIR server received: path (no query) and Authorization header. */
interface Seen {
  readonly path: string
  readonly authorization: string | null
}

/** Which requests the scripted server answers 401 (given the path and the bearer token, null when none). */
type Refuse = (path: string, token: string | null) => boolean

let server: Server | null = null

afterEach(async () => {
  const running = server
  server = null
  if (running === null) return
  // Keep-alive sockets left by aborted loads would hold close() for seconds.
  running.closeAllConnections()
  await new Promise<void>((resolve) => {
    running.close(() => {
      resolve()
    })
  })
})

/** A FHIR server with one patient and empty searches; `refuse` picks the requests it answers 401. */
async function fhirServer(refuse: Refuse): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const started = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    const authorization = req.headers.authorization ?? null
    seen.push({ path, authorization })
    const token = authorization?.replace(/^Bearer /, '') ?? null
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/fhir+json', ...headers })
      res.end(JSON.stringify(body))
    }
    if (path === '/fhir/metadata') {
      send(404, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] })
    } else if (refuse(path, token)) {
      send(
        401,
        {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'error', code: 'login', diagnostics: 'invalid token' }],
        },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      )
    } else if (path === `/fhir/Patient/${PATIENT_ID}`) {
      send(200, { resourceType: 'Patient', id: PATIENT_ID, name: [{ family: 'Test', given: ['Pat'] }] })
    } else {
      send(200, { resourceType: 'Bundle', type: 'searchset', entry: [] })
    }
  })
  await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve))
  server = started
  return { base: `http://127.0.0.1:${String((started.address() as AddressInfo).port)}/fhir`, seen }
}

/** A SMART port with fixed answers and counted calls. */
function smartPort(answers: {
  readonly initial: () => Promise<string | undefined>
  readonly renewed: string | undefined
}): { smart: SmartAccess; refreshes: string[]; ended: () => number } {
  const refreshes: string[] = []
  let ended = 0
  return {
    smart: {
      accessToken: answers.initial,
      refreshAfterUnauthorized: (rejected) => {
        refreshes.push(rejected)
        return Promise.resolve(answers.renewed)
      },
      endSession: () => {
        ended += 1
      },
    },
    refreshes,
    ended: () => ended,
  }
}

async function open(connection: Connection): Promise<ReturnType<typeof createTwinStore>> {
  const store = createTwinStore({ kind: 'server', baseUrl: connection.baseUrl })
  await createController(store, connection).openPatient(PATIENT_ID)
  return store
}

function authorizationsOf(seen: readonly Seen[], path: string): (string | null)[] {
  return seen.filter((s) => s.path === path).map((s) => s.authorization)
}

describe('a 401 over a SMART connection (A21)', () => {
  it('refreshes once and retries once when one record type is refused, then shows the whole record', async () => {
    // given: the server refuses the first token on the Condition search only (revoked while loading)
    const { base, seen } = await fhirServer((path, token) => path === '/fhir/Condition' && token === 'old')
    const port = smartPort({ initial: () => Promise.resolve('old'), renewed: 'new' })
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID, smart: port.smart })
    // then: one refresh for the refused token, one retry of the whole load with the new token
    expect(port.refreshes).toEqual(['old'])
    expect(authorizationsOf(seen, `/fhir/Patient/${PATIENT_ID}`)).toEqual(['Bearer old', 'Bearer new'])
    expect(authorizationsOf(seen, '/fhir/Condition')).toEqual(['Bearer old', 'Bearer new'])
    expect(store.getState().status).toBe('ready')
    expect(store.getState().twin?.record.patient?.id).toBe(PATIENT_ID)
    expect(store.getState().missing).toEqual([])
    expect(port.ended()).toBe(0)
  })

  it('stops with the relaunch message when the new token is refused too, and ends the session', async () => {
    // given: every data request is refused, whatever the token
    const { base, seen } = await fhirServer((path) => path !== '/fhir/metadata')
    const port = smartPort({ initial: () => Promise.resolve('old'), renewed: 'new' })
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID, smart: port.smart })
    // then: one refresh, one retry, no searches after the refused Patient reads, and no second refresh
    expect(port.refreshes).toEqual(['old'])
    expect(authorizationsOf(seen, `/fhir/Patient/${PATIENT_ID}`)).toEqual(['Bearer old', 'Bearer new'])
    expect(seen.filter((s) => s.path !== '/fhir/metadata' && !s.path.startsWith('/fhir/Patient/'))).toEqual([])
    expect(store.getState().status).toBe('error')
    expect(store.getState().error).toEqual({ kind: 'session-ended', message: RELAUNCH, detail: null })
    expect(store.getState().twin).toBeNull()
    expect(port.ended()).toBe(1)
  })

  it('lists a record type that stays refused after the retry as missing, and keeps the sign-in', async () => {
    // given: the Patient read and the other types are allowed, the Condition search refused with both tokens (a
    // server that answers 401 rather than 403 for a type outside the granted scopes)
    const { base, seen } = await fhirServer((path) => path === '/fhir/Condition')
    const port = smartPort({ initial: () => Promise.resolve('old'), renewed: 'new' })
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID, smart: port.smart })
    // then: one refresh and one retry; the record is shown with the conditions named as missing
    expect(port.refreshes).toEqual(['old'])
    expect(authorizationsOf(seen, '/fhir/Condition')).toEqual(['Bearer old', 'Bearer new'])
    expect(authorizationsOf(seen, `/fhir/Patient/${PATIENT_ID}`)).toEqual(['Bearer old', 'Bearer new'])
    expect(store.getState().status).toBe('ready')
    expect(store.getState().twin?.record.patient?.id).toBe(PATIENT_ID)
    expect(store.getState().missing.map((m) => [m.category, m.status])).toEqual([['Condition', 'failed']])
    expect(port.ended()).toBe(0)
  })

  it('does not retry when the refresh gives no token', async () => {
    // given: the token is refused and the session cannot be refreshed (refused or no refresh token)
    const { base, seen } = await fhirServer((path) => path !== '/fhir/metadata')
    const port = smartPort({ initial: () => Promise.resolve('old'), renewed: undefined })
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID, smart: port.smart })
    // then
    expect(port.refreshes).toEqual(['old'])
    expect(authorizationsOf(seen, `/fhir/Patient/${PATIENT_ID}`)).toEqual(['Bearer old'])
    expect(store.getState().error).toEqual({ kind: 'session-ended', message: RELAUNCH, detail: null })
  })

  it('shows the relaunch message without any data request when the sign-in has already ended (A20)', async () => {
    // given: the refresh near expiry was refused, so the token source rejects
    const { base, seen } = await fhirServer(() => false)
    const port = smartPort({
      initial: () => Promise.reject(new Error('The sign-in has ended.')),
      renewed: 'new',
    })
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID, smart: port.smart })
    // then
    expect(seen).toEqual([])
    expect(port.refreshes).toEqual([])
    expect(store.getState().error).toEqual({ kind: 'session-ended', message: RELAUNCH, detail: null })
  })
})

describe('a 401 over an open connection', () => {
  it('stays an HTTP error: no token, no refresh, one request', async () => {
    // given
    const { base, seen } = await fhirServer((path) => path !== '/fhir/metadata')
    // when
    const store = await open({ baseUrl: base, patientId: PATIENT_ID })
    // then
    expect(authorizationsOf(seen, `/fhir/Patient/${PATIENT_ID}`)).toEqual([null])
    expect(store.getState().error).toEqual({
      kind: 'http',
      message: 'The record system answered with an error (HTTP 401).',
      detail: 'invalid token',
    })
  })
})
