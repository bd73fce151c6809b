import { useEffect, useState } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { conditionView } from '../twin/selectors.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import type { PlaceId } from '../anatomy/types.ts'
import { takeFrontSnapshot } from '../scene/snapshot.ts'
import { PatientBanner } from './PatientBanner.tsx'
import { formatClinicalTime } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'
import { conditionStatus } from './RecordView.tsx'
import { displayText } from './OrganPanel.tsx'

/** A one-page summary for a consult: banner, a front view of the twin, and findings per place with dates and status. */
export function PrintSummary({ onBack }: { onBack: () => void }) {
  const t = useT()
  const record = useTwin((s) => s.record)
  const map = useTwin((s) => s.map)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const [image] = useState(() => takeFrontSnapshot())
  useEffect(() => {
    document.documentElement.dataset.printReady = 'true'
    return () => {
      delete document.documentElement.dataset.printReady
    }
  }, [])
  if (!record || !map) return null
  const view = conditionView(record, map, cursor, filters)
  const shown = new Map([...view.active, ...view.resolved].map((c) => [c.id, c]))
  const byPlace = new Map<PlaceId, string[]>()
  for (const p of map.placements) {
    if (p.findingKind !== 'condition' || !shown.has(p.id)) continue
    for (const place of p.places) byPlace.set(place, [...(byPlace.get(place) ?? []), p.id])
  }
  return (
    <article className="print-summary" aria-labelledby="print-heading">
      <div className="actions no-print">
        <button type="button" onClick={onBack}>
          {t('print.back')}
        </button>
        <button
          type="button"
          onClick={() => {
            window.print()
          }}
        >
          {t('print.print')}
        </button>
      </div>
      <h2 id="print-heading">{t('print.heading')}</h2>
      <PatientBanner onClose={onBack} />
      <figure className="print-figure">
        {image ? <img src={image} alt={t('print.figure')} width={360} /> : <p>{t('print.noImage')}</p>}
        <figcaption>{t('print.figure')}</figcaption>
      </figure>
      <h3>{t('print.findings')}</h3>
      <dl className="print-findings">
        {[...byPlace.entries()].map(([place, ids]) => (
          <div key={place}>
            <dt>{placeLabel(place, mode === 'patient' ? 'lay' : 'clinical', locale)}</dt>
            {ids.map((id) => {
              const c = shown.get(id)
              return c ? (
                <dd key={id}>
                  {displayText(c.text, mode)}: {formatClinicalTime(c.time, locale)}. {conditionStatus(c, t)}
                  {mode === 'clinician' && (
                    <>
                      {' '}
                      <code>{c.source.reference}</code>
                    </>
                  )}
                </dd>
              ) : null
            })}
          </div>
        ))}
      </dl>
      <p className="muted">{t('print.generated', { disclaimer: t('app.disclaimer') })}</p>
    </article>
  )
}
