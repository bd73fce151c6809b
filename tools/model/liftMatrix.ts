/**
 * The lift that puts the soles at y = 0.
 */
import type { Affine } from './mesh.ts'

/**
 * The affine map that moves a mesh up by `lift` metres.
 * @param lift - metres along +Y
 */
export const liftMatrix = (lift: number): Affine => [1, 0, 0, 0, 0, 1, 0, lift, 0, 0, 1, 0] as const
