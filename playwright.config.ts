import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

import { CHROMIUM_LAUNCH, CHROMIUM_PATH } from './e2e/chromium.ts'

// e2e runs in Debian's Chromium (never a downloaded browser): /usr/bin/chromium, or CHROMIUM_PATH.
if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  )
}

export const E2E_PORT = 4173
/** The SMART environment's app origin port (server/smartDemo.ts). */
export const SMART_APP_PORT = 4176
/** The ports of the strict server profiles (e2e/profiles.spec.ts). */
export const PROFILE_PORTS = { 'us-core-strict': 4191, 'epic-like': 4192, 'oracle-like': 4193 } as const

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${String(E2E_PORT)}`, screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: [
    {
      // The embedded FHIR server seeded with fhir-fixtures, serving the e2e build (npm run build:e2e) on one origin.
      command: `node --experimental-websocket --import tsx server/main.ts`,
      env: { PORT: String(E2E_PORT), STATIC_DIR: 'dist-e2e' },
      url: `http://127.0.0.1:${String(E2E_PORT)}/fhir/metadata`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The SMART environment (e2e/smart.spec.ts): app + protected FHIR server on SMART_APP_PORT, oidc-provider on
      // 4177, the example portal on 4178 (postMessage allowlisted) and 4179 (not allowlisted).
      command: `node --experimental-websocket --import tsx server/smartDemo.ts`,
      env: { STATIC_DIR: 'dist-e2e' },
      url: `http://127.0.0.1:${String(SMART_APP_PORT)}/fhir/metadata`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The strict server profiles (e2e/profiles.spec.ts, docs/interop.md): FHIR only, one port each.
    ...Object.entries(PROFILE_PORTS).map(([profile, port]) => ({
      command: `node --experimental-websocket --import tsx server/main.ts`,
      // The e2e app on E2E_PORT reads these servers from another origin, so it is named (server/fhir/accessPolicy.ts).
      env: {
        PORT: String(port),
        FHIR_PROFILE: profile,
        STATIC_DIR: 'no-static-files',
        FHIR_ALLOWED_ORIGINS: `http://127.0.0.1:${String(E2E_PORT)}`,
      },
      url: `http://127.0.0.1:${String(port)}/fhir/metadata`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    })),
  ],
})
