/**
 * The body fat stand-in.
 */
import type { OrganId } from '../../src/anatomy/organIds.ts'
import { builtOrgan, type BuiltOrgan } from './builtOrgan.ts'
import type { AnatomySource } from './openAnatomySource.ts'
import { offsetInward } from './standins.ts'

/**
 * Body fat: the skin wrap moved 7 mm inward along its normals (a shell just under the skin).
 * @param organs - every built organ, after the lift (the adipose tissue node is set)
 * @param src - the anatomy sources
 */
export function placeFatLayer(organs: ReadonlyMap<OrganId, BuiltOrgan>, src: AnatomySource): void {
  builtOrgan(organs, 'adipose_tissue').mesh = offsetInward(builtOrgan(organs, 'skin').mesh, 0.007)
  builtOrgan(organs, 'adipose_tissue').anchors.push(src.entry('derived/skin_wrap.obj'))
}
