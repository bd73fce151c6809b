/**
 * A FHIR base URL without trailing slashes.
 * @param url - a FHIR base URL as configured or received
 */
export function normaliseBase(url: string): string {
  return url.replace(/\/+$/, '')
}
