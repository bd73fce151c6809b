/**
 * What sits inside <Canvas>: the organs as separate meshes with their own cloned materials, the transparent skin,
 * the mind halo behind the figure, and lights. No drei and no DOM here, so @react-three/test-renderer can render it
 * in node.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { Color, type MeshStandardMaterial } from 'three'
import { ORGANS, type OrganId } from '../anatomy/organIds.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { HIGHLIGHT, layerColour, noRaycast, type BodyPart } from './bodyModel.ts'
import { MindHalo } from './MindHalo.tsx'
import { OrganMesh } from './OrganMesh.tsx'
import type { OrganStatus } from '../twin/selectors.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { bodySexOf, isShownForSex, mindHaloOf } from '../twin/visibility.ts'
import { useOrganMaterials } from './useOrganMaterials.ts'

/**
 * The body fat shell's opacity: faint while not selected, so the organs seen through it keep their legend colours;
 * while selected never fainter than the selected value, so its own status colour reads at a low X-ray setting.
 */
const FAT_OPACITY = { shown: 0.2, selected: 0.35 } as const

/**
 * Draw order of the see-through skin-layer shells, after the opaque organs: the fat under the skin first, then the
 * skin over it.
 */
const SHELL_ORDER: Readonly<Record<string, number>> = { adipose_tissue: 1, skin: 2 }

/** Applies legend colours, selection/hover highlights and the skin opacity to the per-organ clones. */
function applyHighlights(
  materials: ReadonlyMap<OrganId, MeshStandardMaterial>,
  selected: OrganId | null,
  hovered: OrganId | null,
  skinOpacity: number,
  statuses: ReadonlyMap<string, OrganStatus>,
): void {
  for (const [id, material] of materials) {
    const status = statuses.get(id)
    if (id === 'skin') {
      // The see-through skin is the outline of the whole figure: it takes a light tint of the whole-body region's
      // status (systemic findings such as fever or a drug overdose), never of its own, which the body map states in
      // words.
      const whole = statuses.get('whole_body')
      material.color.set(layerColour(id))
      if (whole !== undefined) material.color.lerp(new Color(STATUS_STYLES[whole].colour), 0.35)
    } else {
      // Everything else, the see-through body fat under the skin included, takes its own status colour.
      material.color.set(status !== undefined ? STATUS_STYLES[status].colour : layerColour(id))
    }
    const colour = id === selected ? HIGHLIGHT.selected : id === hovered ? HIGHLIGHT.hovered : '#000000'
    material.emissive.set(colour)
    material.emissiveIntensity = id === selected ? 0.6 : id === hovered ? 0.45 : 0
    if (id === 'skin') material.opacity = skinOpacity
    else if (ORGANS[id].layer === 'skin') {
      material.opacity =
        id === selected ? Math.max(skinOpacity, FAT_OPACITY.selected) : Math.min(skinOpacity, FAT_OPACITY.shown)
    }
  }
}

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
    applyHighlights(materials, selected, hovered, skinOpacity, statuses)
    invalidate()
  }, [materials, selected, hovered, skinOpacity, statuses, invalidate])

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
        return <OrganMesh key={part.id} part={part} material={material} visible={visible} lastTapRef={lastTap} />
      })}
    </group>
  )
}
