import { useId } from 'react'
import { useTwin } from '../../twin/TwinContext.tsx'
import { useT } from '../../twin/useT.ts'

/** The record filters: active only, life and context, and (when the record's conditions carry one) the category. */
export function RecordFilters() {
  const t = useT()
  const filters = useTwin((s) => s.filters)
  const hasCategories = useTwin((s) => (s.twin?.record.conditions ?? []).some((c) => c.categories.length > 0))
  const setFilters = useTwin((s) => s.setFilters)
  const catId = useId()
  return (
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
  )
}
