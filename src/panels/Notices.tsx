import { useTwin } from '../twin/TwinContext.tsx'
import { useShallow } from 'zustand/react/shallow'

/** The calm, persistent information-only notice (I7). */
export function Disclaimer() {
  return (
    <p className="disclaimer">
      This shows what is recorded in your health record. It does not diagnose or predict anything. Talk to your
      clinician about what it means.
    </p>
  )
}

const STATUS_TEXT = {
  failed: 'could not be loaded',
  incomplete: 'may be incomplete',
  'not-offered': 'are not offered by this record system',
} as const

/** Names every category that is missing or partial, so nothing reads as "none" when it did not arrive (I5). */
export function MissingNotice() {
  const missing = useTwin((s) => s.missing)
  const warnings = useTwin((s) => s.warnings)
  if (missing.length === 0 && warnings.length === 0) return null
  return (
    <section aria-labelledby="missing-heading" className="notice">
      <h2 id="missing-heading">Some information could not be loaded</h2>
      <ul>
        {missing.map((m) => (
          <li key={m.label}>
            <strong>{m.label}</strong> {STATUS_TEXT[m.status]}
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

const HIDDEN_TEXT = {
  'entered-in-error': 'marked as entered in error',
  'other-patient': 'belonging to a different patient',
  'unsupported-type': 'of a kind this app does not show',
  invalid: 'that could not be read',
  duplicate: 'repeated copies of the same item',
} as const

/** "N records not shown - why?" (D14). */
export function HiddenDisclosure() {
  const counts = useTwin(
    useShallow((s) => {
      const c: Partial<Record<keyof typeof HIDDEN_TEXT, number>> = {}
      for (const h of s.record?.hidden ?? []) c[h.reason] = (c[h.reason] ?? 0) + 1
      return c
    }),
  )
  const entries = Object.entries(counts) as [keyof typeof HIDDEN_TEXT, number][]
  const total = entries.reduce((n, [, c]) => n + c, 0)
  if (total === 0) return null
  return (
    <details className="hidden-disclosure">
      <summary>
        {total} {total === 1 ? 'record' : 'records'} not shown. Why?
      </summary>
      <ul>
        {entries.map(([reason, count]) => (
          <li key={reason}>
            {count} {count === 1 ? 'record' : 'records'} {HIDDEN_TEXT[reason]}.
          </li>
        ))}
      </ul>
    </details>
  )
}
