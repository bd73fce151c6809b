import type { ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useTwin } from '../twin/TwinContext.tsx'
import { conditionView, isShownAt } from '../twin/selectors.ts'
import type { ClinicalEvent, EventKind, NormalisedRecord } from '../timeline/types.ts'
import type { MissingCategory, RecordFilters, ViewMode } from '../twin/twinStore.ts'
import type { Twin } from '../twin/twin.ts'
import { isSuspectedByCode } from '../twin/placeDetails.ts'
import { groupEvents } from '../twin/groupEvents.ts'
import { useT } from '../twin/useT.ts'
import type { Translate } from '../i18n/translate.ts'
import type { MessageKey } from '../i18n/en.ts'
import { statusContext } from '../twin/statusContext.ts'
import { CONDITION_GROUPS, ConditionGroupList } from './recordView/ConditionItem.tsx'
import { EventGroupItem, FamilyItem, ObservationGroupItem } from './recordView/GroupedItems.tsx'
import type { ItemProps } from './recordView/items.ts'
import { LazyDetails } from './recordView/LazyDetails.tsx'
import { NoConditions } from './recordView/NoConditions.tsx'
import { MISSING_STATUS_KEY } from './Notices.tsx'

interface SectionProps {
  readonly kind: EventKind
  readonly title: MessageKey
  readonly count: number
  readonly emptyText: MessageKey
  /** Shown instead of `emptyText` when the section is empty (the conditions' own wording, G8). */
  readonly empty?: ReactNode
  readonly children: ReactNode
  readonly t: Translate
}

function Section({ kind, title, count, emptyText, empty, children, t }: SectionProps) {
  const missing = useTwin(useShallow((s) => s.missing.filter((m) => m.section === kind && m.status !== 'not-offered')))
  const id = `section-${kind}`
  // An empty section with its own wording (the conditions', which names what did not arrive) says it alone.
  const ownEmpty = count === 0 && empty !== undefined
  return (
    <section aria-labelledby={id} className="record-section">
      <h3 id={id}>
        {t(title)} ({count})
      </h3>
      {missing.length > 0 && !ownEmpty && (
        <p className="notice-inline">{missing.map((m) => inlineNote(m, t)).join(' ')}</p>
      )}
      {count === 0
        ? (missing.length === 0 || ownEmpty) && (empty ?? <p className="muted">{t(emptyText)}</p>)
        : children}
    </section>
  )
}

/** A section's own line about a type that did not arrive, in the words of the notice (A15, B4). */
function inlineNote(m: MissingCategory, t: Translate): string {
  const label = t(`category.${m.category}`)
  if (m.status === 'failed') return t('record.categoryFailed', { label })
  if (m.status === 'incomplete') return t('record.categoryIncomplete', { label })
  return `${label} ${t(MISSING_STATUS_KEY[m.status])}.`
}

/** A list of more than 25 lines opens from "Show all n", its lines rendered once first opened (issue 15). */
function LongList({ count, children, t }: { count: number; children: ReactNode; t: Translate }) {
  if (count <= 25) return <ul className="events">{children}</ul>
  return (
    <LazyDetails summary={t('record.showAll', { count })}>{() => <ul className="events">{children}</ul>}</LazyDetails>
  )
}

/**
 * The accessible record view: conditions grouped active / resolved / other, then every other kind of record, with
 * repeated events (same code, or same text when uncoded) as one line that opens to its dated items.
 */
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

type ListSection = readonly [EventKind, MessageKey, MessageKey, readonly ClinicalEvent[]]

/** The history lists before family history, in display order: kind, heading, empty text, events. */
function simpleSections(record: NormalisedRecord): readonly ListSection[] {
  return [
    ['medication', 'record.medications', 'record.noMedications', record.medications],
    ['allergy', 'record.allergies', 'record.noAllergies', record.allergies],
    ['immunization', 'record.immunizations', 'record.noImmunizations', record.immunizations],
  ]
}

function laterSections(record: NormalisedRecord): readonly ListSection[] {
  return [
    ['encounter', 'record.encounters', 'record.noEncounters', record.encounters],
    ['diagnostic-report', 'record.reports', 'record.noReports', record.reports],
    ['care-plan', 'record.carePlans', 'record.noCarePlans', record.carePlans],
  ]
}

function RecordSections({ twin, cursor, filters, t, locale, mode }: SectionsProps) {
  const { record } = twin
  const item = { t, locale, mode }
  const status = statusContext(t, locale, mode, record.asOf)
  const byCode = (id: string): boolean => isSuspectedByCode(twin, id)
  const groups = conditionView(twin, cursor, filters)
  const shown = <E extends ClinicalEvent>(events: readonly E[]): E[] => events.filter((e) => isShownAt(e, cursor))
  const observations = shown(record.observations)
  // Measurements are found by name: their groups are listed alphabetically, each series newest first.
  const observationGroups = groupEvents(observations, 'by-text')
  const conditionCount = groups.active.length + groups.resolved.length + groups.other.length
  // History lists: the group with the most recent item first, each group's items newest first.
  const listSection = ([kind, title, empty, events]: ListSection) => {
    const items = shown(events)
    const grouped = groupEvents(items, 'newest-first')
    return (
      <Section key={kind} kind={kind} title={title} count={items.length} emptyText={empty} t={t}>
        <LongList count={grouped.length} t={t}>
          {grouped.map((g) => (
            <EventGroupItem key={g.key} group={g} {...item} />
          ))}
        </LongList>
      </Section>
    )
  }
  return (
    <div className="record" aria-label={t('record.region')} role="region">
      <Section
        kind="condition"
        title="record.conditions"
        count={conditionCount}
        emptyText="record.noConditions"
        empty={<NoConditions inRecord={record.conditions.length} t={t} />}
        t={t}
      >
        {CONDITION_GROUPS.map(([group, empty]) => (
          <ConditionGroupList
            key={group}
            group={group}
            items={groups[group]}
            empty={empty}
            status={status}
            mode={mode}
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
            <ObservationGroupItem key={g.key} group={g} {...item} />
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
            <FamilyItem key={e.id} event={e} {...item} />
          ))}
        </LongList>
      </Section>
      {laterSections(record).map(listSection)}
    </div>
  )
}
