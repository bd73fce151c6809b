/**
 * The FHIR Bundles inside a SMART Health Card file (`application/smart-health-card`: `{ verifiableCredential: [JWS] }`).
 * Each JWS payload is raw-DEFLATE-compressed JSON whose `vc.credentialSubject.fhirBundle` is the Bundle. The issuer's
 * signature is not verified here (that needs the issuer's keys from its own host); the app shows the content as
 * shared, like a file.
 */
import { base64url } from 'jose'
import { ShlError } from './ShlError.ts'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function inflateRaw(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  return new Response(stream).text()
}

async function bundleOf(jws: unknown): Promise<unknown> {
  if (typeof jws !== 'string') return null
  const payload = jws.split('.')[1]
  if (payload === undefined) return null
  const claims = JSON.parse(await inflateRaw(base64url.decode(payload))) as unknown
  if (!isRecord(claims) || !isRecord(claims.vc) || !isRecord(claims.vc.credentialSubject)) return null
  return claims.vc.credentialSubject.fhirBundle ?? null
}

/**
 * Reads the Bundles of a SMART Health Card file.
 * @param text - the decrypted file's text
 * @returns each card's Bundle as JSON text
 * @throws ShlError `unsupported` when the file is not a readable card
 */
export async function healthCardBundles(text: string): Promise<string[]> {
  try {
    const data = JSON.parse(text) as unknown
    if (!isRecord(data) || !Array.isArray(data.verifiableCredential)) throw new Error('no verifiableCredential')
    const bundles = await Promise.all(data.verifiableCredential.map(bundleOf))
    return bundles.filter((b) => b !== null).map((b) => JSON.stringify(b))
  } catch {
    throw new ShlError('unsupported', 'A shared health card could not be read.')
  }
}
