/**
 * Reads a SMART Health Link (HL7 SMART Health Cards and Links IG, "SHLink payload"): `shlink:/<base64url JSON>`,
 * or a viewer URL that carries it after `#`, e.g. `https://viewer.example/#shlink:/eyJ1cmwiOi...`.
 */
import { base64url } from 'jose'
import { checkedLinkUrl } from './checkedLinkUrl.ts'
import { ShlError } from './ShlError.ts'

/** The decoded SHLink payload. */
export interface HealthLinkPayload {
  /** The manifest URL (or, with flag U, the one encrypted file). https only (http for this machine's tests). */
  readonly url: string
  /** The decryption key: 43 base64url characters, 32 bytes. Never logged or shown. */
  readonly key: string
  /** Expiry in seconds since the epoch, when the link has one. */
  readonly exp: number | null
  /** The flags: L (long-term), P (passcode), U (direct file, no manifest). */
  readonly flags: ReadonlySet<'L' | 'P' | 'U'>
  /** The sharer's short description (at most 80 characters), when given. */
  readonly label: string | null
}

const PREFIX = 'shlink:/'
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/
const MAX_LABEL = 80

function invalid(message: string): ShlError {
  return new ShlError('invalid-link', message)
}

/** The base64url part after `shlink:/`, from the bare form or the `#shlink:/` of a viewer URL. */
function encodedPart(text: string): string {
  const trimmed = text.trim()
  if (trimmed.startsWith(PREFIX)) return trimmed.slice(PREFIX.length)
  const hash = trimmed.indexOf('#')
  const fragment = hash < 0 ? '' : trimmed.slice(hash + 1)
  if (fragment.startsWith(PREFIX)) return fragment.slice(PREFIX.length)
  throw invalid('This is not a SMART Health Link (it should start with shlink:/).')
}

function decodeJson(encoded: string): Record<string, unknown> {
  let data: unknown
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(encoded)))
  } catch {
    throw invalid('The link could not be read: its payload is not base64url JSON.')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw invalid('The link payload is not an object.')
  return data as Record<string, unknown>
}

function readFlags(value: unknown): ReadonlySet<'L' | 'P' | 'U'> {
  if (value === undefined) return new Set()
  if (typeof value !== 'string' || !/^[LPU]*$/.test(value)) throw invalid('The link has flags this app does not know.')
  const flags = new Set((['L', 'P', 'U'] as const).filter((flag) => value.includes(flag)))
  // The IG: U links point at a single file with no manifest, so there is no manifest request to send a passcode in.
  if (flags.has('U') && flags.has('P')) throw invalid('The link asks for a passcode and a direct file at once.')
  return flags
}

function readUrl(value: unknown): string {
  if (typeof value !== 'string') throw invalid('The link has no manifest address.')
  const url = checkedLinkUrl(value)
  if (url === null) throw invalid('The link has an unusable manifest address (it must be https).')
  return url
}

/**
 * Decodes and checks a SMART Health Link. Expiry is not checked here (isHealthLinkExpired.ts).
 * @param text - the pasted text or the text of a QR code
 * @returns the payload
 * @throws ShlError `invalid-link` when the text is not a usable link
 */
export function parseHealthLink(text: string): HealthLinkPayload {
  const data = decodeJson(encodedPart(text))
  if (typeof data.key !== 'string' || !KEY_PATTERN.test(data.key)) throw invalid('The link has no usable key.')
  if (data.exp !== undefined && (typeof data.exp !== 'number' || !Number.isFinite(data.exp))) {
    throw invalid('The link has an unusable expiry time.')
  }
  if (data.v !== undefined && data.v !== 1)
    throw invalid('The link uses a version of the format this app does not know.')
  const label =
    typeof data.label === 'string' && data.label.trim() !== '' ? data.label.trim().slice(0, MAX_LABEL) : null
  return {
    url: readUrl(data.url),
    key: data.key,
    exp: data.exp ?? null,
    flags: readFlags(data.flag),
    label,
  }
}
