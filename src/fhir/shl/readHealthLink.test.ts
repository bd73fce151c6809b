import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startShlServer, type ShlServer } from '../../../tests/fixtures/shlServer.ts'
import { readBundleText } from '../readBundleFile.ts'
import { parseHealthLink } from './parseHealthLink.ts'
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
// Each test starts with the passcode link's full attempts, whatever ran before it.
beforeEach(() => {
  shl.resetAttempts()
})

const CARD_NOT_VERIFIED =
  "This link shares a SMART Health Card: its issuer's signature was not checked, so the app cannot confirm who issued it or that it is unchanged."

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

  it("warns that a health card's signature was not checked, and only for health card content", async () => {
    // The file's own notes (as when opened as a file) follow the card's.
    const own = fromFile().warnings
    expect((await readHealthLink(shl.links.card, RECIPIENT)).warnings).toEqual([CARD_NOT_VERIFIED, ...own])
    expect((await readHealthLink(shl.links.open, RECIPIENT)).warnings).toEqual(own)
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
  it('never sends the key to the server: not in a URL, a header or a body', async () => {
    const before = shl.requests.length
    const key = parseHealthLink(shl.links.open).key
    await readHealthLink(shl.links.open, RECIPIENT)
    await readHealthLink(shl.links.passcode, { ...RECIPIENT, passcode: shl.passcode })
    await readHealthLink(shl.links.direct, RECIPIENT)
    await readHealthLink(shl.links.card, RECIPIENT)
    const sent = shl.requests.slice(before)
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /m/open',
      'POST /m/passcode',
      'GET /f/passcode/0',
      'GET /u/direct?recipient=Medical-record+twin+%28test%29',
      'POST /m/card',
    ])
    const carriesKey = sent.filter((r) => `${r.url} ${JSON.stringify(r.headers)} ${r.body}`.includes(key))
    expect(carriesKey).toEqual([])
  })
})

describe('readHealthLink limits and checks', () => {
  beforeEach(() => {
    shl.resetAttempts()
  })

  it('refuses a manifest listing more than 20 files, by name', async () => {
    const error = await failure(shl.links.manyFiles)
    expect([error.kind, error.message]).toEqual(['too-large', 'The link shares more files than this app opens (20).'])
  })

  it('refuses an embedded file past maxFileBytes, and files past maxTotalBytes together', async () => {
    const small = await failure(shl.links.open, { ...RECIPIENT, limits: { maxFileBytes: 1000 } })
    const total = await failure(shl.links.open, { ...RECIPIENT, limits: { maxTotalBytes: 1000 } })
    expect([small.kind, small.message]).toEqual(['too-large', 'A shared file is larger than this app can open.'])
    expect(total.kind).toBe('too-large')
  })

  it('refuses a fetched file past maxFileBytes or past maxTotalBytes', async () => {
    const passcode = { ...RECIPIENT, passcode: shl.passcode }
    const small = await failure(shl.links.passcode, { ...passcode, limits: { maxFileBytes: 1000 } })
    const total = await failure(shl.links.passcode, { ...passcode, limits: { maxTotalBytes: 1000 } })
    expect([small.kind, total.kind]).toEqual(['too-large', 'too-large'])
  })

  it('refuses a manifest response past maxManifestBytes', async () => {
    const error = await failure(shl.links.open, { ...RECIPIENT, limits: { maxManifestBytes: 100 } })
    expect(error.kind).toBe('too-large')
  })

  it('refuses a file that decompresses past maxFileBytes as too large, not as a wrong key', async () => {
    // The embedded JWE is compressed: it passes a limit its inflated Bundle does not.
    const jweLength = ((await readManifest(shl.links.open))[0] ?? '').length
    const error = await failure(shl.links.open, { ...RECIPIENT, limits: { maxFileBytes: jweLength + 1 } })
    expect([error.kind, error.message]).toEqual(['too-large', 'A shared file is larger than this app can open.'])
  })

  it('gives up on a server that never answers once timeoutMs has passed, as unreachable', async () => {
    const error = await failure(shl.links.silent, { ...RECIPIENT, limits: { timeoutMs: 100 } })
    expect(error.kind).toBe('unreachable')
  })

  it('refuses a manifest file with neither embedded nor location, or with a plain-http or relative location', async () => {
    const before = shl.requests.length
    const messages = [
      (await failure(shl.links.noFile)).message,
      (await failure(shl.links.httpLocation)).message,
      (await failure(shl.links.relativeLocation)).message,
    ]
    expect(messages).toEqual([
      'A file of the manifest has neither embedded content nor a location.',
      'A file of the manifest has a location that is not an https address.',
      'A file of the manifest has a location that is not an https address.',
    ])
    // Only the three manifest requests: no location was fetched (nor the app's own page).
    expect(shl.requests.slice(before).map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /m/noFile',
      'POST /m/httpLocation',
      'POST /m/relativeLocation',
    ])
  })

  it('carries the named reason of a refused Bundle as the detail of the unsupported error', async () => {
    const error = await failure(shl.links.notFhir)
    expect([error.kind, error.detail]).toEqual(['unsupported', 'This file is JSON but not a FHIR resource or Bundle.'])
  })
})

/** The embedded JWEs of a link's manifest, as the server sends them. */
async function readManifest(link: string): Promise<string[]> {
  const response = await fetch(parseHealthLink(link).url, { method: 'POST', body: JSON.stringify(RECIPIENT) })
  const body = (await response.json()) as { files: { embedded: string }[] }
  return body.files.map((f) => f.embedded)
}
