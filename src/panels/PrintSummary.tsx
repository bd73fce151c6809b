import { useEffect, useState } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { printRows } from '../twin/printRows.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import { PatientBanner } from './PatientBanner.tsx'
import { isSuspected } from '../timeline/conditionGroups.ts'
import { useT } from '../twin/useT.ts'
import { conditionStatus } from '../i18n/conditionStatus.ts'
import { layText } from '../twin/layText.ts'
import { statusContext } from '../twin/statusContext.ts'
import { FindingName } from './recordView/FindingName.tsx'

/**
 * A one-page summary for a consult: banner, a front view of the twin, and findings per place with dates and status
 * (for patients the lay name with the record's text beneath it; for clinicians the text as recorded, codes, source).
 * @param onBack - leaves the summary
 * @param takeSnapshot - the port to the 3D view (src/app passes it): a PNG data URL of the body from the front,
 *   or null when no 3D view is mounted
 */
export function PrintSummary({ onBack, takeSnapshot }: { onBack: () => void; takeSnapshot: () => string | null }) {
  const t = useT()
  const twin = useTwin((s) => s.twin)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const [image] = useState(takeSnapshot)
  useEffect(() => {
    document.documentElement.dataset.printReady = 'true'
    return () => {
      delete document.documentElement.dataset.printReady
    }
  }, [])
  if (!twin) return null
  const status = statusContext(t, locale, mode, twin.record.asOf)
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
        {printRows(twin, cursor, filters).map(({ place, conditions }) => (
          <div key={place}>
            <dt>{placeLabel(place, mode === 'patient' ? 'lay' : 'clinical', locale)}</dt>
            {conditions.map((c) => (
              <dd key={c.condition.id}>
                {c.suspectedByCode || isSuspected(c.condition) ? (
                  <>
                    <span className="tag tag-suspected">{t('tag.suspected')}</span>{' '}
                  </>
                ) : null}
                <FindingName
                  words={layText(c.condition, mode, locale)}
                  t={t}
                  after={`: ${conditionStatus(c.condition, status, c.suspectedByCode)}`}
                />
                {mode === 'clinician' && (
                  <>
                    {' '}
                    <code>{c.condition.source.reference}</code>
                  </>
                )}
              </dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="muted">{t('print.generated', { disclaimer: t('app.disclaimer') })}</p>
    </article>
  )
}
