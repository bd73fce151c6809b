import type { ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useTwin } from '../twin/TwinContext.tsx'
import { isSuspected } from '../timeline/conditionGroups.ts'
import { conditionView, isShownAt } from '../twin/selectors.ts'
import type {
  ClinicalEvent,
  ConditionEvent,
  EventKind,
  FamilyHistoryEvent,
  NormalisedRecord,
  ObservationEvent,
} from '../timeline/types.ts'
import type { RecordFilters, ViewMode } from '../twin/twinStore.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Twin } from '../twin/twin.ts'
import { conditionStatus, type StatusContext } from '../i18n/conditionStatus.ts'
import { isSuspectedByCode } from '../twin/placeDetails.ts'
import { formatClinicalTime, formatObservationValue } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'
import type { Translate } from '../i18n/translate.ts'
import type { MessageKey } from '../i18n/en.ts'
import { statusContext } from '../twin/statusContext.ts'

interface ItemProps {
  readonly t: Translate
  readonly locale: Locale
}

interface ConditionProps {
  readonly status: StatusContext
  /** True for a finding whose code itself records a suspicion (isSuspectedByCode). */
  readonly byCode: (id: string) => boolean
}

function ConditionItem({ condition, status, byCode }: ConditionProps & { condition: ConditionEvent }) {
  const { t } = status
  const suspectedByCode = byCode(condition.id)
  const suspected = isSuspected(condition) || suspectedByCode
  const refuted = condition.verificationStatus === 'refuted'
  return (
    <li className="event" data-reference={condition.source.reference}>
      <span className="event-text">
        {refuted && <span className="tag tag-ruled-out">{t('tag.ruledOut')}</span>}
        {suspected && <span className="tag tag-suspected">{t('tag.suspected')}</span>}
        {condition.text}
      </span>
      <span className="event-meta">{conditionStatus(condition, status, suspectedByCode)}</span>
      {condition.notes.length > 0 && <span className="event-note">{condition.notes.join(' ')}</span>}
    </li>
  )
}

/** The condition groups in list order, each with the line shown when it is empty. */
const CONDITION_GROUPS: readonly (readonly ['active' | 'resolved' | 'other', MessageKey])[] = [
  ['active', 'record.noActive'],
  ['resolved', 'record.noResolved'],
  ['other', 'record.noneOther'],
]

function ConditionGroupList({
  group,
  items,
  empty,
  status,
  byCode,
}: ConditionProps & { group: 'active' | 'resolved' | 'other'; items: ConditionEvent[]; empty: MessageKey }) {
  const { t } = status
  const id = `conditions-${group}`
  return (
    <section aria-labelledby={id} className="group">
      <h4 id={id}>
        {t(`record.${group}`)} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted">{t(empty)}</p>
      ) : (
        <ul className="events">
          {items.map((c) => (
            <ConditionItem key={c.id} condition={c} status={status} byCode={byCode} />
          ))}
        </ul>
      )}
    </section>
  )
}

function SimpleItem({ event, t, locale }: ItemProps & { event: ClinicalEvent }) {
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-text">{event.text}</span>
      <span className="event-meta">
        {formatClinicalTime(event.time, locale)}
        {event.status ? ` · ${t('record.status', { status: event.status })}` : ''}
      </span>
    </li>
  )
}

interface ObservationGroup {
  readonly key: string
  readonly text: string
  readonly items: readonly ObservationEvent[]
}

/** Groups measurements by code so a long series reads as one line with its latest value. */
function groupObservations(observations: readonly ObservationEvent[]): ObservationGroup[] {
  const groups = new Map<string, ObservationEvent[]>()
  for (const o of observations) {
    const key = o.concept.codes[0]?.key ?? `text:${o.text}`
    const list = groups.get(key)
    if (list) list.push(o)
    else groups.set(key, [o])
  }
  return [...groups.entries()]
    .map(([key, items]) => ({ key, text: items[items.length - 1]?.text ?? key, items }))
    .sort((a, b) => a.text.localeCompare(b.text))
}

function ObservationItem({ group, t, locale }: ItemProps & { group: ObservationGroup }) {
  const latest = group.items[group.items.length - 1]
  if (!latest) return null
  const components = latest.components
    .map((c) => `${c.concept.text ?? ''} ${formatObservationValue(c.value, locale, c.concept)}`.trim())
    .join(', ')
  return (
    <li className="event" data-reference={latest.source.reference}>
      <span className="event-text">{group.text}</span>
      <span className="event-meta">
        {t('record.latest', {
          value: components || formatObservationValue(latest.value, locale, latest.concept),
          time: formatClinicalTime(latest.time, locale),
        })}
        {group.items.length > 1 ? ` · ${t('record.countRecorded', { count: group.items.length })}` : ''}
      </span>
    </li>
  )
}

function FamilyItem({ event, t, locale }: ItemProps & { event: FamilyHistoryEvent }) {
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
                  ? c.text
                  : `${c.text} (${formatClinicalTime(c.onset, locale)})`,
              )
              .join('; ')}
      </span>
    </li>
  )
}

interface SectionProps {
  readonly kind: EventKind
  readonly title: MessageKey
  readonly count: number
  readonly emptyText: MessageKey
  readonly children: ReactNode
  readonly t: Translate
}

function Section({ kind, title, count, emptyText, children, t }: SectionProps) {
  const missing = useTwin(useShallow((s) => s.missing.filter((m) => m.section === kind && m.status !== 'not-offered')))
  const id = `section-${kind}`
  return (
    <section aria-labelledby={id} className="record-section">
      <h3 id={id}>
        {t(title)} ({count})
      </h3>
      {missing.length > 0 && (
        <p className="notice-inline">
          {missing
            .map((m) =>
              t(m.status === 'failed' ? 'record.categoryFailed' : 'record.categoryIncomplete', {
                label: t(`category.${m.category}`),
              }),
            )
            .join(' ')}
        </p>
      )}
      {count === 0 ? missing.length === 0 && <p className="muted">{t(emptyText)}</p> : children}
    </section>
  )
}

function LongList({ count, children, t }: { count: number; children: ReactNode; t: Translate }) {
  if (count <= 25) return <ul className="events">{children}</ul>
  return (
    <details>
      <summary>{t('record.showAll', { count })}</summary>
      <ul className="events">{children}</ul>
    </details>
  )
}

/** The accessible record view: conditions grouped active / resolved / other, then every other kind of record. */
export function RecordView() {
  const twin = useTwin((s) => s.twin)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  const locale = useTwin((s) => s.locale)
  const mode = useTwin((s) => s.mode)
  const t = useT()
  if (twin === null) return null
  return <RecordSections twin={twin} cursor={cursor} filters={filters} t={t} locale={locale} mode={mode} />
}

interface SectionsProps extends ItemProps {
  readonly twin: Twin
  readonly cursor: string | null
  readonly filters: RecordFilters
  readonly mode: ViewMode
}

/** The record sections listed one event per line, in display order: kind, heading, empty text, events. */
function simpleSections(
  record: NormalisedRecord,
): readonly [EventKind, MessageKey, MessageKey, readonly ClinicalEvent[]][] {
  return [
    ['medication', 'record.medications', 'record.noMedications', record.medications],
    ['allergy', 'record.allergies', 'record.noAllergies', record.allergies],
    ['immunization', 'record.immunizations', 'record.noImmunizations', record.immunizations],
  ]
}

function laterSections(
  record: NormalisedRecord,
): readonly [EventKind, MessageKey, MessageKey, readonly ClinicalEvent[]][] {
  return [
    ['encounter', 'record.encounters', 'record.noEncounters', record.encounters],
    ['diagnostic-report', 'record.reports', 'record.noReports', record.reports],
    ['care-plan', 'record.carePlans', 'record.noCarePlans', record.carePlans],
  ]
}

function RecordSections({ twin, cursor, filters, t, locale, mode }: SectionsProps) {
  const { record } = twin
  const status = statusContext(t, locale, mode, record.asOf)
  const byCode = (id: string): boolean => isSuspectedByCode(twin, id)
  const groups = conditionView(twin, cursor, filters)
  const shown = <E extends ClinicalEvent>(events: readonly E[]): E[] => events.filter((e) => isShownAt(e, cursor))
  const observations = shown(record.observations)
  const observationGroups = groupObservations(observations)
  const conditionCount = groups.active.length + groups.resolved.length + groups.other.length
  const listSection = ([kind, title, empty, events]: [EventKind, MessageKey, MessageKey, readonly ClinicalEvent[]]) => {
    const items = shown(events)
    return (
      <Section key={kind} kind={kind} title={title} count={items.length} emptyText={empty} t={t}>
        <LongList count={items.length} t={t}>
          {items.map((e) => (
            <SimpleItem key={e.id} event={e} t={t} locale={locale} />
          ))}
        </LongList>
      </Section>
    )
  }
  return (
    <div className="record" aria-label={t('record.region')} role="region">
      <Section kind="condition" title="record.conditions" count={conditionCount} emptyText="record.noConditions" t={t}>
        {CONDITION_GROUPS.map(([group, empty]) => (
          <ConditionGroupList
            key={group}
            group={group}
            items={groups[group]}
            empty={empty}
            status={status}
            byCode={byCode}
          />
        ))}
      </Section>
      {listSection(['procedure', 'record.procedures', 'record.noProcedures', record.procedures])}
      <Section
        kind="observation"
        title="record.observations"
        count={observations.length}
        emptyText="record.noObservations"
        t={t}
      >
        <LongList count={observationGroups.length} t={t}>
          {observationGroups.map((g) => (
            <ObservationItem key={g.key} group={g} t={t} locale={locale} />
          ))}
        </LongList>
      </Section>
      {simpleSections(record).map(listSection)}
      <Section
        kind="family-history"
        title="record.familyHistory"
        count={record.familyHistory.length}
        emptyText="record.noFamilyHistory"
        t={t}
      >
        <LongList count={record.familyHistory.length} t={t}>
          {record.familyHistory.map((e) => (
            <FamilyItem key={e.id} event={e} t={t} locale={locale} />
          ))}
        </LongList>
      </Section>
      {laterSections(record).map(listSection)}
    </div>
  )
}
