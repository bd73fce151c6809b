import type { Resource } from '@medplum/fhirtypes'
import { isResource } from './narrow.ts'
import { rewriteReferences } from './rewriteReferences.ts'

/** The resources with their contained resources lifted out, and how many could not be. */
export interface LiftedContained {
  readonly resources: Resource[]
  /** Contained resources given their own id under their container. */
  readonly lifted: number
  /** Contained resources left where they were (no usable id, a Patient, or a container that was entered in error). */
  readonly kept: number
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/

/**
 * Decision (issue 13 item 5): contained resources get stable ids under their container and are read as resources of
 * the file. A resource contained as `#med1` in `MedicationRequest/mr1` becomes `Medication/mr1.med1`; every `#med1`
 * reference in the container and in its other contained resources is rewritten to it, and `#` (the container
 * itself) to `MedicationRequest/mr1`. So a contained Medication names the medication, a DiagnosticReport's
 * contained Observations are findings and a contained Practitioner resolves, all through the normaliser's ordinary
 * `Type/id` lookups. The container keeps its `contained` array as recorded. Not lifted (left as recorded, where the
 * normaliser still reads a contained Medication by `#id`): contained resources without an id, ids that would be
 * longer than 64 characters or clash with a resource of the file, contained Patients (a file's patient is never
 * taken from inside another resource), and everything contained in an entered-in-error resource.
 * @param resources - the file's resources, ids already settled
 */
export function liftContained(resources: readonly Resource[]): LiftedContained {
  const taken = new Set(resources.map((r) => `${r.resourceType}/${r.id ?? ''}`))
  const out: Resource[] = []
  let lifted = 0
  let kept = 0
  for (const container of resources) {
    const contained: unknown = (container as { contained?: unknown }).contained
    if (!Array.isArray(contained) || contained.length === 0) {
      out.push(container)
      continue
    }
    const liftable = liftableOf(container, contained as unknown[], taken)
    kept += contained.length - liftable.size
    if (liftable.size === 0) {
      out.push(container)
      continue
    }
    const rewrite = (reference: string): string => {
      if (reference === '#') return `${container.resourceType}/${container.id ?? ''}`
      return reference.startsWith('#') ? (liftable.get(reference.slice(1))?.reference ?? reference) : reference
    }
    out.push(rewriteReferences(container, rewrite, 'contained') as Resource)
    for (const { resource, id } of liftable.values()) {
      out.push(rewriteReferences({ ...resource, id }, rewrite) as Resource)
      lifted++
    }
  }
  return { resources: out, lifted, kept }
}

interface Liftable {
  readonly resource: Resource
  readonly id: string
  readonly reference: string
}

/** The contained resources of one container that can be lifted, by their local id; claims their new references. */
function liftableOf(container: Resource, contained: readonly unknown[], taken: Set<string>): Map<string, Liftable> {
  const out = new Map<string, Liftable>()
  const containerId = container.id
  const status: unknown = (container as { status?: unknown }).status
  if (typeof containerId !== 'string' || containerId === '' || status === 'entered-in-error') return out
  for (const resource of contained) {
    if (!isResource(resource) || resource.resourceType === 'Patient') continue
    const local = resource.id
    if (typeof local !== 'string' || local === '' || out.has(local)) continue
    const id = `${containerId}.${local}`
    const reference = `${resource.resourceType}/${id}`
    if (!FHIR_ID.test(id) || taken.has(reference)) continue
    taken.add(reference)
    out.set(local, { resource, id, reference })
  }
  return out
}
