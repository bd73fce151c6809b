import { badRequest, isResourceType } from '@medplum/core'
import type { Bundle, CapabilityStatement, OperationOutcome } from '@medplum/fhirtypes'
import type { Context, Hono } from 'hono'
import { respond, respondOutcome } from '../respond.ts'
import { createCursorStore } from './createCursorStore.ts'
import type { FhirProfile } from './FhirProfile.ts'
import { profileCapabilities } from './profileCapabilities.ts'
import { profileRefusal } from './profileRefusal.ts'
import { CURSOR_PARAM, reshapeSearchset } from './reshapeSearchset.ts'

type Handle = (c: Context) => Promise<Response>

/** What a request under the FHIR base is, as far as a profile cares. */
function classify(
  rel: string,
  method: string,
): { kind: 'metadata' | 'everything' | 'search' | 'other'; type?: string } {
  const segments = rel === '' ? [] : rel.split('/')
  if (method !== 'GET') return { kind: 'other' }
  if (rel === 'metadata') return { kind: 'metadata' }
  const [first, , third] = segments
  if (segments.length === 1 && first !== undefined && isResourceType(first)) return { kind: 'search', type: first }
  if (segments.length === 3 && first === 'Patient' && third === '$everything') return { kind: 'everything' }
  if (segments.length === 3 && first === 'Patient' && third !== undefined && isResourceType(third)) {
    return { kind: 'search', type: third }
  }
  return { kind: 'other' }
}

function refusal(diagnostics: string, code: 'required' | 'not-supported' | 'not-found'): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code, details: { text: diagnostics }, diagnostics }],
  }
}

/** The response's JSON when it is a FHIR resource of the given type with status 200; else null. */
async function bodyOf<T>(response: Response, resourceType: string): Promise<T | null> {
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return null
  const body = (await response.clone().json()) as { resourceType?: string }
  return body.resourceType === resourceType ? (body as T) : null
}

/**
 * Wraps the FHIR handler with a server profile (issue 13): refuses the searches the profile refuses (400 with its
 * OperationOutcome text), lowers `_count` to its maximum, answers cursor next links, reshapes searchsets (no total,
 * cursor links, outcome entries) and restates the CapabilityStatement. The open profile is the handler unchanged.
 * Internal re-dispatches (cursor, capped `_count`) go through `app.request` with the caller's headers.
 * @param profile - the server profile
 * @param app - the hono app (for re-dispatch)
 * @param basePath - the FHIR base path
 * @param handle - the FHIR handler
 * @returns the wrapped handler
 */
export function withProfile(profile: FhirProfile, app: Hono, basePath: string, handle: Handle): Handle {
  if (profile.name === 'open') return handle
  const cursors = createCursorStore()
  const cursorParam = profile.paging === 'offset' ? null : CURSOR_PARAM[profile.paging]
  const redispatch = (c: Context, url: URL): Promise<Response> =>
    Promise.resolve(app.request(url.toString(), { headers: c.req.raw.headers }))
  return async (c) => {
    const url = new URL(c.req.url)
    const rel = url.pathname.slice(basePath.length).replace(/^\/+/, '').replace(/\/+$/, '')
    const what = classify(rel, c.req.method === 'HEAD' ? 'GET' : c.req.method.toUpperCase())
    if (what.kind === 'metadata') {
      const statement = await bodyOf<CapabilityStatement>(await handle(c), 'CapabilityStatement')
      if (statement === null) return respondOutcome(c, badRequest('metadata unavailable'))
      return respond(c, 200, profileCapabilities(profile, statement))
    }
    if (what.kind === 'everything' && !profile.everything) {
      return respond(c, 400, refusal('Patient/$everything is not supported by this server.', 'not-supported'))
    }
    if (what.kind !== 'search' || what.type === undefined) return handle(c)
    const cursor = cursorParam === null ? null : url.searchParams.get(cursorParam)
    if (cursor !== null) {
      const target = cursors.get(cursor)
      if (target === undefined) return respond(c, 404, refusal('The page cursor is unknown or expired.', 'not-found'))
      return redispatch(c, new URL(target, url.origin))
    }
    const broken = profileRefusal(profile, what.type, url.searchParams)
    if (broken !== null) return respond(c, 400, refusal(broken.message, 'required'))
    const count = Number(url.searchParams.get('_count') ?? '0')
    if (profile.maxCount !== null && count > profile.maxCount) {
      url.searchParams.set('_count', String(profile.maxCount))
      return redispatch(c, url)
    }
    const response = await handle(c)
    const bundle = await bodyOf<Bundle>(response, 'Bundle')
    return bundle === null ? response : respond(c, 200, reshapeSearchset(profile, bundle, cursors))
  }
}
