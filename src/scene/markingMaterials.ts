/**
 * The 3D side of the body's markings (MARKING_STYLES in src/twin/palette.ts), without custom shaders: body.glb has
 * no texture coordinates, so the stripes of "side not recorded" come from a two-texel texture on a copy of the
 * organ's positions whose one texture coordinate runs along (x + y): planes x + y = constant cut every surface into
 * stripes at 45 degrees across the front view, the same width on every organ whatever its triangle count. The
 * "recorded as removed" outline is the organ's own triangles drawn as wires.
 */
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import type { OrganMarking } from '../twin/selectors.ts'
import { MARKING_STYLES } from '../twin/palette.ts'

/** The name of an organ's marking overlay in the scene graph (read by the e2e hooks and the tests). */
export function markingName(id: string, marking: OrganMarking): string {
  return `${id}#${marking}`
}

/** One stripe (opaque) and one gap (cut away by alphaTest), repeated along u. */
function stripeTexture(): THREE.DataTexture {
  const c = new THREE.Color(MARKING_STYLES['side-not-recorded'].stripeColour)
  const [r, g, b] = [c.r, c.g, c.b].map((v) => Math.round(v * 255)) as [number, number, number]
  const texture = new THREE.DataTexture(new Uint8Array([r, g, b, 255, 0, 0, 0, 0]), 2, 1)
  texture.wrapS = THREE.RepeatWrapping
  texture.wrapT = THREE.RepeatWrapping
  texture.magFilter = THREE.NearestFilter
  texture.minFilter = THREE.NearestFilter
  texture.needsUpdate = true
  return texture
}

/**
 * A copy of an organ's positions (and index) with u = (x + y) / period, for the stripes.
 * @param geometry - the organ's geometry (body space, metres)
 */
export function stripeGeometry(geometry: THREE.BufferGeometry): THREE.BufferGeometry {
  const position = geometry.getAttribute('position')
  const out = new THREE.BufferGeometry()
  out.setAttribute('position', position.clone())
  if (geometry.index !== null) out.setIndex(geometry.index.clone())
  const uv = new Float32Array(position.count * 2)
  const period = MARKING_STYLES['side-not-recorded'].stripePeriod
  for (let i = 0; i < position.count; i++) uv[i * 2] = (position.getX(i) + position.getY(i)) / period
  out.setAttribute('uv', new THREE.BufferAttribute(uv, 2))
  return out
}

/**
 * True when most of a mesh's triangles wind inward (clockwise seen from outside): its signed volume, taken about the
 * centre of its bounds, is negative. Some BodyParts3D meshes do (both lungs, the thyroid); their stripes are drawn
 * on back faces, so they lie on the surface the camera sees.
 * @param geometry - an organ's geometry (indexed or not)
 */
export function windsInward(geometry: THREE.BufferGeometry): boolean {
  const position = geometry.getAttribute('position')
  geometry.computeBoundingBox()
  const centre = geometry.boundingBox?.getCenter(new THREE.Vector3()) ?? new THREE.Vector3()
  const index = geometry.index
  const count = index === null ? position.count : index.count
  const a = new THREE.Vector3()
  const b = new THREE.Vector3()
  const c = new THREE.Vector3()
  let volume = 0
  for (let i = 0; i + 2 < count; i += 3) {
    const [ia, ib, ic] = index === null ? [i, i + 1, i + 2] : [index.getX(i), index.getX(i + 1), index.getX(i + 2)]
    a.fromBufferAttribute(position, ia).sub(centre)
    b.fromBufferAttribute(position, ib).sub(centre)
    c.fromBufferAttribute(position, ic).sub(centre)
    volume += a.dot(b.cross(c))
  }
  return volume < 0
}

/**
 * The overlay materials, one set per mount of the body. The stripes are drawn on one side only: on back faces too,
 * their cut-out texels (alphaTest) made the painted body's frames a fifth slower in software GL (bench "painted /
 * bare frame time"). `stripes` is for meshes that wind outward, `stripesInward` for those that do not (windsInward).
 */
export interface MarkingMaterials {
  readonly stripes: THREE.MeshBasicMaterial
  readonly stripesInward: THREE.MeshBasicMaterial
  readonly wire: THREE.MeshBasicMaterial
}

/** Makes the overlay materials for a mount of the body and disposes them (and the stripe texture) on unmount. */
export function useMarkingMaterials(): MarkingMaterials {
  const materials = useMemo(() => {
    const removed = MARKING_STYLES.removed
    const stripes = new THREE.MeshBasicMaterial({
      map: stripeTexture(),
      alphaTest: 0.5,
      side: THREE.FrontSide,
      // Drawn on the organ's own surface: pulled towards the camera so it never fights the organ for depth.
      polygonOffset: true,
      polygonOffsetFactor: -2,
      polygonOffsetUnits: -2,
    })
    stripes.name = 'marking:side-not-recorded'
    const stripesInward = stripes.clone()
    stripesInward.side = THREE.BackSide
    const wire = new THREE.MeshBasicMaterial({
      color: removed.wireColour,
      wireframe: true,
      transparent: true,
      opacity: removed.wireOpacity,
      depthWrite: false,
    })
    wire.name = 'marking:removed'
    return { stripes, stripesInward, wire }
  }, [])
  useEffect(
    () => () => {
      materials.stripes.map?.dispose()
      materials.stripes.dispose()
      materials.stripesInward.dispose()
      materials.wire.dispose()
    },
    [materials],
  )
  return materials
}
