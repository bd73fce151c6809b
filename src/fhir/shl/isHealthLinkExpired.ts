/** The SHLink `exp` check. */
import type { HealthLinkPayload } from './parseHealthLink.ts'

/**
 * True when the link's `exp` is in the past.
 * @param payload - a parsed link
 * @param nowMs - the current time in milliseconds since the epoch
 */
export function isHealthLinkExpired(payload: HealthLinkPayload, nowMs: number): boolean {
  return payload.exp !== null && payload.exp * 1000 <= nowMs
}
