/**
 * The body's resting colours, without three.js: read by the scene's materials (bodyModel.ts) and by the loading
 * preview (preview/drawPreview.ts), so both draw the same figure.
 */
import type { OrganLayer } from '../anatomy/organIds.ts'

/** Calm, non-alarming colours per layer (no reds: the product informs, it does not alert). */
export const LAYER_COLOURS: Readonly<Record<OrganLayer, string>> = {
  skin: '#d8b99c',
  skeleton: '#e6e0cf',
  organs: '#c9a585',
  vessels: '#7f9cc0',
}

/** The canvas background colour (BodyScene, the preview); the mind halo's strength is measured against it. */
export const SCENE_BACKGROUND = '#eef1f4'
