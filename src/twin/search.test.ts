import { describe, expect, it } from 'vitest'
import { fold, searchTwin, type SearchEntry } from './search.ts'

const entries: SearchEntry[] = [
  { label: 'Heart', aliases: ['Corazón'], place: 'heart', kind: 'organ' },
  { label: 'Left lung', aliases: ['Pulmón izquierdo'], place: 'lung_left', kind: 'organ' },
  { label: 'Asthma', aliases: [], place: 'lung_left', kind: 'condition' },
  { label: 'Hypertension', aliases: [], place: 'aorta', kind: 'condition' },
]

describe('searchTwin', () => {
  it('folds accents and case', () => {
    expect(fold('Corazón  IZQUIERDO!')).toBe('corazon izquierdo')
  })
  it.each([
    ['heart', ['heart']],
    ['corazon', ['heart']],
    ['lung', ['lung_left']],
    ['asthma', ['lung_left']],
    ['asthna', ['lung_left']],
    ['hypertensoin', []],
    ['hyperten', ['aorta']],
    ['left lung', ['lung_left']],
    ['kidney', []],
  ] as const)('%s -> %j', (query, places) => {
    expect(searchTwin(query, entries).map((h) => h.entry.place)).toEqual(places)
  })
  it('ranks organs before conditions with the same score', () => {
    const both: SearchEntry[] = [
      { label: 'Lung cancer', aliases: [], place: 'lung_right', kind: 'condition' },
      { label: 'Lung', aliases: [], place: 'lung_left', kind: 'organ' },
    ]
    expect(searchTwin('lung', both).map((h) => h.entry.kind)).toEqual(['organ', 'condition'])
  })
})
