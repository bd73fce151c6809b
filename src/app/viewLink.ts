/**
 * The link "Copy link to this view" copies: the page address with its view fragment (organ, date, mode, language,
 * filters), without any query parameter that names a patient or a sign-in (`patient`, `launch`, `iss`, `code`,
 * `state`), so the copied link holds the view only, as the button says (issue 14 point 9).
 */
const DROPPED = ['patient', 'launch', 'iss', 'code', 'state'] as const

/**
 * The shareable form of the current address.
 * @param href - the page address (window.location.href)
 * @returns the address without patient and sign-in parameters
 */
export function viewLink(href: string): string {
  const url = new URL(href)
  for (const name of DROPPED) url.searchParams.delete(name)
  return url.href
}
