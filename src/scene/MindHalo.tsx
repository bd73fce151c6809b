/**
 * The mind region's 3D presentation: a soft, calm halo around the whole figure, behind the body. Mental health is
 * shown for the whole person, never on the brain mesh (src/anatomy/tables/notes.ts, note mind), so the halo is
 * centred on the figure's middle, not on the head. Its gradient is computed here at run time (no image files).
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { OrganStatus } from '../twin/selectors.ts'
import { STATUS_STYLES, deltaE, hexToRgb } from '../twin/palette.ts'
import { HIGHLIGHT, SCENE_BACKGROUND, noRaycast, type BodyPart } from './bodyModel.ts'
import { bodyBox } from './cameraMath.ts'
import type { MindHaloState } from '../twin/visibility.ts'

/** Name of the halo mesh in the scene graph (tests look it up). */
export const MIND_HALO_NAME = 'mind_halo'

/** Drawn before every other see-through part (body fat 1, skin 2), so the skin blends over it. */
export const MIND_HALO_ORDER = -1

/**
 * How far the halo reaches past the figure's bounds: the plane is this many times the body's height and its widest
 * horizontal extent; the gradient fades out before the plane's edge.
 */
const HALO_SCALE = { width: 2.2, height: 1.3 } as const

/**
 * The halo's strength as a colour difference (CIE76 ΔE) from the background at its strongest point: every status
 * reads with about the same visual weight (a pale grey needs more opacity than a blue). Selection doubles it.
 */
const HALO_DELTA_E = { shown: 11, selected: 24 } as const
const HALO_OPACITY = { min: 0.2, max: 0.85 } as const

const TEXTURE_SIZE = 128

/**
 * Alpha of the halo at a normalised distance from its centre (0 centre, 1 edge): a soft ring that is strongest
 * around the figure's outline, fainter behind the body and fading to nothing at the edge.
 * @param r - distance from the centre, 0..1 (or more, outside)
 */
export function haloAlpha(r: number): number {
  const rise = THREE.MathUtils.smoothstep(r, 0, 0.6)
  const fall = 1 - THREE.MathUtils.smoothstep(r, 0.7, 1)
  return (0.35 + 0.65 * rise) * fall
}

/** A white square texture whose alpha is the round halo gradient (stretched into an ellipse by the mesh scale). */
export function makeHaloTexture(): THREE.DataTexture {
  const data = new Uint8Array(TEXTURE_SIZE * TEXTURE_SIZE * 4)
  const half = TEXTURE_SIZE / 2
  for (let y = 0; y < TEXTURE_SIZE; y++) {
    for (let x = 0; x < TEXTURE_SIZE; x++) {
      const r = Math.hypot(x + 0.5 - half, y + 0.5 - half) / half
      const k = (y * TEXTURE_SIZE + x) * 4
      data[k] = 255
      data[k + 1] = 255
      data[k + 2] = 255
      data[k + 3] = Math.round(haloAlpha(r) * 255)
    }
  }
  const texture = new THREE.DataTexture(data, TEXTURE_SIZE, TEXTURE_SIZE, THREE.RGBAFormat)
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearFilter
  texture.generateMipmaps = false
  texture.name = 'mind-halo-gradient'
  texture.needsUpdate = true
  return texture
}

/**
 * While the mind panel is open the status colour is pulled this far towards the selection colour, as a selected
 * organ glows in it.
 */
const SELECTED_TINT = 0.4

/**
 * The halo's colour and opacity: the mind region's legend status colour (the same map as the organs); while the
 * mind panel is open, that colour tinted towards the selection colour (the selection colour alone without a status),
 * and stronger. The opacity gives each colour about the same weight against the background.
 * @param status - the mind region's status at the cursor, if any
 * @param state - shown or selected
 */
export function haloLook(
  status: OrganStatus | undefined,
  state: Exclude<MindHaloState, 'hidden'>,
): { colour: string; opacity: number } {
  const base = status !== undefined ? STATUS_STYLES[status].colour : HIGHLIGHT.selected
  const colour =
    state === 'selected' && status !== undefined
      ? `#${new THREE.Color(base).lerp(new THREE.Color(HIGHLIGHT.selected), SELECTED_TINT).getHexString()}`
      : base.toLowerCase()
  const difference = deltaE(hexToRgb(colour), hexToRgb(SCENE_BACKGROUND))
  const opacity = THREE.MathUtils.clamp(HALO_DELTA_E[state] / difference, HALO_OPACITY.min, HALO_OPACITY.max)
  return { colour, opacity: Math.round(opacity * 100) / 100 }
}

/** Sets the halo material's colour and opacity in place (nothing to do while hidden). */
function applyHaloLook(material: THREE.MeshBasicMaterial, status: OrganStatus | undefined, state: MindHaloState): void {
  if (state === 'hidden') return
  const look = haloLook(status, state)
  material.color.set(look.colour)
  material.opacity = look.opacity
}

/**
 * Puts the halo plane behind the figure as seen from `camera`: facing the camera, on the line from the camera
 * through the body's centre (so it stays centred on the figure from any side), pushed back by the body's bounding
 * radius so no part of the body is behind it, and scaled up by the extra distance so it keeps its size on screen.
 * @param object - the halo mesh (a unit plane)
 * @param box - the body's bounds
 * @param camera - the camera about to render
 */
export function placeHalo(object: THREE.Object3D, box: THREE.Box3, camera: THREE.Camera): void {
  const centre = box.getCenter(new THREE.Vector3())
  const size = box.getSize(new THREE.Vector3())
  const radius = size.length() / 2
  const eye = camera.getWorldPosition(new THREE.Vector3())
  const towardsCamera = eye.clone().sub(centre)
  const distance = towardsCamera.length()
  if (distance < 1e-6) camera.getWorldDirection(towardsCamera).negate()
  towardsCamera.normalize()
  object.position.copy(centre).addScaledVector(towardsCamera, -radius)
  camera.getWorldQuaternion(object.quaternion)
  const grow = (Math.max(distance, 1e-3) + radius) / Math.max(distance, 1e-3)
  const across = Math.max(size.x, size.z)
  object.scale.set(across * HALO_SCALE.width * grow, size.y * HALO_SCALE.height * grow, 1)
  object.updateMatrixWorld()
}

export interface MindHaloProps {
  readonly parts: readonly BodyPart[]
  /** The mind region's legend status at the timeline cursor, if any. */
  readonly status: OrganStatus | undefined
  readonly state: MindHaloState
}

/** The halo mesh; always mounted, toggled with `visible`. */
export function MindHalo({ parts, status, state }: MindHaloProps) {
  const invalidate = useThree((s) => s.invalidate)
  const box = useMemo(() => bodyBox(parts), [parts])
  const geometry = useMemo(() => new THREE.PlaneGeometry(1, 1), [])
  const texture = useMemo(() => makeHaloTexture(), [])
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        name: 'mind-halo',
        map: texture,
        transparent: true,
        depthWrite: false,
        // Flat colour, exactly the legend's (no lights, no tone mapping).
        toneMapped: false,
        fog: false,
      }),
    [texture],
  )
  useEffect(
    () => () => {
      geometry.dispose()
      material.dispose()
      texture.dispose()
    },
    [geometry, material, texture],
  )
  const mesh = useRef<THREE.Mesh>(null)

  // Placed for whichever camera renders it (the view, the print snapshot or a test hook's render), right before it is
  // drawn; the plane is never culled because its place changes with the camera.
  useLayoutEffect(() => {
    const object = mesh.current
    if (object === null) return
    object.onBeforeRender = (_renderer, _scene, camera) => {
      placeHalo(object, box, camera)
    }
  }, [box])

  useLayoutEffect(() => {
    applyHaloLook(material, status, state)
    invalidate()
  }, [material, status, state, invalidate])

  return (
    <mesh
      ref={mesh}
      name={MIND_HALO_NAME}
      geometry={geometry}
      material={material}
      visible={state !== 'hidden'}
      renderOrder={MIND_HALO_ORDER}
      frustumCulled={false}
      // Never hit by rays: it must not swallow clicks on the organs or on empty space (onPointerMissed clears).
      raycast={noRaycast}
    />
  )
}
