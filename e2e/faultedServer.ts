/**
 * The embedded server with its fault switch and the e2e build, on a free port of its own, for the specs that show
 * faults in Chromium (e2e/limits-load.spec.ts, e2e/network-faults.spec.ts): tests/fixtures/faultedServer.ts with
 * Playwright's hooks.
 */
import { faultedServer, type FaultedServer } from '../tests/fixtures/faultedServer.ts'
import { SYNTHEA, test } from './fixtures.ts'

/** Starts the faulted server serving dist-e2e and Jacob King for this spec file; rules are cleared before each test. */
export function faultedE2eServer(): FaultedServer {
  return faultedServer(
    { staticDir: 'dist-e2e', fixtureGlobs: [SYNTHEA['Jacob King']] },
    {
      beforeAll: (fn) => {
        test.beforeAll(fn)
      },
      afterAll: (fn) => {
        test.afterAll(fn)
      },
      beforeEach: (fn) => {
        test.beforeEach(fn)
      },
    },
  )
}
