/**
 * How every browser run here starts Chromium (e2e, bench, screenshots): Debian's Chromium (or CHROMIUM_PATH), never a
 * downloaded browser, with software WebGL forced on and background networking off (TOOLCHAIN.md §6).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** Launch options for Playwright's chromium.launch / project `launchOptions`. */
export const CHROMIUM_LAUNCH = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] }
