import { SmartError } from './SmartError.ts'
import { isLoopback } from './isLoopback.ts'

/**
 * Parses an endpoint URL and refuses it unless it is https (plain http only to this machine, the local demo):
 * tokens and endpoints go over TLS.
 * @param raw - the URL as received
 */
export function requireSecure(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SmartError('discovery', 'The record system’s sign-in settings are not usable.')
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) {
    throw new SmartError('insecure', 'The record system’s sign-in does not use a secure connection.')
  }
  return url
}
