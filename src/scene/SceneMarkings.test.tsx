import { afterEach, describe, expect, it } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import * as THREE from 'three'
import { markingsTwin, type MarkedFinding } from '../../tests/fixtures/markingsTwin.ts'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import { MARKING_STYLES, STATUS_STYLES } from '../twin/palette.ts'
import { extractBodyParts } from './bodyModel.ts'
import { markingName } from './markingMaterials.ts'
import { SceneContents } from './SceneContents.tsx'

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>

/** A stand-in for body.glb with two paired parts and an unpaired organ, in body space. */
function fakeBody(): THREE.Group {
  const group = new THREE.Group()
  const names = ['skin', 'heart', 'knee_left', 'knee_right', 'leg_left', 'leg_right']
  names.forEach((name, i) => {
    const mesh = new THREE.Mesh(new THREE.BoxGeometry(0.1, 0.1, 0.1).translate(i * 0.1, 1, 0))
    mesh.name = name
    group.add(mesh)
  })
  return group
}

function storeWith(findings: readonly MarkedFinding[]): TwinStore {
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, markingsTwin(findings), [], [])
  return store
}

const AMPUTATION: MarkedFinding = {
  id: 'amputation',
  places: ['leg_left'],
  onset: '2001-05-10',
  removed: true,
  side: 'left',
}
const KNEE: MarkedFinding = { id: 'knee', places: ['knee_left', 'knee_right'], onset: '2015-09-21' }

let renderer: Renderer | null = null

async function renderScene(store: TwinStore) {
  renderer = await ReactThreeTestRenderer.create(
    <TwinContext value={store}>
      <SceneContents parts={extractBodyParts(fakeBody())} />
    </TwinContext>,
  )
  const r = renderer
  const overlays = () =>
    r.scene
      .findAll((node) => typeof node.props.name === 'string' && node.props.name.includes('#'))
      .map((node) => node.props.name as string)
      .sort()
  const object = (name: string): THREE.Mesh => {
    const found: unknown = r.scene.findByProps({ name }).instance
    if (!(found instanceof THREE.Mesh)) throw new Error(`${name} is not a THREE.Mesh`)
    return found as THREE.Mesh
  }
  return { r, overlays, object }
}

afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

describe('SceneContents markings', () => {
  it('draws no overlay where every finding names its side, or on an unpaired organ', async () => {
    const { overlays } = await renderScene(
      storeWith([
        { id: 'left-knee', places: ['knee_left'], onset: '2015-01-01', side: 'left' },
        { id: 'chest', places: ['heart'], onset: '2015-01-01' },
      ]),
    )
    expect(overlays()).toEqual([])
  })

  it('stripes both sides of a paired organ whose side is not recorded, over the status colour', async () => {
    const { overlays, object } = await renderScene(storeWith([KNEE]))
    expect(overlays()).toEqual(['knee_left#side-not-recorded', 'knee_right#side-not-recorded'])
    const stripes = object(markingName('knee_left', 'side-not-recorded'))
    const material = stripes.material as THREE.MeshBasicMaterial
    expect(material.map).toBeInstanceOf(THREE.DataTexture)
    expect(material.alphaTest).toBe(0.5)
    // one side only: the knee's sphere winds outward, so its front faces
    expect(material.side).toBe(THREE.FrontSide)
    // its own copy of the knee's positions, with one texture coordinate along x + y
    const knee = object('knee_left')
    expect(stripes.geometry).not.toBe(knee.geometry)
    const uv = stripes.geometry.getAttribute('uv')
    const pos = stripes.geometry.getAttribute('position')
    expect(uv.getX(0)).toBeCloseTo((pos.getX(0) + pos.getY(0)) / MARKING_STYLES['side-not-recorded'].stripePeriod, 5)
    // the overlay never catches rays meant for the knee
    const hits: THREE.Intersection[] = []
    stripes.raycast(new THREE.Raycaster(new THREE.Vector3(0.2, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits).toEqual([])
    expect(`#${(knee.material as THREE.MeshStandardMaterial).color.getHexString()}`).toBe(
      STATUS_STYLES.active.colour.toLowerCase(),
    )
  })

  it('draws a removed part as a ghost under a wire outline, winning over side not recorded', async () => {
    const store = storeWith([
      AMPUTATION,
      KNEE,
      { id: 'left-leg', places: ['leg_left'], onset: '2010-01-01', side: 'left' },
    ])
    const { overlays, object } = await renderScene(store)
    expect(overlays()).toEqual(['knee_left#side-not-recorded', 'knee_right#side-not-recorded', 'leg_left#removed'])
    const leg = object('leg_left')
    const ghost = leg.material as THREE.MeshStandardMaterial
    expect([`#${ghost.color.getHexString()}`, ghost.opacity, ghost.transparent]).toEqual([
      MARKING_STYLES.removed.ghostColour,
      0.12,
      true,
    ])
    const wire = object(markingName('leg_left', 'removed'))
    expect(wire.geometry).toBe(leg.geometry)
    expect((wire.material as THREE.MeshBasicMaterial).wireframe).toBe(true)
  })

  it('follows the timeline cursor: before the amputation the legs are painted as usual', async () => {
    const store = storeWith([AMPUTATION, KNEE])
    const { overlays, object, r } = await renderScene(store)
    expect(overlays()).toContain('leg_left#removed')
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setTimeCursor('2000-01-01')
      await Promise.resolve()
    })
    expect(overlays()).toEqual([])
    const leg = object('leg_left').material as THREE.MeshStandardMaterial
    expect([leg.opacity, leg.transparent]).toEqual([1, false])
    await r.unmount()
    renderer = null
  })

  it('disposes the stripe geometry, the overlay materials and the stripe texture on unmount', async () => {
    const { object, r } = await renderScene(storeWith([KNEE]))
    const stripes = object(markingName('knee_left', 'side-not-recorded'))
    const material = stripes.material as THREE.MeshBasicMaterial
    const disposed: string[] = []
    stripes.geometry.addEventListener('dispose', () => disposed.push('geometry'))
    material.addEventListener('dispose', () => disposed.push('material'))
    material.map?.addEventListener('dispose', () => disposed.push('texture'))
    await r.unmount()
    renderer = null
    expect(disposed.sort()).toEqual(['geometry', 'material', 'texture'])
  })
})
