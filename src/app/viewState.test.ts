import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, decodeViewState, encodeViewState } from './viewState.ts'

describe('view state in the URL', () => {
  it('round-trips a full view and leaves defaults out', () => {
    const view = {
      organ: 'heart',
      date: '2015-06-01',
      mode: 'clinician',
      locale: 'es',
      filters: { activeOnly: true, showLifeAndContext: false, category: 'problem-list-item' },
    } as const
    const text = encodeViewState(view)
    expect(text).toBe(
      'organ=heart&date=2015-06-01&mode=clinician&lang=es&active=1&context=0&category=problem-list-item',
    )
    expect(decodeViewState(`#${text}`)).toEqual(view)
    expect(encodeViewState(DEFAULT_VIEW)).toBe('')
  })

  it('ignores unknown organs, bad dates and other parameters (no patient data is read or written)', () => {
    expect(decodeViewState('?organ=spleenx&date=2019-13-45&mode=admin&patient=123&lang=fr')).toEqual(DEFAULT_VIEW)
    expect(encodeViewState(decodeViewState('patient=abc&organ=liver'))).toBe('organ=liver')
  })
})
