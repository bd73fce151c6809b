import { deflateRawSync } from 'node:zlib'
import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { healthCardBundles } from './healthCardBundles.ts'
import { ShlError } from './ShlError.ts'

const BUNDLE = { resourceType: 'Bundle', type: 'collection', entry: [] }

/** A health card file whose one JWS payload is `payload`, raw-DEFLATE-compressed (the signature is not read). */
function card(payload: string): string {
  const jws = `e30.${base64url.encode(deflateRawSync(Buffer.from(payload)))}.c2ln`
  return JSON.stringify({ verifiableCredential: [jws] })
}

const claims = (bundle: unknown): string => JSON.stringify({ vc: { credentialSubject: { fhirBundle: bundle } } })

async function kindOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => 'read',
    (e: unknown) => e,
  )
  return error instanceof ShlError ? error.kind : String(error)
}

describe('healthCardBundles', () => {
  it('reads the Bundle of each card', async () => {
    expect(await healthCardBundles(card(claims(BUNDLE)))).toEqual([JSON.stringify(BUNDLE)])
  })

  it('stops inflating a payload past the limit (a decompression bomb) as too-large', async () => {
    // 2 MB of spaces compress to about 2 kB.
    const bomb = card(`${' '.repeat(2_000_000)}${claims(BUNDLE)}`)
    expect(bomb.length).toBeLessThan(10_000)
    expect(await kindOf(healthCardBundles(bomb, 100_000))).toBe('too-large')
    expect(await healthCardBundles(bomb, 3_000_000)).toEqual([JSON.stringify(BUNDLE)])
  })

  it('reports a payload that is not DEFLATE data as unsupported', async () => {
    const broken = JSON.stringify({ verifiableCredential: [`e30.${base64url.encode('not deflate')}.c2ln`] })
    expect(await kindOf(healthCardBundles(broken))).toBe('unsupported')
  })
})
