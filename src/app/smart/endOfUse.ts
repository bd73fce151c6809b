/**
 * The end of use of a signed-in session (docs/reliability.md F16; docs/smart.md): the tokens live in memory only
 * (src/fhir/smart/session.ts) and the record in the app's store. When the tab stays hidden for END_HIDDEN_MS (a
 * shared workstation left with the record open), the session ends: the tokens are dropped and the app, with its
 * store, is unmounted, so neither stays in memory. When the page goes away (the EHR removes the frame, the tab
 * closes or navigates), `pagehide` drops the tokens at once, even for a page the browser keeps in its back-forward
 * cache. Nothing of either is ever in storage.
 */
import { cancelWhenHidden, type VisibilitySource } from '../cancelWhenHidden.ts'

/** How long a signed-in tab may stay hidden before the sign-in ends and the record is cleared: 15 minutes. */
export const END_HIDDEN_MS = 15 * 60_000

/** The part of `window` this needs (a stand-in in tests). */
export interface PageSource {
  addEventListener(type: 'pagehide', listener: () => void): void
  removeEventListener(type: 'pagehide', listener: () => void): void
}

/** What ends, and how. */
export interface EndOfUse {
  /** Drops the tokens (src/fhir/smart/session.ts endSession). */
  readonly endSession: () => void
  /** Clears the record from the screen and memory (the tab was hidden too long). */
  readonly onEnded: () => void
}

/**
 * Watches a signed-in page for the end of use.
 * @param end - what to call
 * @param visibility - the document
 * @param page - the window
 * @param hiddenMs - how long hidden before the sign-in ends
 * @returns the function that stops watching
 */
export function watchEndOfUse(
  end: EndOfUse,
  visibility: VisibilitySource,
  page: PageSource,
  hiddenMs = END_HIDDEN_MS,
): () => void {
  const aborter = new AbortController()
  aborter.signal.addEventListener('abort', () => {
    end.endSession()
    end.onEnded()
  })
  const stopWatching = cancelWhenHidden(aborter, visibility, hiddenMs)
  const onPageHide = (): void => {
    end.endSession()
  }
  page.addEventListener('pagehide', onPageHide)
  return () => {
    stopWatching()
    page.removeEventListener('pagehide', onPageHide)
  }
}
