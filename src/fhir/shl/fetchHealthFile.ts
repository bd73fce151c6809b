/** GETs one encrypted SHLink file (a manifest `location`, or the link URL itself for U links). */
import type { ByteBudget } from './readLimitedBytes.ts'
import { readLimitedText } from './readLimitedText.ts'
import { ShlError } from './ShlError.ts'

/** How one file is fetched: its size limits and the abort signal. */
export interface HealthFileRequest {
  /** The most bytes the file may have. */
  readonly maxBytes: number
  /** The bytes left for all files of the link. */
  readonly budget?: ByteBudget
  readonly signal?: AbortSignal
}

/**
 * Fetches the compact JWE at `url`.
 * @param url - the file location
 * @param request - size limits and abort signal
 * @throws ShlError `not-active` (404), `too-large`, `unreachable` or `failed`
 */
export async function fetchHealthFile(url: string, request: HealthFileRequest): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/jose' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(request.signal ? { signal: request.signal } : {}),
    })
  } catch {
    throw new ShlError('unreachable', "The link's server could not be reached.")
  }
  if (response.status === 404) throw new ShlError('not-active', 'This link is no longer active.')
  if (!response.ok) throw new ShlError('failed', `The link's server answered ${String(response.status)}.`)
  return readLimitedText(response, request.maxBytes, request.budget)
}
