import { badRequest, isResourceType, notFound } from '@medplum/core'
import type { MemoryRepository } from '@medplum/fhir-router'
import type { Context } from 'hono'
import { getPatientCompartment } from '../definitions.ts'
import type { FhirBackend } from './FhirBackend.ts'
import { respondOutcome } from './respond.ts'
import { searchWithPaging } from './searchWithPaging.ts'

async function patientExists(repo: MemoryRepository, id: string): Promise<boolean> {
  try {
    await repo.readResource('Patient', id)
    return true
  } catch {
    return false
  }
}

/**
 * `GET <base>/Patient/<id>/<type>`: a paged search of one type of the Patient compartment, filtered on one
 * compartment parameter (`patient`, else `subject`, else the first the definition lists).
 * @param backend - The router, repository and public base.
 * @param c - The hono request context.
 * @param id - The Patient id.
 * @param type - The resource type searched.
 * @param params - The query.
 * @returns The searchset, 400 for a type outside the compartment, 404 for an unknown patient.
 */
export async function compartmentSearch(
  backend: FhirBackend,
  c: Context,
  id: string,
  type: string,
  params: URLSearchParams,
): Promise<Response> {
  const codes = getPatientCompartment().get(type)
  if (!isResourceType(type) || codes === undefined) {
    return respondOutcome(c, badRequest(`${type} is not in the Patient compartment`))
  }
  if (!(await patientExists(backend.repo, id))) {
    return respondOutcome(c, notFound)
  }
  // One parameter, not the OR of all: patient, else subject, else the first the definition lists.
  const code = codes.find((p) => p === 'patient') ?? codes.find((p) => p === 'subject') ?? codes[0] ?? 'patient'
  return searchWithPaging(backend, c, type, `Patient/${id}/${type}`, params, [code, `Patient/${id}`])
}
