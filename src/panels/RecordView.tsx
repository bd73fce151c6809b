import type { ReactNode } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useTwin } from '../twin/TwinContext.tsx'
import { groupConditions, isSuspected } from '../timeline/conditionGroups.ts'
import type {
  ClinicalEvent,
  ConditionEvent,
  EventKind,
  FamilyHistoryEvent,
  NormalisedRecord,
  ObservationEvent,
} from '../timeline/types.ts'
import { formatClinicalTime, formatObservationValue } from './format.ts'

const VERIFICATION_TEXT = {
  unconfirmed: 'Not confirmed in the record',
  provisional: 'Not confirmed in the record (provisional)',
  differential: 'Not confirmed in the record (one of several possibilities listed)',
  confirmed: 'Confirmed',
  refuted: 'Ruled out in the record',
} as const

function conditionStatus(c: ConditionEvent): string {
  const clinical = c.clinicalStatus ? `Status: ${c.clinicalStatus}` : 'Status not recorded'
  return c.verificationStatus ? `${clinical}. ${VERIFICATION_TEXT[c.verificationStatus]}.` : `${clinical}.`
}

function ConditionItem({ condition }: { condition: ConditionEvent }) {
  const suspected = isSuspected(condition)
  const refuted = condition.verificationStatus === 'refuted'
  return (
    <li className="event" data-reference={condition.source.reference}>
      <span className="event-text">
        {refuted && <span className="tag tag-ruled-out">Ruled out</span>}
        {suspected && <span className="tag tag-suspected">Suspected</span>}
        {condition.text}
      </span>
      <span className="event-meta">
        Onset: {formatClinicalTime(condition.time)}
        {condition.abatement.kind !== 'unknown' || condition.abatement.text || condition.abatement.age
          ? ` · Ended: ${formatClinicalTime(condition.abatement)}`
          : ''}
        {' · '}
        {conditionStatus(condition)}
      </span>
      {condition.notes.length > 0 && <span className="event-note">{condition.notes.join(' ')}</span>}
    </li>
  )
}

function ConditionGroupList({ title, items, empty }: { title: string; items: ConditionEvent[]; empty: string }) {
  const id = `conditions-${title.toLowerCase()}`
  return (
    <section aria-labelledby={id} className="group">
      <h4 id={id}>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="events">
          {items.map((c) => (
            <ConditionItem key={c.id} condition={c} />
          ))}
        </ul>
      )}
    </section>
  )
}

function SimpleItem({ event }: { event: ClinicalEvent }) {
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-text">{event.text}</span>
      <span className="event-meta">
        {formatClinicalTime(event.time)}
        {event.status ? ` · Status: ${event.status}` : ''}
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

function ObservationItem({ group }: { group: ObservationGroup }) {
  const latest = group.items[group.items.length - 1]
  if (!latest) return null
  const components = latest.components
    .map((c) => `${c.concept.text ?? 'Part'} ${formatObservationValue(c.value)}`)
    .join(', ')
  return (
    <li className="event" data-reference={latest.source.reference}>
      <span className="event-text">{group.text}</span>
      <span className="event-meta">
        Latest: {components || formatObservationValue(latest.value)} ({formatClinicalTime(latest.time)})
        {group.items.length > 1 ? ` · ${group.items.length} recorded` : ''}
      </span>
    </li>
  )
}

function FamilyItem({ event }: { event: FamilyHistoryEvent }) {
  return (
    <li className="event" data-reference={event.source.reference}>
      <span className="event-text">Family history: {event.relationship.text ?? 'relative'}</span>
      <span className="event-meta">
        {event.conditions.length === 0
          ? 'No condition recorded'
          : event.conditions
              .map((c) =>
                c.onset.kind === 'unknown' && !c.onset.age && !c.onset.text
                  ? c.text
                  : `${c.text} (${formatClinicalTime(c.onset).toLowerCase()})`,
              )
              .join('; ')}
      </span>
    </li>
  )
}

interface SectionProps {
  readonly kind: EventKind
  readonly title: string
  readonly count: number
  readonly emptyText: string
  readonly children: ReactNode
}

function Section({ kind, title, count, emptyText, children }: SectionProps) {
  const missing = useTwin(useShallow((s) => s.missing.filter((m) => m.section === kind && m.status !== 'not-offered')))
  const id = `section-${kind}`
  return (
    <section aria-labelledby={id} className="record-section">
      <h3 id={id}>
        {title} ({count})
      </h3>
      {missing.length > 0 && (
        <p className="notice-inline">
          {missing
            .map((m) => `${m.label} ${m.status === 'failed' ? 'could not be loaded' : 'may be incomplete'}.`)
            .join(' ')}
        </p>
      )}
      {count === 0 ? missing.length === 0 && <p className="muted">{emptyText}</p> : children}
    </section>
  )
}

function LongList({ count, children }: { count: number; children: ReactNode }) {
  if (count <= 25) return <ul className="events">{children}</ul>
  return (
    <details>
      <summary>Show all {count}</summary>
      <ul className="events">{children}</ul>
    </details>
  )
}

/** The accessible record view: conditions grouped active / resolved / other, then every other kind of record. */
export function RecordView() {
  const record = useTwin((s) => s.record)
  if (record === null) return null
  return <RecordSections record={record} />
}

function RecordSections({ record }: { record: NormalisedRecord }) {
  const groups = groupConditions(record.conditions)
  const observationGroups = groupObservations(record.observations)
  return (
    <div className="record" aria-label="Record" role="region">
      <Section
        kind="condition"
        title="Conditions"
        count={record.conditions.length}
        emptyText="No conditions were shared by this record system."
      >
        <ConditionGroupList title="Active" items={groups.active} empty="No active conditions in the record." />
        <ConditionGroupList title="Resolved" items={groups.resolved} empty="No resolved conditions in the record." />
        <ConditionGroupList title="Other" items={groups.other} empty="None." />
      </Section>
      <Section
        kind="procedure"
        title="Procedures"
        count={record.procedures.length}
        emptyText="No procedures were shared."
      >
        <LongList count={record.procedures.length}>
          {record.procedures.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="observation"
        title="Measurements and test results"
        count={record.observations.length}
        emptyText="No measurements or test results were shared."
      >
        <LongList count={observationGroups.length}>
          {observationGroups.map((g) => (
            <ObservationItem key={g.key} group={g} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="medication"
        title="Medications"
        count={record.medications.length}
        emptyText="No medications were shared."
      >
        <LongList count={record.medications.length}>
          {record.medications.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="allergy"
        title="Allergies and intolerances"
        count={record.allergies.length}
        emptyText="No allergies or intolerances were shared."
      >
        <LongList count={record.allergies.length}>
          {record.allergies.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="immunization"
        title="Immunisations"
        count={record.immunizations.length}
        emptyText="No immunisations were shared."
      >
        <LongList count={record.immunizations.length}>
          {record.immunizations.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="family-history"
        title="Family history"
        count={record.familyHistory.length}
        emptyText="No family history was shared."
      >
        <LongList count={record.familyHistory.length}>
          {record.familyHistory.map((e) => (
            <FamilyItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="encounter"
        title="Visits and encounters"
        count={record.encounters.length}
        emptyText="No visits were shared."
      >
        <LongList count={record.encounters.length}>
          {record.encounters.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="diagnostic-report"
        title="Reports"
        count={record.reports.length}
        emptyText="No reports were shared."
      >
        <LongList count={record.reports.length}>
          {record.reports.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
      <Section
        kind="care-plan"
        title="Care plans"
        count={record.carePlans.length}
        emptyText="No care plans were shared."
      >
        <LongList count={record.carePlans.length}>
          {record.carePlans.map((e) => (
            <SimpleItem key={e.id} event={e} />
          ))}
        </LongList>
      </Section>
    </div>
  )
}
