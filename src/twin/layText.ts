/**
 * The words a view shows for one finding: in patient mode the lay name (layNameOf) with the record's own text
 * beneath it, semantic tag dropped; in clinician mode the record's text as recorded and its codes, no lay name.
 * Pure: no React, no store.
 */
import { layNameOf, type LayKind } from '../i18n/layNames/layName.ts'
import type { LayName } from '../i18n/layNames/types.ts'
import type { Locale } from '../i18n/locale.ts'
import { systemName } from '../i18n/systemName.ts'
import type { Concept, EventKind } from '../timeline/types.ts'
import { displayText } from './displayText.ts'
import type { ViewMode } from './twinStore.ts'

/** What is named: an event or a placement (its kind, its codes when known, and the record's text). */
export interface Nameable {
  readonly kind: EventKind | 'medication'
  readonly concept: Concept | null
  readonly text: string
}

/** The words for one finding. */
export interface FindingText {
  /** The lay name in the asked language (patient mode only), or null when none is listed. */
  readonly lay: LayName | null
  /** The record's text: semantic tag dropped in patient mode, exactly as recorded in clinician mode. */
  readonly record: string
  /** Clinician mode only: each code as `system|code` with the system's short name ('SNOMED CT|49436004'). */
  readonly codes: readonly string[]
}

const NO_CONCEPT: Concept = { codes: [], text: null }

/** The lay tables name conditions (and relatives' conditions) and procedures; nothing else is looked up. */
function layKindOf(kind: Nameable['kind']): LayKind | null {
  if (kind === 'condition' || kind === 'family-history') return 'condition'
  if (kind === 'procedure') return 'procedure'
  return null
}

/**
 * The words for a finding in a mode and language.
 * @param subject - the event or placement named
 * @param mode - patient or clinician
 * @param locale - the interface language (the lay name is in it)
 */
export function layText(subject: Nameable, mode: ViewMode, locale: Locale): FindingText {
  const record = mode === 'patient' ? displayText(subject.text, mode) : subject.text
  if (mode === 'clinician') {
    const codes = (subject.concept?.codes ?? []).map((c) => `${systemName(c.system ?? '', locale)}|${c.code}`)
    return { lay: null, record, codes }
  }
  const kind = layKindOf(subject.kind)
  const lay = kind === null ? null : layNameOf(subject.concept ?? NO_CONCEPT, subject.text, kind, locale)
  return { lay: lay === null ? null : { ...lay, text: displayText(lay.text, mode) }, record, codes: [] }
}

/**
 * The one line of plain text for a finding where only one fits (a relative's condition, a sorted label): the lay
 * name when there is one, else the record's text.
 * @param subject - the event or placement named
 * @param mode - patient or clinician
 * @param locale - the interface language
 */
export function layLine(subject: Nameable, mode: ViewMode, locale: Locale): string {
  const words = layText(subject, mode, locale)
  return words.lay?.text ?? words.record
}
