import type { Locale } from '../../i18n/locale.ts'
import type { Translate } from '../../i18n/translate.ts'
import type { ViewMode } from '../../twin/twinStore.ts'

/** What every record-view item needs from the view state. */
export interface ItemProps {
  readonly t: Translate
  readonly locale: Locale
  readonly mode: ViewMode
}
