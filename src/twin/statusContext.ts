/** The context the time-and-certainty sentences of a condition need, from the view state (one place for all views). */
import type { StatusContext } from '../i18n/conditionStatus.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'
import type { ViewMode } from './twinStore.ts'

/**
 * Clinician view: dates exactly as recorded; patient view: the year alone for spans over a year.
 * @param t - the translate function of the interface language
 * @param locale - the interface language
 * @param mode - patient or clinician view
 * @param asOf - the record's "information as of" instant
 */
export function statusContext(t: Translate, locale: Locale, mode: ViewMode, asOf: string): StatusContext {
  return { t, locale, exactDates: mode === 'clinician', asOf }
}
