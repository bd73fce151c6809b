/**
 * The ordered resolver: status, then recorded bodySite, then code tables (SNOMED CT, then ICD-10-CM), then keyword
 * rules on the record text, then "not placed". First match wins; every result carries the rule that decided it.
 * Pure: reads only its arguments and the static tables.
 */
import { SYSTEMS } from '../timeline/codes.ts'
import type { Code, Concept } from '../timeline/types.ts'
import { ORGANS, isOrganId } from './organIds.ts'
import {
  ALIAS_MAP,
  BODY_SITE_MAP,
  ICD_OVERRIDE_MAP,
  KEYWORD_LIST,
  SNOMED_MAP,
  icdBlockOf,
  icdChapterOf,
  icdSideOf,
  type PlaceToken,
} from './lookup.ts'
import type { NoteId } from './tables/notes.ts'
import { LATERALITY_QUALIFIERS } from './tables/bodySites.ts'
import { tableNote } from './tableNote.ts'
import { isIcd10System, parseIcdCode } from './icdCode.ts'
import type {
  BodySiteBasis,
  CodeBasis,
  ConceptBasis,
  Confidence,
  Decision,
  KeywordBasis,
  MappingSex,
  OverruledPlace,
  PlaceId,
  ReasonBasis,
  ReasonNote,
  RuleLayer,
} from './types.ts'

export { isIcd10System, parseIcdCode } from './icdCode.ts'

/** What one resolver layer found for a concept. */
export interface ConceptHit<B extends ReasonBasis = ReasonBasis> {
  readonly decision: Decision
  readonly ruleId: string
  readonly layer: RuleLayer
  readonly confidence: Confidence
  readonly matchedKey: string | null
  /** How the match came about (the part of the reason after "because"): the code, body site or keyword rule. */
  readonly basis: B
  readonly note: ReasonNote
  /** True when the matched code itself records a suspicion ("Suspected lung cancer"). */
  readonly suspectedByCode: boolean
  /** On a body-site hit: where the finding's own code or text would place it, before the side (bodySiteFirst). */
  readonly overruled?: OverruledPlace
}

/**
 * Turns table place tokens into a decision, choosing genital organs by the recorded sex.
 * @param places - primary tokens
 * @param secondary - secondary tokens
 * @param sex - the patient's recorded sex
 */
export function decide(places: readonly PlaceToken[], secondary: readonly PlaceToken[], sex: MappingSex): Decision {
  if (places.includes('context')) return { kind: 'context' }
  if (places.includes('-')) return { kind: 'unplaced', why: 'no-body-site-in-code' }
  const out: PlaceId[] = []
  for (const token of places) {
    if (token === 'genital') {
      if (sex === 'female') out.push('uterus', 'vagina')
      else if (sex === 'male') out.push('penis', 'testes')
      else return { kind: 'unplaced', why: 'sex-not-recorded' }
    } else if (token !== 'context' && token !== '-') {
      out.push(token)
    }
  }
  const second = secondary.filter(
    (token): token is PlaceId => token !== 'context' && token !== '-' && token !== 'genital' && !out.includes(token),
  )
  return { kind: 'body', places: out, secondary: second }
}

function codeHit(code: Code, sex: MappingSex): ConceptHit<CodeBasis> | null {
  if (code.system !== SYSTEMS.snomed) return null
  const alias = ALIAS_MAP.get(code.code)
  const row = SNOMED_MAP.get(alias ?? code.code)
  if (row === undefined) return null
  return {
    decision: decide(row.places, row.secondary, sex),
    ruleId: `snomed:${row.code}`,
    layer: 'codeTable',
    confidence: 'table',
    matchedKey: code.key,
    basis: { kind: 'code', system: code.system, code: code.code, alias: alias ?? null },
    note: tableNote(row.note),
    suspectedByCode: row.suspected,
  }
}

function icdHit(code: Code, sex: MappingSex): ConceptHit<CodeBasis> | null {
  if (code.system === null || !isIcd10System(code.system)) return null
  const parsed = parseIcdCode(code.code)
  if (parsed === null) return null
  const found = icdRow(parsed.category, parsed.full)
  if (found === null) return null
  const decision = decide(found.places, found.secondary, sex)
  // A code that states the side (M17.11 right knee, Z89.512 left leg below the knee) keeps only that side.
  const side = icdSideOf(parsed.full)
  return {
    decision: decision.kind === 'body' ? { ...decision, places: applySide(decision.places, side) } : decision,
    ruleId: found.ruleId,
    layer: 'icd10',
    confidence: 'table',
    matchedKey: code.key,
    basis: { kind: 'code', system: code.system, code: code.code, alias: null },
    note: tableNote(found.note),
    suspectedByCode: false,
  }
}

interface IcdRow {
  readonly ruleId: string
  readonly places: readonly PlaceToken[]
  readonly secondary: readonly PlaceToken[]
  readonly note: NoteId
}

/**
 * The ICD-10-CM row for a code: the longest override prefix, else its block, else its chapter (so every category
 * gets a decision).
 * @param category - the three-character category
 * @param full - the dotted code
 */
function icdRow(category: string, full: string): IcdRow | null {
  // The block scan tests every block: each dotted code (the category is its first three characters) is looked up
  // once and the frozen row shared. Depends only on the code, so the function stays pure; bounded.
  const known = ICD_ROWS.get(full)
  if (known !== undefined) return known
  const row = icdRowUncached(category, full)
  if (ICD_ROWS.size >= 5000) ICD_ROWS.clear()
  ICD_ROWS.set(full, row)
  return row
}

const ICD_ROWS = new Map<string, IcdRow | null>()
const NONE: readonly PlaceToken[] = Object.freeze([])

function icdRowUncached(category: string, full: string): IcdRow | null {
  for (let length = full.length; length >= 3; length--) {
    const prefix = full.slice(0, length)
    if (prefix.endsWith('.')) continue
    const row = ICD_OVERRIDE_MAP.get(prefix)
    if (row === undefined) continue
    return Object.freeze({
      ruleId: `icd10:${row.prefix}`,
      places: row.places,
      secondary: row.secondary,
      note: row.note,
    })
  }
  const block = icdBlockOf(category)
  if (block !== null) {
    const note = block.note ?? (block.places.includes('context') ? 'context' : 'icdBlock')
    return Object.freeze({
      ruleId: `icd10-block:${block.start}-${block.end}`,
      places: block.places,
      secondary: NONE,
      note,
    })
  }
  const chapter = icdChapterOf(category)
  if (chapter === null) return null
  const note = chapter.note ?? 'icdBlock'
  return Object.freeze({ ruleId: `icd10-chapter:${chapter.chapter}`, places: chapter.places, secondary: NONE, note })
}

/**
 * Keyword layer: the first keyword rule whose pattern occurs in the text.
 * @param text - the record's text for the item
 * @param sex - the patient's recorded sex
 */
export function keywordHit(text: string, sex: MappingSex): ConceptHit<KeywordBasis> | null {
  // Records repeat the same texts (hundreds of identical procedures), so results are memoised; the result depends
  // only on the text and the sex, so the cache keeps the function pure. Bounded to keep memory flat.
  // Composed form, so a letter followed by a separate accent mark matches the accented patterns.
  // Keyed by sex, then by the text as given (one text always composes the same way): a hit costs two lookups, no
  // key string and no normalize().
  let bySex = KEYWORD_CACHE.get(sex)
  if (bySex === undefined) {
    bySex = new Map()
    KEYWORD_CACHE.set(sex, bySex)
  }
  const cached = bySex.get(text)
  if (cached !== undefined) return cached
  const hit = scanKeywords(text.normalize('NFC'), sex)
  if (bySex.size >= 5000) bySex.clear()
  bySex.set(text, hit)
  return hit
}

const KEYWORD_CACHE = new Map<MappingSex, Map<string, ConceptHit<KeywordBasis> | null>>()

function scanKeywords(text: string, sex: MappingSex): ConceptHit<KeywordBasis> | null {
  for (const rule of KEYWORD_LIST) {
    if (!rule.pattern.test(text)) continue
    return {
      decision: decide(rule.places, [], sex),
      ruleId: `keyword:${rule.id}`,
      layer: 'keyword',
      confidence: 'keyword',
      matchedKey: null,
      basis: { kind: 'keyword', ruleId: rule.id },
      note: rule.note,
      suspectedByCode: false,
    }
  }
  return null
}

/**
 * Resolves a concept by its codes (SNOMED CT table for every coding first, then ICD-10-CM), then by its text.
 * @param concept - the concept (Condition.code, reasonCode, a relative's condition)
 * @param text - the display text to use for keyword rules
 * @param sex - the patient's recorded sex
 */
export function resolveConcept(concept: Concept, text: string, sex: MappingSex): ConceptHit<ConceptBasis> | null {
  for (const code of concept.codes) {
    const hit = codeHit(code, sex)
    if (hit !== null) return hit
  }
  const words = concept.text ?? text
  // The text for keyword rules (a string, not a closure built per concept).
  const keywordText = words === '' ? text : words
  for (const code of concept.codes) {
    const hit = icdHit(code, sex)
    if (hit === null) continue
    // A block or chapter rule that names only the whole body ("Other soft tissue disorders") gives way to a record
    // text that names a part ("Rotator cuff tear, right shoulder"); an override by category never does.
    if (!hit.ruleId.startsWith('icd10:') && isWholeBodyOnly(hit.decision)) {
      const named = keywordHit(keywordText, sex)
      if (named !== null && named.decision.kind === 'body' && !isWholeBodyOnly(named.decision)) return named
    }
    return hit
  }
  return keywordHit(keywordText, sex)
}

function isWholeBodyOnly(decision: Decision): boolean {
  return decision.kind === 'body' && decision.places.length > 0 && decision.places.every((p) => p === 'whole_body')
}

/** The result of reading recorded body sites. */
export interface BodySiteResult {
  readonly hit: ConceptHit<BodySiteBasis | KeywordBasis> | null
  readonly laterality: 'left' | 'right' | 'both' | null
}

// English and Spanish side words (records in Spanish say "cadera izquierda", "ambas rodillas").
const LEFT = /\b(left|izquierd[oa]s?)\b/i
const RIGHT = /\b(right|derech[oa]s?)\b/i
const BILATERAL = /\b(bilateral|both|ambos|ambas|bilaterales)\b/i

/**
 * The side named in a text ('left', 'right', 'both'), or null.
 * @param text - a display text
 */
export function sideInText(text: string): 'left' | 'right' | 'both' | null {
  if (BILATERAL.test(text)) return 'both'
  const left = LEFT.test(text)
  const right = RIGHT.test(text)
  if (left && right) return 'both'
  if (left) return 'left'
  if (right) return 'right'
  return null
}

/**
 * Reads recorded bodySite concepts: the first SNOMED CT body structure that the table knows, and any laterality
 * (qualifier codes, then left/right words in the bodySite text).
 * @param sites - Condition.bodySite / Procedure.bodySite concepts
 * @param sex - the patient's recorded sex
 */
export function readBodySites(sites: readonly Concept[], sex: MappingSex): BodySiteResult {
  let hit: ConceptHit<BodySiteBasis> | null = null
  let laterality: 'left' | 'right' | 'both' | null = null
  for (const site of sites) {
    for (const code of site.codes) {
      if (code.system !== SYSTEMS.snomed) continue
      const side = LATERALITY_QUALIFIERS.get(code.code)
      if (side !== undefined) {
        laterality ??= side
        continue
      }
      const places = BODY_SITE_MAP.get(code.code)
      if (places !== undefined && hit === null) {
        hit = {
          decision: decide(places, [], sex),
          ruleId: `bodySite:${code.code}`,
          layer: 'bodySite',
          confidence: 'recorded',
          matchedKey: code.key,
          basis: { kind: 'body-site', system: code.system, code: code.code },
          note: tableNote('bodySite'),
          suspectedByCode: false,
        }
      }
    }
    if (laterality === null) {
      const words = [site.text ?? '', ...site.codes.map((code) => code.display ?? '')].join(' ')
      laterality = sideInText(words)
    }
  }
  // A body structure whose own code names one side ('Structure of left knee region') records that side.
  laterality ??= hit !== null && hit.decision.kind === 'body' ? sideOfPlaces(hit.decision.places) : null
  return { hit: hit ?? bodySiteTextHit(sites, sex), laterality }
}

/**
 * A body site recorded as text only, without a code ("left forearm"): the keyword rules on that text, when they name a part of the
 * body (a keyword match, shown as such). Life-and-context, mind and whole-body rules are not body sites.
 * @param sites - the recorded body sites
 * @param sex - the patient's recorded sex
 */
function bodySiteTextHit(sites: readonly Concept[], sex: MappingSex): ConceptHit<KeywordBasis> | null {
  for (const site of sites) {
    // Only sites recorded as text alone: a coded site the table does not know is not guessed from its display.
    const text = site.codes.length === 0 ? (site.text ?? '') : ''
    if (text.trim() === '') continue
    const hit = keywordHit(text, sex)
    if (hit === null || hit.decision.kind !== 'body') continue
    if (hit.decision.places.every((place) => place === 'whole_body' || place === 'mind')) continue
    return hit
  }
  return null
}

/**
 * The one side that all paired places share ('left' for knee_left), or null when none is paired or both sides occur.
 * @param places - places
 */
export function sideOfPlaces(places: readonly PlaceId[]): 'left' | 'right' | null {
  const sides = new Set(places.map((place) => (isOrganId(place) ? ORGANS[place].laterality : null)))
  sides.delete(null)
  if (sides.size !== 1) return null
  return sides.has('left') ? 'left' : 'right'
}

/**
 * Narrows paired organs to the recorded side (both sides kept when no side or both sides are recorded).
 * @param places - places from a rule
 * @param side - the recorded side
 */
export function applySide(places: readonly PlaceId[], side: 'left' | 'right' | 'both' | null): readonly PlaceId[] {
  if (side === null || side === 'both') return places
  const hasSided = places.some((place) => isOrganId(place) && ORGANS[place].laterality === side)
  if (!hasSided) return places
  return places.filter(
    (place) => !isOrganId(place) || ORGANS[place].laterality !== (side === 'left' ? 'right' : 'left'),
  )
}

/**
 * True when the places paint both sides of a left/right pair (so "side not recorded" applies); false when only one
 * side is shown because the code or body site itself names it (Z89.512 left leg, knee_left).
 * @param places - places
 */
export function hasPairedOrgan(places: readonly PlaceId[]): boolean {
  const sides = new Set(places.map((place) => (isOrganId(place) ? ORGANS[place].laterality : null)))
  return sides.has('left') && sides.has('right')
}
