import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from '../i18n/format.ts'
import { deceasedText, genderText } from './PatientPicker.tsx'
import { useT } from '../twin/useT.ts'

/**
 * The patient banner: who this record is about, where it came from and when it was read. The twin's
 * "Choose another patient" is in its menu; the print summary passes `onClose` for its own button.
 */
export function PatientBanner({ onClose }: { onClose?: () => void }) {
  const patient = useTwin((s) => s.twin?.record.patient ?? null)
  const asOf = useTwin((s) => s.twin?.record.asOf ?? null)
  const source = useTwin((s) => s.source)
  const locale = useTwin((s) => s.locale)
  const t = useT()
  const date = asOf ? formatRecordedDate({ value: asOf, precision: 'time' }, locale) : ''
  return (
    <section aria-label={t('banner.region')} className="banner">
      <div>
        <h2 className="banner-name">{patient?.name ?? t('common.nameNotRecorded')}</h2>
        <dl className="banner-facts">
          <div>
            <dt>{t('banner.sex')}</dt>
            <dd>{genderText(patient?.gender ?? null, t)}</dd>
          </div>
          <div>
            <dt>{t('banner.born')}</dt>
            <dd>{patient?.birthDate ? formatRecordedDate(patient.birthDate, locale) : t('common.notRecorded')}</dd>
          </div>
          {patient?.deceased != null && (
            <div>
              <dt>{t('banner.deceased')}</dt>
              <dd>{deceasedText(patient.deceased, t, locale)}</dd>
            </div>
          )}
        </dl>
        <p className="muted">
          {source.kind === 'server'
            ? t('banner.asOfServer', { date, source: source.baseUrl })
            : source.kind === 'file'
              ? t('banner.asOfFile', { date, source: source.fileName })
              : t('banner.asOfHealthLink', { date, source: source.label ?? t('shl.defaultLabel') })}
        </p>
      </div>
      {onClose !== undefined && (
        <button type="button" onClick={onClose}>
          {t('banner.close')}
        </button>
      )}
    </section>
  )
}
