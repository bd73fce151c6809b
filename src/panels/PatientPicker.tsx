import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'
import type { Translate } from '../i18n/translate.ts'
import type { PatientSummary } from '../timeline/types.ts'
import type { Locale } from '../i18n/locale.ts'

/**
 * Describes a patient's sex as recorded.
 * @param gender - Patient.gender as normalised
 * @param t - the translate function
 */
export function genderText(gender: PatientSummary['gender'], t: Translate): string {
  return gender === null ? t('common.notRecorded') : t(`sex.${gender}`)
}

/**
 * Describes Patient.deceased[x] as recorded.
 * @param deceased - the normalised value
 * @param t - the translate function
 * @param locale - for the date
 */
export function deceasedText(deceased: PatientSummary['deceased'], t: Translate, locale: Locale): string {
  if (deceased === null) return t('common.no')
  if (deceased === true) return t('common.yes')
  return formatRecordedDate(deceased, locale)
}

/** The patient picker for the connected server: a table with one "Open" button per patient. */
export function PatientPicker({ onOpen, onRetry }: { onOpen: (id: string) => void; onRetry: () => void }) {
  const patients = useTwin((s) => s.patients)
  const locale = useTwin((s) => s.locale)
  const t = useT()
  return (
    <section aria-labelledby="picker-heading" className="card">
      <h2 id="picker-heading">{t('picker.heading')}</h2>
      {patients.status === 'loading' && <p role="status">{t('picker.loading')}</p>}
      {patients.status === 'error' && (
        <div role="alert" className="error">
          <p>{patients.error?.message ?? t('picker.failed')}</p>
          <button type="button" onClick={onRetry}>
            {t('common.tryAgain')}
          </button>
        </div>
      )}
      {patients.status === 'ready' && patients.items.length === 0 && <p>{t('picker.none')}</p>}
      {patients.items.length > 0 && (
        <table className="patients">
          <caption className="visually-hidden">{t('picker.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('picker.name')}</th>
              <th scope="col">{t('picker.sex')}</th>
              <th scope="col">{t('picker.birthDate')}</th>
              <th scope="col">{t('picker.deceased')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('picker.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {patients.items.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name ?? t('common.nameNotRecorded')}</th>
                <td>{genderText(p.gender, t)}</td>
                <td>{p.birthDate ? formatRecordedDate(p.birthDate, locale) : t('common.notRecorded')}</td>
                <td>{deceasedText(p.deceased, t, locale)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      onOpen(p.id)
                    }}
                    aria-label={t('picker.openLabel', { name: p.name ?? t('picker.thisPatient') })}
                  >
                    {t('picker.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
