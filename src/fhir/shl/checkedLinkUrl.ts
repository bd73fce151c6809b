/** The address check shared by a link's manifest URL and each manifest file's `location`. */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The absolute https address in `value`, or null when it is none. Plain http is accepted only for this machine
 * (127.0.0.1, localhost, [::1]: local test servers), since the passcode and the files would otherwise travel in
 * cleartext. A relative address is refused (it would resolve against this app's own origin).
 * @param value - the address as the link or the manifest gives it
 * @returns the normalised address, or null
 */
export function checkedLinkUrl(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol === 'https:') return url.href
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.href
  return null
}
