/** The page-load side of SMART Health Link viewer URLs: `https://<this app>/#shlink:/...`. */

let taken = false

/**
 * Reads a `#shlink:/...` fragment once per page load and removes it from the address bar and the history entry
 * (history.replaceState), so the link and its key do not stay in the browser's history.
 * @returns the `shlink:/...` text, or null when the page was not opened with one (or it was already taken)
 */
export function takeHealthLinkFromUrl(): string | null {
  if (taken) return null
  taken = true
  const { hash, pathname, search } = window.location
  if (!hash.startsWith('#shlink:/')) return null
  window.history.replaceState(window.history.state, '', pathname + search)
  return hash.slice(1)
}
