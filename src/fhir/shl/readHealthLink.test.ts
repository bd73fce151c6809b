import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startShlServer, type ShlServer } from '../../../tests/fixtures/shlServer.ts'
import { readBundleText } from '../readBundleFile.ts'
import { readHealthLink, type HealthLinkOptions } from './readHealthLink.ts'
import { ShlError } from './ShlError.ts'

const BUNDLE = 'fhir-fixtures/synthea/sof__Jacob_King_77823967-9cb5-4256-86f9-5866c4b0cd47.json'
const RECIPIENT: HealthLinkOptions = { recipient: 'Medical-record twin (test)' }

let shl: ShlServer
beforeAll(async () => {
  shl = await startShlServer(BUNDLE)
})
afterAll(async () => {
  await shl.close()
})

/** The same file opened as a file: what every link must give back. */
const fromFile = () => readBundleText(readFileSync(BUNDLE, 'utf8'))

async function failure(link: string, options: HealthLinkOptions = RECIPIENT): Promise<ShlError> {
  const error: unknown = await readHealthLink(link, options).then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof ShlError)) throw new Error(`expected an ShlError, got ${String(error)}`)
  return error
}

describe('readHealthLink against the local SHL server', () => {
  it('opens a link with an embedded file into the same resources as opening the bundle file', async () => {
    const record = await readHealthLink(shl.links.open, RECIPIENT)
    const file = fromFile()
    expect(record.label).toBe('Shared record (test)')
    expect(record.patient?.id).toBe(file.patient?.id)
    expect(record.resources).toEqual(file.resources)
    expect(shl.manifestBodies.at(-1)).toEqual({ recipient: 'Medical-record twin (test)' })
  })

  it('opens a passcode link with the right passcode (files by location), sending it in the manifest body', async () => {
    const record = await readHealthLink(shl.links.passcode, { ...RECIPIENT, passcode: shl.passcode })
    expect(record.resources).toEqual(fromFile().resources)
    expect(shl.manifestBodies.at(-1)).toEqual({ recipient: 'Medical-record twin (test)', passcode: 'violet-42' })
  })

  it('asks for the passcode before any request when a P link comes without one', async () => {
    const before = shl.manifestBodies.length
    expect((await failure(shl.links.passcode)).kind).toBe('passcode-required')
    expect(shl.manifestBodies.length).toBe(before)
  })

  it('reports a wrong passcode with the attempts the server says are left', async () => {
    const error = await failure(shl.links.passcode, { ...RECIPIENT, passcode: 'wrong' })
    expect([error.kind, error.remainingAttempts]).toEqual(['wrong-passcode', 2])
  })

  it('refuses an expired link without contacting the server', async () => {
    const before = shl.manifestBodies.length
    expect((await failure(shl.links.expired)).kind).toBe('expired')
    expect(shl.manifestBodies.length).toBe(before)
  })

  it('reports a key that does not open the files as wrong-key', async () => {
    const error = await failure(shl.links.wrongKey)
    expect([error.kind, error.message]).toEqual([
      'wrong-key',
      'The shared files could not be decrypted with the key in this link.',
    ])
  })

  it('reports a manifest that answers 404 as a link no longer active', async () => {
    expect((await failure(shl.links.gone)).kind).toBe('not-active')
  })

  it('opens a U link (one file, GET with recipient, content type from the JWE header)', async () => {
    const record = await readHealthLink(shl.links.direct, RECIPIENT)
    expect(record.resources).toEqual(fromFile().resources)
  })

  it('reads the Bundle inside a SMART Health Card file', async () => {
    const record = await readHealthLink(shl.links.card, RECIPIENT)
    expect(record.resources).toEqual(fromFile().resources)
  })

  it('refuses a link that shares only content the app cannot show, naming the content type', async () => {
    const error = await failure(shl.links.unsupported)
    expect([error.kind, error.message]).toEqual([
      'unsupported',
      'This link shares only content this app cannot show (application/smart-api-access).',
    ])
  })

  it('reports an unreachable server as unreachable', async () => {
    const closed = await startShlServer(BUNDLE)
    const link = closed.links.open
    await closed.close()
    expect((await failure(link)).kind).toBe('unreachable')
  })
})
