/**
 * The FHIR release a file says it is written in, from the hints real exporters leave: a `fhirVersion` at the root
 * (not a Bundle element, but some tools write it), a core profile with a version
 * (`http://hl7.org/fhir/StructureDefinition/Bundle|5.0.0`) or a versioned core URL
 * (`http://hl7.org/fhir/5.0/StructureDefinition/...`) in `meta.profile`, and R5's `Bundle.issues`. IG profiles
 * (`.../uv/ips/...|2.0.0`) carry the guide's version, not FHIR's, and are not read as hints.
 */

/** A release the file declares, and the version text it was read from. */
export interface DeclaredVersion {
  /** 'DSTU2' | 'STU3' | 'R4' | 'R4B' | 'R5', or 'unknown' for any other version. */
  readonly release: 'DSTU2' | 'STU3' | 'R4' | 'R4B' | 'R5' | 'unknown'
  /** The version as written (e.g. `5.0.0`), or `Bundle.issues` when that was the hint. */
  readonly version: string
}

const CORE_PROFILE = /^https?:\/\/hl7\.org\/fhir\/StructureDefinition\/[A-Za-z]+\|(\d+\.\d+(?:\.\d+)?)/
const VERSIONED_CORE = /^https?:\/\/hl7\.org\/fhir\/(\d+\.\d+(?:\.\d+)?|R4B|R4|R5|STU3|DSTU2)\//

/** The release a version string names (`4.0.1` -> R4, `4.3.0` -> R4B, `5.0.0` -> R5, `3.0.2` -> STU3). */
export function releaseOf(version: string): DeclaredVersion['release'] {
  if (['R4', 'R4B', 'R5', 'STU3', 'DSTU2'].includes(version)) return version as DeclaredVersion['release']
  const [major, minor] = version.split('.')
  const key = `${major ?? ''}.${minor ?? ''}`
  const known: Readonly<Record<string, DeclaredVersion['release']>> = {
    '1.0': 'DSTU2',
    '3.0': 'STU3',
    '4.0': 'R4',
    '4.3': 'R4B',
    '5.0': 'R5',
  }
  return known[key] ?? 'unknown'
}

/**
 * The release a Bundle (or single resource) declares, or null when it declares none.
 * @param root - the parsed root resource of the file
 */
export function detectFhirVersion(root: object): DeclaredVersion | null {
  const { fhirVersion, meta, issues } = root as { fhirVersion?: unknown; meta?: unknown; issues?: unknown }
  if (typeof fhirVersion === 'string' && fhirVersion.trim() !== '') {
    return { release: releaseOf(fhirVersion.trim()), version: fhirVersion.trim() }
  }
  const profiles: unknown = typeof meta === 'object' && meta !== null ? (meta as { profile?: unknown }).profile : null
  for (const profile of Array.isArray(profiles) ? (profiles as unknown[]) : []) {
    if (typeof profile !== 'string') continue
    const version = CORE_PROFILE.exec(profile)?.[1] ?? VERSIONED_CORE.exec(profile)?.[1]
    if (version !== undefined) return { release: releaseOf(version), version }
  }
  // R5 added Bundle.issues (an OperationOutcome); no earlier release has it.
  if ((root as { resourceType?: unknown }).resourceType === 'Bundle' && typeof issues === 'object' && issues !== null) {
    return { release: 'R5', version: 'Bundle.issues' }
  }
  return null
}
