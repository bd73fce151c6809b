/**
 * The FHIR Bundles inside a SMART Health Card file (`application/smart-health-card`: `{ verifiableCredential: [JWS] }`).
 * Each JWS payload is raw-DEFLATE-compressed JSON whose `vc.credentialSubject.fhirBundle` is the Bundle. The issuer's
 * signature is not verified here (that needs the issuer's keys from its own host); the app shows the content as
 * shared, like a file.
 */
import { base64url } from 'jose'
import { MAX_FILE_BYTES } from '../readBundleFile.ts'
import { readLimitedBytes } from './readLimitedBytes.ts'
import { ShlError } from './ShlError.ts'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Inflates chunk by chunk and cancels past `maxBytes` (ShlError `too-large`), so a bomb cannot fill memory. */
async function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<string> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new TextDecoder().decode(await readLimitedBytes(stream, maxBytes))
}

async function bundleOf(jws: unknown, maxBytes: number): Promise<unknown> {
  if (typeof jws !== 'string') return null
  const payload = jws.split('.')[1]
  if (payload === undefined) return null
  const claims = JSON.parse(await inflateRaw(base64url.decode(payload), maxBytes)) as unknown
  if (!isRecord(claims) || !isRecord(claims.vc) || !isRecord(claims.vc.credentialSubject)) return null
  return claims.vc.credentialSubject.fhirBundle ?? null
}

/**
 * Reads the Bundles of a SMART Health Card file.
 * @param text - the decrypted file's text
 * @param maxBytes - the most bytes one card's payload may inflate to (default MAX_FILE_BYTES)
 * @returns each card's Bundle as JSON text
 * @throws ShlError `unsupported` when the file is not a readable card, `too-large` when a payload inflates past
 *   `maxBytes`
 */
export async function healthCardBundles(text: string, maxBytes: number = MAX_FILE_BYTES): Promise<string[]> {
  try {
    const data = JSON.parse(text) as unknown
    if (!isRecord(data) || !Array.isArray(data.verifiableCredential)) throw new Error('no verifiableCredential')
    const bundles: unknown[] = []
    // One card at a time: at most one inflated payload is being read at once.
    for (const jws of data.verifiableCredential) bundles.push(await bundleOf(jws, maxBytes))
    return bundles.filter((b) => b !== null).map((b) => JSON.stringify(b))
  } catch (error) {
    if (error instanceof ShlError) throw error
    throw new ShlError('unsupported', 'A shared health card could not be read.')
  }
}
