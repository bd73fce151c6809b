import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gzipResponse, gzipped } from './gzipResponse.ts'

const big = JSON.stringify({ resourceType: 'Bundle', entry: Array.from({ length: 200 }, (_, i) => ({ i })) })
const json = (body: string, type = 'application/fhir+json'): Response =>
  new Response(body, { headers: { 'Content-Type': type, 'Content-Length': String(body.length), ETag: '"7"' } })
const asking = (encoding: string | null): Request =>
  new Request(
    'http://127.0.0.1/fhir/Observation',
    encoding === null ? {} : { headers: { 'Accept-Encoding': encoding } },
  )

describe('gzipResponse', () => {
  it('gzips FHIR JSON of 1 KB or more for a request that accepts gzip, and says so', async () => {
    const response = gzipResponse(asking('gzip, deflate, br, zstd'), json(big))
    expect(response.headers.get('Content-Encoding')).toBe('gzip')
    expect(response.headers.get('Content-Length')).toBeNull()
    expect(response.headers.get('Vary')).toBe('Accept-Encoding')
    expect(response.headers.get('ETag')).toBe('W/"7"')
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(bytes.length).toBeLessThan(big.length / 4)
    expect(gunzipSync(bytes).toString()).toBe(big)
  })

  it('leaves a response alone when gzip is not accepted, the body is small, not JSON or already encoded', async () => {
    const plain = json(big)
    expect(gzipResponse(asking(null), plain)).toBe(plain)
    expect(gzipResponse(asking('br'), plain)).toBe(plain)
    const small = json('{"resourceType":"Patient"}')
    expect(gzipResponse(asking('gzip'), small)).toBe(small)
    const html = json(big, 'text/html')
    expect(gzipResponse(asking('gzip'), html)).toBe(html)
    const encoded = new Response(big, { headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'br' } })
    expect(gzipResponse(asking('gzip'), encoded)).toBe(encoded)
    expect(await (await gzipped(asking(null), Promise.resolve(json(big)))).text()).toBe(big)
  })
})
