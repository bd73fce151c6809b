/**
 * Launch routing: decides, once per page load, what the app shows. `/launch?iss=&launch=` starts an EHR launch,
 * the redirect URI finishes one (code and state are stripped from the address bar before the exchange), and
 * otherwise the app opens the embedded server (open-server mode, the demo only) or offers standalone sign-in.
 */
import {
  SmartError,
  beginLaunch,
  completeLaunch,
  type LaunchResult,
  type SmartClientOptions,
} from '../../fhir/index.ts'
import { CLOSED_CONFIG, loadTwinConfig } from './config.ts'
import type { TwinConfig } from './config.ts'
import { hasOpaqueOrigin, signInPlaceProblem, type SignInPlaceProblem } from './signInPlace.ts'

/** What the page shows. */
export type RouteState =
  | { readonly kind: 'open'; readonly config: TwinConfig }
  | { readonly kind: 'start'; readonly config: TwinConfig }
  | { readonly kind: 'redirecting'; readonly config: TwinConfig }
  | { readonly kind: 'launched'; readonly config: TwinConfig; readonly launch: LaunchResult }
  | { readonly kind: 'error'; readonly config: TwinConfig; readonly message: string }
  /** Sign-in cannot work in this frame (F7, F8): said so, with the same address to open in a new window. */
  | {
      readonly kind: 'blocked'
      readonly config: TwinConfig
      readonly problem: SignInPlaceProblem
      readonly newWindowUrl: string
    }
  /** The signed-in page stayed hidden too long (F16): tokens and record dropped. */
  | { readonly kind: 'ended'; readonly config: TwinConfig }

/**
 * The SMART client options, or null when the configuration does not enable SMART.
 * @param config - the runtime configuration
 */
export function smartClient(config: TwinConfig): SmartClientOptions | null {
  if (config.clientId === null || config.redirectUri === null) return null
  return {
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    issAllowlist: config.issAllowlist,
    authorizationOrigins: config.authorizationOrigins,
  }
}

function message(error: unknown): string {
  return error instanceof SmartError ? error.message : 'Sign-in could not start. Please try again.'
}

const NOT_CONFIGURED = 'Sign-in with a record system is not set up for this app.'

/** The sign-in screen, whatever the configured start page (used after a sign-in has ended). */
export const SIGN_IN_URL = '/?signin'

/**
 * Starts a launch and navigates to the authorization server.
 * @param config - the runtime configuration
 * @param iss - the FHIR base
 * @param launch - the EHR launch id, or null for standalone
 * @returns the state to show until the navigation happens
 */
export async function startLaunch(config: TwinConfig, iss: string, launch: string | null): Promise<RouteState> {
  const client = smartClient(config)
  if (client === null) return { kind: 'error', config, message: NOT_CONFIGURED }
  // The pending launch must survive the redirect: check before leaving the page (F7, F8).
  const problem = signInPlaceProblem(window)
  if (problem !== null) return { kind: 'blocked', config, problem, newWindowUrl: launchAddress(iss, launch) }
  try {
    const url = await beginLaunch({ iss, launch }, client)
    window.location.assign(url)
    return { kind: 'redirecting', config }
  } catch (error) {
    return { kind: 'error', config, message: message(error) }
  }
}

/**
 * The address that starts this launch again, for a new window: the launch link (its `iss` and `launch` are no
 * secret and name no patient) or the sign-in screen.
 */
function launchAddress(iss: string, launch: string | null): string {
  const origin = window.location.origin
  return launch === null
    ? `${origin}${SIGN_IN_URL}`
    : `${origin}/launch?${new URLSearchParams({ iss, launch }).toString()}`
}

/** A frame with an opaque origin (F8) can read nothing, not even its configuration: said before anything else. */
function opaqueOriginState(url: URL): RouteState {
  const iss = url.searchParams.get('iss')
  const launch = url.searchParams.get('launch')
  const newWindowUrl =
    url.pathname === '/launch' && iss !== null && launch !== null ? launchAddress(iss, launch) : `${url.origin}/`
  return { kind: 'blocked', config: CLOSED_CONFIG, problem: 'opaque-origin', newWindowUrl }
}

async function route(): Promise<RouteState> {
  const url = new URL(window.location.href)
  if (hasOpaqueOrigin(window)) return opaqueOriginState(url)
  const config = await loadTwinConfig()
  if (url.pathname === '/launch') {
    const iss = url.searchParams.get('iss')
    const launch = url.searchParams.get('launch')
    window.history.replaceState(null, '', '/')
    if (iss === null || iss === '' || launch === null || launch === '') {
      return {
        kind: 'error',
        config,
        message: 'This launch link is incomplete. Open the app again from your record system, or sign in below.',
      }
    }
    return startLaunch(config, iss, launch)
  }
  const client = smartClient(config)
  if (client !== null && url.pathname === new URL(client.redirectUri).pathname) {
    // Strip code and state before anything else: a reload or Back never replays them.
    window.history.replaceState(null, '', '/')
    try {
      return { kind: 'launched', config, launch: await completeLaunch(url, client) }
    } catch (error) {
      return { kind: 'error', config, message: message(error) }
    }
  }
  if (url.searchParams.has('signin') && client !== null) {
    window.history.replaceState(null, '', '/')
    return { kind: 'start', config }
  }
  return { kind: config.openServerMode ? 'open' : 'start', config }
}

let routing: Promise<RouteState> | null = null

/** Routes once per page load (React StrictMode mounts twice in development). */
export function routeOnce(): Promise<RouteState> {
  routing ??= route()
  return routing
}
