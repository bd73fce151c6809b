// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { Condition, Resource } from '@medplum/fhirtypes'
import { act, cleanup, render } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import type { TwinStore } from '../twin/twinStore.ts'
import { loadedStore } from '../../tests/fixtures/loadedStore.ts'
import { HiddenDisclosure } from './Notices.tsx'
import { RecordView } from './RecordView.tsx'

const CONF = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality'

function storeOf(resources: Resource[]): TwinStore {
  return loadedStore(resources)
}

const condition = (id: string, text: string, code: string | null): Condition => ({
  resourceType: 'Condition',
  id,
  subject: { reference: 'Patient/p1' },
  code: { text },
  ...(code === null ? {} : { meta: { security: [{ system: CONF, code }] } }),
})

afterEach(cleanup)

describe('sensitive records (C32)', () => {
  it('C32 restricted records are not shown in the patient or clinician view and are counted with why', () => {
    const store = storeOf([
      { resourceType: 'Patient', id: 'p1' },
      condition('r', 'Sensitive problem one', 'R'),
      condition('v', 'Sensitive problem two', 'V'),
      condition('n', 'Asthma', 'N'),
    ])
    const { container } = render(
      <TwinContext value={store}>
        <HiddenDisclosure />
        <RecordView />
      </TwinContext>,
    )
    const check = (summary: string, line: string) => {
      expect(container.textContent).not.toContain('Sensitive problem')
      expect(container.textContent).toContain('Asthma')
      expect(container.querySelector('.hidden-disclosure summary')?.textContent).toBe(summary)
      expect([...container.querySelectorAll('.hidden-disclosure li')].map((li) => li.textContent)).toEqual([line])
    }
    check(
      '2 records not shown. Why?',
      '2 marked sensitive in the record (restricted or very restricted). This app does not show such records in any view; the record system they came from can show them.',
    )
    act(() => {
      store.getState().setMode('clinician')
    })
    check(
      '2 records not shown. Why?',
      '2 marked sensitive in the record (restricted or very restricted). This app does not show such records in any view; the record system they came from can show them.',
    )
    act(() => {
      store.getState().setLocale('es')
    })
    check(
      '2 registros no se muestran. ¿Por qué?',
      '2 marcados como sensibles en el historial (restringidos o muy restringidos). Esta aplicación no muestra esos registros en ninguna vista; el sistema del que proceden puede mostrarlos.',
    )
  })
})
