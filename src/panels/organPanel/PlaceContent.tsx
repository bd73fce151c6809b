import type { PlaceId } from '../../anatomy/types.ts'
import { displayText } from '../../twin/displayText.ts'
import { formatRecordedDate } from '../../i18n/format.ts'
import { placeDetails } from '../../twin/placeDetails.ts'
import type { Twin } from '../../twin/twin.ts'
import type { RecordFilters } from '../../twin/twinStore.ts'
import { GeneralInfo } from './GeneralInfo.tsx'
import { Group } from './Group.tsx'
import type { PanelContext } from './panelContext.ts'
import { PlacementItem } from './PlacementItem.tsx'
import { RiskFactorItem } from './RiskFactorItem.tsx'
import { SourceDetails } from './SourceDetails.tsx'

interface PlaceContentProps {
  readonly twin: Twin
  readonly place: PlaceId
  readonly cursor: string | null
  readonly filters: RecordFilters
  readonly ctx: PanelContext
}

/** What the record places at one organ or region, at the timeline cursor and filters (rows from placeDetails). */
export function PlaceContent({ twin, place, cursor, filters, ctx }: PlaceContentProps) {
  const { t, locale, mode } = ctx
  const d = placeDetails(twin, place, cursor, filters)
  return (
    <>
      {d.total === 0 && (
        <p>
          {cursor
            ? t('panel.nothingHereAt', { date: formatRecordedDate({ value: cursor, precision: 'day' }, locale) })
            : t('panel.nothingHere')}
        </p>
      )}
      <Group title={t('panel.conditions')} count={d.conditions.length}>
        {d.conditions.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={ctx} />
        ))}
      </Group>
      <Group title={t('panel.alsoConcerns')} count={d.secondary.length}>
        {d.secondary.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={ctx} />
        ))}
      </Group>
      <Group title={t('panel.procedures')} count={d.procedures.length}>
        {d.procedures.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={ctx} />
        ))}
      </Group>
      <Group title={t('panel.medications')} count={d.medications.length}>
        {d.medications.map((r) => (
          <PlacementItem key={r.item.id} row={r} ctx={ctx} />
        ))}
      </Group>
      <Group title={t('panel.riskFactors')} count={d.riskFactors.length}>
        {d.riskFactors.map((r) => (
          <RiskFactorItem key={r.factor.factor} row={r} ctx={ctx} />
        ))}
      </Group>
      {d.notRecorded.length > 0 && (
        <ul className="not-recorded muted">
          {d.notRecorded.map((n) => (
            <li key={n.factor}>{t('panel.noMeasurement', { label: n.label })}</li>
          ))}
        </ul>
      )}
      <Group title={t('panel.family')} count={d.family.length}>
        {d.family.map(({ item, source }) => (
          <li key={item.id} className="finding" data-finding={item.id}>
            <span className="event-text">
              {t('panel.relationship', { relationship: item.relationship, condition: item.condition })}
            </span>
            <SourceDetails row={source} ctx={ctx} />
          </li>
        ))}
      </Group>
      <Group title={t('panel.allergies')} count={d.allergies.length}>
        {d.allergies.map(({ item, source }) => (
          <li key={item.id} className="finding" data-finding={item.id}>
            <span className="event-text">{displayText(item.text, mode)}</span>
            <SourceDetails row={source} ctx={ctx} />
          </li>
        ))}
      </Group>
      <Group title={t('panel.immunizations')} count={d.immunizations.length}>
        {d.immunizations.map(({ item, source }) => (
          <li key={item.id} className="finding" data-finding={item.id}>
            <span className="event-text">{item.text}</span>
            <SourceDetails row={source} ctx={ctx} />
          </li>
        ))}
      </Group>
      <GeneralInfo rows={[...d.conditions, ...d.secondary, ...d.procedures]} ctx={ctx} />
    </>
  )
}
