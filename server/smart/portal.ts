/**
 * The example portal's server (examples/portal): serves the page, its script and style, the list of patients,
 * and `POST /api/launch`, which does what an EHR does before opening a SMART app: it registers a launch (user and
 * patient in context, `need_patient_banner: false` because the portal shows its own banner) and answers the app's
 * launch URL `…/launch?iss=…&launch=…`.
 */
import { serve } from '@hono/node-server'
import type { ServerType } from '@hono/node-server'
import { Hono } from 'hono'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DemoUser, LaunchContext, PickablePatient } from './authServer.ts'

/** Options of `startPortalServer`. */
export interface PortalOptions {
  /** Ports to listen on (the demo uses one allowlisted and one unlisted origin). */
  readonly ports: readonly number[]
  readonly hostname?: string
  /** The directory with index.html, portal.js and portal.css. */
  readonly dir: string
  /** The app's origin, e.g. `http://127.0.0.1:4176`. */
  readonly appOrigin: string
  /** The authorization server's origin: the frame passes through it during the launch. */
  readonly authOrigin: string
  /** The FHIR base the launch names as `iss`. */
  readonly fhirBaseUrl: string
  readonly user: DemoUser
  readonly listPatients: () => Promise<readonly PickablePatient[]>
  readonly createLaunch: (user: DemoUser, context: LaunchContext) => string
}

/** A started portal server. */
export interface RunningPortal {
  /** One URL per port, with a trailing slash. */
  readonly urls: readonly string[]
  close(): Promise<void>
}

const FILES: Readonly<Record<string, string>> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/portal.js': 'portal.js',
  '/portal.css': 'portal.css',
}

const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
}

/**
 * Starts the portal server.
 * @param options - ports, files, app origin and the launch hook
 * @returns the running server
 */
export async function startPortalServer(options: PortalOptions): Promise<RunningPortal> {
  const hostname = options.hostname ?? '127.0.0.1'
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    c.res.headers.set('Referrer-Policy', 'no-referrer')
    c.res.headers.set('X-Content-Type-Options', 'nosniff')
    c.res.headers.set(
      'Content-Security-Policy',
      `default-src 'self'; frame-src ${options.appOrigin} ${options.authOrigin}; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'`,
    )
  })
  app.get('/api/config', (c) => c.json({ appOrigin: options.appOrigin }))
  app.get('/api/patients', async (c) => c.json(await options.listPatients()))
  app.post('/api/launch', async (c) => {
    const body: unknown = await c.req.json().catch(() => null)
    const patientId =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['patient'] : undefined
    const patients = await options.listPatients()
    if (typeof patientId !== 'string' || !patients.some((p) => p.id === patientId)) {
      return c.json({ error: 'unknown patient' }, 400)
    }
    const launch = options.createLaunch(options.user, { patient: patientId, needPatientBanner: false })
    const url = new URL('/launch', options.appOrigin)
    url.searchParams.set('iss', options.fhirBaseUrl)
    url.searchParams.set('launch', launch)
    return c.json({ launchUrl: url.href }, 200, { 'Cache-Control': 'no-store' })
  })
  app.get('*', async (c) => {
    const file = FILES[c.req.path]
    if (file === undefined) return c.text('Not found', 404)
    const body = await readFile(join(options.dir, file), 'utf8')
    return c.body(body, 200, { 'Content-Type': TYPES[file.split('.').pop() ?? ''] ?? 'text/plain' })
  })

  const servers: ServerType[] = []
  const urls: string[] = []
  for (const port of options.ports) {
    const server = serve({ fetch: app.fetch, port, hostname })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.once('listening', () => {
        server.off('error', reject)
        resolve()
      })
    })
    servers.push(server)
    urls.push(`http://${hostname}:${String(port)}/`)
  }
  return {
    urls,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => {
                resolve()
              })
              if ('closeAllConnections' in server) server.closeAllConnections()
            }),
        ),
      ).then(() => undefined),
  }
}
