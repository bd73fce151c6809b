/**
 * E13 and issue 14 point 10, tagged @soak: bench/soak.ts in one tab (50 opens and closes, 20 switches mid-load) with
 * its targets asserted: no listener, DOM node or WebGL context growth, the heap's objects back within 20% of the
 * first patient's, and never another patient's data shown. Figures, not timings.
 */
import { test, expect } from '@playwright/test'
import { soakFigures } from '../bench/soak.ts'

test('E13 switching patients 50 times and 20 times mid-load leaks nothing and never shows stale data @soak', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(600_000)
  const figures = await soakFigures(`${baseURL ?? ''}/`, browser)
  expect(figures).toMatchObject({
    staleShown: 0,
    switchesMidLoad: 20,
    listenersNotGrowing: true,
    nodesNotGrowing: true,
    contextsNotGrowing: true,
    dataHeapWithinTarget: true,
  })
})
