import * as THREE from 'three'
import { describe, expect, it } from 'vitest'
import { ORGANS } from '../../anatomy/organIds.ts'
import { homePose } from '../cameraMath.ts'
import { CAMERA_FOV } from '../homeFrame.ts'
import { homeEye, previewParts, viewProjection } from './drawPreview.ts'
import type { PreviewModel, PreviewPart } from './readGlb.ts'

const BOUNDS = { min: [-0.3369, 0, -0.0424], max: [0.339, 1.7599, 0.2494] } as const

function part(id: PreviewPart['id']): PreviewPart {
  return {
    id,
    layer: ORGANS[id].layer,
    positions: new Float32Array(0),
    normals: new Float32Array(0),
    indices: new Uint16Array(0),
  }
}

const MODEL: PreviewModel = {
  parts: ['skin', 'adipose_tissue', 'brain', 'joints', 'uterus', 'prostate', 'breast_left', 'liver', 'skull'].map(
    (id) => part(id as PreviewPart['id']),
  ),
  bounds: BOUNDS,
}

/** Clip space to normalised device coordinates. */
function ndc(m: Float32Array, p: readonly [number, number, number]): [number, number, number] {
  const v = new THREE.Vector4(...p, 1).applyMatrix4(new THREE.Matrix4().fromArray(m))
  return [v.x / v.w, v.y / v.w, v.z / v.w]
}

describe('the loading preview draws the bare body as the scene first shows it', () => {
  it("stands where the scene's home pose stands, for wide and narrow canvases", () => {
    const box = new THREE.Box3(new THREE.Vector3(...BOUNDS.min), new THREE.Vector3(...BOUNDS.max))
    for (const aspect of [1280 / 480, 390 / 420, 1]) {
      const pose = homePose(box, CAMERA_FOV, aspect)
      const eye = homeEye(MODEL, aspect)
      expect(eye[0]).toBeCloseTo(pose.position.x, 9)
      expect(eye[1]).toBeCloseTo(pose.position.y, 9)
      expect(eye[2]).toBeCloseTo(pose.position.z, 9)
    }
  })

  it("projects as three.js's camera does: the centre in the middle, the body's height within the frame", () => {
    const aspect = 1280 / 480
    const eye = homeEye(MODEL, aspect)
    const m = viewProjection(eye, aspect)
    const camera = new THREE.PerspectiveCamera(CAMERA_FOV, aspect, 0.05, 30)
    camera.position.set(...eye)
    camera.lookAt(eye[0], eye[1], 0)
    camera.updateMatrixWorld()
    const reference = new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse)
    for (const [a, b] of Array.from(m).map((v, i) => [v, reference.elements[i] ?? Number.NaN])) {
      expect(a).toBeCloseTo(b ?? Number.NaN, 6)
    }
    const [, top] = ndc(m, [0, BOUNDS.max[1], BOUNDS.max[2]])
    const [x, y] = ndc(m, [eye[0], eye[1], 0])
    expect(x).toBeCloseTo(0, 6)
    expect(y).toBeCloseTo(0, 6)
    expect(top).toBeGreaterThan(0.85)
    expect(top).toBeLessThan(1)
  })

  it('shows what a bare body shows before the sex is known (no stand-ins, no sex-specific organs), the skin last', () => {
    expect(previewParts(MODEL).map((p) => p.id)).toEqual(['brain', 'liver', 'skull', 'skin'])
  })
})
