import type { Bundle, BundleLink } from '@medplum/fhirtypes'
import type { CursorStore } from './createCursorStore.ts'
import type { FhirProfile } from './FhirProfile.ts'

/** The query parameter that carries a cursor in each paging style. */
export const CURSOR_PARAM = { 'opaque-cursor': '_cursor', 'page-context': '-pageContext' } as const

function nextUrl(profile: FhirProfile, next: string, cursors: CursorStore): string {
  const real = new URL(next)
  const cursor = cursors.put(real.pathname + real.search)
  if (profile.paging === 'page-context') {
    const query = new URLSearchParams(real.search)
    query.delete('_offset')
    query.set('-pageContext', cursor)
    query.set('-pageDirection', 'NEXT')
    return `${real.origin}${real.pathname}?${query.toString()}`
  }
  return `${real.origin}${real.pathname}?${CURSOR_PARAM['opaque-cursor']}=${cursor}`
}

/**
 * Reshapes a searchset the way a profile's server sends it: no `total`, only `self` and a cursor `next` link, and
 * an OperationOutcome entry when nothing matched. The open profile keeps it as it is.
 * @param profile - the server profile
 * @param bundle - the searchset (changed in place)
 * @param cursors - where opaque cursors are kept
 * @returns the bundle
 */
export function reshapeSearchset(profile: FhirProfile, bundle: Bundle, cursors: CursorStore): Bundle {
  if (profile.paging === 'offset') return bundle
  if (profile.omitTotal) delete bundle.total
  const links = bundle.link ?? []
  const self = links.find((l) => l.relation === 'self')
  const next = links.find((l) => l.relation === 'next')
  const kept: BundleLink[] = self === undefined ? [] : [self]
  if (next?.url !== undefined) kept.push({ relation: 'next', url: nextUrl(profile, next.url, cursors) })
  bundle.link = kept
  if (profile.emptyOutcome !== null && (bundle.entry ?? []).length === 0) {
    const text = profile.emptyOutcome
    bundle.entry = [
      {
        resource: {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'warning', code: 'processing', details: { text }, diagnostics: text }],
        },
        search: { mode: 'outcome' },
      },
    ]
  }
  return bundle
}
