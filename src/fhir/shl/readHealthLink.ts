/**
 * Opens a SMART Health Link end to end: parse the link, refuse it when expired, send the manifest request (or GET the
 * one file of a U link), decrypt each file with the link's key and read the FHIR Bundles inside as one record.
 */
import type { Patient, Resource } from '@medplum/fhirtypes'
import { FhirError } from '../errors.ts'
import { readBundleText } from '../readBundleFile.ts'
import { decryptHealthFile } from './decryptHealthFile.ts'
import { fetchHealthFile } from './fetchHealthFile.ts'
import { fetchHealthManifest } from './fetchHealthManifest.ts'
import { healthCardBundles } from './healthCardBundles.ts'
import { isHealthLinkExpired } from './isHealthLinkExpired.ts'
import { parseHealthLink, type HealthLinkPayload } from './parseHealthLink.ts'
import { ShlError } from './ShlError.ts'

/** What a SMART Health Link held, read like a Bundle file. */
export interface HealthLinkRecord {
  /** The link's label, or null when it has none. */
  readonly label: string | null
  /** The first Patient in the shared Bundles, or null. */
  readonly patient: Patient | null
  /** Every resource of every shared Bundle, the first copy of each Type/id. */
  readonly resources: readonly Resource[]
  /** Notes about files or entries that were skipped. */
  readonly warnings: readonly string[]
}

/** Options of `readHealthLink`. */
export interface HealthLinkOptions {
  /** Sent as the manifest request's `recipient`. */
  readonly recipient: string
  /** The passcode, for links whose flag has P. Sent only in the manifest request body. */
  readonly passcode?: string
  readonly signal?: AbortSignal
  /** The current time in ms (tests); default Date.now(). */
  readonly nowMs?: number
}

/** A fetched, still encrypted file: contentType null means "take the JWE header's cty" (U links). */
interface EncryptedFile {
  readonly jwe: string
  readonly contentType: string | null
}

const FHIR_JSON = 'application/fhir+json'
const HEALTH_CARD = 'application/smart-health-card'

async function encryptedFiles(link: HealthLinkPayload, options: HealthLinkOptions): Promise<EncryptedFile[]> {
  if (link.flags.has('U')) {
    const url = new URL(link.url)
    url.searchParams.set('recipient', options.recipient)
    return [{ jwe: await fetchHealthFile(url.href, options.signal), contentType: null }]
  }
  const manifest = await fetchHealthManifest(link.url, options)
  return Promise.all(
    manifest.map(async (file) => ({
      jwe: file.embedded ?? (await fetchHealthFile(file.location ?? '', options.signal)),
      contentType: file.contentType,
    })),
  )
}

/** Decrypts each file and returns the Bundle texts of the content types this app reads, noting the others. */
async function bundleTexts(files: readonly EncryptedFile[], key: string, warnings: string[]): Promise<string[]> {
  const texts: string[] = []
  const skipped = new Set<string>()
  for (const file of files) {
    const { contentType, text } = await decryptHealthFile(file.jwe, key, file.contentType)
    if (contentType === FHIR_JSON) texts.push(text)
    else if (contentType === HEALTH_CARD) texts.push(...(await healthCardBundles(text)))
    else skipped.add(contentType || 'unknown')
  }
  const names = [...skipped].sort().join(', ')
  if (texts.length === 0) {
    throw new ShlError('unsupported', `This link shares only content this app cannot show (${names || 'nothing'}).`)
  }
  if (names) warnings.push(`Shared content this app cannot show was skipped: ${names}.`)
  return texts
}

function mergeBundles(texts: readonly string[], label: string | null, warnings: string[]): HealthLinkRecord {
  const seen = new Set<string>()
  const resources: Resource[] = []
  let patient: Patient | null = null
  for (const text of texts) {
    const parsed = readBundleText(text)
    patient ??= parsed.patient
    warnings.push(...parsed.warnings)
    for (const resource of parsed.resources) {
      const id = resource.id === undefined ? null : `${resource.resourceType}/${resource.id}`
      if (id !== null && seen.has(id)) continue
      if (id !== null) seen.add(id)
      resources.push(resource)
    }
  }
  return { label, patient, resources, warnings }
}

/**
 * Opens a SMART Health Link and reads the FHIR Bundles it shares.
 * @param text - the link (`shlink:/...` or a viewer URL with `#shlink:/...`)
 * @param options - recipient, passcode, abort signal
 * @throws ShlError for every way a link can fail (invalid, expired, passcode, not active, wrong key, unsupported)
 */
export async function readHealthLink(text: string, options: HealthLinkOptions): Promise<HealthLinkRecord> {
  const link = parseHealthLink(text)
  if (isHealthLinkExpired(link, options.nowMs ?? Date.now())) throw new ShlError('expired', 'This link has expired.')
  if (link.flags.has('P') && (options.passcode ?? '') === '') {
    throw new ShlError('passcode-required', 'This link needs a passcode.')
  }
  const warnings: string[] = []
  const texts = await bundleTexts(await encryptedFiles(link, options), link.key, warnings)
  try {
    return mergeBundles(texts, link.label, warnings)
  } catch (error) {
    if (error instanceof FhirError) throw new ShlError('unsupported', error.message)
    throw error
  }
}
