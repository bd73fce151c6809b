/**
 * The app's only Trusted Types policy (issue 14 point 6, docs/reliability.md F3). The app's CSP enforces
 * `require-trusted-types-for 'script'` and names this policy alone in `trusted-types` (server/main.ts `appCsp`), so
 * every script sink (a Worker's URL, `script.src`, `innerHTML`, `eval`) refuses a plain string. A Web Worker started
 * from the app's own files passes its URL through `trustedWorkerUrl`, which accepts http(s) URLs of the page's own
 * origin and nothing else (no `blob:`, `data:` or other origin; those throw).
 */

/** The policy name the CSP allows (`trusted-types twin-worker-url`). */
export const WORKER_URL_POLICY = 'twin-worker-url'

/** The part of a Trusted Types policy this module uses (lib.dom has no Trusted Types types yet). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy
}

/**
 * Checks that a script URL is an http(s) URL of the given origin.
 * @param input - the URL, absolute or relative to `base`
 * @param base - the page's URL (relative URLs resolve against it; its origin is the only one allowed)
 * @returns the absolute URL
 * @throws when the URL is of another origin or another scheme
 */
export function sameOriginScriptUrl(input: string, base: string): string {
  const url = new URL(input, base)
  const origin = new URL(base).origin
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
    throw new TypeError(`Refused script URL of another origin: ${url.origin}`)
  }
  return url.href
}

let policy: ScriptUrlPolicy | null = null

/**
 * A Worker script URL the Trusted Types policy allows: `new Worker(trustedWorkerUrl(new URL('./w.ts',
 * import.meta.url)), { type: 'module' })`. Where the browser has no Trusted Types it is the checked URL string.
 * @param url - the worker script's URL (the page's own origin)
 * @returns a TrustedScriptURL (typed as string: its `toString` is the URL) or the URL string
 * @throws when the URL is not of the page's own origin
 */
export function trustedWorkerUrl(url: URL | string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  const base = globalThis.location.href
  if (factory === undefined) return sameOriginScriptUrl(String(url), base)
  policy ??= factory.createPolicy(WORKER_URL_POLICY, {
    createScriptURL: (input) => sameOriginScriptUrl(input, globalThis.location.href),
  })
  return policy.createScriptURL(String(url)) as string
}
