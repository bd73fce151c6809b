import { CompactEncrypt, type CompactJWEHeaderParameters } from 'jose'
import { describe, expect, it } from 'vitest'
import { decryptHealthFile } from './decryptHealthFile.ts'
import { ShlError } from './ShlError.ts'

const KEY_BYTES = new Uint8Array(32).map((_, i) => i + 1)
const KEY = 'AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA'
const TEXT = '{"resourceType":"Bundle","type":"collection","entry":[]}'

async function jwe(header: CompactJWEHeaderParameters, key: Uint8Array = KEY_BYTES, text = TEXT): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(text)).setProtectedHeader(header).encrypt(key)
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  return error instanceof ShlError ? error.kind : String(error)
}

describe('decryptHealthFile', () => {
  it('decrypts dir/A256GCM with and without zip DEF, taking the content type from the manifest', async () => {
    const plain = await jwe({ alg: 'dir', enc: 'A256GCM' })
    const zipped = await jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF', cty: 'application/fhir+json' })
    expect(await decryptHealthFile(plain, KEY, 'application/fhir+json')).toEqual({
      contentType: 'application/fhir+json',
      text: TEXT,
    })
    expect(await decryptHealthFile(zipped, KEY, 'application/smart-health-card')).toEqual({
      contentType: 'application/smart-health-card',
      text: TEXT,
    })
  })

  it("takes the JWE header's cty when the manifest gives none (U links), and '' when neither does", async () => {
    const withCty = await jwe({ alg: 'dir', enc: 'A256GCM', cty: 'application/fhir+json' })
    expect((await decryptHealthFile(withCty, KEY, null)).contentType).toBe('application/fhir+json')
    expect((await decryptHealthFile(await jwe({ alg: 'dir', enc: 'A256GCM' }), KEY, null)).contentType).toBe('')
  })

  it('opens a file larger than jose’s default 250 kB decompression limit', async () => {
    const big = `{"pad":"${'x'.repeat(400_000)}"}`
    const zipped = await jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, KEY_BYTES, big)
    expect((await decryptHealthFile(zipped, KEY, 'application/fhir+json')).text.length).toBe(400_010)
  })

  it('reports a file that decompresses past maxBytes as too-large, not as a wrong key', async () => {
    const zipped = await jwe({ alg: 'dir', enc: 'A256GCM', zip: 'DEF' }, KEY_BYTES, `{"pad":"${'x'.repeat(10_000)}"}`)
    const error: unknown = await decryptHealthFile(zipped, KEY, 'application/fhir+json', 1000).catch((e: unknown) => e)
    expect(error instanceof ShlError ? [error.kind, error.message] : error).toEqual([
      'too-large',
      'A shared file is larger than this app can open.',
    ])
  })

  it('reports another key, a damaged JWE and another algorithm each by kind', async () => {
    const other = await jwe({ alg: 'dir', enc: 'A256GCM' }, new Uint8Array(32))
    const keyWrapped = await jwe({ alg: 'A256KW', enc: 'A256GCM' })
    expect(await kindOf(decryptHealthFile(other, KEY, 'application/fhir+json'))).toBe('wrong-key')
    expect(await kindOf(decryptHealthFile('a.b.c', KEY, 'application/fhir+json'))).toBe('wrong-key')
    expect(await kindOf(decryptHealthFile(keyWrapped, KEY, 'application/fhir+json'))).toBe('unsupported')
  })
})
