/** Camera poses for the body view: pure three math, no React. */
import * as THREE from 'three'
import { VIEW_VECTORS, type BodyPart } from './bodyModel.ts'
import type { ViewDirection } from '../twin/visibility.ts'
import { homeDistance } from './homeFrame.ts'

/** Where the camera is and what it looks at (the orbit centre). */
export interface Pose {
  readonly position: THREE.Vector3
  readonly target: THREE.Vector3
}

/** Distance from an organ's pick point when the camera focuses on it (metres). */
export const FOCUS_DISTANCE = 0.75
export const MIN_DISTANCE = 0.25
export const MAX_DISTANCE = 8
/** One press of a rotate button turns the body by this much. */
export const ROTATE_STEP = Math.PI / 8
export const ZOOM_STEP = 1.25
// Keep the camera off the poles so "up" stays up.
const MIN_POLAR = 0.15

/**
 * Bounds of the whole figure: the skin's box, or every part's when there is no skin (a default adult box when empty).
 * @param parts - the body parts
 */
export function bodyBox(parts: readonly BodyPart[]): THREE.Box3 {
  const skin = parts.find((p) => p.id === 'skin')
  const box = new THREE.Box3()
  for (const p of skin ? [skin] : parts) {
    if (p.geometry.boundingBox === null) p.geometry.computeBoundingBox()
    if (p.geometry.boundingBox) box.union(p.geometry.boundingBox)
  }
  return box.isEmpty() ? new THREE.Box3(new THREE.Vector3(-0.3, 0, -0.15), new THREE.Vector3(0.3, 1.75, 0.15)) : box
}

/**
 * The whole body from the front, fitted to the canvas with a small margin.
 * @param box - bounds of the body (skin)
 * @param fovDeg - vertical field of view
 * @param aspect - canvas width / height
 */
export function homePose(box: THREE.Box3, fovDeg: number, aspect: number): Pose {
  const centre = box.getCenter(new THREE.Vector3())
  const size = box.getSize(new THREE.Vector3())
  const distance = homeDistance([size.x, size.y, size.z], fovDeg, aspect)
  return { position: centre.clone().add(new THREE.Vector3(0, 0, distance)), target: centre }
}

/**
 * Looks from one side at the same centre and distance.
 * @param current - the pose now
 * @param direction - the side to look from
 */
export function viewPose(current: Pose, direction: ViewDirection): Pose {
  const distance = current.position.distanceTo(current.target)
  const v = new THREE.Vector3(...VIEW_VECTORS[direction])
  return { position: current.target.clone().addScaledVector(v, distance), target: current.target.clone() }
}

/**
 * Turns the camera around the centre.
 * @param current - the pose now
 * @param dAzimuth - radians around the vertical axis (positive turns the camera to the body's left)
 * @param dPolar - radians up/down (positive moves the camera down)
 */
export function orbitPose(current: Pose, dAzimuth: number, dPolar: number): Pose {
  const offset = current.position.clone().sub(current.target)
  const s = new THREE.Spherical().setFromVector3(offset)
  s.theta += dAzimuth
  s.phi = THREE.MathUtils.clamp(s.phi + dPolar, MIN_POLAR, Math.PI - MIN_POLAR)
  return {
    position: current.target.clone().add(new THREE.Vector3().setFromSpherical(s)),
    target: current.target.clone(),
  }
}

/**
 * Moves the camera towards (factor < 1) or away from (factor > 1) the centre.
 * @param current - the pose now
 * @param factor - distance multiplier
 */
export function zoomPose(current: Pose, factor: number): Pose {
  const offset = current.position.clone().sub(current.target)
  const distance = THREE.MathUtils.clamp(offset.length() * factor, MIN_DISTANCE, MAX_DISTANCE)
  return { position: current.target.clone().add(offset.setLength(distance)), target: current.target.clone() }
}

function centreOf(geometry: THREE.BufferGeometry): THREE.Vector3 {
  if (geometry.boundingBox === null) geometry.computeBoundingBox()
  return geometry.boundingBox?.getCenter(new THREE.Vector3()) ?? new THREE.Vector3()
}

/**
 * Frames an organ from the side its pick point was computed for (where it is not covered by other organs).
 * @param part - the organ
 * @param direction - overrides the side
 */
export function focusPose(part: BodyPart, direction?: ViewDirection): Pose {
  const target = part.pick ? new THREE.Vector3(...part.pick) : centreOf(part.geometry)
  const v = new THREE.Vector3(...VIEW_VECTORS[direction ?? part.pickFrom ?? 'front'])
  return { position: target.clone().addScaledVector(v, FOCUS_DISTANCE), target }
}

/**
 * The named view nearest to the camera's horizontal direction.
 * @param pose - the pose now
 */
export function nearestView(pose: Pose): ViewDirection {
  const d = pose.position.clone().sub(pose.target)
  if (Math.abs(d.x) > Math.abs(d.z)) return d.x > 0 ? 'left' : 'right'
  return d.z >= 0 ? 'front' : 'back'
}
