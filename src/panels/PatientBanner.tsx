import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from './format.ts'
import { deceasedText, genderText } from './PatientPicker.tsx'

/** The patient banner: who this record is about, where it came from and when it was read. */
export function PatientBanner({ onClose }: { onClose: () => void }) {
  const patient = useTwin((s) => s.record?.patient ?? null)
  const asOf = useTwin((s) => s.record?.asOf ?? null)
  const source = useTwin((s) => s.source)
  const sourceText = source.kind === 'server' ? `record system at ${source.baseUrl}` : `file ${source.fileName}`
  return (
    <section aria-label="Patient" className="banner">
      <div>
        <h2 className="banner-name">{patient?.name ?? 'Name not recorded'}</h2>
        <dl className="banner-facts">
          <div>
            <dt>Sex</dt>
            <dd>{genderText(patient?.gender ?? null)}</dd>
          </div>
          <div>
            <dt>Born</dt>
            <dd>{patient?.birthDate ? formatRecordedDate(patient.birthDate) : 'Not recorded'}</dd>
          </div>
          {patient?.deceased != null && (
            <div>
              <dt>Deceased</dt>
              <dd>{deceasedText(patient.deceased)}</dd>
            </div>
          )}
        </dl>
        <p className="muted">
          Information as of {asOf ? formatRecordedDate({ value: asOf, precision: 'time' }) : 'now'} from the{' '}
          {sourceText}.
        </p>
      </div>
      <button type="button" onClick={onClose}>
        Choose another patient
      </button>
    </section>
  )
}
