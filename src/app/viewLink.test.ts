import { describe, expect, it } from 'vitest'
import { viewLink } from './viewLink.ts'

describe('viewLink (F: the copied link holds the view only)', () => {
  it('drops the patient id and sign-in parameters and keeps the server and the view fragment', () => {
    expect(
      viewLink(
        'http://127.0.0.1:8080/?patient=abc-123&fhir=https%3A%2F%2Fehr.example%2Ffhir#organ=heart&mode=clinician',
      ),
    ).toBe('http://127.0.0.1:8080/?fhir=https%3A%2F%2Fehr.example%2Ffhir#organ=heart&mode=clinician')
    expect(
      viewLink('http://127.0.0.1:8080/?iss=https%3A%2F%2Fehr.example&launch=xyz&code=c&state=s#date=2015-06-01'),
    ).toBe('http://127.0.0.1:8080/#date=2015-06-01')
  })

  it('leaves an address without such parameters as it is', () => {
    expect(viewLink('http://127.0.0.1:8080/#organ=liver')).toBe('http://127.0.0.1:8080/#organ=liver')
  })
})
