import { useId } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/** Mode (patient / clinician), language, and the record filters. */
export function ViewControls() {
  const t = useT()
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const filters = useTwin((s) => s.filters)
  const hasCategories = useTwin((s) => (s.record?.conditions ?? []).some((c) => c.categories.length > 0))
  const setMode = useTwin((s) => s.setMode)
  const setLocale = useTwin((s) => s.setLocale)
  const setFilters = useTwin((s) => s.setFilters)
  const langId = useId()
  const catId = useId()
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
      <fieldset className="filters">
        <legend>{t('filters.heading')}</legend>
        <label>
          <input
            type="checkbox"
            checked={filters.activeOnly}
            onChange={(e) => {
              setFilters({ activeOnly: e.currentTarget.checked })
            }}
          />
          {t('filters.activeOnly')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.showLifeAndContext}
            onChange={(e) => {
              setFilters({ showLifeAndContext: e.currentTarget.checked })
            }}
          />
          {t('filters.showContext')}
        </label>
        {hasCategories && (
          <span className="field">
            <label htmlFor={catId}>{t('filters.category')}</label>
            <select
              id={catId}
              value={filters.category}
              onChange={(e) => {
                const v = e.currentTarget.value
                setFilters({ category: v === 'problem-list-item' || v === 'encounter-diagnosis' ? v : 'all' })
              }}
            >
              <option value="all">{t('filters.all')}</option>
              <option value="problem-list-item">{t('filters.problemList')}</option>
              <option value="encounter-diagnosis">{t('filters.encounterDiagnosis')}</option>
            </select>
          </span>
        )}
      </fieldset>
    </section>
  )
}
