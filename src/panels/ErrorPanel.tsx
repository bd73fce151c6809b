import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/**
 * A clear error with a way forward: retry, or go back to the patient list. When the sign-in has ended (SMART, A21)
 * neither would help, so it says so plainly and offers signing in again.
 */
export function ErrorPanel({
  onRetry,
  onBack,
  onSignInAgain,
}: {
  onRetry: () => void
  onBack: () => void
  /** Absent when the app has no sign-in screen: the message then only says to open the app again. */
  onSignInAgain: (() => void) | undefined
}) {
  const error = useTwin((s) => s.error)
  const t = useT()
  if (error === null) return null
  if (error.kind === 'session-ended') {
    return (
      <section role="alert" aria-labelledby="error-heading" className="card error">
        <h2 id="error-heading">{t('error.sessionEndedHeading')}</h2>
        <p>{t('error.sessionEnded')}</p>
        {onSignInAgain !== undefined && (
          <div className="actions">
            <button type="button" onClick={onSignInAgain}>
              {t('error.signInAgain')}
            </button>
          </div>
        )}
      </section>
    )
  }
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
