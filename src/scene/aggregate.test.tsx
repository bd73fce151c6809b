/**
 * D11 (docs/reliability.md) in the 3D scene: fifty conditions in one organ draw that organ once, in its status
 * colour, and add no object per finding (no pins, sprites or text labels that could overlap); the count and the list
 * are in the body map and the details (src/panels/organPanel/provenance.test.tsx).
 */
import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import * as THREE from 'three'
import { TwinContext } from '../twin/TwinContext.tsx'
import { STATUS_STYLES } from '../twin/palette.ts'
import { condition, storeOfResources } from '../../tests/fixtures/fhirConditions.ts'
import { extractBodyParts } from './bodyModel.ts'
import { SceneContents } from './SceneContents.tsx'

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>
let renderer: Renderer | null = null

afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

/** A stand-in for body.glb: the skin, the heart and a femur. */
function fakeBody(): THREE.Group {
  const shared = new THREE.MeshStandardMaterial({ color: '#ff00ff' })
  const group = new THREE.Group()
  for (const [i, name] of ['skin', 'heart', 'femur_left'].entries()) {
    const mesh = new THREE.Mesh(new THREE.BoxGeometry(0.1, 0.1, 0.1).translate(i / 10, 1, 0), shared)
    mesh.name = name
    mesh.userData = { pick: [i / 10, 1, 0.1], pickFrom: 'front', pickHide: [] }
    group.add(mesh)
  }
  return group
}

/** The scene of a record with `n` heart conditions: every object's type and name, and the heart's colour. */
async function sceneWith(n: number) {
  const conditions = Array.from({ length: n }, (_, i) =>
    condition(`h${String(i)}`, '49436004', `Atrial fibrillation ${String(i + 1)}`, '2020-01-01'),
  )
  const { store } = storeOfResources(conditions)
  await renderer?.unmount()
  renderer = await ReactThreeTestRenderer.create(
    <TwinContext value={store}>
      <SceneContents parts={extractBodyParts(fakeBody())} />
    </TwinContext>,
  )
  const objects: string[] = []
  renderer.scene.instance.traverse((o) => objects.push(`${o.type}:${o.name}`))
  const heart: unknown = renderer.scene.findByProps({ name: 'heart' }).instance
  const material = heart instanceof THREE.Mesh ? (heart.material as THREE.MeshStandardMaterial) : null
  return { objects, colour: `#${material?.color.getHexString() ?? ''}` }
}

describe('D11 many conditions in one organ in the 3D scene', () => {
  it('D11 fifty conditions draw the heart once in its status colour and add no object or label per finding', async () => {
    const one = await sceneWith(1)
    const fifty = await sceneWith(50)
    expect(fifty.objects).toEqual(one.objects)
    expect(fifty.objects.filter((o) => o.endsWith(':heart'))).toEqual(['Mesh:heart'])
    expect(fifty.objects.some((o) => /^(Sprite|Points|Line)/.test(o))).toBe(false)
    expect(fifty.colour).toBe(STATUS_STYLES.active.colour.toLowerCase())
  })
})
