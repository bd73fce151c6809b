import type { Locale } from '../../i18n/locale.ts'
import type { Translate } from '../../i18n/translate.ts'
import type { ViewMode } from '../../twin/twinStore.ts'

/** What every part of the details panel renders with: the words, the language, the mode and the record's "as of". */
export interface PanelContext {
  readonly t: Translate
  readonly locale: Locale
  readonly mode: ViewMode
  /** The record's "information as of" instant (ISO): the end of a condition recorded with no end date. */
  readonly asOf: string
}
