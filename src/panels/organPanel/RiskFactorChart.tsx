import type { RiskFactor } from '../../anatomy/types.ts'
import type { Locale } from '../../i18n/locale.ts'
import { formatRecordedDate } from '../../i18n/format.ts'

const W = 280
const H = 90
const PAD = 8

/**
 * Values of a recorded measurement over time, with the record's own reference-range band when it has one.
 * No guideline bands, no colours that judge a value: one neutral line and dots.
 */
export function RiskFactorChart({ factor, label, locale }: { factor: RiskFactor; label: string; locale: Locale }) {
  const points = factor.series.flatMap((v) =>
    typeof v.value === 'number' && v.date !== null ? [{ t: Date.parse(v.date), value: v.value, date: v.date }] : [],
  )
  const valid = points.filter((p) => Number.isFinite(p.t))
  if (valid.length < 2) return null
  const range = factor.series[factor.series.length - 1]?.referenceRanges[0]
  const low = range?.low?.value ?? null
  const high = range?.high?.value ?? null
  const values = valid.map((p) => p.value).concat(low ?? [], high ?? [])
  const minV = Math.min(...values)
  const maxV = Math.max(...values)
  const minT = valid[0]?.t ?? 0
  const maxT = valid[valid.length - 1]?.t ?? 1
  const x = (t: number): number => PAD + ((t - minT) / (maxT - minT || 1)) * (W - 2 * PAD)
  const y = (v: number): number => H - PAD - ((v - minV) / (maxV - minV || 1)) * (H - 2 * PAD)
  const first = valid[0]
  const last = valid[valid.length - 1]
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${String(W)} ${String(H)}`} width={W} height={H} role="img" aria-label={label}>
        {(low !== null || high !== null) && (
          <rect
            className="chart-range"
            x={PAD}
            width={W - 2 * PAD}
            y={y(high ?? maxV)}
            height={Math.max(1, y(low ?? minV) - y(high ?? maxV))}
          />
        )}
        <polyline
          className="chart-line"
          points={valid.map((p) => `${x(p.t).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
        />
        {valid.map((p, i) => (
          <circle key={`${p.date}-${String(i)}`} className="chart-dot" cx={x(p.t)} cy={y(p.value)} r={2.5} />
        ))}
      </svg>
      {first && last && (
        <figcaption className="muted">
          {formatRecordedDate({ value: first.date.slice(0, 10), precision: 'day' }, locale)} –{' '}
          {formatRecordedDate({ value: last.date.slice(0, 10), precision: 'day' }, locale)}
        </figcaption>
      )}
    </figure>
  )
}
