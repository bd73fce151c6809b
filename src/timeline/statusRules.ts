/**
 * The status rules, owned here once: which clinical statuses mean a condition is going on (active) or has ended,
 * and which verification statuses mean it is only suspected (recorded, not confirmed). The normaliser, the condition
 * groups, the time states, the mapping and the selectors all read these.
 */

/** Clinical statuses of a condition that is going on (con-4: an abated condition must have none of these). */
export const ACTIVE_CLINICAL_STATUSES: ReadonlySet<string> = new Set(['active', 'recurrence', 'relapse'])

/** Clinical statuses of a condition that has ended: resolved, inactive or in remission. */
export const ENDED_CLINICAL_STATUSES: ReadonlySet<string> = new Set(['resolved', 'inactive', 'remission'])

/** Verification statuses of a suspected condition: unconfirmed, provisional or differential. */
export const SUSPECTED_VERIFICATION_STATUSES: ReadonlySet<string> = new Set([
  'unconfirmed',
  'provisional',
  'differential',
])

/**
 * True for active, recurrence and relapse.
 * @param status - a condition's clinical status, or null when none was recorded
 */
export function isActiveClinicalStatus(status: string | null): boolean {
  return status !== null && ACTIVE_CLINICAL_STATUSES.has(status)
}

/**
 * True for resolved, inactive and remission.
 * @param status - a condition's clinical status, or null when none was recorded
 */
export function isEndedClinicalStatus(status: string | null): boolean {
  return status !== null && ENDED_CLINICAL_STATUSES.has(status)
}

/**
 * True for unconfirmed, provisional and differential: always labelled as not confirmed.
 * @param status - a condition's verification status, or null when none was recorded
 */
export function isSuspectedVerification(status: string | null): boolean {
  return status !== null && SUSPECTED_VERIFICATION_STATUSES.has(status)
}
