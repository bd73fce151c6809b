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
import { HEALTH_LINK_LIMITS, type HealthLinkLimits } from './healthLinkLimits.ts'
import { isHealthLinkExpired } from './isHealthLinkExpired.ts'
import { parseHealthLink, type HealthLinkPayload } from './parseHealthLink.ts'
import type { ByteBudget } from './readLimitedBytes.ts'
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
  /** Size, count and time limits (tests); default HEALTH_LINK_LIMITS. */
  readonly limits?: Partial<HealthLinkLimits>
}

/** What opening one link works with: the options' limits filled in, the timed signal and the shared byte budget. */
interface Reading {
  readonly recipient: string
  readonly passcode?: string
  readonly limits: HealthLinkLimits
  readonly signal: AbortSignal
  readonly budget: ByteBudget
}

/** A fetched, still encrypted file: contentType null means "take the JWE header's cty" (U links). */
interface EncryptedFile {
  readonly jwe: string
  readonly contentType: string | null
}

const FHIR_JSON = 'application/fhir+json'
const HEALTH_CARD = 'application/smart-health-card'
/** The notice shown with any SMART Health Card content: the app reads the card without checking who signed it. */
const HEALTH_CARD_NOT_VERIFIED =
  "This link shares a SMART Health Card: its issuer's signature was not checked, so the app cannot confirm who issued it or that it is unchanged."

/** Runs `task` on each item, at most `parallel` at a time, keeping the items' order in the results. */
async function inBatches<T, R>(items: readonly T[], parallel: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = []
  for (let at = 0; at < items.length; at += parallel) {
    results.push(...(await Promise.all(items.slice(at, at + parallel).map(task))))
  }
  return results
}

function embeddedJwe(jwe: string, reading: Reading): string {
  reading.budget.left -= jwe.length
  if (jwe.length > reading.limits.maxFileBytes || reading.budget.left < 0) {
    throw new ShlError('too-large', 'A shared file is larger than this app can open.')
  }
  return jwe
}

async function encryptedFiles(link: HealthLinkPayload, reading: Reading): Promise<EncryptedFile[]> {
  const fileRequest = { maxBytes: reading.limits.maxFileBytes, budget: reading.budget, signal: reading.signal }
  if (link.flags.has('U')) {
    const url = new URL(link.url)
    url.searchParams.set('recipient', reading.recipient)
    return [{ jwe: await fetchHealthFile(url.href, fileRequest), contentType: null }]
  }
  const manifest = await fetchHealthManifest(link.url, {
    recipient: reading.recipient,
    ...(reading.passcode === undefined ? {} : { passcode: reading.passcode }),
    signal: reading.signal,
    maxBytes: reading.limits.maxManifestBytes,
    maxFiles: reading.limits.maxFiles,
  })
  return inBatches(manifest, reading.limits.parallelFetches, async (file) => ({
    // fetchHealthManifest gives each file `embedded`, or else a checked https `location`.
    jwe:
      file.embedded === null
        ? await fetchHealthFile(file.location ?? '', fileRequest)
        : embeddedJwe(file.embedded, reading),
    contentType: file.contentType,
  }))
}

/** Decrypts each file and returns the Bundle texts of the content types this app reads, noting the others. */
async function bundleTexts(
  files: readonly EncryptedFile[],
  key: string,
  maxBytes: number,
  warnings: string[],
): Promise<string[]> {
  const texts: string[] = []
  const skipped = new Set<string>()
  let cards = false
  for (const file of files) {
    const { contentType, text } = await decryptHealthFile(file.jwe, key, file.contentType, maxBytes)
    if (contentType === FHIR_JSON) texts.push(text)
    else if (contentType === HEALTH_CARD) {
      texts.push(...(await healthCardBundles(text, maxBytes)))
      cards = true
    } else skipped.add(contentType || 'unknown')
  }
  if (cards) warnings.push(HEALTH_CARD_NOT_VERIFIED)
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
 * @param options - recipient, passcode, abort signal, limits
 * @throws ShlError for every way a link can fail (invalid, expired, passcode, not active, wrong key, unsupported,
 *   too large; unreachable also when the server takes longer than `limits.timeoutMs`)
 */
export async function readHealthLink(text: string, options: HealthLinkOptions): Promise<HealthLinkRecord> {
  const link = parseHealthLink(text)
  if (isHealthLinkExpired(link, options.nowMs ?? Date.now())) throw new ShlError('expired', 'This link has expired.')
  if (link.flags.has('P') && (options.passcode ?? '') === '') {
    throw new ShlError('passcode-required', 'This link needs a passcode.')
  }
  const limits = { ...HEALTH_LINK_LIMITS, ...options.limits }
  const timeout = AbortSignal.timeout(limits.timeoutMs)
  const reading: Reading = {
    recipient: options.recipient,
    ...(options.passcode === undefined ? {} : { passcode: options.passcode }),
    limits,
    signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    budget: { left: limits.maxTotalBytes },
  }
  const warnings: string[] = []
  const texts = await bundleTexts(await encryptedFiles(link, reading), link.key, limits.maxFileBytes, warnings)
  try {
    return mergeBundles(texts, link.label, warnings)
  } catch (error) {
    // The generic "cannot show" for the UI, with the named reason (e.g. a DSTU2 Bundle refused) as its detail.
    if (error instanceof FhirError) throw new ShlError('unsupported', error.message, null, error.message)
    throw error
  }
}
