/** The bounds on what opening one SMART Health Link may fetch, decompress and wait for. */
import { MAX_FILE_BYTES } from '../readBundleFile.ts'

/** Size, count and time limits of `readHealthLink` (tests pass smaller ones). */
export interface HealthLinkLimits {
  /** Bytes of one fetched or embedded file, and of one file once decompressed. */
  readonly maxFileBytes: number
  /** Bytes of all the link's files together (fetched or embedded). */
  readonly maxTotalBytes: number
  /** Bytes of the manifest response. */
  readonly maxManifestBytes: number
  /** Files one manifest may list; more is refused. */
  readonly maxFiles: number
  /** Files fetched at the same time. */
  readonly parallelFetches: number
  /** Milliseconds the whole link may take before it is abandoned as unreachable. */
  readonly timeoutMs: number
}

/** The limits the app uses: a file as large as a Bundle file may be (MAX_FILE_BYTES), 20 files, 30 seconds. */
export const HEALTH_LINK_LIMITS: HealthLinkLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxTotalBytes: 2 * MAX_FILE_BYTES,
  maxManifestBytes: 1024 * 1024,
  maxFiles: 20,
  parallelFetches: 4,
  timeoutMs: 30_000,
}
