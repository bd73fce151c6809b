/**
 * Gzip for the FHIR API's JSON (docs/performance.md, "Optimisations: load path"): FHIR servers in production compress
 * its responses, and on a phone's 1.6 Mbps the raw JSON (a 285 KB CapabilityStatement, 200 KB search pages) costs
 * seconds. The built files are compressed once at build time instead (vite.config.ts writes `.gz` beside them and
 * serveStatic `precompressed` sends those; server/main.ts). Not with the fault switch (server/fhir/faults.ts): a
 * dripped body must reach the client as it is sent.
 */

const JSON_TYPE = /^application\/(?:fhir\+)?json\b/i
const MIN_BYTES = 1024

/**
 * The response gzip-compressed when the request accepts gzip and the response is JSON of at least 1 KB that is not
 * compressed already; otherwise the response itself.
 * @param request - the request (its Accept-Encoding)
 * @param response - the response of the FHIR app
 */
export function gzipResponse(request: Request, response: Response): Response {
  const accepts = (request.headers.get('Accept-Encoding') ?? '').split(',').some((e) => e.trim() === 'gzip')
  const type = response.headers.get('Content-Type') ?? ''
  const length = response.headers.get('Content-Length')
  if (
    !accepts ||
    response.body === null ||
    request.method === 'HEAD' ||
    response.headers.has('Content-Encoding') ||
    !JSON_TYPE.test(type) ||
    (length !== null && Number(length) < MIN_BYTES)
  ) {
    return response
  }
  const headers = new Headers(response.headers)
  headers.delete('Content-Length')
  headers.set('Content-Encoding', 'gzip')
  headers.append('Vary', 'Accept-Encoding')
  const etag = headers.get('ETag')
  if (etag !== null && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`)
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/**
 * gzipResponse for a response that may still be on its way.
 * @param request - the request
 * @param response - the FHIR app's response or its promise
 */
export function gzipped(request: Request, response: Response | Promise<Response>): Response | Promise<Response> {
  return response instanceof Promise ? response.then((r) => gzipResponse(request, r)) : gzipResponse(request, response)
}
