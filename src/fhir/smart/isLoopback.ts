/**
 * True for this machine's own addresses (127.0.0.1, localhost, [::1]).
 * @param url - a parsed URL
 */
export function isLoopback(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]'
}
