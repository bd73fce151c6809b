/**
 * One clickable organ of the body (every layer but the skin layer): click selects it, double-click or a double
 * tap also focuses the camera on it, hover highlights it.
 */
import { useEffect, useMemo, type RefObject } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { Mesh, type Intersection, type MeshStandardMaterial, type Raycaster } from 'three'
import type { OrganId } from '../anatomy/organIds.ts'
import type { OrganMarking } from '../twin/selectors.ts'
import { noRaycast, type BodyPart } from './bodyModel.ts'
import { markingName, stripeGeometry, windsInward, type MarkingMaterials } from './markingMaterials.ts'
import { useTwinStore } from './useTwinStore.ts'

/** Two taps on the same organ within this time focus the camera on it (touch has no reliable dblclick). */
const DOUBLE_TAP_MS = 400

/** The default mesh raycast, for organs that are shown. */
function meshRaycast(this: Mesh, raycaster: Raycaster, intersects: Intersection[]): void {
  Mesh.prototype.raycast.call(this, raycaster, intersects)
}

export interface OrganMeshProps {
  readonly part: BodyPart
  /** The organ's own material clone (useOrganMaterials). */
  readonly material: MeshStandardMaterial
  readonly visible: boolean
  /** The last tap on any organ of the body, shared by all of them to tell a double tap. */
  readonly lastTapRef: RefObject<{ id: OrganId; at: number } | null>
  /** How the body marks the organ beyond its colour (organMarkings), or undefined. */
  readonly marking?: OrganMarking | undefined
  /** The overlay materials of this mount of the body (useMarkingMaterials). */
  readonly markingMaterials?: MarkingMaterials | undefined
}

/**
 * The marking drawn over an organ, as a child mesh that never catches rays: stripes over the status colour for
 * "side not recorded", a wire outline over the ghost for "recorded as removed".
 */
function MarkingOverlay({
  part,
  marking,
  materials,
}: {
  part: BodyPart
  marking: OrganMarking
  materials: MarkingMaterials
}) {
  const stripes = useMemo(
    () =>
      marking === 'side-not-recorded'
        ? { geometry: stripeGeometry(part.geometry), inward: windsInward(part.geometry) }
        : null,
    [marking, part.geometry],
  )
  useEffect(() => () => stripes?.geometry.dispose(), [stripes])
  return (
    <mesh
      name={markingName(part.id, marking)}
      geometry={stripes?.geometry ?? part.geometry}
      material={stripes === null ? materials.wire : stripes.inward ? materials.stripesInward : materials.stripes}
      renderOrder={marking === 'removed' ? 3 : 0}
      raycast={noRaycast}
    />
  )
}

/** An organ mesh named by its id; selection and hover go to the store. */
export function OrganMesh({ part, material, visible, lastTapRef, marking, markingMaterials }: OrganMeshProps) {
  const store = useTwinStore()
  const { selectOrgan, hoverOrgan, requestView } = store.getState()
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation()
    store.getState().selectOrgan(part.id)
    // test-renderer passes no native event; a real click is a PointerEvent in Chromium and Firefox.
    const native = e.nativeEvent as Partial<PointerEvent> | undefined
    const now = typeof performance === 'undefined' ? Date.now() : performance.now()
    const previous = lastTapRef.current
    lastTapRef.current = { id: part.id, at: now }
    if (native?.pointerType === 'touch' && previous?.id === part.id && now - previous.at < DOUBLE_TAP_MS) {
      requestView('focus-selected')
    }
  }
  return (
    <mesh
      name={part.id}
      geometry={part.geometry}
      material={material}
      visible={visible}
      // r3f raycasts hidden objects too: a hidden organ must not catch clicks meant for what is behind it.
      raycast={visible ? meshRaycast : noRaycast}
      onClick={onClick}
      onDoubleClick={(e) => {
        e.stopPropagation()
        selectOrgan(part.id)
        requestView('focus-selected')
      }}
      onPointerOver={(e) => {
        e.stopPropagation()
        hoverOrgan(part.id)
      }}
      onPointerOut={() => {
        if (store.getState().hoveredOrganId === part.id) hoverOrgan(null)
      }}
    >
      {marking !== undefined && markingMaterials !== undefined && (
        <MarkingOverlay part={part} marking={marking} materials={markingMaterials} />
      )}
    </mesh>
  )
}
