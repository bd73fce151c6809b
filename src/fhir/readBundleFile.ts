/**
 * The second source: a FHIR Bundle file opened in the browser (collection, searchset, transaction, batch, document/IPS)
 * or a single resource. Nothing leaves the device. After this, the pipeline is the same as for a server.
 *
 * Files from the wild (issue 13 item 5): entries without fullUrl keep their ids (relative `Type/id` references need
 * nothing more), `urn:uuid:` and absolute fullUrls resolve, contained resources are lifted under their container
 * (liftContained.ts), the R5 shapes of the types the app shows are read as their R4 equivalents or refused
 * (adaptR5Shapes.ts), and a file that declares DSTU2 or an unknown FHIR version is refused (detectFhirVersion.ts), as
 * is one that declares no version but has DSTU2's shapes (detectDstu2Shapes.ts).
 * STU3 shapes pass through untouched (the normaliser adapts them). Every change is named in `warnings`.
 */
import type { Patient, Resource } from '@medplum/fhirtypes'
import { adaptR5Shapes } from './adaptR5Shapes.ts'
import { detectDstu2Shapes } from './detectDstu2Shapes.ts'
import { detectFhirVersion, type DeclaredVersion } from './detectFhirVersion.ts'
import { FhirError } from './errors.ts'
import { liftContained, type LiftedContained } from './liftContained.ts'
import { bundleContents, isBundle, isResource } from './narrow.ts'
import { referenceNotes, unresolvedReferences } from './referenceNotes.ts'
import { resolveEntryReferences } from './resolveEntryReferences.ts'
import { RECORD_TYPES } from '../timeline/recordTypes.ts'

export interface BundleFileRecord {
  /** The first Patient in the file, or null when the file has none. */
  readonly patient: Patient | null
  readonly resources: readonly Resource[]
  /** Bundle.type, or 'resource' for a single resource. */
  readonly bundleType: string
  /** Notes about what was skipped or rewritten: plain English sentences, shown as they are. */
  readonly warnings: readonly string[]
}

/** A cap so a huge file cannot freeze the tab (B17). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

const TOO_LARGE = 'This file is larger than 50 MB and was not opened.'

/**
 * Reads a file chosen on the device: one over MAX_FILE_BYTES is refused by its size, before any of it is read
 * (issue 14 point 3, B17).
 * @param file - the chosen file (a File or any Blob)
 */
export async function readBundleFile(file: Blob): Promise<BundleFileRecord> {
  if (file.size > MAX_FILE_BYTES) throw new FhirError('refused', TOO_LARGE)
  return readBundleText(await file.text())
}

/** Record types (what the twin shows): an `_include` entry of one of them is never shown as a record (C4). */
const SHOWN_TYPES: ReadonlySet<string> = new Set(RECORD_TYPES)

const READS = 'This app reads FHIR R4 (and adapts STU3, R4B and R5 records), so the file was not opened.'

/**
 * Parses the text of a FHIR JSON file into resources, resolving in-file references to Type/id.
 * @param text - the file content
 */
export function readBundleText(text: string): BundleFileRecord {
  if (text.length > MAX_FILE_BYTES) {
    throw new FhirError('refused', TOO_LARGE)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new FhirError('malformed', 'This file is not valid JSON, so it could not be read as a FHIR record.')
  }
  if (!isResource(data)) {
    throw new FhirError('not-fhir', 'This file is JSON but not a FHIR resource or Bundle.')
  }
  const warnings = versionWarnings(detectFhirVersion(data))
  if (!isBundle(data)) {
    refuseDstu2Shapes([data])
    const read = readShapes([data], warnings)
    warnings.push(...referenceNotes(unresolvedReferences(read, null), 'file'))
    const patient = read.find(isReadablePatient) ?? null
    return { patient, resources: read, bundleType: 'resource', warnings }
  }
  const contents = bundleContents(data)
  refuseDstu2Shapes([...contents.resources, ...contents.included])
  if (contents.skipped > 0) warnings.push(`${contents.skipped} entries had no readable resource and were skipped.`)
  if (contents.outcomes.length > 0)
    warnings.push(`${contents.outcomes.length} server messages in the file were not shown as records.`)
  // C4: `search.mode = include` entries serve only to resolve references (a Medication, a Practitioner, the
  // Patient); an included record of a type the twin shows is not shown as a match.
  const included = contents.included.filter((r) => !SHOWN_TYPES.has(r.resourceType))
  if (included.length < contents.included.length) {
    const n = contents.included.length - included.length
    warnings.push(
      n === 1
        ? '1 record included only as a reference target was not shown as a record.'
        : `${String(n)} records included only as reference targets were not shown as records.`,
    )
  }
  const entries: unknown = data.entry
  const settled = resolveEntryReferences(Array.isArray(entries) ? (entries as unknown[]) : [], [
    ...contents.resources,
    ...included,
  ])
  if (settled.placeIds > 0) {
    warnings.push(
      settled.placeIds === 1
        ? '1 record had no id and no fullUrl; it was given one from its place in the file.'
        : `${settled.placeIds} records had no id and no fullUrl; each was given one from its place in the file.`,
    )
  }
  const resources = readShapes(settled.resources, warnings)
  warnings.push(...referenceNotes(unresolvedReferences(resources, null), 'file'))
  const patient = resources.find(isReadablePatient) ?? null
  const bundleType: unknown = data.type
  return { patient, resources, bundleType: typeof bundleType === 'string' ? bundleType : 'unknown', warnings }
}

/** A Patient the normaliser can read: an id that is not a string (`"id": 5`) makes it invalid, never the patient. */
function isReadablePatient(resource: Resource): resource is Patient {
  const id: unknown = resource.id
  return resource.resourceType === 'Patient' && (id === undefined || typeof id === 'string')
}

/** The notes a declared release needs; throws for a release the app cannot read. */
function versionWarnings(declared: DeclaredVersion | null): string[] {
  if (declared === null || declared.release === 'R4' || declared.release === 'STU3') return []
  if (declared.release === 'DSTU2') {
    throw new FhirError('refused', `This file is marked as FHIR DSTU2 (${declared.version}). ${READS}`)
  }
  if (declared.release === 'unknown') {
    throw new FhirError(
      'refused',
      `This file is marked as FHIR version ${declared.version}, which this app does not know. ${READS}`,
    )
  }
  if (declared.release === 'R4B') {
    return [
      `This file is marked as FHIR R4B (${declared.version}); it was read as FHIR R4, which R4B matches for the records this app shows.`,
    ]
  }
  return [
    `This file is marked as FHIR R5 (${declared.version}); this app reads FHIR R4, so R5 records were read as their R4 equivalents where those match.`,
  ]
}

/** Throws for a file that declares no version but has DSTU2's shapes (a declared DSTU2 is refused before). */
function refuseDstu2Shapes(resources: readonly Resource[]): void {
  const shows = detectDstu2Shapes(resources)
  if (shows !== null) throw new FhirError('refused', `This file is written in FHIR DSTU2 (${shows}). ${READS}`)
}

/**
 * The notes for contained resources: how many records the twin shows were read from inside others (supporting
 * resources such as a contained Medication or Coverage are read silently: they only add names), how many were left,
 * and why.
 */
function containedWarnings(contained: LiftedContained): string[] {
  const out: string[] = []
  const { liftedRecords: lifted, kept, keptBecause } = contained
  if (lifted === 1)
    out.push('1 contained resource (a record written inside another one) was read as a record of its own.')
  if (lifted > 1)
    out.push(
      `${String(lifted)} contained resources (records written inside another one) were read as records of their own.`,
    )
  const why = keptBecause.join('; ')
  if (kept === 1)
    out.push(`1 contained resource was left inside the record that holds it and not read on its own (${why}).`)
  if (kept > 1)
    out.push(
      `${String(kept)} contained resources were left inside the records that hold them and not read on their own (${why}).`,
    )
  return out
}

/** Lifts contained resources and adapts R5 shapes, adding a note for each kind of change to `warnings`. */
function readShapes(resources: readonly Resource[], warnings: string[]): Resource[] {
  const contained = liftContained(resources)
  warnings.push(...containedWarnings(contained))
  const adapted = adaptR5Shapes(contained.resources)
  if (adapted.adaptedCount > 0) {
    const count = adapted.adaptedCount === 1 ? '1 record was' : `${String(adapted.adaptedCount)} records were`
    warnings.push(
      `${count} written in the newer FHIR R5 form and read as the R4 equivalent (${adapted.adapted.join(', ')}).`,
    )
  }
  if (adapted.ignored.length > 0) {
    warnings.push(`Some records have fields that are new in FHIR R5 and were not read (${adapted.ignored.join(', ')}).`)
  }
  if (adapted.dropped.length > 0) {
    warnings.push(
      `Some records have FHIR R5 fields with nothing in them this app can read, so those fields were left out (${adapted.dropped.join(', ')}).`,
    )
  }
  if (adapted.refused.length > 0) {
    const types = [...new Set(adapted.refused)].join(', ')
    warnings.push(
      adapted.refused.length === 1
        ? `1 record (${types}) uses the FHIR R5 medication form with no medication in it, so it was not shown.`
        : `${String(adapted.refused.length)} records (${types}) use the FHIR R5 medication form with no medication in them, so they were not shown.`,
    )
  }
  return adapted.resources
}
