/** The page-load side of SMART Health Link viewer URLs: `https://<this app>/#shlink:/...`. */

let taken = false

/**
 * Reads a `#shlink:/...` fragment once per page load and removes it from the address bar and from this tab's
 * history entry (history.replaceState), so Back/Forward and a reload in this tab no longer carry the key. It cannot
 * reach further: the browser's global history (and any synced history) recorded the full address, key included,
 * when the page was opened, and only the person can clear that.
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
