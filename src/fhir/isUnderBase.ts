/**
 * True when `url` lies under the FHIR base (same origin and path prefix): only then may it be fetched with the token.
 * @param url - a link from a server response
 * @param baseUrl - the configured FHIR base
 * @returns whether the link may be followed
 */
export function isUnderBase(url: string, baseUrl: string): boolean {
  let target: URL
  let base: URL
  try {
    target = new URL(url)
    base = new URL(baseUrl)
  } catch {
    return false
  }
  const basePath = base.pathname.replace(/\/+$/, '')
  return target.origin === base.origin && (target.pathname === basePath || target.pathname.startsWith(`${basePath}/`))
}

/**
 * A link from a server response made absolute: a relative `next` link ("Observation?page=2") is read against the
 * FHIR base, as a browser reads a relative link against its page; an unreadable link is returned as it is (and
 * fails isUnderBase).
 * @param url - the link as sent
 * @param baseUrl - the configured FHIR base
 * @returns the absolute link
 */
export function resolveAgainstBase(url: string, baseUrl: string): string {
  try {
    return new URL(url, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
  } catch {
    return url
  }
}
