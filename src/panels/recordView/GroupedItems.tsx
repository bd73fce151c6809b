import { formatClinicalTime, formatObservationValue } from '../../i18n/format.ts'
import type { ClinicalEvent, FamilyHistoryEvent, ObservationEvent } from '../../timeline/types.ts'
import { yearSpan, type EventGroup } from '../../twin/groupEvents.ts'
import { layLine, layText } from '../../twin/layText.ts'
import { FindingName } from './FindingName.tsx'
import type { ItemProps } from './items.ts'
import { LazyDetails } from './LazyDetails.tsx'
import { SourceReference } from './SourceReference.tsx'

/** The date and recorded status of one event: "2 January 2020 · Status: completed". */
function whenAndStatus(event: ClinicalEvent, { t, locale }: ItemProps): string {
  const status = event.status ? ` · ${t('record.status', { status: event.status })}` : ''
  return `${formatClinicalTime(event.time, locale)}${status}`
}

/**
 * A measurement's value as recorded (its components joined when it has them): rounded for reading in the patient
 * view, exactly as received in the clinician view (C30).
 */
function valueOf(o: ObservationEvent, { locale, mode }: Pick<ItemProps, 'locale' | 'mode'>): string {
  const exact = mode === 'clinician'
  const components = o.components
    .map((c) => `${c.concept.text ?? ''} ${formatObservationValue(c.value, locale, c.concept, exact)}`.trim())
    .join(', ')
  return components || formatObservationValue(o.value, locale, o.concept, exact)
}

/** One event on its own line: its name, its date and status. */
export function SimpleItem({ event, ...props }: ItemProps & { event: ClinicalEvent }) {
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-text">
        <FindingName words={layText(event, props.mode, props.locale)} t={props.t} />
      </span>
      <span className="event-meta">{whenAndStatus(event, props)}</span>
      <SourceReference reference={event.source.reference} mode={props.mode} />
    </li>
  )
}

/**
 * One dated item inside a group: its date (and status or value), its own text only where it differs from the
 * group's, and in clinician mode its source reference.
 */
function DatedItem({
  event,
  label,
  detail,
  ...props
}: ItemProps & { event: ClinicalEvent; label: string; detail: string }) {
  const text = layLine(event, props.mode, props.locale)
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-meta">{detail}</span>
      {text !== label && <span className="event-note">{text}</span>}
      {props.mode === 'clinician' && <code className="event-source">{event.source.reference}</code>}
    </li>
  )
}

/**
 * A group of repeated events as one line ("Electrical cardioversion × 9, 1995–2001") that opens to its dated items,
 * newest first, rendered once first opened (issue 15); a group of one is the item itself.
 */
export function EventGroupItem({ group, ...props }: ItemProps & { group: EventGroup<ClinicalEvent> }) {
  const [newest] = group.items
  if (newest === undefined) return null
  if (group.items.length === 1) return <SimpleItem event={newest} {...props} />
  const { t } = props
  const span = yearSpan(group)
  const count = group.items.length
  const label = layLine(newest, props.mode, props.locale)
  return (
    <li className="event event-group">
      <LazyDetails
        summary={
          <>
            <span className="event-text">
              <FindingName words={layText(newest, props.mode, props.locale)} t={t} />
            </span>{' '}
            <span className="event-meta">
              {span === null ? t('record.groupTimes', { count }) : t('record.groupTimesSpan', { count, span })}
            </span>
          </>
        }
      >
        {() => (
          <ul className="events group-items">
            {group.items.map((e) => (
              <DatedItem key={e.id} event={e} label={label} detail={whenAndStatus(e, props)} {...props} />
            ))}
          </ul>
        )}
      </LazyDetails>
    </li>
  )
}

/**
 * A measurement series as one line with its latest value and count, opening to every dated value, newest first,
 * rendered once first opened (issue 15).
 */
export function ObservationGroupItem({ group, ...props }: ItemProps & { group: EventGroup<ObservationEvent> }) {
  const [latest] = group.items
  if (latest === undefined) return null
  const { t, locale } = props
  const count = group.items.length
  const name = (
    <span className="event-text">
      <FindingName words={layText(latest, props.mode, locale)} t={t} />
    </span>
  )
  const meta = (
    <span className="event-meta">
      {t('record.latest', { value: valueOf(latest, props), time: formatClinicalTime(latest.time, locale) })}
      {count > 1 ? ` · ${t('record.countRecorded', { count })}` : ''}
    </span>
  )
  if (count === 1) {
    return (
      <li className="event" data-reference={latest.source.reference}>
        {name}
        {meta}
        <SourceReference reference={latest.source.reference} mode={props.mode} />
      </li>
    )
  }
  const label = layLine(latest, props.mode, locale)
  return (
    <li className="event event-group">
      <LazyDetails
        summary={
          <>
            {name} {meta}
          </>
        }
      >
        {() => (
          <ul className="events group-items">
            {group.items.map((o) => (
              <DatedItem
                key={o.id}
                event={o}
                label={label}
                detail={`${valueOf(o, props)} (${formatClinicalTime(o.time, locale)})`}
                {...props}
              />
            ))}
          </ul>
        )}
      </LazyDetails>
    </li>
  )
}

/** A relative's recorded conditions (lay names for patients), each with its onset when recorded. */
export function FamilyItem({ event, t, locale, mode }: ItemProps & { event: FamilyHistoryEvent }) {
  const name = (c: FamilyHistoryEvent['conditions'][number]): string =>
    layLine({ kind: 'family-history', concept: c.concept, text: c.text }, mode, locale)
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-text">
        {t('record.familyOf', { relationship: event.relationship.text ?? t('record.relative') })}
      </span>
      <span className="event-meta">
        {event.conditions.length === 0
          ? t('record.noFamilyCondition')
          : event.conditions
              .map((c) =>
                c.onset.kind === 'unknown' && !c.onset.age && !c.onset.text
                  ? name(c)
                  : `${name(c)} (${formatClinicalTime(c.onset, locale)})`,
              )
              .join('; ')}
      </span>
      <SourceReference reference={event.source.reference} mode={mode} />
    </li>
  )
}
