/**
 * The headers of the app's static responses under `npm start` (`startServer` with the options `main` passes) and
 * `npm run start:smart` (`startSmartDemo`): the strict Content-Security-Policy with Trusted Types (issue 14 point 6;
 * docs/reliability.md F1, F3, F13).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_TRUSTED_TYPES_POLICY, appCsp, startServer } from './main.ts'
import type { RunningServer } from './main.ts'
import { startSmartDemo } from './smartDemo.ts'
import type { SmartDemo } from './smartDemo.ts'
import { WORKER_URL_POLICY } from '../src/app/trustedWorkerUrl.ts'

const FIXTURE = 'fhir-fixtures/edge/edge-no-dates.json'

/** The policy every app response carries, directive by directive (frame-ancestors last but for Trusted Types). */
function directives(frameAncestors: string): string[] {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    'trusted-types twin-worker-url',
  ]
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done))
  const port = (probe.address() as AddressInfo).port
  await new Promise<void>((done) => {
    probe.close(() => {
      done()
    })
  })
  return port
}

async function appHeaders(url: string): Promise<Headers> {
  const response = await fetch(url)
  expect(response.status).toBe(200)
  await response.text()
  return response.headers
}

let staticDir: string
let server: RunningServer
let demo: SmartDemo
let ports: number[]

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'twin-csp-'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>twin</title><div id="root"></div>\n')
  writeFileSync(join(staticDir, 'worker.js'), 'postMessage(1)\n')
  server = await startServer({ port: 0, staticDir, fixtureGlobs: [FIXTURE] })
  const [appPort, authPort, portalPort, unlistedPortalPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  ports = [appPort, authPort, portalPort, unlistedPortalPort]
  demo = await startSmartDemo({ appPort, authPort, portalPort, unlistedPortalPort, staticDir, fixtureGlobs: [FIXTURE] })
}, 60_000)

afterAll(async () => {
  await Promise.all([server.close(), demo.close()])
  rmSync(staticDir, { recursive: true, force: true })
})

describe('the app CSP', () => {
  it("F3 npm start: script-src 'self' only, no unsafe-inline or unsafe-eval, Trusted Types enforced", async () => {
    for (const path of ['', 'twin/organ/heart', 'worker.js']) {
      const headers = await appHeaders(`${server.url}${path}`)
      expect(headers.get('content-security-policy')?.split('; ')).toEqual(directives("'self'"))
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('x-content-type-options')).toBe('nosniff')
    }
    // no report endpoint (a violation report could carry page data), no wildcard outside connect-src's local ports
    expect(appCsp()).not.toMatch(/unsafe-inline|'unsafe-eval'|report-uri|report-to/)
    expect(appCsp().replace('http://127.0.0.1:* http://localhost:*', '')).not.toContain('*')
    expect([APP_TRUSTED_TYPES_POLICY, WORKER_URL_POLICY]).toEqual(['twin-worker-url', 'twin-worker-url'])
  })

  it('F1 F3 npm run start:smart: the same policy; frame-ancestors names the two portal origins exactly', async () => {
    const [appPort, , portalPort, unlistedPortalPort] = ports.map(String)
    const headers = await appHeaders(`http://127.0.0.1:${appPort ?? ''}/`)
    const portals = `'self' http://127.0.0.1:${portalPort ?? ''} http://127.0.0.1:${unlistedPortalPort ?? ''}`
    expect(headers.get('content-security-policy')?.split('; ')).toEqual(directives(portals))
    // no X-Frame-Options to contradict frame-ancestors (a browser honouring only XFO would refuse the portal)
    expect(headers.get('x-frame-options')).toBeNull()
    expect(demo.app.url).toBe(`http://127.0.0.1:${appPort ?? ''}/`)
  })

  it('F1 npm start: framing by another origin is allowed only for origins configured by name', () => {
    expect(appCsp()).toContain("frame-ancestors 'self';")
    expect(appCsp(['https://ehr.example'])).toContain("frame-ancestors 'self' https://ehr.example;")
    expect(
      appCsp(['https://ehr.example'])
        .split('; ')
        .filter((d) => d.includes('ehr.example')),
    ).toEqual(["frame-ancestors 'self' https://ehr.example"])
  })

  it("F13 index.html loads one script, the app's own module, with no external or inline script", () => {
    const html = readFileSync('index.html', 'utf8')
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual([
      '<script type="module" src="/src/app/main.tsx">',
    ])
    expect(html).not.toMatch(/<script[^>]*>[^<\s]/)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
  })
})
