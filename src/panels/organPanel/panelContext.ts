import type { Locale } from '../../i18n/locale.ts'
import type { Translate } from '../../i18n/translate.ts'
import type { ViewMode } from '../../twin/twinStore.ts'

/** What every part of the details panel renders with: the words, the language and the mode. */
export interface PanelContext {
  readonly t: Translate
  readonly locale: Locale
  readonly mode: ViewMode
}
