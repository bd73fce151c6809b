import { getResourceTypes, getSearchParameters } from '@medplum/core'
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes'

const EVERYTHING_DEFINITION = 'http://hl7.org/fhir/OperationDefinition/Patient-everything'
const ABSTRACT_TYPES = new Set(['Resource', 'DomainResource'])

/**
 * Builds the CapabilityStatement from the indexed search parameters: every R4 resource type with its search
 * parameters and the interactions the router implements, `security.cors`, and Patient `$everything`.
 * @param publicBase - The public FHIR base URL, reported as `implementation.url`.
 * @param security - The `rest.security` element; default: open, CORS, bound to 127.0.0.1.
 * @returns The CapabilityStatement.
 */
export function buildCapabilityStatement(
  publicBase: string,
  security: NonNullable<CapabilityStatement['rest']>[number]['security'] = {
    cors: true,
    description: 'No authentication; bound to 127.0.0.1 for local use and tests.',
  },
): CapabilityStatement {
  const interactions: CapabilityStatementRestResource['interaction'] = [
    { code: 'read' },
    { code: 'vread' },
    { code: 'update' },
    { code: 'patch' },
    { code: 'delete' },
    { code: 'history-instance' },
    { code: 'create' },
    { code: 'search-type' },
  ]
  const resource = getResourceTypes()
    .filter((type) => !ABSTRACT_TYPES.has(type))
    .sort()
    .map((type): CapabilityStatementRestResource => {
      const searchParam = Object.values(getSearchParameters(type) ?? {})
        .map((sp) => ({ name: sp.code, definition: sp.url, type: sp.type }))
        .sort((a, b) => a.name.localeCompare(b.name))
      return {
        type,
        interaction: interactions,
        versioning: 'versioned',
        readHistory: true,
        updateCreate: true,
        conditionalCreate: true,
        conditionalUpdate: true,
        conditionalDelete: 'single',
        searchParam,
        ...(type === 'Patient' ? { operation: [{ name: 'everything', definition: EVERYTHING_DEFINITION }] } : {}),
      }
    })
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'medical-record-twin embedded FHIR server (@medplum/fhir-router 5.2.13, in memory)' },
    implementation: { description: 'Embedded FHIR R4 server seeded from fixtures; information only', url: publicBase },
    fhirVersion: '4.0.1',
    format: ['json', 'application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security,
        resource,
        interaction: [{ code: 'transaction' }, { code: 'batch' }, { code: 'search-system' }],
        operation: [{ name: 'everything', definition: EVERYTHING_DEFINITION }],
      },
    ],
  }
}
