// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore } from '../twin/twinStore.ts'
import { ErrorPanel } from './ErrorPanel.tsx'

afterEach(cleanup)

const PAYLOAD = '<img src=x onerror="globalThis.__xss=1"><script>globalThis.__xss=1</script>'

describe('the error view (C27)', () => {
  it('C27 an OperationOutcome text with markup renders as text: no element is built and nothing runs', () => {
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
    store.getState().loadFailed(generation, { kind: 'http', message: 'HTTP 500', detail: PAYLOAD })
    const { container } = render(
      <TwinContext value={store}>
        <ErrorPanel onRetry={() => undefined} onBack={() => undefined} onSignInAgain={undefined} />
      </TwinContext>,
    )
    expect(screen.getByRole('alert').textContent).toContain(`Details from the record system: ${PAYLOAD}`)
    expect(container.querySelectorAll('img, script')).toHaveLength(0)
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined()
  })
})
