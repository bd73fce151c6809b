import { describe, expect, it } from 'vitest'
import { markingsTwin } from '../../tests/fixtures/markingsTwin.ts'
import { placeCounts, statusCounts } from './placeCounts.ts'
import { placeDetails } from './placeDetails.ts'
import { placeStatuses } from './selectors.ts'

const ALL = { activeOnly: false, showLifeAndContext: true, category: 'all' } as const

describe('placeCounts and statusCounts: the numbers on the body map and the legend', () => {
  const twin = markingsTwin([
    { id: 'knee', places: ['knee_left', 'knee_right'], onset: '2015-09-21' },
    { id: 'left-knee', places: ['knee_left'], onset: '2018-01-01', side: 'left' },
    { id: 'old-hip', places: ['hip_left'], onset: '2001-01-01', side: 'left', clinical: 'resolved' },
  ])

  it('counts what the organ panel lists at each place, at the cursor', () => {
    const counts = placeCounts(twin, ['knee_left', 'knee_right', 'hip_left', 'heart'], null, ALL)
    expect([...counts]).toEqual([
      ['knee_left', 2],
      ['knee_right', 1],
      ['hip_left', 1],
    ])
    expect(counts.get('knee_left')).toBe(placeDetails(twin, 'knee_left', null, ALL).total)
    // before the left knee's own finding began, one item there
    expect([...placeCounts(twin, ['knee_left'], '2016-01-01', ALL)]).toEqual([['knee_left', 1]])
  })

  it('counts the places of each legend status', () => {
    expect([...statusCounts(placeStatuses(twin, null, ALL))].sort()).toEqual([
      ['active', 2],
      ['resolved', 1],
    ])
  })
})
