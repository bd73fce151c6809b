import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { windsInward } from './markingMaterials.ts'

describe('windsInward (which side the stripes of "side not recorded" are drawn on)', () => {
  it('is false for a box as three builds it (counter-clockwise seen from outside), true once its triangles are flipped', () => {
    const box = new THREE.BoxGeometry(0.1, 0.2, 0.3).translate(0.5, 1.2, -0.1)
    expect(windsInward(box)).toBe(false)
    const index = Array.from(box.index?.array ?? [])
    const flipped: number[] = []
    for (let i = 0; i < index.length; i += 3) flipped.push(index[i] ?? 0, index[i + 2] ?? 0, index[i + 1] ?? 0)
    const inward = box.clone()
    inward.setIndex(flipped)
    expect(windsInward(inward)).toBe(true)
  })

  it('reads a non-indexed mesh too', () => {
    const sphere = new THREE.SphereGeometry(0.05, 12, 8).toNonIndexed()
    expect(sphere.index).toBeNull()
    expect(windsInward(sphere)).toBe(false)
  })
})
