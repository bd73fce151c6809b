import type { Translate } from '../../i18n/translate.ts'
import { useTwin } from '../../twin/TwinContext.tsx'
import type { RecordSource } from '../../twin/twinStore.ts'

/**
 * The record system, file or link the record came from, as the empty-conditions sentence names it.
 * @param source - where the record came from
 * @param t - the words
 */
export function sourceName(source: RecordSource, t: Translate): string {
  if (source.kind === 'server') return source.baseUrl
  if (source.kind === 'file') return source.fileName
  return source.label ?? t('shl.defaultLabel')
}

/**
 * What an empty conditions list says (G8, I5): none shared by the named source, with what that covers; or, when the
 * record has conditions that the date or the filters hide, that none are shown. Never "no health problems".
 * @param props.inRecord - how many conditions the record holds (shown or not)
 * @param props.t - the words
 */
export function NoConditions({ inRecord, t }: { inRecord: number; t: Translate }) {
  const source = useTwin((s) => s.source)
  // A15, I5: Conditions that did not arrive (not shared at sign-in, refused, failed) are never "no conditions".
  const missing = useTwin((s) => s.missing.find((m) => m.category === 'Condition')?.status)
  if (missing !== undefined) {
    return (
      <p className="muted no-conditions">
        {t(missing === 'not-shared' ? 'record.conditionsNotShared' : 'record.conditionsMissing')}
      </p>
    )
  }
  if (inRecord > 0) return <p className="muted no-conditions">{t('record.noConditionsFiltered')}</p>
  const name = sourceName(source, t)
  return (
    <p className="muted no-conditions">
      {t('record.noConditions', { source: name })} {t('record.noConditionsScope', { source: name })}
    </p>
  )
}
