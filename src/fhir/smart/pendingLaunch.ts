/** The sessionStorage key of the launch waiting for its redirect back. */
export const PENDING_KEY = 'twin:smart:pending'

/** What waits in sessionStorage across the redirect: checked and removed on return. */
export interface PendingLaunch {
  readonly state: string
  readonly codeVerifier: string
  readonly iss: string
  readonly launch: string | null
}

/**
 * Reads and removes the pending launch (single use); null when none is stored or it is unreadable.
 * @param storage - sessionStorage
 */
export function readPendingLaunch(storage: Storage): PendingLaunch | null {
  const raw = storage.getItem(PENDING_KEY)
  storage.removeItem(PENDING_KEY)
  if (raw === null) return null
  try {
    const value = JSON.parse(raw) as Partial<PendingLaunch>
    if (typeof value.state !== 'string' || typeof value.codeVerifier !== 'string' || typeof value.iss !== 'string') {
      return null
    }
    return { state: value.state, codeVerifier: value.codeVerifier, iss: value.iss, launch: value.launch ?? null }
  } catch {
    return null
  }
}
