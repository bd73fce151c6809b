import { formatRecordedDate, formatReferenceRange } from '../../i18n/format.ts'
import { formatQuantity } from '../../i18n/units.ts'
import type { RiskFactorRow } from '../../twin/placeDetails.ts'
import type { PanelContext } from './panelContext.ts'
import { RiskFactorChart } from './RiskFactorChart.tsx'

/**
 * The record the latest value comes from (D8: every painted place leads to its resources): shown for clinicians,
 * folded under "Source" for patients, as SourceDetails does for findings (its own class: `dl.source` is one per finding).
 */
function ValueSource({ reference, ctx }: { reference: string; ctx: PanelContext }) {
  const { t, mode } = ctx
  const body = (
    <dl className="value-source">
      <dt>{t('panel.resource')}</dt>
      <dd>
        <code>{reference}</code>
      </dd>
    </dl>
  )
  if (mode === 'clinician') return body
  return (
    <details className="source-details">
      <summary>{t('panel.source')}</summary>
      {body}
    </details>
  )
}

/** A recorded risk factor: latest value rounded as a person reads it, the source's own range, the series, a guideline. */
export function RiskFactorItem({ row, ctx }: { row: RiskFactorRow; ctx: PanelContext }) {
  const { t, locale } = ctx
  const { factor, latest, loinc, latestDate, range, guideline } = row
  return (
    <li className="finding" data-risk-factor={factor.factor}>
      <span className="event-text">{factor.label}</span>
      {latest && (
        <span className="event-meta">
          {t('panel.latestValue', {
            value:
              typeof latest.value === 'number'
                ? formatQuantity(
                    { value: latest.value, unit: latest.unit, comparator: latest.comparator },
                    locale,
                    loinc,
                  )
                : `${latest.value}${latest.unit ? ` ${latest.unit}` : ''}`,
            date: latestDate ? formatRecordedDate(latestDate, locale) : t('date.unknown'),
          })}
          {factor.series.length > 1 ? ` · ${t('panel.series', { count: factor.series.length })}` : ''}
        </span>
      )}
      {range && (
        <span className="event-meta">
          {t('panel.referenceRange', { range: formatReferenceRange(range, locale, loinc) })}
        </span>
      )}
      {latest && latest.interpretation.length > 0 && (
        <span className="event-meta">{t('panel.interpretation', { text: latest.interpretation.join(', ') })}</span>
      )}
      {latest && <ValueSource reference={latest.observationId} ctx={ctx} />}
      <RiskFactorChart factor={factor} label={t('panel.chartLabel', { label: factor.label })} locale={locale} />
      {guideline && (
        <details className="guideline" data-cited="">
          <summary>{t('panel.guideline', { title: guideline.title })}</summary>
          <p className="muted">{t('panel.guidelineNote')}</p>
          <table>
            <tbody>
              {guideline.rows.map((r) => (
                <tr key={r.range}>
                  <td>{r.range}</td>
                  <td>{r.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {guideline.citation} {guideline.appliesTo}
          </p>
        </details>
      )}
    </li>
  )
}
