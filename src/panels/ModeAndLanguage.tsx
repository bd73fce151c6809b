import { useId } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/** Mode (patient / clinician) and language: in the header on wide screens, in the menu on narrow ones. */
export function ModeAndLanguage() {
  const t = useT()
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const setMode = useTwin((s) => s.setMode)
  const setLocale = useTwin((s) => s.setLocale)
  const langId = useId()
  return (
    <section aria-label={t('view.heading')} className="view-controls">
      <fieldset className="segmented">
        <legend>{t('view.mode')}</legend>
        {(['patient', 'clinician'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="mode"
              value={m}
              checked={mode === m}
              onChange={() => {
                setMode(m)
              }}
            />
            {t(m === 'patient' ? 'view.patient' : 'view.clinician')}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={langId}>{t('view.language')}</label>
        <select
          id={langId}
          value={locale}
          onChange={(e) => {
            setLocale(e.currentTarget.value === 'es' ? 'es' : 'en')
          }}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="es" lang="es">
            Español
          </option>
        </select>
      </div>
    </section>
  )
}
