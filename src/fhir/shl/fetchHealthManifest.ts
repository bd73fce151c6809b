/**
 * The SHLink manifest request: POST the manifest URL with `{ recipient, passcode? }` as JSON (the passcode travels
 * only in this body), and read `{ files: [{ contentType, embedded | location }] }`.
 */
import { checkedLinkUrl } from './checkedLinkUrl.ts'
import { readLimitedText } from './readLimitedText.ts'
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
  /** The most bytes the manifest response may have. */
  readonly maxBytes: number
  /** The most files the manifest may list. */
  readonly maxFiles: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

async function jsonBody(response: Response, maxBytes: number): Promise<unknown> {
  const text = await readLimitedText(response, maxBytes)
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** The manifest answer is refused whole when one of its files is unusable: no file is silently dropped. */
function unusableFile(message: string): ShlError {
  return new ShlError('failed', message)
}

/** Turns a refused manifest request into its ShlError (401 wrong passcode, 404 link no longer active). */
async function refusal(response: Response, maxBytes: number): Promise<ShlError> {
  if (response.status === 401) {
    const body = await jsonBody(response, maxBytes)
    const left = isRecord(body) && typeof body.remainingAttempts === 'number' ? body.remainingAttempts : null
    return new ShlError('wrong-passcode', 'The passcode was not accepted.', left)
  }
  if (response.status === 404) return new ShlError('not-active', 'This link is no longer active.')
  return new ShlError('failed', `The link's server answered ${String(response.status)}.`)
}

function readFile(value: unknown): HealthManifestFile {
  if (!isRecord(value) || typeof value.contentType !== 'string') {
    throw unusableFile('A file of the manifest has no content type.')
  }
  const embedded = typeof value.embedded === 'string' ? value.embedded : null
  if (embedded !== null) return { contentType: value.contentType, embedded, location: null }
  if (typeof value.location !== 'string') {
    throw unusableFile('A file of the manifest has neither embedded content nor a location.')
  }
  const location = checkedLinkUrl(value.location)
  if (location === null) {
    throw unusableFile('A file of the manifest has a location that is not an https address.')
  }
  return { contentType: value.contentType, embedded: null, location }
}

/**
 * Sends the manifest request and reads the file list.
 * @param url - the link's manifest URL
 * @param request - recipient, passcode, abort signal and limits
 * @throws ShlError `wrong-passcode` (with remainingAttempts), `not-active`, `too-large`, `unreachable` or `failed`
 *   (also for more files than `maxFiles`, and for a file with neither `embedded` nor a usable https `location`)
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
  if (!response.ok) throw await refusal(response, request.maxBytes)
  const body = await jsonBody(response, request.maxBytes)
  if (!isRecord(body) || !Array.isArray(body.files)) {
    throw new ShlError('failed', "The link's server did not send a manifest.")
  }
  if (body.files.length > request.maxFiles) {
    throw new ShlError('too-large', `The link shares more files than this app opens (${String(request.maxFiles)}).`)
  }
  return body.files.map(readFile)
}
