/**
 * Cancels a load that is still running after the tab has been hidden for HIDDEN_CANCEL_MS (5 minutes; issue 14
 * point 2, docs/reliability.md B10), so a forgotten tab does not keep asking the record system; the error view then
 * offers a retry. Hiding for less, then showing the tab again, lets the load go on.
 */

/** How long the tab may stay hidden while a record loads before the load is cancelled: 5 minutes. */
export const HIDDEN_CANCEL_MS = 5 * 60_000

/** The abort reason of a load cancelled by a hidden tab. */
export const HIDDEN_TOO_LONG = 'hidden-too-long'

/** The part of `document` this needs (a stand-in in tests). */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState
  addEventListener(type: 'visibilitychange', listener: () => void): void
  removeEventListener(type: 'visibilitychange', listener: () => void): void
}

/**
 * Watches the tab while a load runs.
 * @param aborter - the load's controller, aborted with HIDDEN_TOO_LONG
 * @param source - the document (absent outside a browser: nothing is watched)
 * @param hiddenMs - how long hidden before the load is cancelled
 * @returns the function that stops watching (call it when the load ends)
 */
export function cancelWhenHidden(
  aborter: AbortController,
  source: VisibilitySource | undefined = typeof document === 'undefined' ? undefined : document,
  hiddenMs = HIDDEN_CANCEL_MS,
): () => void {
  if (source === undefined) return () => undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const onChange = (): void => {
    clearTimeout(timer)
    if (source.visibilityState === 'hidden') {
      timer = setTimeout(() => {
        aborter.abort(HIDDEN_TOO_LONG)
      }, hiddenMs)
    }
  }
  source.addEventListener('visibilitychange', onChange)
  onChange()
  return () => {
    clearTimeout(timer)
    source.removeEventListener('visibilitychange', onChange)
  }
}
