/**
 * Shareable view state in the URL fragment: organ, date, mode, filters and language. Never patient data: no patient
 * id, name or record text goes into the URL (the fragment is also never sent to a server or in a Referer).
 */
import { isOrganId, type OrganId } from '../anatomy/organIds.ts'
import type { RecordFilters, ViewMode } from '../twin/twinStore.ts'
import type { Locale } from '../i18n/locale.ts'

export interface ViewState {
  readonly organ: OrganId | null
  readonly date: string | null
  readonly mode: ViewMode
  readonly locale: Locale
  readonly filters: RecordFilters
}

export const DEFAULT_VIEW: ViewState = {
  organ: null,
  date: null,
  mode: 'patient',
  locale: 'en',
  filters: { activeOnly: false, showLifeAndContext: true, category: 'all' },
}

/**
 * Encodes a view as a URL fragment (without '#'); defaults are left out so links stay short.
 * @param view - the view state
 */
export function encodeViewState(view: ViewState): string {
  const p = new URLSearchParams()
  if (view.organ) p.set('organ', view.organ)
  if (view.date) p.set('date', view.date)
  if (view.mode !== 'patient') p.set('mode', view.mode)
  if (view.locale !== 'en') p.set('lang', view.locale)
  if (view.filters.activeOnly) p.set('active', '1')
  if (!view.filters.showLifeAndContext) p.set('context', '0')
  if (view.filters.category !== 'all') p.set('category', view.filters.category)
  return p.toString()
}

/**
 * Decodes a fragment or query string; unknown or malformed values fall back to the defaults.
 * @param text - `location.hash` or `location.search` (with or without the leading '#'/'?')
 */
export function decodeViewState(text: string): ViewState {
  const p = new URLSearchParams(text.replace(/^[#?]/, ''))
  const organ = p.get('organ')
  const date = p.get('date')
  const mode = p.get('mode')
  const lang = p.get('lang')
  const category = p.get('category')
  return {
    organ: organ !== null && isOrganId(organ) ? organ : null,
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : null,
    mode: mode === 'clinician' ? 'clinician' : 'patient',
    locale: lang === 'es' ? 'es' : 'en',
    filters: {
      activeOnly: p.get('active') === '1',
      showLifeAndContext: p.get('context') !== '0',
      category: category === 'problem-list-item' || category === 'encounter-diagnosis' ? category : 'all',
    },
  }
}
