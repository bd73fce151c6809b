import { useShallow } from 'zustand/react/shallow'
import { useTwin } from '../twin/TwinContext.tsx'
import type { HiddenReason } from '../timeline/types.ts'
import { useT } from '../twin/useT.ts'

/** The calm, persistent information-only notice (I7), in the words of the view's mode (G3). */
export function Disclaimer() {
  const t = useT()
  const clinician = useTwin((s) => s.mode === 'clinician')
  return <p className="disclaimer">{t(clinician ? 'app.disclaimerClinician' : 'app.disclaimer')}</p>
}

/** The words for each status of a missing type (the notice's list and the record sections' own lines). */
export const MISSING_STATUS_KEY = {
  failed: 'missing.failed',
  incomplete: 'missing.incomplete',
  'not-offered': 'missing.notOffered',
  'not-permitted': 'missing.notPermitted',
  'not-shared': 'missing.notShared',
} as const

/** Names every category that is missing or partial, so nothing reads as "none" when it did not arrive (I5). */
export function MissingNotice() {
  const missing = useTwin((s) => s.missing)
  const warnings = useTwin((s) => s.warnings)
  const t = useT()
  if (missing.length === 0 && warnings.length === 0) return null
  return (
    <section aria-labelledby="missing-heading" className="notice">
      <h2 id="missing-heading">{t('missing.heading')}</h2>
      <ul>
        {missing.map((m) => (
          <li key={m.category}>
            <strong>{t(`category.${m.category}`)}</strong> {t(MISSING_STATUS_KEY[m.status])}
            {m.message ? ` (${m.message})` : ''}.
          </li>
        ))}
        {warnings.map((w, i) => (
          <li key={`w${String(i)}`}>{w}</li>
        ))}
      </ul>
    </section>
  )
}

/** "N records not shown - why?" (D14). */
export function HiddenDisclosure() {
  const t = useT()
  const counts = useTwin(
    useShallow((s) => {
      const c: Partial<Record<HiddenReason, number>> = {}
      for (const h of s.twin?.record.hidden ?? []) c[h.reason] = (c[h.reason] ?? 0) + 1
      return c
    }),
  )
  const entries = Object.entries(counts) as [HiddenReason, number][]
  const total = entries.reduce((n, [, c]) => n + c, 0)
  if (total === 0) return null
  return (
    <details className="hidden-disclosure">
      <summary>{total === 1 ? t('hidden.summaryOne') : t('hidden.summary', { count: total })}</summary>
      <ul>
        {entries.map(([reason, count]) => (
          <li key={reason}>{t(`hidden.${reason}`, { count })}</li>
        ))}
      </ul>
    </details>
  )
}
