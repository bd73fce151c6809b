/**
 * The SHLink manifest request: POST the manifest URL with `{ recipient, passcode? }` as JSON (the passcode travels
 * only in this body), and read `{ files: [{ contentType, embedded | location }] }`.
 */
import { ShlError } from './ShlError.ts'

/** One file of a manifest: the encrypted JWE inline, or a short-lived URL to GET it from. */
export interface HealthManifestFile {
  readonly contentType: string
  readonly embedded: string | null
  readonly location: string | null
}

/** What the manifest request sends. */
export interface ManifestRequest {
  /** Who is asking: shown to the sharer in the server's access log. */
  readonly recipient: string
  /** The passcode, for P links. */
  readonly passcode?: string
  readonly signal?: AbortSignal
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function jsonBody(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown
  } catch {
    return null
  }
}

/** Turns a refused manifest request into its ShlError (401 wrong passcode, 404 link no longer active). */
async function refusal(response: Response): Promise<ShlError> {
  if (response.status === 401) {
    const body = await jsonBody(response)
    const left = isRecord(body) && typeof body.remainingAttempts === 'number' ? body.remainingAttempts : null
    return new ShlError('wrong-passcode', 'The passcode was not accepted.', left)
  }
  if (response.status === 404) return new ShlError('not-active', 'This link is no longer active.')
  return new ShlError('failed', `The link's server answered ${String(response.status)}.`)
}

function readFile(value: unknown): HealthManifestFile | null {
  if (!isRecord(value) || typeof value.contentType !== 'string') return null
  const embedded = typeof value.embedded === 'string' ? value.embedded : null
  const location = typeof value.location === 'string' ? value.location : null
  if (embedded === null && location === null) return null
  return { contentType: value.contentType, embedded, location }
}

/**
 * Sends the manifest request and reads the file list.
 * @param url - the link's manifest URL
 * @param request - recipient, passcode and abort signal
 * @throws ShlError `wrong-passcode` (with remainingAttempts), `not-active`, `unreachable` or `failed`
 */
export async function fetchHealthManifest(url: string, request: ManifestRequest): Promise<HealthManifestFile[]> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        recipient: request.recipient,
        ...(request.passcode === undefined ? {} : { passcode: request.passcode }),
      }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(request.signal ? { signal: request.signal } : {}),
    })
  } catch {
    throw new ShlError('unreachable', "The link's server could not be reached.")
  }
  if (!response.ok) throw await refusal(response)
  const body = await jsonBody(response)
  if (!isRecord(body) || !Array.isArray(body.files)) {
    throw new ShlError('failed', "The link's server did not send a manifest.")
  }
  return body.files.map(readFile).filter((f): f is HealthManifestFile => f !== null)
}
