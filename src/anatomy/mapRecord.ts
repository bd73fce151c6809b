/**
 * mapRecord: the normalised record -> the twin map (placements by organ, mind, whole body, life and context,
 * not placed, ruled out, family history, risk factors). Pure and deterministic: no clock, no input mutation.
 */
import type {
  ClinicalTime,
  Concept,
  ConditionEvent,
  MedicationEvent,
  NormalisedRecord,
  ObservationEvent,
  ObservationValue,
  ProcedureEvent,
  SourceRef,
} from '../timeline/types.ts'
import { PROCEDURE_MAP } from './lookup.ts'
import {
  UNPLACED_SENTENCES,
  applySide,
  decide,
  hasPairedOrgan,
  keywordHit,
  readBodySites,
  resolveConcept,
  sideInText,
  type ConceptHit,
} from './resolve.ts'
import { NOTES } from './tables/notes.ts'
import { BP_PANELS, RISK_FACTORS, type RiskFactorDef } from './tables/riskFactors.ts'
import type {
  ContextItem,
  FamilyHistoryItem,
  FindingKind,
  MapOptions,
  MappingSex,
  PlaceId,
  Placement,
  RiskFactor,
  RiskFactorValue,
  RuleHit,
  RuledOutItem,
  TwinMap,
  UnplacedItem,
  UnplacedReason,
} from './types.ts'
import { placeList, shownAtSentence } from './wording.ts'

const LOINC = 'http://loinc.org'

function dateOf(time: ClinicalTime): string | null {
  return time.start?.value ?? time.end?.value ?? null
}

function sexOf(record: NormalisedRecord, options: MapOptions | undefined): MappingSex {
  if (options?.sex !== undefined) return options.sex
  const gender = record.patient?.gender ?? null
  return gender ?? 'unknown'
}

function ruleOf(hit: ConceptHit, reason: string): RuleHit {
  return { ruleId: hit.ruleId, layer: hit.layer, confidence: hit.confidence, matchedKey: hit.matchedKey, reason }
}

interface Collector {
  readonly placements: Placement[]
  readonly context: ContextItem[]
  readonly unplaced: UnplacedItem[]
}

interface ItemBase {
  readonly id: string
  readonly findingKind: FindingKind
  readonly source: SourceRef
  readonly text: string
  readonly date: string | null
  /** The recorded concept; its code keys are listed only when the item is not placed. */
  readonly concept: Concept
}

interface PlaceExtras {
  readonly side: 'left' | 'right' | 'both' | null
  readonly sideSource: 'bodySite' | 'text' | null
  readonly suspected: string | null
  readonly clinicalStatus: Placement['clinicalStatus']
  readonly verificationStatus: Placement['verificationStatus']
  readonly linked: readonly string[]
  /** Replaces the hit's basis (used for reason links and reason codes); null keeps the hit's own. */
  readonly basis: string | null
}

function emit(out: Collector, item: ItemBase, hit: ConceptHit, extras: PlaceExtras): void {
  const basis = extras.basis ?? hit.basis
  const decision = hit.decision
  if (decision.kind === 'context') {
    const reason = `Listed under life and context because ${basis}. ${NOTES.context}`
    out.context.push({
      id: item.id,
      findingKind: item.findingKind,
      source: item.source,
      text: item.text,
      date: item.date,
      rule: ruleOf(hit, reason),
    })
    return
  }
  if (decision.kind === 'unplaced') {
    unplace(out, item, decision.why)
    return
  }
  const places = applySide(decision.places, extras.side)
  let reason = shownAtSentence(places, basis, hit.note)
  if (extras.side === null && hasPairedOrgan(places)) reason += ' The record does not say which side.'
  if (extras.suspected !== null) reason += ` Not confirmed in the record: ${extras.suspected}.`
  // One object literal, no spread (spreading into literals was the mapper's largest cost); fields in output order.
  out.placements.push({
    id: item.id,
    findingKind: item.findingKind,
    source: item.source,
    text: item.text,
    date: item.date,
    places,
    secondary: decision.secondary.filter((place) => !places.includes(place)),
    rule: ruleOf(hit, reason),
    laterality: extras.side,
    lateralitySource: extras.side === null ? null : extras.sideSource,
    suspected: extras.suspected !== null,
    clinicalStatus: extras.clinicalStatus,
    verificationStatus: extras.verificationStatus,
    linkedConditions: extras.linked,
  })
}

function unplace(out: Collector, item: ItemBase, why: UnplacedReason): void {
  out.unplaced.push({
    id: item.id,
    findingKind: item.findingKind,
    source: item.source,
    text: item.text,
    date: item.date,
    why,
    reason: UNPLACED_SENTENCES[why],
    codes: item.concept.codes.map((code) => code.key),
  })
}

const NO_LINKS: readonly string[] = Object.freeze([])

const NO_EXTRAS: PlaceExtras = {
  side: null,
  sideSource: null,
  suspected: null,
  clinicalStatus: null,
  verificationStatus: null,
  linked: NO_LINKS,
  basis: null,
}

function sided(side: PlaceExtras['side'], sideSource: PlaceExtras['sideSource'], basis: string | null): PlaceExtras {
  return { side, sideSource, suspected: null, clinicalStatus: null, verificationStatus: null, linked: NO_LINKS, basis }
}

function linkedExtras(
  side: PlaceExtras['side'],
  sideSource: PlaceExtras['sideSource'],
  basis: string,
  linked: readonly string[],
): PlaceExtras {
  return { side, sideSource, suspected: null, clinicalStatus: null, verificationStatus: null, linked, basis }
}

/** The same hit, reached through a recorded reason code. */
function asReason(hit: ConceptHit): ConceptHit {
  return {
    decision: hit.decision,
    ruleId: hit.ruleId,
    layer: 'reason',
    confidence: hit.confidence,
    matchedKey: hit.matchedKey,
    basis: hit.basis,
    note: hit.note,
    suspectedByCode: hit.suspectedByCode,
  }
}

function mapCondition(condition: ConditionEvent, sex: MappingSex, out: Collector, ruledOut: RuledOutItem[]): void {
  const item: ItemBase = {
    id: condition.id,
    findingKind: 'condition',
    source: condition.source,
    text: condition.text,
    date: dateOf(condition.time),
    concept: condition.concept,
  }
  // Layer a: status. Refuted is never placed as present; entered-in-error never reaches the record.
  if (condition.verificationStatus === 'refuted') {
    ruledOut.push({
      id: item.id,
      source: item.source,
      text: item.text,
      date: item.date,
      reason: 'Listed as ruled out: the record marks this condition as refuted, so it is not shown on the body.',
    })
    return
  }
  const status = condition.verificationStatus
  const statusSuspected =
    status === 'provisional' || status === 'differential' || status === 'unconfirmed' ? `recorded as ${status}` : null
  // Layer b: recorded bodySite (with laterality); then layers c-d on the code and text.
  const sites = readBodySites(condition.bodySites, sex)
  const textSide = sideInText([condition.text, ...condition.concept.codes.map((code) => code.display ?? '')].join(' '))
  const side = sites.laterality ?? textSide
  const sideSource = sites.laterality !== null ? 'bodySite' : textSide !== null ? 'text' : null
  const hit = sites.hit ?? resolveConcept(condition.concept, condition.text, sex)
  if (hit === null) {
    unplace(
      out,
      item,
      condition.concept.codes.length === 0 && condition.text.trim() === '' ? 'no-code-or-text' : 'no-rule',
    )
    return
  }
  const suspected = statusSuspected ?? (hit.suspectedByCode ? 'the code itself records a suspicion' : null)
  emit(out, item, hit, {
    side,
    sideSource,
    suspected,
    clinicalStatus: condition.clinicalStatus,
    verificationStatus: condition.verificationStatus,
    linked: [],
    basis: null,
  })
}

type LinkResult = { hit: ConceptHit; basis: string; linked: readonly string[] } | 'context' | null

/** Per-call cache of reason links: hundreds of procedures are linked to the same few conditions. */
type LinkCache = Map<string, LinkResult>

function linkByReason(
  references: readonly string[],
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  verb: string,
  cache: LinkCache,
): LinkResult {
  if (references.length === 0) return null
  // The result depends only on the references and the verb (the condition maps are fixed for the call).
  const key = `${verb}\u0000${references.join('\u0000')}`
  const known = cache.get(key)
  if (known !== undefined) return known
  const result = linkUncached(references, conditionPlaces, contextIds, verb)
  cache.set(key, result)
  return result
}

function linkUncached(
  references: readonly string[],
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  verb: string,
): LinkResult {
  const linked = references.filter((reference) => conditionPlaces.has(reference))
  if (linked.length === 0) {
    if (references.some((reference) => contextIds.has(reference))) return 'context'
    return null
  }
  const places: PlaceId[] = []
  const secondary: PlaceId[] = []
  for (const reference of linked) {
    const placement = conditionPlaces.get(reference)
    if (placement === undefined) continue
    for (const place of placement.places) if (!places.includes(place)) places.push(place)
    for (const place of placement.secondary) if (!secondary.includes(place)) secondary.push(place)
  }
  const first = conditionPlaces.get(linked[0] ?? '')
  const confidence = first?.rule.confidence ?? 'table'
  return {
    hit: {
      decision: { kind: 'body', places, secondary: secondary.filter((place) => !places.includes(place)) },
      ruleId: `reason:${linked.join(',')}`,
      layer: 'reason',
      confidence,
      matchedKey: null,
      basis: '',
      note: `It is linked to ${linked.join(', ')}, which is shown at ${placeList(places)}.`,
      suspectedByCode: false,
    },
    basis: `the record says it was ${verb} a condition shown there`,
    linked,
  }
}

function reasonContextHit(verb: string): ConceptHit {
  return {
    decision: { kind: 'context' },
    ruleId: 'reason:context',
    layer: 'reason',
    confidence: 'table',
    matchedKey: null,
    basis: `the record says it was ${verb} an item listed under life and context`,
    note: NOTES.context,
    suspectedByCode: false,
  }
}

/**
 * Places a procedure or medication through what it was for: a reasonReference to a placed condition (or to a
 * life-and-context item), else a reasonCode resolved like a condition. True when it was placed.
 */
function placeByReasons(
  out: Collector,
  item: ItemBase,
  reasons: {
    readonly references: readonly string[]
    readonly codes: readonly Concept[]
    readonly verb: 'done for' | 'recorded for'
  },
  context: {
    readonly side: PlaceExtras['side']
    readonly sideSource: PlaceExtras['sideSource']
    readonly sex: MappingSex
    readonly conditionPlaces: ReadonlyMap<string, Placement>
    readonly contextIds: ReadonlySet<string>
    readonly links: LinkCache
  },
): boolean {
  const { side, sideSource, sex } = context
  const link = linkByReason(
    reasons.references,
    context.conditionPlaces,
    context.contextIds,
    reasons.verb,
    context.links,
  )
  if (link === 'context') {
    emit(out, item, reasonContextHit(reasons.verb), NO_EXTRAS)
    return true
  }
  if (link !== null) {
    emit(out, item, link.hit, linkedExtras(side, sideSource, link.basis, link.linked))
    return true
  }
  for (const reason of reasons.codes) {
    const hit = resolveConcept(reason, reason.text ?? '', sex)
    if (hit !== null) {
      emit(out, item, asReason(hit), sided(side, sideSource, `the reason recorded for it: ${hit.basis}`))
      return true
    }
  }
  return false
}

function mapProcedure(
  procedure: ProcedureEvent,
  sex: MappingSex,
  out: Collector,
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  links: LinkCache,
): void {
  const item: ItemBase = {
    id: procedure.id,
    findingKind: 'procedure',
    source: procedure.source,
    text: procedure.text,
    date: dateOf(procedure.time),
    concept: procedure.concept,
  }
  const sites = readBodySites(procedure.bodySites, sex)
  const side = sites.laterality ?? sideInText(procedure.text)
  const sideSource = sites.laterality !== null ? 'bodySite' : side !== null ? 'text' : null
  if (sites.hit !== null) {
    emit(out, item, sites.hit, sided(side, sideSource, null))
    return
  }
  const reasons = { references: procedure.reasonReferences, codes: procedure.reasonCodes, verb: 'done for' } as const
  if (placeByReasons(out, item, reasons, { side, sideSource, sex, conditionPlaces, contextIds, links })) return
  for (const code of procedure.concept.codes) {
    if (code.system !== 'http://snomed.info/sct') continue
    const places = PROCEDURE_MAP.get(code.code)
    if (places === undefined) continue
    const hit: ConceptHit = {
      decision: decide(places, [], sex),
      ruleId: `procedure:${code.code}`,
      layer: 'codeTable',
      confidence: 'table',
      matchedKey: code.key,
      basis: `the record codes the procedure SNOMED CT ${code.code}`,
      note: NOTES.organ,
      suspectedByCode: false,
    }
    emit(out, item, hit, sided(side, sideSource, null))
    return
  }
  const hit = keywordHit(procedure.concept.text ?? procedure.text, sex)
  if (hit !== null) {
    emit(out, item, hit, sided(side, sideSource, null))
    return
  }
  unplace(out, item, 'no-rule')
}

function mapMedication(
  medication: MedicationEvent,
  sex: MappingSex,
  out: Collector,
  conditionPlaces: ReadonlyMap<string, Placement>,
  contextIds: ReadonlySet<string>,
  links: LinkCache,
): void {
  const item: ItemBase = {
    id: medication.id,
    findingKind: 'medication',
    source: medication.source,
    text: medication.text,
    date: dateOf(medication.time) ?? medication.recorded?.value ?? null,
    concept: medication.concept,
  }
  const reasons = {
    references: medication.reasonReferences,
    codes: medication.reasonCodes,
    verb: 'recorded for',
  } as const
  const context = { side: null, sideSource: null, sex, conditionPlaces, contextIds, links }
  if (placeByReasons(out, item, reasons, context)) return
  const hasReason = medication.reasonReferences.length > 0 || medication.reasonCodes.length > 0
  unplace(out, item, hasReason ? 'reason-not-placed' : 'no-reason-recorded')
}

function mapFamily(record: NormalisedRecord): FamilyHistoryItem[] {
  const items: FamilyHistoryItem[] = []
  for (const history of record.familyHistory) {
    const relationship = history.relationship.text ?? history.relationship.codes[0]?.display ?? 'Relative'
    const relationshipCode = history.relationship.codes[0]?.code ?? null
    history.conditions.forEach((condition, index) => {
      // A relative's organs follow the relative's sex, not the patient's, so genital rows stay unplaced here.
      const hit = resolveConcept(condition.concept, condition.text, 'unknown')
      const places = hit?.decision.kind === 'body' ? hit.decision.places : []
      const age = condition.onset.age
      items.push({
        id: `${history.id}#${index}`,
        source: history.source,
        relationship,
        relationshipCode,
        condition: condition.text,
        onsetAge: age === null ? null : `${age.value} ${age.unit}`,
        places,
        rule:
          hit === null || places.length === 0
            ? null
            : ruleOf(
                hit,
                `Family history of a condition shown at ${placeList(places)} because ${hit.basis}. ${NOTES.family}`,
              ),
      })
    })
  }
  return items
}

function valueOf(value: ObservationValue): Pick<RiskFactorValue, 'value' | 'unit' | 'comparator' | 'valueCode'> | null {
  switch (value.type) {
    case 'quantity':
      return { value: value.value, unit: value.unit ?? value.code, comparator: value.comparator, valueCode: null }
    case 'integer':
      return { value: value.value, unit: null, comparator: null, valueCode: null }
    case 'string':
      return { value: value.value, unit: null, comparator: null, valueCode: null }
    case 'concept':
      return {
        value: value.concept.text ?? value.concept.codes[0]?.code ?? '',
        unit: null,
        comparator: null,
        valueCode: value.concept.codes[0]?.key ?? null,
      }
    case 'boolean':
      return { value: value.value ? 'true' : 'false', unit: null, comparator: null, valueCode: null }
  }
}

const FACTOR_BY_LOINC: ReadonlyMap<string, RiskFactorDef> = new Map(
  RISK_FACTORS.flatMap((def) => def.loinc.map((code) => [`${LOINC}|${code}`, def] as const)),
)
const BP_PANEL_KEYS: ReadonlySet<string> = new Set(BP_PANELS.map((code) => `${LOINC}|${code}`))

function mapRiskFactors(observations: readonly ObservationEvent[]): RiskFactor[] {
  const series = new Map<string, RiskFactorValue[]>()
  const add = (
    def: RiskFactorDef,
    observation: ObservationEvent,
    value: ObservationValue | null,
    ranges: ObservationEvent['referenceRanges'],
    interpretation: ObservationEvent['interpretation'],
  ): void => {
    if (value === null) return
    const read = valueOf(value)
    if (read === null) return
    const list = series.get(def.factor) ?? []
    list.push({
      observationId: observation.id,
      date: dateOf(observation.time),
      ...read,
      referenceRanges: ranges,
      interpretation: interpretation.map((concept) => concept.text ?? concept.codes[0]?.code ?? ''),
    })
    series.set(def.factor, list)
  }
  for (const observation of observations) {
    const keys = observation.concept.codes.map((code) => code.key)
    const def = keys.map((key) => FACTOR_BY_LOINC.get(key)).find((found) => found !== undefined)
    if (def !== undefined)
      add(def, observation, observation.value, observation.referenceRanges, observation.interpretation)
    if (def === undefined && !keys.some((key) => BP_PANEL_KEYS.has(key))) continue
    for (const component of observation.components) {
      const part = component.concept.codes
        .map((code) => FACTOR_BY_LOINC.get(code.key))
        .find((found) => found !== undefined)
      if (part !== undefined)
        add(part, observation, component.value, component.referenceRanges, component.interpretation)
    }
  }
  const out: RiskFactor[] = []
  for (const def of RISK_FACTORS) {
    const values = series.get(def.factor)
    if (values === undefined) continue
    // Oldest first by recorded date string (ISO strings sort by time); undated values keep record order at the end.
    const sorted = values
      .map((value, index) => ({ value, index }))
      .sort((a, b) => {
        if (a.value.date === null || b.value.date === null) {
          return a.value.date === b.value.date ? a.index - b.index : a.value.date === null ? 1 : -1
        }
        return a.value.date < b.value.date ? -1 : a.value.date > b.value.date ? 1 : a.index - b.index
      })
      .map(({ value }) => value)
    out.push({
      factor: def.factor,
      label: def.label,
      places: def.places,
      context: def.context,
      guideline: def.guideline,
      series: sorted,
    })
  }
  return out
}

function index(
  items: readonly { readonly id: string; readonly places: readonly PlaceId[] }[],
): Partial<Record<PlaceId, string[]>> {
  const map: Partial<Record<PlaceId, string[]>> = {}
  // Seen ids per place: a Set, so a place with hundreds of findings is not scanned once per finding.
  const seen = new Map<PlaceId, Set<string>>()
  for (const item of items) {
    for (const place of item.places) {
      let ids = seen.get(place)
      if (ids === undefined) {
        ids = new Set()
        seen.set(place, ids)
      }
      if (ids.has(item.id)) continue
      ids.add(item.id)
      const list = map[place]
      if (list === undefined) map[place] = [item.id]
      else list.push(item.id)
    }
  }
  return map
}

/**
 * Maps a normalised record onto the body: every condition, procedure and medication ends up placed, in life and
 * context, ruled out, or in the not-placed list with a reason; nothing is dropped.
 * @param record - the normalised record (not mutated)
 * @param options - optional overrides (the patient's sex for sex-specific organs)
 */
export function mapRecord(record: NormalisedRecord, options?: MapOptions): TwinMap {
  const sex = sexOf(record, options)
  const conditions: Collector = { placements: [], context: [], unplaced: [] }
  const ruledOut: RuledOutItem[] = []
  for (const condition of record.conditions) mapCondition(condition, sex, conditions, ruledOut)
  const conditionPlaces = new Map(conditions.placements.map((placement) => [placement.id, placement]))
  const contextIds = new Set(conditions.context.map((item) => item.id))
  const others: Collector = { placements: [], context: [], unplaced: [] }
  const links: LinkCache = new Map()
  for (const procedure of record.procedures) mapProcedure(procedure, sex, others, conditionPlaces, contextIds, links)
  for (const medication of record.medications) {
    mapMedication(medication, sex, others, conditionPlaces, contextIds, links)
  }
  const placements = [...conditions.placements, ...others.placements]
  const byOrgan = index(placements)
  const secondaryByOrgan = index(placements.map((placement) => ({ id: placement.id, places: placement.secondary })))
  const familyHistory = mapFamily(record)
  return {
    placements,
    byOrgan,
    secondaryByOrgan,
    mind: byOrgan.mind ?? [],
    wholeBody: byOrgan.whole_body ?? [],
    lifeAndContext: [...conditions.context, ...others.context],
    unplaced: [...conditions.unplaced, ...others.unplaced],
    ruledOut,
    familyHistory,
    familyByOrgan: index(familyHistory),
    riskFactors: mapRiskFactors(record.observations),
    hidden: {
      refuted: ruledOut.length,
      enteredInError: record.hidden.filter((item) => item.reason === 'entered-in-error').length,
    },
  }
}
