import { describe, expect, it } from 'vitest'
import { CVD_MATRICES, STATUS_STYLES, deltaE, hexToRgb, simulate, type Deficiency } from './palette.ts'
import { ORGAN_STATUSES } from './selectors.ts'

const MIN_DELTA_E = 15

describe('legend palette', () => {
  const pairs = ORGAN_STATUSES.flatMap((a, i) => ORGAN_STATUSES.slice(i + 1).map((b) => [a, b] as const))

  it('has a distinct pattern per status, so colour is never the only cue', () => {
    const patterns = ORGAN_STATUSES.map((s) => STATUS_STYLES[s].pattern)
    expect(new Set(patterns).size).toBe(ORGAN_STATUSES.length)
  })

  it.each(['none', ...Object.keys(CVD_MATRICES)] as const)('keeps every pair apart (deltaE >= 15) under %s', (kind) => {
    const look = (hex: string) => (kind === 'none' ? hexToRgb(hex) : simulate(hex, kind as Deficiency))
    const closest = Math.min(
      ...pairs.map(([a, b]) => deltaE(look(STATUS_STYLES[a].colour), look(STATUS_STYLES[b].colour))),
    )
    expect(closest).toBeGreaterThanOrEqual(MIN_DELTA_E)
  })

  it('uses no red hues (no alarm colours)', () => {
    for (const s of ORGAN_STATUSES) {
      const [r, g, b] = hexToRgb(STATUS_STYLES[s].colour)
      expect(r > 0.7 && g < 0.4 && b < 0.4).toBe(false)
    }
  })
})
