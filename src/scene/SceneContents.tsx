/**
 * What sits inside <Canvas>: the organs as separate meshes with their own cloned materials, the transparent skin,
 * the mind halo behind the figure, and lights. No drei and no DOM here, so @react-three/test-renderer can render it
 * in node.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { ORGANS, type OrganId } from '../anatomy/organIds.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { noRaycast, type BodyPart } from './bodyModel.ts'
import { applyHighlights } from './highlights.ts'
import { MindHalo } from './MindHalo.tsx'
import { OrganMesh } from './OrganMesh.tsx'
import { usePlaceMarkings } from '../twin/usePlaceMarkings.ts'
import { bodySexOf, isShownForSex, mindHaloOf } from '../twin/visibility.ts'
import { useOrganMaterials } from './useOrganMaterials.ts'
import { useMarkingMaterials } from './markingMaterials.ts'

/**
 * Draw order of the see-through skin-layer shells, after the opaque organs: the fat under the skin first, then the
 * skin over it.
 */
const SHELL_ORDER: Readonly<Record<string, number>> = { adipose_tissue: 1, skin: 2 }

export interface SceneContentsProps {
  readonly parts: readonly BodyPart[]
}

/** The body: skin over organs; selection, hover and visibility come from the store. */
export function SceneContents({ parts }: SceneContentsProps) {
  const invalidate = useThree((s) => s.invalidate)
  const selected = useTwin((s) => s.selectedOrganId)
  const hovered = useTwin((s) => s.hoveredOrganId)
  const layers = useTwin((s) => s.layers)
  const skinOpacity = useTwin((s) => s.skinOpacity)
  const hidden = useTwin((s) => s.hiddenOrganIds)
  const selectedRegion = useTwin((s) => s.selectedRegion)
  const sex = bodySexOf(useTwin((s) => s.twin?.record.patient?.gender))
  // Legend statuses at the timeline cursor: the same selector the 3D body, the body map and the list use.
  const statuses = usePlaceStatuses()
  // Side not recorded and recorded as removed, at the same cursor and filters.
  const markings = usePlaceMarkings()
  const markingMaterials = useMarkingMaterials()

  // One cloned material per organ and mount; disposed when the parts change or the scene unmounts.
  const materials = useOrganMaterials(parts)
  // The geometries come from the loader's cache: free their GPU buffers when the body goes away (three uploads
  // them again if the cached model is shown later).
  useEffect(
    () => () => {
      for (const p of parts) p.geometry.dispose()
    },
    [parts],
  )

  // Highlights are applied to the clones in place, then one frame is requested (frameloop="demand").
  useLayoutEffect(() => {
    applyHighlights(materials, selected, hovered, skinOpacity, statuses, markings)
    invalidate()
  }, [materials, selected, hovered, skinOpacity, statuses, markings, invalidate])

  const lastTap = useRef<{ id: OrganId; at: number } | null>(null)

  return (
    <group name="body">
      <ambientLight intensity={0.55} />
      <directionalLight position={[1.5, 2.5, 3]} intensity={1.6} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.7} />
      <MindHalo parts={parts} status={statuses.get('mind')} state={mindHaloOf(statuses.get('mind'), selectedRegion)} />
      {parts.map((part) => {
        const material = materials.get(part.id)
        if (material === undefined) return null
        const layer = ORGANS[part.id].layer
        const visible = layers[layer] && isShownForSex(part.id, sex, statuses, selected) && !hidden.includes(part.id)
        if (layer === 'skin') {
          // Never clicked in 3D: the skin layer is reached through the body map (keyboard and pointer).
          return (
            <mesh
              key={part.id}
              name={part.id}
              geometry={part.geometry}
              material={material}
              visible={visible}
              renderOrder={SHELL_ORDER[part.id] ?? 1}
              raycast={noRaycast}
            />
          )
        }
        return (
          <OrganMesh
            key={part.id}
            part={part}
            material={material}
            visible={visible}
            lastTapRef={lastTap}
            marking={markings.get(part.id)}
            markingMaterials={markingMaterials}
          />
        )
      })}
    </group>
  )
}
