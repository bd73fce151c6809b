// Types for eslint.layers.js (a plain ES module, so ESLint can load it without a build step).
import type { Linter } from 'eslint'

/** Each src/ folder and the src/ folders it may import. */
export declare const LAYERS: Readonly<Record<string, readonly string[]>>
/** The layer, cycle and size rules eslint.config.js applies. */
export declare const layerRules: Linter.Config[]
