import { useId } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { conditionView, isShownAt } from '../twin/selectors.ts'
import { modelShapeNote } from '../anatomy/modelNotes.ts'
import { GUIDELINES, RISK_FACTORS } from '../anatomy/tables/riskFactors.ts'
import { placeLabel } from '../i18n/placeLabel.ts'
import type { PlaceId, Placement, RiskFactor, RuleHit, TwinMap } from '../anatomy/types.ts'
import type { ClinicalEvent, Concept, NormalisedRecord, SourceRef } from '../timeline/types.ts'
import type { ViewMode } from '../twin/twinStore.ts'
import type { Locale } from '../i18n/locale.ts'
import { formatClinicalTime, formatRecordedDate } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'
import type { Translate } from '../i18n/translate.ts'
import { conditionStatus } from './RecordView.tsx'
import { RiskFactorChart } from './RiskFactorChart.tsx'

/** What the details panel can show: a place on the body, or one of the lists that are not on the body. */
export type PanelTarget = PlaceId | 'life' | 'family' | 'unplaced'

/**
 * The record's text in patient mode: the SNOMED semantic tag ("(disorder)", "(finding)") is dropped; clinician
 * mode shows the text exactly as recorded.
 * @param text - the record's display text
 * @param mode - patient or clinician
 */
export function displayText(text: string, mode: ViewMode): string {
  return mode === 'patient'
    ? text.replace(/\s*\((disorder|finding|procedure|situation|morphologic abnormality)\)\s*$/i, '')
    : text
}

function codesOf(concept: Concept | null): string {
  if (!concept || concept.codes.length === 0) return ''
  return concept.codes.map((c) => `${c.system ?? '(no system)'}|${c.code}`).join(', ')
}

interface Ctx {
  readonly t: Translate
  readonly locale: Locale
  readonly mode: ViewMode
  readonly record: NormalisedRecord
  readonly events: ReadonlyMap<string, ClinicalEvent>
}

function ruleText(rule: RuleHit, t: Translate): string {
  return t(`panel.layer.${rule.layer}`)
}

/** "Why here?" and the source: resource type and id, system|code, recorded date, the rule that placed it. */
function SourceDetails({
  source,
  event,
  rule,
  ctx,
}: {
  source: SourceRef
  event: ClinicalEvent | undefined
  rule: RuleHit | null
  ctx: Ctx
}) {
  const { t, locale, mode, record } = ctx
  const encounter = event?.encounter ? record.encounters.find((e) => e.id === event.encounter) : undefined
  const body = (
    <dl className="source">
      <dt>{t('panel.resource')}</dt>
      <dd>
        <code>{source.reference}</code>
      </dd>
      <dt>{t('panel.code')}</dt>
      <dd>{event && codesOf(event.concept) ? <code>{codesOf(event.concept)}</code> : t('panel.noCode')}</dd>
      <dt>{t('panel.recorded')}</dt>
      <dd>{event ? formatClinicalTime(event.time, locale) : t('date.unknown')}</dd>
      {encounter && (
        <>
          <dt>{t('panel.encounter')}</dt>
          <dd>
            {encounter.text} ({formatClinicalTime(encounter.time, locale)})
          </dd>
        </>
      )}
      {rule && (
        <>
          <dt>{t('panel.whyHere')}</dt>
          <dd>
            {ruleText(rule, t)}
            {rule.matchedKey ? (
              <>
                {' '}
                (<code>{rule.matchedKey}</code>)
              </>
            ) : null}
            . <span className="muted">{rule.reason}</span>{' '}
            <span className="muted">
              {t('panel.rule')}: <code>{rule.ruleId}</code>
            </span>
          </dd>
        </>
      )}
    </dl>
  )
  if (mode === 'clinician') return body
  return (
    <details className="source-details">
      <summary>
        {t('panel.source')} · {t('panel.whyHere')}
      </summary>
      {body}
    </details>
  )
}

function PlacementItem({ placement, ctx }: { placement: Placement; ctx: Ctx }) {
  const { t, locale, mode } = ctx
  const event = ctx.events.get(placement.id)
  const condition = event?.kind === 'condition' ? event : undefined
  const paired = placement.places.some((p) => p.endsWith('_left') || p.endsWith('_right'))
  return (
    <li className="finding" data-finding={placement.id}>
      <span className="event-text">
        {placement.suspected && <span className="tag tag-suspected">{t('tag.suspected')}</span>}
        {placement.rule.confidence === 'keyword' && <span className="tag tag-keyword">{t('panel.keywordMatch')}</span>}
        {displayText(placement.text, mode)}
      </span>
      <span className="event-meta">
        {condition
          ? `${formatClinicalTime(condition.time, locale)}${
              condition.abatement.kind !== 'unknown'
                ? ` · ${t('record.ended', { time: formatClinicalTime(condition.abatement, locale) })}`
                : ''
            } · ${conditionStatus(condition, t)}`
          : event
            ? `${formatClinicalTime(event.time, locale)}${event.status ? ` · ${t('record.status', { status: event.status })}` : ''}`
            : ''}
        {paired &&
          ` · ${placement.laterality ? t('panel.side', { side: t(`side.${placement.laterality}`) }) : t('panel.sideNotRecorded')}`}
      </span>
      <SourceDetails source={placement.source} event={event} rule={placement.rule} ctx={ctx} />
    </li>
  )
}

function RiskFactorItem({ factor, ctx }: { factor: RiskFactor; ctx: Ctx }) {
  const { t, locale } = ctx
  const latest = factor.series[factor.series.length - 1]
  const guideline = factor.guideline ? GUIDELINES.find((g) => g.id === factor.guideline) : undefined
  const range = latest?.referenceRanges[0]
  const rangeText = range
    ? (range.text ??
      [range.low ? String(range.low.value) : '', range.high ? String(range.high.value) : ''].filter(Boolean).join('–') +
        ((range.low?.unit ?? range.high?.unit) ? ` ${range.low?.unit ?? range.high?.unit ?? ''}` : ''))
    : null
  return (
    <li className="finding" data-risk-factor={factor.factor}>
      <span className="event-text">{factor.label}</span>
      {latest && (
        <span className="event-meta">
          {t('panel.latestValue', {
            value: `${latest.comparator ?? ''}${String(latest.value)}${latest.unit ? ` ${latest.unit}` : ''}`,
            date: latest.date
              ? formatRecordedDate({ value: latest.date, precision: latest.date.length > 10 ? 'time' : 'day' }, locale)
              : t('date.unknown'),
          })}
          {factor.series.length > 1 ? ` · ${t('panel.series', { count: factor.series.length })}` : ''}
        </span>
      )}
      {rangeText && <span className="event-meta">{t('panel.referenceRange', { range: rangeText })}</span>}
      {latest && latest.interpretation.length > 0 && (
        <span className="event-meta">{t('panel.interpretation', { text: latest.interpretation.join(', ') })}</span>
      )}
      <RiskFactorChart factor={factor} label={t('panel.chartLabel', { label: factor.label })} locale={locale} />
      {guideline && (
        <details className="guideline">
          <summary>{t('panel.guideline', { title: guideline.title })}</summary>
          <p className="muted">{t('panel.guidelineNote')}</p>
          <table>
            <tbody>
              {guideline.rows.map((row) => (
                <tr key={row.range}>
                  <td>{row.range}</td>
                  <td>{row.label}</td>
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

function Group({ title, children, count }: { title: string; children: React.ReactNode; count: number }) {
  const id = useId()
  if (count === 0) return null
  return (
    <section aria-labelledby={id} className="panel-group">
      <h4 id={id}>
        {title} ({count})
      </h4>
      <ul className="events">{children}</ul>
    </section>
  )
}

function visiblePlacementIds(
  record: NormalisedRecord,
  map: TwinMap,
  cursor: string | null,
  ctx: Ctx,
  filters: Parameters<typeof conditionView>[3],
): Set<string> {
  const view = conditionView(record, map, cursor, filters)
  const ids = new Set<string>([...view.active, ...view.resolved].map((c) => c.id))
  for (const p of map.placements) {
    if (p.findingKind === 'condition') continue
    const event = ctx.events.get(p.id)
    if (!event || isShownAt(event, cursor)) ids.add(p.id)
  }
  return ids
}

/** The details panel for one place (organ, mind, whole body) or one of the off-body lists. */
export function OrganPanel({ target, onClose }: { target: PanelTarget; onClose: () => void }) {
  const record = useTwin((s) => s.record)
  const map = useTwin((s) => s.map)
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const cursor = useTwin((s) => s.timeCursor)
  const filters = useTwin((s) => s.filters)
  const t = useT()
  const headingId = useId()
  if (record === null || map === null) return null
  const events = new Map<string, ClinicalEvent>()
  for (const list of [record.conditions, record.procedures, record.medications, record.observations] as const) {
    for (const e of list) events.set(e.id, e)
  }
  const ctx: Ctx = { t, locale, mode, record, events }
  const title =
    target === 'life'
      ? t('panel.life')
      : target === 'family'
        ? t('panel.familyHistory')
        : target === 'unplaced'
          ? t('panel.unplaced')
          : placeLabel(target, mode === 'patient' ? 'lay' : 'clinical', locale)

  // Stand-in and reconstructed organs say so in both modes (STYLE.md §3: "approximate, illustrative").
  const shapeNote = modelShapeNote(target)

  let content: React.ReactNode
  if (target === 'life') {
    const items = map.lifeAndContext.filter((i) => {
      const e = events.get(i.id)
      return !e || isShownAt(e, cursor)
    })
    content = (
      <>
        <p className="muted">{t('panel.lifeHelp')}</p>
        {items.length === 0 ? <p>{t('panel.empty')}</p> : null}
        <ul className="events">
          {items.map((i) => (
            <li key={i.id} className="finding" data-finding={i.id}>
              <span className="event-text">{displayText(i.text, mode)}</span>
              <SourceDetails source={i.source} event={events.get(i.id)} rule={i.rule} ctx={ctx} />
            </li>
          ))}
        </ul>
      </>
    )
  } else if (target === 'family') {
    content = (
      <>
        <p className="muted">{t('panel.familyHelp')}</p>
        {map.familyHistory.length === 0 ? <p>{t('panel.empty')}</p> : null}
        <ul className="events">
          {map.familyHistory.map((i) => (
            <li key={i.id} className="finding" data-finding={i.id}>
              <span className="event-text">
                {t('panel.relationship', { relationship: i.relationship, condition: i.condition })}
              </span>
              {i.onsetAge && <span className="event-meta">{t('panel.onsetAge', { age: i.onsetAge })}</span>}
              <SourceDetails source={i.source} event={undefined} rule={i.rule} ctx={ctx} />
            </li>
          ))}
        </ul>
      </>
    )
  } else if (target === 'unplaced') {
    content = (
      <>
        <p className="muted">{t('panel.unplacedHelp')}</p>
        {map.unplaced.length === 0 ? <p>{t('panel.empty')}</p> : null}
        <ul className="events">
          {map.unplaced.map((i) => (
            <li key={i.id} className="finding" data-finding={i.id}>
              <span className="event-text">{displayText(i.text, mode)}</span>
              <span className="event-meta">{i.reason}</span>
              <SourceDetails source={i.source} event={events.get(i.id)} rule={null} ctx={ctx} />
            </li>
          ))}
        </ul>
        {map.ruledOut.length > 0 && (
          <Group title={t('panel.ruledOut')} count={map.ruledOut.length}>
            {map.ruledOut.map((i) => (
              <li key={i.id} className="finding" data-finding={i.id}>
                <span className="event-text">
                  <span className="tag tag-ruled-out">{t('tag.ruledOut')}</span>
                  {displayText(i.text, mode)}
                </span>
                <SourceDetails source={i.source} event={events.get(i.id)} rule={null} ctx={ctx} />
              </li>
            ))}
          </Group>
        )}
      </>
    )
  } else {
    const visible = visiblePlacementIds(record, map, cursor, ctx, filters)
    const here = map.placements.filter((p) => p.places.includes(target) && visible.has(p.id))
    const secondary = map.placements.filter(
      (p) => p.findingKind === 'condition' && p.secondary.includes(target) && visible.has(p.id),
    )
    const conditions = here.filter((p) => p.findingKind === 'condition')
    const procedures = here.filter((p) => p.findingKind === 'procedure')
    const medications = here.filter((p) => p.findingKind === 'medication')
    const factors = map.riskFactors.filter((f) => f.places.includes(target))
    // Explicit missing-data states: a measurement that concerns this place but is not in the record is said so,
    // never left to read as "fine" (BMI-for-age is left out: it applies to children only).
    const notRecorded = RISK_FACTORS.filter(
      (d) =>
        d.places.includes(target) &&
        !d.context &&
        d.factor !== 'bmi_percentile' &&
        !map.riskFactors.some((f) => f.factor === d.factor && f.series.length > 0),
    )
    const family = map.familyHistory.filter((f) => f.places.includes(target))
    const wholeBody = target === 'whole_body'
    const allergies = wholeBody ? record.allergies.filter((a) => isShownAt(a, cursor)) : []
    const immunizations = wholeBody ? record.immunizations.filter((a) => isShownAt(a, cursor)) : []
    const total =
      conditions.length +
      secondary.length +
      procedures.length +
      medications.length +
      factors.length +
      family.length +
      allergies.length +
      immunizations.length
    content = (
      <>
        {total === 0 && (
          <p>
            {cursor
              ? t('panel.nothingHereAt', { date: formatRecordedDate({ value: cursor, precision: 'day' }, locale) })
              : t('panel.nothingHere')}
          </p>
        )}
        <Group title={t('panel.conditions')} count={conditions.length}>
          {conditions.map((p) => (
            <PlacementItem key={p.id} placement={p} ctx={ctx} />
          ))}
        </Group>
        <Group title={t('panel.alsoConcerns')} count={secondary.length}>
          {secondary.map((p) => (
            <PlacementItem key={p.id} placement={p} ctx={ctx} />
          ))}
        </Group>
        <Group title={t('panel.procedures')} count={procedures.length}>
          {procedures.map((p) => (
            <PlacementItem key={p.id} placement={p} ctx={ctx} />
          ))}
        </Group>
        <Group title={t('panel.medications')} count={medications.length}>
          {medications.map((p) => (
            <PlacementItem key={p.id} placement={p} ctx={ctx} />
          ))}
        </Group>
        <Group title={t('panel.riskFactors')} count={factors.length}>
          {factors.map((f) => (
            <RiskFactorItem key={f.factor} factor={f} ctx={ctx} />
          ))}
        </Group>
        {notRecorded.length > 0 && (
          <ul className="not-recorded muted">
            {notRecorded.map((d) => (
              <li key={d.factor}>{t('panel.noMeasurement', { label: d.label })}</li>
            ))}
          </ul>
        )}
        <Group title={t('panel.family')} count={family.length}>
          {family.map((i) => (
            <li key={i.id} className="finding" data-finding={i.id}>
              <span className="event-text">
                {t('panel.relationship', { relationship: i.relationship, condition: i.condition })}
              </span>
              <SourceDetails source={i.source} event={undefined} rule={i.rule} ctx={ctx} />
            </li>
          ))}
        </Group>
        <Group title={t('panel.allergies')} count={allergies.length}>
          {allergies.map((a) => (
            <li key={a.id} className="finding" data-finding={a.id}>
              <span className="event-text">{displayText(a.text, mode)}</span>
              <SourceDetails source={a.source} event={a} rule={null} ctx={ctx} />
            </li>
          ))}
        </Group>
        <Group title={t('panel.immunizations')} count={immunizations.length}>
          {immunizations.map((a) => (
            <li key={a.id} className="finding" data-finding={a.id}>
              <span className="event-text">{a.text}</span>
              <SourceDetails source={a.source} event={a} rule={null} ctx={ctx} />
            </li>
          ))}
        </Group>
      </>
    )
  }
  return (
    <section aria-labelledby={headingId} className="card organ-panel" data-mode={mode}>
      <div className="panel-head">
        <h3 id={headingId}>{title}</h3>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {shapeNote && (
        <p className="muted model-shape-note" data-shape-note={shapeNote}>
          {t(`panel.shape.${shapeNote}`)}
        </p>
      )}
      {content}
    </section>
  )
}
