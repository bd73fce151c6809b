/** GETs one encrypted SHLink file (a manifest `location`, or the link URL itself for U links). */
import { ShlError } from './ShlError.ts'

/**
 * Fetches the compact JWE at `url`.
 * @param url - the file location
 * @param signal - aborts the request
 * @throws ShlError `not-active` (404), `unreachable` or `failed`
 */
export async function fetchHealthFile(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/jose' },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      ...(signal ? { signal } : {}),
    })
  } catch {
    throw new ShlError('unreachable', "The link's server could not be reached.")
  }
  if (response.status === 404) throw new ShlError('not-active', 'This link is no longer active.')
  if (!response.ok) throw new ShlError('failed', `The link's server answered ${String(response.status)}.`)
  return response.text()
}
