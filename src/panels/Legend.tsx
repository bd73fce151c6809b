import { useMemo } from 'react'
import { ORGAN_STATUSES, type OrganMarking, type OrganStatus } from '../twin/selectors.ts'
import { MARKING_STYLES, STATUS_STYLES, type StatusStyle } from '../twin/palette.ts'
import { usePlaceMarkings } from '../twin/usePlaceMarkings.ts'
import { usePlaceStatuses } from '../twin/TwinContext.tsx'
import { statusCounts } from '../twin/placeCounts.ts'
import { useT } from '../twin/useT.ts'

/**
 * A small SVG swatch: the status colour plus its pattern, so the legend never relies on colour alone.
 * @param style - colour and pattern of a status
 */
export function Swatch({ style }: { style: StatusStyle }) {
  const c = style.colour
  return (
    <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" className="swatch">
      {style.pattern === 'solid' && <rect x="1" y="1" width="20" height="14" fill={c} stroke="#1d2430" />}
      {style.pattern === 'dashed' && (
        <rect
          x="1.5"
          y="1.5"
          width="19"
          height="13"
          fill={c}
          stroke="#1d2430"
          strokeDasharray="3 2"
          strokeWidth="1.5"
        />
      )}
      {style.pattern === 'hatched' && (
        <>
          <rect x="1" y="1" width="20" height="14" fill={c} stroke="#1d2430" />
          <path d="M1 15 L11 1 M7 15 L17 1 M13 15 L21 4" stroke="#1d2430" strokeWidth="1" />
        </>
      )}
      {style.pattern === 'cross' && (
        <>
          <rect x="1" y="1" width="20" height="14" fill={c} stroke="#1d2430" />
          <path d="M11 3 V13 M6 8 H16" stroke="#ffffff" strokeWidth="2.5" />
        </>
      )}
      {style.pattern === 'dotted' && (
        <>
          <rect x="1" y="1" width="20" height="14" fill={c} stroke="#1d2430" />
          <circle cx="6" cy="5" r="1.5" fill="#1d2430" />
          <circle cx="14" cy="5" r="1.5" fill="#1d2430" />
          <circle cx="10" cy="11" r="1.5" fill="#1d2430" />
          <circle cx="18" cy="11" r="1.5" fill="#1d2430" />
        </>
      )}
      {style.pattern === 'ring' && (
        <>
          <rect x="0.5" y="0.5" width="21" height="15" fill="none" stroke="#1d2430" strokeWidth="1" />
          <rect x="2.5" y="2.5" width="17" height="11" fill="none" stroke={c} strokeWidth="3" />
        </>
      )}
    </svg>
  )
}

/** A neutral soft ring for the halo around a light figure: the halo's colour is the mind region's status above. */
function HaloSwatch() {
  return (
    <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" className="swatch">
      <ellipse cx="11" cy="8" rx="10" ry="7" fill="#8a94a3" fillOpacity="0.45" stroke="#1d2430" strokeWidth="0.8" />
      <ellipse cx="11" cy="8" rx="7.5" ry="5.2" fill="#5d6776" fillOpacity="0.6" />
      <ellipse cx="11" cy="8" rx="3.5" ry="5.2" fill="#ffffff" />
    </svg>
  )
}

/** The markings in legend order. */
const MARKINGS: readonly OrganMarking[] = ['side-not-recorded', 'removed']

/**
 * The swatch of a marking, drawn as the 3D body draws it: dark stripes over a light part for "side not recorded",
 * a faint ghost under a wire outline for "recorded as removed".
 * @param marking - which marking
 */
export function MarkingSwatch({ marking }: { marking: OrganMarking }) {
  if (marking === 'side-not-recorded') {
    const { stripeColour } = MARKING_STYLES['side-not-recorded']
    return (
      <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" className="swatch" data-marking={marking}>
        <rect x="1" y="1" width="20" height="14" fill="#ffffff" stroke="#1d2430" />
        <path d="M1 1 L15 15 M8 1 L21 14 M1 8 L8 15 M15 1 L21 7" stroke={stripeColour} strokeWidth="2.5" />
      </svg>
    )
  }
  const { ghostColour, ghostOpacity, wireColour } = MARKING_STYLES.removed
  return (
    <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" className="swatch" data-marking={marking}>
      <rect x="1" y="1" width="20" height="14" fill={ghostColour} fillOpacity={ghostOpacity * 2} stroke="none" />
      <path
        d="M1 1 H21 V15 H1 Z M1 8 H21 M6 1 L1 8 L6 15 M11 1 L6 8 L11 15 M16 1 L11 8 L16 15 M21 1 L16 8 L21 15"
        fill="none"
        stroke={wireColour}
        strokeWidth="0.8"
      />
    </svg>
  )
}

/**
 * The legend for the body's colours, one line per status with swatch and words and how many places have it at the
 * timeline cursor ("(3 places)"; none said when no place has it), and a line for the mind halo while
 * the 3D body draws it. The markings (side not recorded, recorded as removed) get a line each while the body shows
 * them at the timeline cursor.
 * @param statuses - the statuses to list (defaults to all)
 * @param mindHalo - true while the 3D body draws the soft halo for mind and mood
 */
export function Legend({
  statuses = ORGAN_STATUSES,
  mindHalo = false,
}: {
  statuses?: readonly OrganStatus[]
  mindHalo?: boolean
}) {
  const t = useT()
  const markings = usePlaceMarkings()
  const used = useMemo(() => MARKINGS.filter((m) => [...markings.values()].includes(m)), [markings])
  const counts = statusCounts(usePlaceStatuses())
  const places = (count: number): string => (count === 1 ? t('legend.places.one') : t('legend.places.other', { count }))
  return (
    <section aria-labelledby="legend-heading" className="legend">
      <h3 id="legend-heading">{t('legend.heading')}</h3>
      <ul>
        {statuses.map((s) => (
          <li key={s}>
            <Swatch style={STATUS_STYLES[s]} /> {t(`legend.${s}`)}
            {(counts.get(s) ?? 0) > 0 && (
              <>
                {' '}
                <span className="legend-count">({places(counts.get(s) ?? 0)})</span>
              </>
            )}
          </li>
        ))}
        {used.map((m) => (
          <li key={m} className="legend-marking">
            <MarkingSwatch marking={m} /> {t(`legend.${m}`)}
          </li>
        ))}
        {mindHalo && (
          <li className="legend-halo">
            <HaloSwatch /> {t('legend.mindHalo')}
          </li>
        )}
      </ul>
      <p className="muted">{t('legend.note')}</p>
    </section>
  )
}
