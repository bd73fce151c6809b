import { describe, expect, it } from 'vitest'
import { Color, MeshStandardMaterial } from 'three'
import type { OrganId } from '../anatomy/organIds.ts'
import type { OrganMarking, OrganStatus } from '../twin/selectors.ts'
import { MARKING_STYLES, STATUS_STYLES } from '../twin/palette.ts'
import { applyHighlights } from './highlights.ts'
import { layerColour } from './bodyModel.ts'

function materials(): Map<OrganId, MeshStandardMaterial> {
  return new Map<OrganId, MeshStandardMaterial>([
    ['skin', new MeshStandardMaterial({ transparent: true })],
    ['heart', new MeshStandardMaterial()],
    ['leg_left', new MeshStandardMaterial()],
    ['knee_left', new MeshStandardMaterial()],
  ])
}

const hex = (m: MeshStandardMaterial | undefined) => `#${m?.color.getHexString() ?? ''}`
const tint = (status: OrganStatus) =>
  `#${new Color(layerColour('skin')).lerp(new Color(STATUS_STYLES[status].colour), 0.35).getHexString()}`

describe('applyHighlights', () => {
  it('tints the skin outline with the strongest of the whole body, blood and nerves', () => {
    const m = materials()
    applyHighlights(
      m,
      null,
      null,
      0.3,
      new Map<string, OrganStatus>([
        ['whole_body', 'resolved'],
        ['nerves', 'active'],
      ]),
    )
    expect(hex(m.get('skin'))).toBe(tint('active'))
    expect(m.get('skin')?.opacity).toBe(0.3)
    applyHighlights(m, null, null, 0.3, new Map<string, OrganStatus>([['blood', 'suspected']]))
    expect(hex(m.get('skin'))).toBe(tint('suspected'))
    // the skin's own status never tints it
    applyHighlights(m, null, null, 0.3, new Map<string, OrganStatus>([['skin', 'active']]))
    expect(hex(m.get('skin'))).toBe(layerColour('skin'))
  })

  it('draws a part recorded as removed as a faint neutral ghost, never in its status colour', () => {
    const m = materials()
    const statuses = new Map<string, OrganStatus>([
      ['leg_left', 'active'],
      ['knee_left', 'active'],
    ])
    const markings = new Map<OrganId, OrganMarking>([
      ['leg_left', 'removed'],
      ['knee_left', 'side-not-recorded'],
    ])
    applyHighlights(m, 'leg_left', null, 0.3, statuses, markings)
    const leg = m.get('leg_left')
    expect(hex(leg)).toBe(MARKING_STYLES.removed.ghostColour)
    expect([leg?.transparent, leg?.depthWrite, leg?.opacity]).toEqual([true, false, 0.12])
    // still selectable and highlighted
    expect(leg?.emissiveIntensity).toBe(0.6)
    // side not recorded keeps the status colour (the stripes are an overlay mesh)
    const knee = m.get('knee_left')
    expect(hex(knee)).toBe(STATUS_STYLES.active.colour.toLowerCase())
    expect([knee?.transparent, knee?.depthWrite, knee?.opacity]).toEqual([false, true, 1])
    // and back to a normal part once nothing records it as removed
    applyHighlights(m, null, null, 0.3, statuses)
    expect(hex(m.get('leg_left'))).toBe(STATUS_STYLES.active.colour.toLowerCase())
    expect([leg?.transparent, leg?.depthWrite, leg?.opacity]).toEqual([false, true, 1])
    expect(hex(m.get('heart'))).toBe(layerColour('heart'))
  })
})
