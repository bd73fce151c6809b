/** Reads a CapabilityStatement into the types a server offers and the query plan of each (issue 13). */
import type { CapabilityStatement, CapabilityStatementRestResource, Extension } from '@medplum/fhirtypes'
import { isResource } from './narrow.ts'
import { PATIENT_ONLY, splitPlanFor, type TypePlan } from './queryPlan.ts'

/** The search-parameter combinations a server declares (US Core CapabilityStatements use it). */
export const COMBINATION_EXTENSION =
  'http://hl7.org/fhir/StructureDefinition/capabilitystatement-search-parameter-combination'

/** What the client knows of a server from its CapabilityStatement. */
export interface ServerPlan {
  /** The types it can search. */
  readonly offered: ReadonlySet<string>
  /** The plan of each offered type (patient-only where nothing says otherwise). */
  readonly plans: ReadonlyMap<string, TypePlan>
}

/** The required parameters of each declared combination of a resource, e.g. [['patient', 'category']]. */
function combinationsOf(resource: CapabilityStatementRestResource): string[][] {
  const extensions: Extension[] = Array.isArray(resource.extension) ? resource.extension : []
  return extensions
    .filter((e) => e.url === COMBINATION_EXTENSION && Array.isArray(e.extension))
    .map((e) =>
      (e.extension ?? [])
        .filter((part) => part.url === 'required' && typeof part.valueString === 'string')
        .map((part) => part.valueString ?? ''),
    )
}

/**
 * The plan of one type: patient-only when a patient-only combination is declared or nothing is declared; the
 * split plan when combinations are declared without a patient-only one, or when a US Core Observation profile is
 * claimed without combinations (US Core requires patient+category and patient+code, not patient alone).
 */
function planOf(resource: CapabilityStatementRestResource): TypePlan {
  const split = splitPlanFor(resource.type)
  if (split === null || split.kind !== 'split') return PATIENT_ONLY
  const combinations = combinationsOf(resource)
  if (combinations.length > 0) {
    const patientOnly = combinations.some((c) => c.length === 1 && (c[0] === 'patient' || c[0] === 'subject'))
    const splitDeclared = combinations.some((c) => c.includes(split.param))
    return !patientOnly && splitDeclared ? split : PATIENT_ONLY
  }
  const profiles = Array.isArray(resource.supportedProfile) ? resource.supportedProfile : []
  const usCore = profiles.some((p) => p.startsWith('http://hl7.org/fhir/us/core/StructureDefinition/'))
  return usCore && resource.type === 'Observation' ? split : PATIENT_ONLY
}

/**
 * Reads the types a server can search and their plans; null when the statement is not a CapabilityStatement.
 * @param statement - the `metadata` response
 * @returns the offered types and plans
 */
export function planFromCapabilities(statement: unknown): ServerPlan | null {
  if (!isResource(statement) || statement.resourceType !== 'CapabilityStatement') return null
  const rest: unknown = statement.rest
  if (!Array.isArray(rest)) return null
  const offered = new Set<string>()
  const plans = new Map<string, TypePlan>()
  for (const r of rest as NonNullable<CapabilityStatement['rest']>) {
    if (!Array.isArray(r.resource)) continue
    for (const res of r.resource) {
      const interactions = Array.isArray(res.interaction) ? res.interaction.map((i) => i.code) : []
      if (typeof res.type === 'string' && (interactions.length === 0 || interactions.includes('search-type'))) {
        offered.add(res.type)
        plans.set(res.type, planOf(res))
      }
    }
  }
  return { offered, plans }
}
