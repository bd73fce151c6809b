/**
 * readHealthLink, loaded on first use: the link reader and jose (about 10 KB gzip) are a chunk of their own, out of
 * the first load; only opening a health link fetches it (same origin). A chunk that cannot load rejects like any
 * failed link (the controller answers the form with 'failed').
 */
import type { HealthLinkOptions, HealthLinkRecord } from './readHealthLink.ts'

/**
 * Opens a SMART Health Link (src/fhir/shl/readHealthLink.ts).
 * @param text - the link as pasted, scanned or taken from the URL
 * @param options - recipient, passcode, abort signal, limits
 */
export async function readHealthLink(text: string, options: HealthLinkOptions): Promise<HealthLinkRecord> {
  const reader = await import('./readHealthLink.ts')
  return reader.readHealthLink(text, options)
}
