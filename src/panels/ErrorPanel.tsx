import { useTwin } from '../twin/TwinContext.tsx'

/** A clear error with a way forward: retry, or go back to the patient list. */
export function ErrorPanel({ onRetry, onBack }: { onRetry: () => void; onBack: () => void }) {
  const error = useTwin((s) => s.error)
  if (error === null) return null
  return (
    <section role="alert" aria-labelledby="error-heading" className="card error">
      <h2 id="error-heading">The record could not be shown</h2>
      <p>{error.message}</p>
      {error.detail && <p className="muted">Details from the record system: {error.detail}</p>}
      <div className="actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onBack}>
          Back
        </button>
      </div>
    </section>
  )
}
