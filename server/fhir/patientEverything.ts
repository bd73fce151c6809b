import { Operator, getSearchParameter, normalizeOperationOutcome } from '@medplum/core'
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes'
import type { Context } from 'hono'
import { getPatientCompartment } from '../definitions.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { publicBaseOf } from './publicBaseOf.ts'
import { respond, respondOutcome } from './respond.ts'

/**
 * `GET <base>/Patient/<id>/$everything`: the Patient and every resource that references it through a reference
 * parameter of the Patient compartment, each once, optionally limited by `_type`; one unpaged searchset.
 * @param backend - The repository and public base.
 * @param c - The hono request context.
 * @param id - The Patient id.
 * @param params - The query (`_type`; the rest is echoed in the self link).
 * @returns The searchset, or the read's OperationOutcome for an unknown patient.
 */
export async function patientEverything(
  backend: FhirBackend,
  c: Context,
  id: string,
  params: URLSearchParams,
): Promise<Response> {
  const repo = backend.repo
  let patient: Resource
  try {
    patient = await repo.readResource('Patient', id)
  } catch (error: unknown) {
    return respondOutcome(c, normalizeOperationOutcome(error))
  }
  const base = publicBaseOf(backend, c)
  const wanted = params
    .get('_type')
    ?.split(',')
    .map((type) => type.trim())
  const seen = new Set<string>([`Patient/${id}`])
  const entry: BundleEntry[] = []
  if (wanted === undefined || wanted.includes('Patient')) {
    entry.push({ fullUrl: `${base}/Patient/${id}`, resource: patient, search: { mode: 'match' } })
  }
  for (const [resourceType, codes] of getPatientCompartment()) {
    if (wanted !== undefined && !wanted.includes(resourceType)) {
      continue
    }
    for (const code of codes) {
      // The in-memory matcher handles reference parameters only; any other kind would silently match nothing.
      if (getSearchParameter(resourceType, code)?.type !== 'reference') {
        continue
      }
      const result = await repo.search({
        resourceType: resourceType as Resource['resourceType'],
        filters: [{ code, operator: Operator.EQUALS, value: `Patient/${id}` }],
      })
      for (const match of result.entry ?? []) {
        const resource = match.resource
        const key = resource === undefined ? undefined : `${resource.resourceType}/${resource.id}`
        if (resource !== undefined && key !== undefined && !seen.has(key)) {
          seen.add(key)
          entry.push({ fullUrl: `${base}/${key}`, resource, search: { mode: 'match' } })
        }
      }
    }
  }
  const bundle: Bundle = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: entry.length,
    link: [
      { relation: 'self', url: `${base}/Patient/${id}/$everything${params.size > 0 ? `?${params.toString()}` : ''}` },
    ],
    entry,
  }
  return respond(c, 200, bundle)
}
