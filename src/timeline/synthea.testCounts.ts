/**
 * Test-only, independent condition grouping for the Synthea regression counts (deliberately not the app's helper).
 */

/**
 * Groups a raw clinicalStatus code: active family, resolved family, or other (absent / anything else).
 * @param code - the recorded clinicalStatus code, if any
 */
export function conditionGroupOf(code: string | undefined): 'active' | 'resolved' | 'other' {
  if (code === 'active' || code === 'recurrence' || code === 'relapse') return 'active'
  if (code === 'resolved' || code === 'inactive' || code === 'remission') return 'resolved'
  return 'other'
}
