/**
 * Stands in for the `debug` package in the app's build (vite.config.ts `resolve.alias`; docs/reliability.md F10).
 * fhir-kit-client logs every request URL (patient ids, FHIR queries) and its headers (the Authorization header)
 * through `debug` whenever `localStorage.debug` names it; with this stand-in no library debug output can be switched
 * on, whatever the page's storage says.
 */

/** A logger that is never enabled and writes nothing. */
interface QuietLogger {
  (...args: unknown[]): void
  readonly enabled: false
  readonly namespace: string
  extend: (suffix: string) => QuietLogger
}

/**
 * `createDebug(namespace)`: always off.
 * @param namespace - the library's logger name
 */
function createDebug(namespace: string): QuietLogger {
  const logger = (() => undefined) as unknown as QuietLogger
  return Object.assign(logger, {
    enabled: false as const,
    namespace,
    extend: (suffix: string) => createDebug(`${namespace}:${suffix}`),
  })
}

createDebug.enable = (): void => undefined
createDebug.disable = (): string => ''
createDebug.enabled = (): boolean => false

export default createDebug
