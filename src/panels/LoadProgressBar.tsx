import { useTwin } from '../twin/TwinContext.tsx'

/** Progress while a record loads: types finished, pages and resources received. */
export function LoadProgressBar() {
  const progress = useTwin((s) => s.progress)
  const done = progress?.typesDone ?? 0
  const total = progress?.typesTotal ?? 0
  return (
    <section aria-label="Loading" className="card">
      <label htmlFor="load-progress">Loading the record…</label>
      <progress id="load-progress" max={total || 1} value={total ? done : undefined} />
      <p role="status" className="muted">
        {progress
          ? `${done} of ${total} kinds of records received (${progress.pages} pages, ${progress.resources} items).`
          : 'Connecting…'}
      </p>
    </section>
  )
}
