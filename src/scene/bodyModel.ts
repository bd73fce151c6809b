/**
 * Reads the organ parts out of a loaded body.glb scene (or any THREE.Object3D built the same way, as in tests),
 * and makes the per-organ materials. Model credits: public/models/CREDITS.md (BodyParts3D, CC BY-SA 4.0).
 */
import * as THREE from 'three'
import { ORGANS, isOrganId, type OrganId } from '../anatomy/organIds.ts'
import type { ViewDirection } from '../twin/visibility.ts'
import { LAYER_COLOURS, SCENE_BACKGROUND } from './bodyColours.ts'

export { SCENE_BACKGROUND }

/** One organ node of the model. Geometry belongs to the loaded model; materials are made per mount. */
export interface BodyPart {
  readonly id: OrganId
  readonly geometry: THREE.BufferGeometry
  /** The model's (shared, cached) material: cloned per organ, never changed itself. */
  readonly material: THREE.Material
  /** A point on the organ reachable by a ray from `pickFrom` (body space, metres), or null. */
  readonly pick: readonly [number, number, number] | null
  readonly pickFrom: ViewDirection | null
  /** Organs that must be hidden for the pick ray to reach this organ. */
  readonly pickHide: readonly OrganId[]
}

/** Unit vectors from the body towards the camera for each view ('left' = patient's left = +X). */
export const VIEW_VECTORS: Readonly<Record<ViewDirection, readonly [number, number, number]>> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
}

function isView(value: unknown): value is ViewDirection {
  return value === 'front' || value === 'back' || value === 'left' || value === 'right'
}

function readPick(value: unknown): readonly [number, number, number] | null {
  if (!Array.isArray(value) || value.length !== 3) return null
  const [x, y, z] = value as unknown[]
  return typeof x === 'number' && typeof y === 'number' && typeof z === 'number' ? [x, y, z] : null
}

function readIds(value: unknown): readonly OrganId[] {
  return Array.isArray(value) ? value.filter((v): v is OrganId => typeof v === 'string' && isOrganId(v)) : []
}

function firstMesh(node: THREE.Object3D): THREE.Mesh | null {
  if (node instanceof THREE.Mesh) return node as THREE.Mesh
  for (const child of node.children) {
    const mesh = firstMesh(child)
    if (mesh !== null) return mesh
  }
  return null
}

/**
 * Finds one mesh per OrganId (a node named by the id, or its first mesh child) and reads its extras.
 * Unknown node names are ignored; the first node for an id wins.
 * @param root - the loaded scene
 */
export function extractBodyParts(root: THREE.Object3D): BodyPart[] {
  const parts = new Map<OrganId, BodyPart>()
  root.updateMatrixWorld(true)
  root.traverse((node) => {
    if (!isOrganId(node.name) || parts.has(node.name)) return
    const found = firstMesh(node)
    if (found === null) return
    const extras = node.userData as Record<string, unknown>
    parts.set(node.name, {
      id: node.name,
      geometry: found.geometry,
      material: Array.isArray(found.material)
        ? (found.material[0] ?? new THREE.MeshStandardMaterial())
        : found.material,
      pick: readPick(extras.pick),
      pickFrom: isView(extras.pickFrom) ? extras.pickFrom : null,
      pickHide: readIds(extras.pickHide),
    })
  })
  return [...parts.values()]
}

/**
 * The resting colour of an organ's layer (before any legend status).
 * @param id - organ id
 */
export function layerColour(id: OrganId): string {
  return LAYER_COLOURS[ORGANS[id].layer]
}

/**
 * Never hit by rays: for see-through parts (the skin, the fat under it, the mind halo) that must not swallow clicks
 * meant for the organs inside them or for empty space (TOOLCHAIN.md gotcha 5).
 */
export function noRaycast(): void {
  return undefined
}

/** Emissive highlight colours: selection in the app's accent blue, hover in a lighter teal. */
export const HIGHLIGHT = { selected: '#2f6fb0', hovered: '#3f8f8a' } as const

/**
 * A clone of the model's material for one organ (the loader caches and shares materials, so recolouring must
 * happen on a clone), recoloured per layer. Disposed by the caller on unmount.
 * @param part - the organ part
 */
export function makeOrganMaterial(part: BodyPart): THREE.MeshStandardMaterial {
  const layer = ORGANS[part.id].layer
  const material =
    part.material instanceof THREE.MeshStandardMaterial ? part.material.clone() : new THREE.MeshStandardMaterial()
  material.color.set(LAYER_COLOURS[layer])
  material.emissive.set('#000000')
  material.roughness = 0.7
  material.metalness = 0
  // Several organ meshes are open or non-manifold: draw both sides (STYLE.md §3).
  material.side = THREE.DoubleSide
  material.transparent = false
  material.opacity = 1
  material.depthWrite = true
  if (layer === 'skin') {
    material.transparent = true
    material.depthWrite = false
    material.side = THREE.FrontSide
  }
  material.name = `organ:${part.id}`
  return material
}
