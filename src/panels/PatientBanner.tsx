import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from '../i18n/format.ts'
import { deceasedText, genderText } from './PatientPicker.tsx'
import { useT } from '../twin/useT.ts'
import { RecordText } from './RecordText.tsx'
import { RecordAsOf } from './RecordAsOf.tsx'

/**
 * The patient banner: who this record is about and, unless `asOf` is false (the twin's header shows it), where it
 * came from and when it was read. The twin's "Choose another patient" is in its menu; the print summary passes
 * `onClose` for its own button.
 */
export function PatientBanner({ onClose, asOf = true }: { onClose?: () => void; asOf?: boolean }) {
  const patient = useTwin((s) => s.twin?.record.patient ?? null)
  const locale = useTwin((s) => s.locale)
  const t = useT()
  return (
    <section aria-label={t('banner.region')} className="banner">
      <div>
        <h2 className="banner-name">
          {patient?.name ? <RecordText text={patient.name} t={t} /> : t('common.nameNotRecorded')}
        </h2>
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
        {asOf && <RecordAsOf className="muted" />}
      </div>
      {onClose !== undefined && (
        <button type="button" onClick={onClose}>
          {t('banner.close')}
        </button>
      )}
    </section>
  )
}
