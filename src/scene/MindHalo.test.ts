import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { HIGHLIGHT } from './bodyModel.ts'
import { haloAlpha, haloLook, makeHaloTexture, placeHalo } from './MindHalo.tsx'

/** A body-sized box: 0.6 m wide, 1.75 m tall, 0.3 m deep, feet on the floor. */
const BOX = new THREE.Box3(new THREE.Vector3(-0.3, 0, -0.15), new THREE.Vector3(0.3, 1.75, 0.15))

function cameraAt(x: number, y: number, z: number, target = new THREE.Vector3(0, 0.875, 0)): THREE.PerspectiveCamera {
  const camera = new THREE.PerspectiveCamera(35, 0.8, 0.05, 30)
  camera.position.set(x, y, z)
  camera.lookAt(target)
  camera.updateMatrixWorld()
  return camera
}

describe('mind halo', () => {
  it('is a soft ring: fainter behind the body, strongest around it, nothing at the edge', () => {
    expect(haloAlpha(0)).toBe(0.35)
    expect(haloAlpha(0.65)).toBe(1)
    expect(haloAlpha(1)).toBe(0)
    expect(haloAlpha(1.2)).toBe(0)
    const texture = makeHaloTexture()
    expect([texture.image.width, texture.image.height]).toEqual([128, 128])
    const data = texture.image.data as Uint8Array
    const alphaAt = (x: number, y: number) => data[(y * 128 + x) * 4 + 3]
    // white everywhere (the material gives the colour); the corners and the rim are clear
    expect(data[0]).toBe(255)
    expect([alphaAt(0, 0), alphaAt(127, 0), alphaAt(127, 127)]).toEqual([0, 0, 0])
    expect([alphaAt(0, 64), alphaAt(64, 127)]).toEqual([1, 1])
    expect(alphaAt(64, 64)).toBeLessThan(alphaAt(64 + 42, 64) ?? 0)
    texture.dispose()
  })

  it('takes the legend colour of the status with about the same weight for each, stronger while selected', () => {
    expect(haloLook('active', 'shown')).toEqual({ colour: '#0072b2', opacity: 0.2 })
    expect(haloLook('procedure', 'shown')).toEqual({ colour: '#009e73', opacity: 0.2 })
    // the pale grey of a resolved condition needs more opacity to be seen at all
    expect(haloLook('resolved', 'shown')).toEqual({ colour: '#dddddd', opacity: 0.85 })
    expect(haloLook('active', 'selected')).toEqual({ colour: '#1c71b1', opacity: 0.38 })
    expect(haloLook('resolved', 'selected')).toEqual({ colour: '#b2bbcd', opacity: 0.85 })
    // the mind panel open without a status: the selection colour
    expect(haloLook(undefined, 'selected')).toEqual({ colour: HIGHLIGHT.selected, opacity: 0.38 })
  })

  it('sits behind the figure from any side, facing the camera and centred on the figure (not on the head)', () => {
    const halo = new THREE.Object3D()
    const centre = BOX.getCenter(new THREE.Vector3())
    for (const [x, z] of [
      [0, 4],
      [0, -4],
      [4, 0],
      [-3, 3],
    ] as const) {
      const camera = cameraAt(x, 0.875, z)
      placeHalo(halo, BOX, camera)
      // farther from the camera than any corner of the body's box
      const eye = camera.position
      const corners = [0, 1, 2, 3, 4, 5, 6, 7].map(
        (i) =>
          new THREE.Vector3(
            i & 1 ? BOX.max.x : BOX.min.x,
            i & 2 ? BOX.max.y : BOX.min.y,
            i & 4 ? BOX.max.z : BOX.min.z,
          ),
      )
      const forward = camera.getWorldDirection(new THREE.Vector3())
      const depth = (p: THREE.Vector3) => p.clone().sub(eye).dot(forward)
      for (const corner of corners) expect(depth(halo.position)).toBeGreaterThan(depth(corner))
      // facing the camera
      expect(halo.quaternion.angleTo(camera.quaternion)).toBeCloseTo(0, 6)
      // on screen, its centre is the figure's centre (the middle of the body, not the head)
      const a = halo.position.clone().project(camera)
      const b = centre.clone().project(camera)
      expect([a.x, a.y]).toEqual([expect.closeTo(b.x, 6), expect.closeTo(b.y, 6)])
    }
  })

  it('reaches past the figure on every side, keeping its size on screen as it sits farther back', () => {
    const halo = new THREE.Object3D()
    const camera = cameraAt(0, 0.875, 4)
    placeHalo(halo, BOX, camera)
    const radius = BOX.getSize(new THREE.Vector3()).length() / 2
    const grow = (4 + radius) / 4
    expect(halo.scale.x).toBeCloseTo(0.6 * 2.2 * grow, 6)
    expect(halo.scale.y).toBeCloseTo(1.75 * 1.3 * grow, 6)
    // at the figure's distance the halo is 2.2 times as wide and 1.3 times as tall as the body
    expect(halo.scale.x / grow).toBeGreaterThan(0.6)
    expect(halo.scale.y / grow).toBeGreaterThan(1.75)
  })
})
