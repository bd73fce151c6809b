import { formatRecordedDate } from '../i18n/format.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/**
 * "Information as of {time} from {source}" (D9, I5): when the shown record was read (the twin's `asOf`, set when
 * this load finished; UTC) and where from. Nothing while a record loads or none is shown, so no time or source of
 * an earlier record (or an earlier launch: nothing is kept between launches) is ever shown beside a new one.
 */
export function RecordAsOf({ className }: { className?: string }) {
  const asOf = useTwin((s) => s.twin?.record.asOf ?? null)
  const source = useTwin((s) => s.source)
  const locale = useTwin((s) => s.locale)
  const t = useT()
  if (asOf === null) return null
  const date = t('banner.asOfTime', { date: formatRecordedDate({ value: asOf, precision: 'time' }, locale) })
  return (
    <p className={className} data-as-of={asOf}>
      {source.kind === 'server'
        ? t('banner.asOfServer', { date, source: source.baseUrl })
        : source.kind === 'file'
          ? t('banner.asOfFile', { date, source: source.fileName })
          : t('banner.asOfHealthLink', { date, source: source.label ?? t('shl.defaultLabel') })}
    </p>
  )
}
