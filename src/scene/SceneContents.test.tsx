import { afterEach, describe, expect, it } from 'vitest'
import { emptyRecord } from '../../tests/fixtures/testBundles.ts'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import * as THREE from 'three'
import { TwinContext } from '../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../twin/twinStore.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import type { PlaceId } from '../anatomy/types.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { twinFromRecord } from '../twin/twinFromRecord.ts'
import { extractBodyParts, HIGHLIGHT } from './bodyModel.ts'
import { MIND_HALO_NAME, placeHalo } from './MindHalo.tsx'
import { bodyBox } from './cameraMath.ts'
import { SceneContents } from './SceneContents.tsx'

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>

/** A tiny in-memory stand-in for body.glb: named nodes, one shared material (as the loader would share it). */
function fakeBody(): THREE.Group {
  const shared = new THREE.MeshStandardMaterial({ color: '#ff00ff' })
  const group = new THREE.Group()
  const add = (name: string, extras: Record<string, unknown>, offset: number) => {
    const mesh = new THREE.Mesh(new THREE.BoxGeometry(0.1, 0.1, 0.1).translate(offset, 1, 0), shared)
    mesh.name = name
    mesh.userData = extras
    group.add(mesh)
  }
  add('skin', { pick: [0, 1, 0.2], pickFrom: 'front', pickHide: [] }, 0)
  add('heart', { pick: [0, 1.3, 0.1], pickFrom: 'front', pickHide: [] }, 0.1)
  add('femur_left', { pick: [0.1, 0.8, 0.1], pickFrom: 'front', pickHide: [] }, 0.2)
  add('uterus', { pick: [0, 0.9, 0.1], pickFrom: 'front', pickHide: ['small_intestine', 'not_an_organ'] }, 0.3)
  add('prostate', { pick: [0, 0.9, 0.1], pickFrom: 'front', pickHide: [] }, 0.4)
  add('not_an_organ', {}, 0.5)
  add('adipose_tissue', { pick: [0.6, 1, 0.05], pickFrom: 'front', pickHide: [] }, 0.6)
  add('joints', { pick: [0.7, 1, 0.05], pickFrom: 'front', pickHide: [] }, 0.7)
  return group
}

/** An empty record whose patient has the given gender. */
function recordFor(gender: 'female' | 'male' | 'unknown' | null): NormalisedRecord {
  return emptyRecord({
    patient: { id: 'p1', reference: 'Patient/p1', name: 'Test Patient', gender, birthDate: null, deceased: null },
  })
}

function storeFor(gender: 'female' | 'male' | null): TwinStore {
  const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
  const generation = store.getState().startLoading('p1', { kind: 'server', baseUrl: 'http://x/fhir' })
  store.getState().recordLoaded(generation, twinFromRecord(recordFor(gender)), [], [])
  return store
}

/**
 * Gives places a status without going through the mapping tables: a relative's condition on them (status
 * 'family-history').
 */
function placeOn(store: TwinStore, places: readonly PlaceId[]): void {
  const twin = store.getState().twin
  if (twin === null) throw new Error('no record loaded')
  const { map } = twin
  const source = { resourceType: 'FamilyMemberHistory', id: 'f1', reference: 'FamilyMemberHistory/f1', versionId: null }
  const item = {
    id: 'FamilyMemberHistory/f1#0',
    source,
    relationship: 'Mother',
    relationshipCode: null,
    condition: 'Test condition',
    onsetAge: null,
    places,
    rule: null,
  }
  store.setState({ twin: { ...twin, map: { ...map, familyHistory: [...map.familyHistory, item] } } })
}

let renderer: Renderer | null = null

async function renderScene(store: TwinStore) {
  const parts = extractBodyParts(fakeBody())
  renderer = await ReactThreeTestRenderer.create(
    <TwinContext value={store}>
      <SceneContents parts={parts} />
    </TwinContext>,
  )
  const mesh = (name: string): THREE.Mesh => {
    const object: unknown = renderer?.scene.findByProps({ name }).instance
    if (!(object instanceof THREE.Mesh)) throw new Error(`${name} is not a THREE.Mesh`)
    return object as THREE.Mesh
  }
  const material = (name: string): THREE.MeshStandardMaterial => {
    const m = mesh(name).material
    if (!(m instanceof THREE.MeshStandardMaterial)) throw new Error(`${name} has no MeshStandardMaterial`)
    return m
  }
  return { parts, mesh, material, r: renderer }
}

afterEach(async () => {
  await renderer?.unmount()
  renderer = null
})

describe('SceneContents', () => {
  it('reads one part per known organ id with its pick extras', () => {
    const parts = extractBodyParts(fakeBody())
    expect(parts.map((p) => p.id)).toEqual([
      'skin',
      'heart',
      'femur_left',
      'uterus',
      'prostate',
      'adipose_tissue',
      'joints',
    ])
    expect(parts[3]?.pick).toEqual([0, 0.9, 0.1])
    expect(parts[3]?.pickFrom).toBe('front')
    expect(parts[3]?.pickHide).toEqual(['small_intestine'])
  })

  it('selects the clicked organ in the store and clears hover on pointer out', async () => {
    const store = storeFor('female')
    const { r } = await renderScene(store)
    await r.fireEvent(r.scene.findByProps({ name: 'heart' }), 'onClick')
    expect(store.getState().selectedOrganId).toBe('heart')
    await r.fireEvent(r.scene.findByProps({ name: 'femur_left' }), 'onPointerOver')
    expect(store.getState().hoveredOrganId).toBe('femur_left')
    await r.fireEvent(r.scene.findByProps({ name: 'femur_left' }), 'onPointerOut')
    expect(store.getState().hoveredOrganId).toBeNull()
  })

  it('double-click selects and asks the camera to focus on the organ', async () => {
    const store = storeFor('male')
    const { r } = await renderScene(store)
    await r.fireEvent(r.scene.findByProps({ name: 'heart' }), 'onDoubleClick')
    expect(store.getState().selectedOrganId).toBe('heart')
    expect(store.getState().viewRequest?.kind).toBe('focus-selected')
  })

  it('highlights the hovered organ on its own cloned material only', async () => {
    const store = storeFor('female')
    const { r, material } = await renderScene(store)
    expect(material('heart').emissive.getHexString()).toBe('000000')
    await r.fireEvent(r.scene.findByProps({ name: 'heart' }), 'onPointerOver')
    expect(`#${material('heart').emissive.getHexString()}`).toBe(HIGHLIGHT.hovered)
    expect(material('femur_left').emissive.getHexString()).toBe('000000')
    await r.fireEvent(r.scene.findByProps({ name: 'heart' }), 'onClick')
    expect(`#${material('heart').emissive.getHexString()}`).toBe(HIGHLIGHT.selected)
  })

  it('gives every organ its own material, cloned from the model and recoloured (the shared one is untouched)', async () => {
    const store = storeFor('female')
    const { parts, material } = await renderScene(store)
    const names = ['skin', 'heart', 'femur_left', 'uterus']
    const materials = names.map(material)
    expect(new Set(materials).size).toBe(4)
    for (const m of materials) expect(parts.some((p) => p.material === m)).toBe(false)
    expect((parts[1]?.material as THREE.MeshStandardMaterial).color.getHexString()).toBe('ff00ff')
    expect(material('heart').color.getHexString()).not.toBe('ff00ff')
  })

  it('never raycasts the skin, which is transparent without depth writes and drawn last', async () => {
    const store = storeFor('female')
    const { mesh, material } = await renderScene(store)
    const skin = mesh('skin')
    const hits: THREE.Intersection[] = []
    const raycaster = new THREE.Raycaster(new THREE.Vector3(0, 1, 5), new THREE.Vector3(0, 0, -1))
    skin.raycast(raycaster, hits)
    expect(hits).toEqual([])
    expect(material('skin').transparent).toBe(true)
    expect(material('skin').depthWrite).toBe(false)
    expect(material('skin').opacity).toBe(0.25)
    // drawn after the opaque organs, and after the fat layer under it
    expect(skin.renderOrder).toBe(2)
    // an organ with the same kind of ray is hit
    mesh('heart').raycast(new THREE.Raycaster(new THREE.Vector3(0.1, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits).toHaveLength(2)
  })

  it('never raycasts the body fat either; it is see-through, drawn under the skin and takes its own status', async () => {
    const store = storeFor('male')
    placeOn(store, ['adipose_tissue', 'whole_body'])
    const { mesh, material } = await renderScene(store)
    const fat = mesh('adipose_tissue')
    expect(fat.visible).toBe(true)
    const hits: THREE.Intersection[] = []
    fat.raycast(new THREE.Raycaster(new THREE.Vector3(0.6, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits).toEqual([])
    expect(material('adipose_tissue').transparent).toBe(true)
    expect(material('adipose_tissue').depthWrite).toBe(false)
    expect(fat.renderOrder).toBe(1)
    expect(fat.renderOrder).toBeLessThan(mesh('skin').renderOrder)
    // its own status colour (not the skin's light whole-body tint); faint (at most 20 %) unless selected, so organs
    // seen through it keep their colours; selected, never fainter than 35 % and following the X-ray slider above
    expect(`#${material('adipose_tissue').color.getHexString()}`).toBe(
      STATUS_STYLES['family-history'].colour.toLowerCase(),
    )
    expect(material('skin').color.getHexString()).not.toBe(material('adipose_tissue').color.getHexString())
    expect(material('adipose_tissue').opacity).toBe(0.2)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setSkinOpacity(0.8)
      await Promise.resolve()
    })
    expect(material('adipose_tissue').opacity).toBe(0.2)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectOrgan('adipose_tissue')
      await Promise.resolve()
    })
    expect(material('adipose_tissue').opacity).toBe(0.8)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setSkinOpacity(0.1)
      await Promise.resolve()
    })
    expect(material('adipose_tissue').opacity).toBe(0.35)
  })

  it('draws the body fat and the joint markers only where the record places something, or while selected', async () => {
    const store = storeFor('female')
    const { mesh, r } = await renderScene(store)
    // nothing placed: the default look of the body does not change, and the hidden markers catch no rays
    expect([mesh('adipose_tissue').visible, mesh('joints').visible]).toEqual([false, false])
    const hits: THREE.Intersection[] = []
    mesh('joints').raycast(new THREE.Raycaster(new THREE.Vector3(0.7, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits).toEqual([])
    // selected (e.g. from a link): drawn while selected
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectOrgan('joints')
      await Promise.resolve()
    })
    expect([mesh('adipose_tissue').visible, mesh('joints').visible]).toEqual([false, true])
    mesh('joints').raycast(new THREE.Raycaster(new THREE.Vector3(0.7, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits.length).toBeGreaterThan(0)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectOrgan(null)
      placeOn(store, ['joints', 'adipose_tissue'])
      await Promise.resolve()
    })
    expect([mesh('adipose_tissue').visible, mesh('joints').visible]).toEqual([true, true])
    await r.fireEvent(r.scene.findByProps({ name: 'joints' }), 'onClick')
    expect(store.getState().selectedOrganId).toBe('joints')
  })

  it('hides a layer with visible=false (never unmounted) and stops it catching rays', async () => {
    const store = storeFor('female')
    const { mesh, r } = await renderScene(store)
    const femur = mesh('femur_left')
    await ReactThreeTestRenderer.act(async () => {
      store.getState().setLayerVisible('skeleton', false)
      await Promise.resolve()
    })
    expect(mesh('femur_left')).toBe(femur)
    expect(femur.visible).toBe(false)
    expect(mesh('heart').visible).toBe(true)
    const hits: THREE.Intersection[] = []
    femur.raycast(new THREE.Raycaster(new THREE.Vector3(0.2, 1, 5), new THREE.Vector3(0, 0, -1)), hits)
    expect(hits).toEqual([])
    expect(r.scene.findAllByProps({ name: 'femur_left' })).toHaveLength(1)
  })

  it('shows sex-specific organs only for the matching patient and neither for an unknown sex', async () => {
    const female = await renderScene(storeFor('female'))
    expect([female.mesh('uterus').visible, female.mesh('prostate').visible]).toEqual([true, false])
    await renderer?.unmount()
    const male = await renderScene(storeFor('male'))
    expect([male.mesh('uterus').visible, male.mesh('prostate').visible]).toEqual([false, true])
    await renderer?.unmount()
    const neutral = await renderScene(storeFor(null))
    expect([neutral.mesh('uterus').visible, neutral.mesh('prostate').visible]).toEqual([false, false])
  })

  it('draws the mind halo only where the record places something about mind and mood, or while its panel is open', async () => {
    // nothing about mind and mood: the body looks as before, the halo is not drawn
    const store = storeFor('male')
    const { mesh, r } = await renderScene(store)
    const halo = mesh(MIND_HALO_NAME)
    expect(halo.visible).toBe(false)
    // a status on the mind region at the cursor: drawn in that status's legend colour, softly
    await ReactThreeTestRenderer.act(async () => {
      placeOn(store, ['mind'])
      await Promise.resolve()
    })
    const material = halo.material as THREE.MeshBasicMaterial
    expect(halo.visible).toBe(true)
    expect(`#${material.color.getHexString()}`).toBe(STATUS_STYLES['family-history'].colour.toLowerCase())
    expect(material.opacity).toBe(0.21)
    // the mind panel open: stronger, the status colour pulled towards the selection blue (as a selected organ glows)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectRegion('mind')
      await Promise.resolve()
    })
    expect(`#${material.color.getHexString()}`).toBe('#a475ab')
    expect(material.opacity).toBe(0.46)
    // another region panel or an organ selected: back to the soft halo (never a second mesh)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectOrgan('heart')
      await Promise.resolve()
    })
    expect(`#${material.color.getHexString()}`).toBe(STATUS_STYLES['family-history'].colour.toLowerCase())
    expect(material.opacity).toBe(0.21)
    expect(mesh(MIND_HALO_NAME)).toBe(halo)
    expect(r.scene.findAllByProps({ name: MIND_HALO_NAME })).toHaveLength(1)
  })

  it('draws the halo for the open mind panel without a status, in the selection colour', async () => {
    const store = storeFor('female')
    const { mesh } = await renderScene(store)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectRegion('mind')
      await Promise.resolve()
    })
    const halo = mesh(MIND_HALO_NAME)
    expect(halo.visible).toBe(true)
    expect(`#${(halo.material as THREE.MeshBasicMaterial).color.getHexString()}`).toBe(HIGHLIGHT.selected)
    await ReactThreeTestRenderer.act(async () => {
      store.getState().selectRegion(null)
      await Promise.resolve()
    })
    expect(halo.visible).toBe(false)
  })

  it('never raycasts the halo, which is see-through without depth writes and drawn behind the body', async () => {
    const store = storeFor('male')
    placeOn(store, ['mind'])
    const { mesh, material, parts, r } = await renderScene(store)
    const halo = mesh(MIND_HALO_NAME)
    const haloMaterial = halo.material as THREE.MeshBasicMaterial
    expect(haloMaterial).toBeInstanceOf(THREE.MeshBasicMaterial)
    expect(haloMaterial.transparent).toBe(true)
    expect(haloMaterial.depthWrite).toBe(false)
    expect(haloMaterial.depthTest).toBe(true)
    expect(haloMaterial.map).toBeInstanceOf(THREE.DataTexture)
    // drawn first among the see-through parts, so the body fat and the skin blend over it
    expect(halo.renderOrder).toBe(-1)
    expect(halo.renderOrder).toBeLessThan(mesh('adipose_tissue').renderOrder)
    expect(material('skin').depthWrite).toBe(false)
    // placed for a front camera: behind the body, around it
    const camera = new THREE.PerspectiveCamera(35, 1, 0.05, 30)
    camera.position.set(0, 1, 5)
    camera.lookAt(0, 1, 0)
    camera.updateMatrixWorld()
    placeHalo(halo, bodyBox(parts), camera)
    expect(halo.position.z).toBeLessThan(bodyBox(parts).min.z)
    // a ray through empty space beside the body crosses the halo plane, yet nothing is hit
    const beside = new THREE.Raycaster(new THREE.Vector3(0.1, 1.05, 5), new THREE.Vector3(0, 0, -1))
    expect(beside.intersectObject(r.scene.instance, true)).toEqual([])
    // (the plane is there: the default mesh raycast would hit it)
    const probe: THREE.Intersection[] = []
    THREE.Mesh.prototype.raycast.call(halo, beside, probe)
    expect(probe).toHaveLength(1)
    // a ray at the heart hits the heart and never the halo behind it
    const atHeart = new THREE.Raycaster(new THREE.Vector3(0.1, 1, 5), new THREE.Vector3(0, 0, -1))
    const hits = atHeart.intersectObject(r.scene.instance, true)
    expect(hits.map((h) => h.object.name)).toEqual(['heart', 'heart'])
  })

  it('disposes the halo texture, material and geometry on unmount', async () => {
    const store = storeFor('female')
    const { mesh, r } = await renderScene(store)
    const halo = mesh(MIND_HALO_NAME)
    const haloMaterial = halo.material as THREE.MeshBasicMaterial
    const disposed: string[] = []
    haloMaterial.map?.addEventListener('dispose', () => disposed.push('texture'))
    haloMaterial.addEventListener('dispose', () => disposed.push('material'))
    halo.geometry.addEventListener('dispose', () => disposed.push('geometry'))
    await r.unmount()
    renderer = null
    expect(disposed.sort()).toEqual(['geometry', 'material', 'texture'])
  })

  it('disposes the cloned materials on unmount', async () => {
    const store = storeFor('female')
    const { material, r } = await renderScene(store)
    const heart = material('heart')
    let disposed = 0
    heart.addEventListener('dispose', () => {
      disposed++
    })
    await r.unmount()
    renderer = null
    expect(disposed).toBe(1)
  })
})
