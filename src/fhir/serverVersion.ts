/**
 * The FHIR release a server declares, read up front from its CapabilityStatement (C21): `fhirVersion`, else the
 * `fhirVersion` parameter of the answer's content type (`application/fhir+json; fhirVersion=5.0`). The app reads R4;
 * R4B is read as R4, STU3 records pass to the normaliser (which reads their differences), R5 records are read as
 * their R4 equivalents (adaptR5Shapes.ts), and DSTU2 or an unknown release is refused before any record is searched.
 */
import type { Resource } from '@medplum/fhirtypes'
import { adaptR5Shapes } from './adaptR5Shapes.ts'
import { releaseOf, type DeclaredVersion } from './detectFhirVersion.ts'
import { FhirError } from './errors.ts'

const MIME_VERSION = /;\s*fhirVersion\s*=\s*"?([0-9A-Za-z.]+)"?/i

/**
 * The release a CapabilityStatement declares, or null when it declares none.
 * @param statement - the parsed CapabilityStatement (with fhir-kit-client's hidden `__response`)
 */
export function serverVersion(statement: unknown): DeclaredVersion | null {
  if (typeof statement !== 'object' || statement === null) return null
  const declared: unknown = (statement as { fhirVersion?: unknown }).fhirVersion
  if (typeof declared === 'string' && declared.trim() !== '') {
    return { release: releaseOf(declared.trim()), version: declared.trim() }
  }
  const response: unknown = (statement as { __response?: unknown }).__response
  if (!(response instanceof Response)) return null
  const version = MIME_VERSION.exec(response.headers.get('content-type') ?? '')?.[1]
  return version === undefined ? null : { release: releaseOf(version), version }
}

const READS = 'This app reads FHIR R4 (and adapts STU3, R4B and R5 records), so no record was loaded.'

/**
 * Throws, before any record is searched, for a release the app cannot read (DSTU2, or one it does not know).
 * @param declared - what the server declares (null: nothing, read as R4)
 */
export function refuseUnreadableRelease(declared: DeclaredVersion | null): void {
  if (declared?.release === 'DSTU2') {
    throw new FhirError('refused', `The record system uses FHIR DSTU2 (${declared.version}). ${READS}`)
  }
  if (declared?.release === 'unknown') {
    throw new FhirError(
      'refused',
      `The record system uses FHIR version ${declared.version}, which this app does not know. ${READS}`,
    )
  }
}

/**
 * The loaded resources as the app reads them, and the note the declared release needs (none for R4 or nothing).
 * @param declared - what the server declares
 * @param resources - the resources as loaded
 */
export function readAsRelease(
  declared: DeclaredVersion | null,
  resources: readonly Resource[],
): { readonly resources: readonly Resource[]; readonly note: string | null } {
  switch (declared?.release) {
    case 'STU3':
      return {
        resources,
        note: `The record system uses FHIR STU3 (${declared.version}); its records were read with the STU3 differences this app knows.`,
      }
    case 'R4B':
      return {
        resources,
        note: `The record system uses FHIR R4B (${declared.version}); its records were read as FHIR R4, which R4B matches for the records this app shows.`,
      }
    case 'R5': {
      const adapted = adaptR5Shapes(resources)
      return {
        resources: adapted.resources,
        note: `The record system uses FHIR R5 (${declared.version}); this app reads FHIR R4, so R5 records were read as their R4 equivalents where those match.`,
      }
    }
    case 'R4':
    case 'DSTU2':
    case 'unknown':
    case undefined:
      return { resources, note: null }
  }
}
