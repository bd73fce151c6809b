/**
 * Reads a folder of FHIR records for the mapping report (tools/mapping-report.ts), recursively: Bundle JSON or a
 * single resource (through the app's own file reader, src/fhir/readBundleFile.ts, so references, contained
 * resources and R5 shapes are read as the app reads them), or NDJSON lines (one resource a line, as a bulk export
 * writes them: the lines of every NDJSON file in one folder are pooled and split by patient). A file that is not
 * FHIR, or that the app refuses, is skipped with a one-line message; nothing here throws.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, relative } from 'node:path'
import type { Resource } from '@medplum/fhirtypes'
import { readBundleText } from '../src/fhir/readBundleFile.ts'

/** One patient's resources, as read from one file (or from the pooled NDJSON of one folder). */
export interface ReadRecord {
  /** The file (relative to the root), with `#Patient/id` for NDJSON records. */
  readonly name: string
  /** The folder below the root ('.' for the root itself), for the per-folder subtotals. */
  readonly folder: string
  readonly resources: readonly Resource[]
}

/** What the walk found: records, and one line for each file skipped. */
export interface FolderRead {
  readonly records: ReadRecord[]
  readonly skipped: string[]
}

/** Options for the walk. */
export interface WalkOptions {
  /** Skip files named manifest*.json (the fixtures' provenance manifests). */
  readonly skipManifests: boolean
}

const NDJSON = new Set(['.ndjson', '.jsonl'])

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Every file under `dir`, sorted; a folder or entry that cannot be read adds a line to `skipped`. */
function filesUnder(dir: string, root: string, skipped: string[]): string[] {
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch (error) {
    skipped.push(`skipped ${relative(root, dir) || dir}: the folder could not be read (${messageOf(error)})`)
    return []
  }
  return names.flatMap((name) => {
    const path = join(dir, name)
    try {
      // Linked folders are not followed (a link to a parent folder would loop for ever); linked files are read.
      if (lstatSync(path).isSymbolicLink() && statSync(path).isDirectory()) {
        skipped.push(`skipped ${relative(root, path)}: a linked folder is not followed`)
        return []
      }
      return statSync(path).isDirectory() ? filesUnder(path, root, skipped) : [path]
    } catch (error) {
      skipped.push(`skipped ${relative(root, path)}: could not be read (${messageOf(error)})`)
      return []
    }
  })
}

/** The patient a resource belongs to: itself for a Patient, else its subject or patient reference. */
function patientOf(resource: Resource): string {
  if (resource.resourceType === 'Patient') return `Patient/${resource.id ?? '(no id)'}`
  const fields = resource as { subject?: { reference?: string }; patient?: { reference?: string } }
  return fields.subject?.reference ?? fields.patient?.reference ?? '(no patient)'
}

/** The resources of NDJSON text, and how many non-empty lines could not be read as FHIR. */
function readLines(text: string): { resources: Resource[]; bad: number } {
  const resources: Resource[] = []
  let bad = 0
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue
    try {
      resources.push(...readBundleText(line).resources)
    } catch {
      bad++
    }
  }
  return { resources, bad }
}

/** True when the text has more than one line and its first non-empty line is a JSON object on its own. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  try {
    return typeof JSON.parse(lines[0] ?? '') === 'object'
  } catch {
    return false
  }
}

/**
 * Reads every file under `root` (sorted, recursively).
 * @param root - the folder to read
 * @param options - walk options
 */
export function readRecordFolder(root: string, options: WalkOptions): FolderRead {
  const records: ReadRecord[] = []
  const skipped: string[] = []
  const pooled = new Map<string, Resource[]>()
  const skip = (name: string, why: string): void => {
    skipped.push(`skipped ${name}: ${why}`)
  }
  for (const path of filesUnder(root, root, skipped)) {
    const name = relative(root, path)
    const base = name.split('/').pop() ?? name
    const ext = extname(base).toLowerCase()
    if (ext !== '.json' && !NDJSON.has(ext)) continue
    if (options.skipManifests && base.startsWith('manifest')) continue
    const folder = dirname(name)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      skip(name, `could not be read (${messageOf(error)})`)
      continue
    }
    if (NDJSON.has(ext) || (ext === '.json' && looksLikeNdjson(text))) {
      const { resources, bad } = readLines(text)
      if (resources.length === 0) skip(name, 'no line is a FHIR resource')
      else if (bad > 0)
        skipped.push(
          `read ${name}: ${String(bad)} ${bad === 1 ? 'line that is not FHIR was' : 'lines that are not FHIR were'} skipped`,
        )
      const list = pooled.get(folder) ?? []
      list.push(...resources)
      pooled.set(folder, list)
      continue
    }
    try {
      records.push({ name, folder, resources: readBundleText(text).resources })
    } catch (error) {
      skip(name, messageOf(error))
    }
  }
  for (const [folder, resources] of pooled) {
    const byPatient = new Map<string, Resource[]>()
    for (const resource of resources) {
      const key = patientOf(resource)
      const list = byPatient.get(key) ?? []
      list.push(resource)
      byPatient.set(key, list)
    }
    for (const [patient, list] of byPatient)
      records.push({ name: join(folder, `#${patient}`), folder, resources: list })
  }
  return { records, skipped }
}
