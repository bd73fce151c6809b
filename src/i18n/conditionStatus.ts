/**
 * What the record says about a condition's time and certainty, in plain words: "Recorded as active since 1965; the
 * record has no end date. Confirmed." Never a bare "active", and never "Confirmed" beside a code that itself records
 * a suspicion ("Suspected lung cancer": "The code records a suspicion.").
 *
 * Dates: the clinician view shows them exactly as recorded ("3 May 1965"); the patient view shows the year alone
 * when the recorded span is longer than a year (to the end date, or to the record's "as of" date when open), and the
 * recorded date otherwise.
 */
import type { ClinicalTime, ConditionEvent, RecordedDate } from '../timeline/types.ts'
import { isActiveClinicalStatus, isSuspectedVerification } from '../timeline/statusRules.ts'
import { formatClinicalTime, formatRecordedDate } from './format.ts'
import type { Locale } from './locale.ts'
import type { Translate } from './translate.ts'

/** What the status words need: the words, the language, whether dates are exact, and the record's "as of". */
export interface StatusContext {
  readonly t: Translate
  readonly locale: Locale
  /** True in the clinician view: dates exactly as recorded. False: the year alone for spans over a year. */
  readonly exactDates: boolean
  /** The record's "information as of" instant (ISO): the end of an open span. */
  readonly asOf: string
}

const DAY_MS = 86_400_000
/** A span longer than this is told by its years ("since 1965"). */
const LONG_SPAN_DAYS = 366

function dayOf(date: RecordedDate | string): number {
  const value = typeof date === 'string' ? date : date.value
  const [year, month = '01', day = '01'] = value.slice(0, 10).split('-')
  return Date.parse(`${year ?? ''}-${month}-${day}T00:00:00Z`)
}

function isLongSpan(start: RecordedDate, end: RecordedDate | null, asOf: string): boolean {
  const span = (end ? dayOf(end) : dayOf(asOf)) - dayOf(start)
  return Number.isFinite(span) && span > LONG_SPAN_DAYS * DAY_MS
}

/** A recorded bound of a clinical time: its start (or, for an open-start period, its end). */
function boundOf(time: ClinicalTime, which: 'start' | 'end'): RecordedDate | null {
  if (time.kind === 'unknown') return null
  return which === 'start' ? (time.start ?? time.end) : (time.end ?? time.start)
}

interface Bounds {
  readonly start: RecordedDate | null
  readonly end: RecordedDate | null
}

function dateText(date: RecordedDate, bounds: Bounds, ctx: StatusContext, unusual: boolean): string {
  if (unusual) return ctx.t('time.unusual', { date: date.value })
  const long = bounds.start !== null && isLongSpan(bounds.start, bounds.end, ctx.asOf)
  if (!ctx.exactDates && long && /^\d{4}/.test(date.value)) return date.value.slice(0, 4)
  return formatRecordedDate(date, ctx.locale)
}

/** True when the record says the condition ended (a date, an age, a text, or abatementBoolean). */
function hasEnded(c: ConditionEvent): boolean {
  const a = c.abatement
  return a.kind !== 'unknown' || a.text !== null || a.age !== null || a.source === 'abatementBoolean'
}

/**
 * The condition's recorded time in one sentence, and whether that sentence already says "active".
 * @param c - a condition
 * @param ctx - words, language, date precision and the record's "as of"
 */
export function conditionTimeText(c: ConditionEvent, ctx: StatusContext): { text: string; saysActive: boolean } {
  const { t } = ctx
  const bounds: Bounds = { start: boundOf(c.time, 'start'), end: boundOf(c.abatement, 'end') }
  const start = bounds.start ? dateText(bounds.start, bounds, ctx, c.time.unusual) : null
  const end = bounds.end ? dateText(bounds.end, bounds, ctx, c.abatement.unusual) : null
  const ended = hasEnded(c)
  const active = isActiveClinicalStatus(c.clinicalStatus) && !ended
  // An onset recorded as an age or a text (no date) is quoted first, as recorded.
  const onsetAs =
    start === null && (c.time.age || c.time.text)
      ? `${t('condition.onsetAs', { onset: formatClinicalTime(c.time, ctx.locale) })} `
      : ''
  if (active) {
    if (start) return { text: t('condition.activeSince', { date: start }), saysActive: true }
    return { text: onsetAs + t(onsetAs ? 'condition.activeNoEnd' : 'condition.activeNoStart'), saysActive: true }
  }
  const endAsText =
    !end && ended && (c.abatement.age || c.abatement.text) ? formatClinicalTime(c.abatement, ctx.locale) : null
  const endText = end ?? endAsText
  if (start && endText) return { text: t('condition.fromTo', { start, end: endText }), saysActive: false }
  if (start) return { text: t(ended ? 'condition.fromEndUndated' : 'condition.from', { start }), saysActive: false }
  if (endText)
    return {
      text: onsetAs + t(onsetAs ? 'condition.untilOnly' : 'condition.until', { end: endText }),
      saysActive: false,
    }
  if (onsetAs) return { text: onsetAs + t(ended ? 'condition.endedUndated' : 'condition.noEnd'), saysActive: false }
  return { text: t(ended ? 'condition.endedUndated' : 'condition.noDates'), saysActive: false }
}

/**
 * What the record says about certainty: the verification status, or "The code records a suspicion." when the code
 * itself says "suspected" (never "Confirmed" beside it, even when the record carries verificationStatus confirmed).
 * Empty when the record gives no verification status and the code records no suspicion.
 * @param c - a condition
 * @param t - the translate function
 * @param suspectedByCode - true when the mapping found that the code itself records a suspicion
 */
export function conditionCertainty(c: ConditionEvent, t: Translate, suspectedByCode: boolean): string {
  const v = c.verificationStatus
  if (v !== null && isSuspectedVerification(v)) return `${t(`verification.${v}`)}.`
  if (suspectedByCode && v !== 'refuted') return t('condition.codeSuspicion')
  return v === null ? '' : `${t(`verification.${v}`)}.`
}

/**
 * The condition's time, status and certainty in words: "Recorded as active since 1965; the record has no end date.
 * Confirmed." The status is named when the time sentence does not already say it ("Status: resolved.").
 * @param c - a condition
 * @param ctx - words, language, date precision and the record's "as of"
 * @param suspectedByCode - true when the code itself records a suspicion (Placement.rule.reason.suspected 'by-code')
 */
export function conditionStatus(c: ConditionEvent, ctx: StatusContext, suspectedByCode = false): string {
  const { t } = ctx
  const time = conditionTimeText(c, ctx)
  const status =
    c.clinicalStatus === null
      ? `${t('record.statusNotRecorded')}.`
      : time.saysActive && c.clinicalStatus === 'active'
        ? ''
        : `${t('record.status', { status: t(`clinical.${c.clinicalStatus}`) })}.`
  return [time.text, status, conditionCertainty(c, t, suspectedByCode)].filter(Boolean).join(' ')
}
