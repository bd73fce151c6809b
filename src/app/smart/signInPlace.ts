/**
 * Whether sign-in can work where the app was opened (docs/reliability.md F7, F8). The sign-in leaves the page for
 * the record system and comes back, so what it must keep across that trip (the state and the PKCE verifier, never a
 * token) waits in sessionStorage. Two places stop that:
 * - a frame sandboxed without `allow-same-origin` (F8): the page has an opaque origin, so it has no storage and the
 *   record system's answers cannot reach it;
 * - a frame whose storage the browser blocks (F7: third-party storage blocked, as Safari, Firefox or "block
 *   third-party cookies" may do): reading or writing sessionStorage throws.
 * Either way the app says so and offers the same address in a new window (a first-party page), instead of hanging
 * or carrying anything in a URL. The sign-in never opens a popup, so a sandbox without `allow-popups` does not stop
 * it (only the "new window" link needs it).
 */

/** Why sign-in cannot work here. */
export type SignInPlaceProblem = 'opaque-origin' | 'storage-blocked'

/** The part of `window` this reads (a stand-in in tests). */
export interface PlaceSource {
  readonly origin: string
  readonly sessionStorage: Storage
}

const PROBE_KEY = 'twin:smart:probe'

/**
 * True when the page's origin is opaque (a sandbox without `allow-same-origin`, a data: or file: document).
 * @param place - the window
 */
export function hasOpaqueOrigin(place: Pick<PlaceSource, 'origin'>): boolean {
  return place.origin === 'null'
}

/**
 * Checks that sessionStorage can be written and read back (the pending launch must survive the redirect).
 * @param place - the window
 * @returns null when sign-in can work here, else why not
 */
export function signInPlaceProblem(place: PlaceSource): SignInPlaceProblem | null {
  if (hasOpaqueOrigin(place)) return 'opaque-origin'
  try {
    const storage = place.sessionStorage
    storage.setItem(PROBE_KEY, '1')
    const kept = storage.getItem(PROBE_KEY) === '1'
    storage.removeItem(PROBE_KEY)
    return kept ? null : 'storage-blocked'
  } catch {
    return 'storage-blocked'
  }
}
