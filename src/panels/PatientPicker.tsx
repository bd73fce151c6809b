import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from './format.ts'
import type { PatientSummary } from '../timeline/types.ts'

const GENDER: Record<NonNullable<PatientSummary['gender']>, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
}

/** Describes a patient's sex as recorded. */
function genderText(gender: PatientSummary['gender']): string {
  return gender === null ? 'Not recorded' : GENDER[gender]
}

function deceasedText(deceased: PatientSummary['deceased']): string {
  if (deceased === null) return 'No'
  if (deceased === true) return 'Yes'
  return formatRecordedDate(deceased)
}

/** The patient picker for the connected server: a table with one "Open" button per patient. */
export function PatientPicker({ onOpen, onRetry }: { onOpen: (id: string) => void; onRetry: () => void }) {
  const patients = useTwin((s) => s.patients)
  return (
    <section aria-labelledby="picker-heading" className="card">
      <h2 id="picker-heading">Choose a patient</h2>
      {patients.status === 'loading' && <p role="status">Loading the list of patients…</p>}
      {patients.status === 'error' && (
        <div role="alert" className="error">
          <p>{patients.error?.message ?? 'The list of patients could not be loaded.'}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {patients.status === 'ready' && patients.items.length === 0 && <p>This record system shared no patients.</p>}
      {patients.items.length > 0 && (
        <table className="patients">
          <caption className="visually-hidden">Patients on this record system</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Sex</th>
              <th scope="col">Birth date</th>
              <th scope="col">Deceased</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {patients.items.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name ?? 'Name not recorded'}</th>
                <td>{genderText(p.gender)}</td>
                <td>{p.birthDate ? formatRecordedDate(p.birthDate) : 'Not recorded'}</td>
                <td>{deceasedText(p.deceased)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      onOpen(p.id)
                    }}
                    aria-label={`Open the record of ${p.name ?? 'this patient'}`}
                  >
                    Open record
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

export { genderText, deceasedText }
