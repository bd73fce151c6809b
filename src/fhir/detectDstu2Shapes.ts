import type { Resource } from '@medplum/fhirtypes'

// Resource types DSTU2 has and STU3 (and so R4) removed or renamed.
const DSTU2_ONLY_TYPES = [
  'MedicationOrder',
  'DiagnosticOrder',
  'DeviceUseRequest',
  'Order',
  'OrderResponse',
  'Conformance',
]

/**
 * What shows that a file that declares no FHIR version is written in DSTU2, in plain words, or null when nothing
 * does: a resource type only DSTU2 has (MedicationOrder, DiagnosticOrder, DeviceUseRequest, Order, OrderResponse,
 * Conformance), or a Condition with DSTU2's shape (the patient in `patient`, no `subject`, and a plain-code
 * `clinicalStatus`; STU3 moved the patient to `subject`, R4 made the status a CodeableConcept).
 * @param resources - the file's top-level resources
 */
export function detectDstu2Shapes(resources: readonly Resource[]): string | null {
  const type = resources.find((r) => DSTU2_ONLY_TYPES.includes(r.resourceType))?.resourceType
  if (type !== undefined) return `it holds a ${type} record, a type only FHIR DSTU2 has`
  const condition = resources.some((r) => {
    if (r.resourceType !== 'Condition') return false
    const { patient, subject, clinicalStatus } = r as { patient?: unknown; subject?: unknown; clinicalStatus?: unknown }
    return (
      typeof patient === 'object' && patient !== null && subject === undefined && typeof clinicalStatus === 'string'
    )
  })
  return condition
    ? 'its Condition records have the FHIR DSTU2 shape (the patient in "patient", a plain-code status)'
    : null
}
