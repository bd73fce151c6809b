import { conditionStatus } from '../../i18n/conditionStatus.ts'
import { formatClinicalTime } from '../../i18n/format.ts'
import { layText } from '../../twin/layText.ts'
import type { PlacementRow } from '../../twin/placeDetails.ts'
import type { PanelContext } from './panelContext.ts'
import { SourceDetails } from './SourceDetails.tsx'
import { statusContext } from '../../twin/statusContext.ts'
import { FindingName } from '../recordView/FindingName.tsx'

/**
 * One placed finding: tags, its name (for patients the lay name with the record's text beneath it; for clinicians
 * the record's text, its codes being in the source shown below), its time and certainty in words, side, and its
 * source.
 */
export function PlacementItem({ row, ctx }: { row: PlacementRow; ctx: PanelContext }) {
  const { t, locale, mode } = ctx
  const { item: placement, condition, paired, suspectedByCode } = row
  const statusCtx = statusContext(t, locale, mode, ctx.asOf)
  const event = row.source.event
  return (
    <li className="finding" data-finding={placement.id}>
      <span className="event-text">
        {placement.suspected && <span className="tag tag-suspected">{t('tag.suspected')}</span>}
        {placement.rule.confidence === 'keyword' && <span className="tag tag-keyword">{t('panel.keywordMatch')}</span>}
        <FindingName
          words={layText(
            { kind: placement.findingKind, concept: event?.concept ?? null, text: placement.text },
            mode,
            locale,
          )}
          t={t}
          showCodes={false}
        />
      </span>
      <span className="event-meta">
        {condition
          ? conditionStatus(condition, statusCtx, suspectedByCode)
          : event
            ? `${formatClinicalTime(event.time, locale)}${event.status ? ` · ${t('record.status', { status: event.status })}` : ''}`
            : ''}
        {paired &&
          ` · ${placement.laterality ? t('panel.side', { side: t(`side.${placement.laterality}`) }) : t('panel.sideNotRecorded')}`}
      </span>
      <SourceDetails row={row.source} ctx={ctx} />
    </li>
  )
}
