import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from './i18n/useT.ts'

/** A clear error with a way forward: retry, or go back to the patient list. */
export function ErrorPanel({ onRetry, onBack }: { onRetry: () => void; onBack: () => void }) {
  const error = useTwin((s) => s.error)
  const t = useT()
  if (error === null) return null
  return (
    <section role="alert" aria-labelledby="error-heading" className="card error">
      <h2 id="error-heading">{t('error.heading')}</h2>
      <p>{error.message}</p>
      {error.detail && <p className="muted">{t('error.details', { detail: error.detail })}</p>}
      <div className="actions">
        <button type="button" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </section>
  )
}
