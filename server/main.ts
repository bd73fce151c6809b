import { serve } from '@hono/node-server'
import type { ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, MiddlewareHandler, Next } from 'hono'
import { existsSync, statSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createFhirServer } from './fhirServer.ts'
import type { FhirServer, FhirServerOptions, SeedSummary } from './fhirServer.ts'
import { expandFixturePatterns } from './fixtures.ts'
import { createFaultSwitch } from './fhir/faults.ts'
import type { FaultRule, FaultSwitch } from './fhir/faults.ts'
import { profileNamed } from './fhir/profiles/profileNamed.ts'
import { gzipped } from './gzipResponse.ts'

// The fault switch for tests outside server/ (src/app's cannot name a path under a `fhir/` folder).
export { createFaultSwitch }

/** Fixture patterns seeded by default (relative to the working directory). */
export const DEFAULT_FIXTURE_PATTERNS: readonly string[] = [
  'fhir-fixtures/synthea/*.json',
  'fhir-fixtures/edge/*.json',
  'fhir-fixtures/ehr/*.json',
]

/**
 * The Content-Security-Policy of the static (app) responses (issue 14 point 6; docs/reliability.md F1, F3).
 * connect-src allows https FHIR servers because `?fhir=<base>` may name any open FHIR R4 server (plain http only on
 * this machine); scripts stay 'self' only ('wasm-unsafe-eval' lets the bundled meshopt decoder compile its
 * WebAssembly, nothing else), and styles too (no 'unsafe-inline': the app has no inline <style>, and React and three
 * set element styles through the DOM, which CSP allows). Workers only from the app's own files (the meshopt decoder
 * runs without its blob: workers). Trusted Types are enforced: no script sink takes a plain string, and the one
 * policy allowed, `twin-worker-url` (src/app/trustedWorkerUrl.ts), passes same-origin Worker URLs only.
 * e2e/csp.spec.ts records every violation while a twin, an organ panel, general information, the print summary, a
 * SMART Health Link and a SMART launch open.
 * @param frameAncestors - exact origins allowed to frame the app besides itself (embed mode)
 * @returns the header value
 */
export function appCsp(frameAncestors: readonly string[] = []): string {
  return (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
    "connect-src 'self' https: http://127.0.0.1:* http://localhost:*; worker-src 'self'; object-src 'none'; " +
    `base-uri 'none'; form-action 'self'; frame-ancestors ${["'self'", ...frameAncestors].join(' ')}; ` +
    `require-trusted-types-for 'script'; trusted-types ${APP_TRUSTED_TYPES_POLICY}`
  )
}

/** The only Trusted Types policy name the CSP allows (src/app/trustedWorkerUrl.ts `WORKER_URL_POLICY`). */
export const APP_TRUSTED_TYPES_POLICY = 'twin-worker-url'

/** Content-Security-Policy sent with every static (app) response when no framing origins are configured. */
export const APP_CSP = appCsp()

/** Options of `startServer`; every field has a default. */
export interface StartServerOptions {
  /** TCP port; 0 picks a free one. Default 8080. */
  readonly port?: number
  /** Interface to bind; default 127.0.0.1 (the server has no authentication). */
  readonly hostname?: string
  /** FHIR base path; default `/fhir`, `''` serves FHIR at the root (and no static files). */
  readonly fhirBase?: string
  /** Directory served at `/` with an SPA fallback; default `dist`; `null` serves no static files. */
  readonly staticDir?: string | null
  /** Fixture files or `dir/*.json` patterns; default `DEFAULT_FIXTURE_PATTERNS`. */
  readonly fixtureGlobs?: readonly string[]
  /** Directory relative paths resolve against; default `process.cwd()`. */
  readonly cwd?: string
  /** SMART protection of the FHIR API (see server/smart); default none (open server). */
  readonly smart?: FhirServerOptions['smart']
  /** Exact origins allowed to frame the app (CSP frame-ancestors, besides 'self'); default none. */
  readonly frameAncestors?: readonly string[]
  /** Served as `/twin-config.json` instead of the built file (the app's runtime configuration). */
  readonly twinConfig?: Readonly<Record<string, unknown>>
  /** Server profile (docs/interop.md); default `open`. `main` reads it from `FHIR_PROFILE`. */
  readonly profile?: FhirServerOptions['profile']
  /** Origins besides the app's own whose pages may read the FHIR API; `main` reads `FHIR_ALLOWED_ORIGINS`. */
  readonly allowedOrigins?: readonly string[]
  /** Serve FHIR writes; default false. `main` reads `FHIR_WRITABLE=1`. */
  readonly writable?: boolean
  /** Host header values accepted besides the bound address (DNS-rebinding guard); `main` reads `FHIR_ALLOWED_HOSTS`. */
  readonly allowedHosts?: readonly string[]
  /**
   * The fault-injection switch (server/fhir/faults.ts), for tests; default none. With one, `/__faults` takes rules
   * (PUT, JSON array), clears them (DELETE) and gives the request log (GET). `main` makes one for `FHIR_FAULTS=1`.
   */
  readonly faults?: FaultSwitch
}

/** A started server. */
export interface RunningServer {
  /** The app's origin URL with a trailing slash, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string
  /** The absolute FHIR base URL without a trailing slash. */
  readonly fhirBaseUrl: string
  readonly port: number
  readonly fhir: FhirServer
  readonly seed: SeedSummary
  /** Absolute static directory actually served, or null. */
  readonly staticDir: string | null
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

function securityHeaders(csp: string): MiddlewareHandler {
  return async (c: Context, next: Next) => {
    await next()
    c.res.headers.set('Referrer-Policy', 'no-referrer')
    c.res.headers.set('X-Content-Type-Options', 'nosniff')
    c.res.headers.set('Content-Security-Policy', csp)
  }
}

/**
 * Lets any origin read a public build file (hashed scripts, styles, the body model): no credentials, no data. A frame
 * sandboxed without allow-same-origin (an opaque origin) loads module scripts, styles and preloads only with CORS;
 * with this the app runs there and says why sign-in cannot work (docs/reliability.md F8) instead of a blank page.
 * The FHIR API, index.html and twin-config.json keep their own rules.
 * Cached by the browser: the hashed files under /assets for a year (a new build has new names), the models for an
 * hour (the loading preview and the scene's loader read the same light model; a new build's model is picked up
 * within the hour). Neither holds patient data.
 */
const publicFiles: MiddlewareHandler = async (c: Context, next: Next) => {
  await next()
  c.res.headers.set('Access-Control-Allow-Origin', '*')
  if (c.res.status === 200) {
    c.res.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    )
  }
}

function listen(server: ServerType): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: Error): void => {
      reject(error)
    }
    server.once('error', onError)
    server.once('listening', () => {
      server.off('error', onError)
      resolvePort((server.address() as AddressInfo).port)
    })
  })
}

/**
 * Starts the app and FHIR server: indexes the R4 definitions, seeds the fixtures (throwing if any entry fails),
 * serves the FHIR API under the base path and the static app at `/` with security headers and an SPA fallback.
 * @param options - Port, base path, static directory and fixtures; see `StartServerOptions`.
 * @returns The running server with its actual URL and a `close()`.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const cwd = options.cwd ?? process.cwd()
  const fhir = createFhirServer({
    basePath: options.fhirBase ?? '/fhir',
    ...(options.smart === undefined ? {} : { smart: options.smart }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    allowedOrigins: options.allowedOrigins ?? [],
    writable: options.writable ?? false,
    ...(options.faults === undefined ? {} : { faults: options.faults }),
  })
  if (options.faults !== undefined) mountFaultControl(fhir.app, options.faults)
  // DNS rebinding: a page whose own host name resolves to this machine would be "same origin" to the browser, so
  // every request must name the bound address (or a host configured by name) in its Host header.
  // Checked before any route (the FHIR routes are already mounted on the app).
  const hosts = new Set<string>()
  const guarded = (req: Request, ...rest: unknown[]): Response | Promise<Response> => {
    const host = (req.headers.get('Host') ?? '').toLowerCase()
    if (!hosts.has(host)) {
      return new Response(`Host not allowed: ${host}`, { status: 421, headers: { 'Content-Type': 'text/plain' } })
    }
    return options.faults === undefined ? gzipped(req, fhir.app.fetch(req, ...rest)) : fhir.app.fetch(req, ...rest)
  }
  const files = expandFixturePatterns(options.fixtureGlobs ?? DEFAULT_FIXTURE_PATTERNS, cwd)
  const seed = await fhir.loadFixtureFiles(files)

  const requested = options.staticDir === undefined ? 'dist' : options.staticDir
  const candidate = requested === null ? null : resolve(cwd, requested)
  const staticDir =
    candidate !== null && fhir.basePath !== '' && existsSync(candidate) && statSync(candidate).isDirectory()
      ? candidate
      : null
  if (staticDir !== null) {
    const app = fhir.app
    app.use('*', securityHeaders(appCsp(options.frameAncestors)))
    const twinConfig = options.twinConfig
    if (twinConfig !== undefined) {
      app.get('/twin-config.json', (c) => c.json(twinConfig, 200, { 'Cache-Control': 'no-store' }))
    }
    for (const path of ['/assets/*', '/models/*']) app.use(path, publicFiles)
    app.use('*', serveStatic({ root: staticDir, precompressed: true }))
    const index = serveStatic({ root: staticDir, path: 'index.html', precompressed: true })
    app.get('*', async (c, next) => {
      // A path whose last segment has an extension names a file that does not exist: 404, not the app shell.
      const last = c.req.path.split('/').pop() ?? ''
      if (last.includes('.')) {
        return c.text('Not found', 404)
      }
      return index(c, next)
    })
  }

  const server = serve({ fetch: guarded, port: options.port ?? 8080, hostname: options.hostname ?? '127.0.0.1' })
  const port = await listen(server)
  const host = options.hostname ?? '127.0.0.1'
  for (const name of acceptedHostNames(host, options.allowedHosts ?? [])) hosts.add(`${name}:${String(port)}`)
  for (const name of options.allowedHosts ?? []) hosts.add(name.toLowerCase())
  const url = `http://${host}:${port}/`
  return {
    url,
    fhirBaseUrl: `http://${host}:${port}${fhir.basePath}`,
    port,
    fhir,
    seed,
    staticDir,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => {
          if (error === undefined) {
            resolveClose()
          } else {
            reject(error)
          }
        })
        // fetch keeps connections alive; without this close() would wait for them to time out.
        if ('closeAllConnections' in server) {
          server.closeAllConnections()
        }
      }),
  }
}

/** The control endpoint of the fault switch; mounted only when there is one (never by `npm start`). */
function mountFaultControl(app: FhirServer['app'], faults: FaultSwitch): void {
  app.get('/__faults', (c) => c.json(faults.log, 200, { 'Cache-Control': 'no-store' }))
  app.put('/__faults', async (c) => {
    const rules: unknown = await c.req.json()
    if (!Array.isArray(rules)) return c.text('Expected a JSON array of fault rules', 400)
    faults.set(rules as FaultRule[])
    return c.body(null, 204)
  })
  app.delete('/__faults', (c) => {
    faults.clear()
    return c.body(null, 204)
  })
}

/**
 * The host names a request may name for this server: the bound one, and for a loopback address the loopback names.
 * @param host - the bound address
 * @param extra - host names (with or without a port) configured by name
 */
function acceptedHostNames(host: string, extra: readonly string[]): readonly string[] {
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1'
  const names = loopback ? ['127.0.0.1', 'localhost', '[::1]'] : [host.toLowerCase()]
  return [...names, ...extra.filter((name) => !name.includes(':')).map((name) => name.toLowerCase())]
}

/**
 * A comma-separated environment list, trimmed, without empty items.
 * @param raw - the variable's value
 */
function listOf(raw: string | undefined): readonly string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') {
    return 8080
  }
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got ${raw}`)
  }
  return port
}

async function main(): Promise<void> {
  const env = process.env
  const patterns = env['FHIR_FIXTURES']
  const running = await startServer({
    port: parsePort(env['PORT']),
    fhirBase: env['FHIR_BASE'] ?? '/fhir',
    staticDir: env['STATIC_DIR'] ?? 'dist',
    profile: profileNamed(env['FHIR_PROFILE']).name,
    allowedOrigins: listOf(env['FHIR_ALLOWED_ORIGINS']),
    allowedHosts: listOf(env['FHIR_ALLOWED_HOSTS']),
    writable: env['FHIR_WRITABLE'] === '1',
    ...(env['FHIR_FAULTS'] === '1' ? { faults: createFaultSwitch() } : {}),
    ...(patterns === undefined ? {} : { fixtureGlobs: patterns.split(',').filter((p) => p.trim() !== '') }),
  })
  if (running.staticDir === null) {
    process.stderr.write(
      `No static app served (STATIC_DIR ${env['STATIC_DIR'] ?? 'dist'} missing, or FHIR_BASE is the root); run \`npm run build\` first.\n`,
    )
  }
  process.stdout.write(
    `Twin app and FHIR server: ${running.url}  (FHIR base ${running.fhirBaseUrl}, ${running.seed.resources} resources, ${running.seed.patients} patients)${running.fhir.profile === 'open' ? '' : ` profile ${running.fhir.profile}`}\n`,
  )
  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      return
    }
    stopping = true
    running.close().then(
      () => {
        process.stdout.write(`Stopped (${signal}).\n`)
        process.exit(0)
      },
      (error: unknown) => {
        process.stderr.write(`Error while stopping: ${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

const entry = process.argv[1]
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exit(1)
  })
}
