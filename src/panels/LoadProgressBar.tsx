import { useTwin } from '../twin/TwinContext.tsx'
import { useT } from '../twin/useT.ts'

/** Progress while a record loads: types finished, pages and resources received. */
export function LoadProgressBar() {
  const progress = useTwin((s) => s.progress)
  const t = useT()
  const done = progress?.typesDone ?? 0
  const total = progress?.typesTotal ?? 0
  return (
    <section aria-label={t('progress.region')} className="card">
      <label htmlFor="load-progress">{t('progress.label')}</label>
      <progress id="load-progress" max={total || 1} value={total ? done : undefined} />
      <p role="status" className="muted">
        {progress
          ? t('progress.status', { done, total, pages: progress.pages, resources: progress.resources })
          : t('progress.connecting')}
      </p>
    </section>
  )
}
