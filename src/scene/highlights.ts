/** The per-organ clones' colours, opacities and highlights for the legend statuses and the markings. */
import { Color, type MeshStandardMaterial } from 'three'
import { ORGANS, type OrganId } from '../anatomy/organIds.ts'
import { strongestStatus, type OrganMarking, type OrganStatus } from '../twin/selectors.ts'
import { MARKING_STYLES, STATUS_STYLES } from '../twin/palette.ts'
import { HIGHLIGHT, layerColour } from './bodyModel.ts'

/**
 * The body fat shell's opacity: faint while not selected, so the organs seen through it keep their legend colours;
 * while selected never fainter than the selected value, so its own status colour reads at a low X-ray setting.
 */
const FAT_OPACITY = { shown: 0.2, selected: 0.35 } as const

/** The regions drawn on the figure's outline: the see-through skin takes a light tint of the strongest of them. */
const OUTLINE_REGIONS = ['whole_body', 'blood', 'nerves'] as const

/**
 * Sets an organ clone's colour, opacity and depth writing for its status and marking: a part recorded as removed is
 * a faint ghost in a neutral colour whatever its status; the see-through layers keep their X-ray opacity.
 */
function applyBase(
  id: OrganId,
  material: MeshStandardMaterial,
  selected: OrganId | null,
  skinOpacity: number,
  statuses: ReadonlyMap<string, OrganStatus>,
  marking: OrganMarking | undefined,
): void {
  const status = statuses.get(id)
  if (id === 'skin') {
    // The see-through skin is the outline of the whole figure: it takes a light tint of the strongest status of the
    // outline regions (whole body: systemic findings such as fever; blood and bone marrow; nerves), never of its
    // own, which the body map states in words.
    const outline = strongestStatus(OUTLINE_REGIONS.map((r) => statuses.get(r)))
    material.color.set(layerColour(id))
    if (outline !== undefined) material.color.lerp(new Color(STATUS_STYLES[outline].colour), 0.35)
    material.opacity = skinOpacity
    return
  }
  const ghost = marking === 'removed'
  // Everything else, the see-through body fat under the skin included, takes its own status colour.
  const colour = ghost
    ? MARKING_STYLES.removed.ghostColour
    : status !== undefined
      ? STATUS_STYLES[status].colour
      : layerColour(id)
  material.color.set(colour)
  if (ORGANS[id].layer === 'skin') {
    material.opacity =
      id === selected ? Math.max(skinOpacity, FAT_OPACITY.selected) : Math.min(skinOpacity, FAT_OPACITY.shown)
    return
  }
  if (material.transparent !== ghost) material.needsUpdate = true
  material.transparent = ghost
  material.depthWrite = !ghost
  material.opacity = ghost ? MARKING_STYLES.removed.ghostOpacity : 1
}

/**
 * Applies legend colours, the markings (removed parts as ghosts), selection/hover highlights and the skin opacity
 * to the per-organ clones.
 */
export function applyHighlights(
  materials: ReadonlyMap<OrganId, MeshStandardMaterial>,
  selected: OrganId | null,
  hovered: OrganId | null,
  skinOpacity: number,
  statuses: ReadonlyMap<string, OrganStatus>,
  markings: ReadonlyMap<OrganId, OrganMarking> = new Map(),
): void {
  for (const [id, material] of materials) {
    applyBase(id, material, selected, skinOpacity, statuses, markings.get(id))
    const colour = id === selected ? HIGHLIGHT.selected : id === hovered ? HIGHLIGHT.hovered : '#000000'
    material.emissive.set(colour)
    material.emissiveIntensity = id === selected ? 0.6 : id === hovered ? 0.45 : 0
  }
}
