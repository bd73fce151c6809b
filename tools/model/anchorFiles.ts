/**
 * Finds the BodyParts3D files a stand-in is placed from.
 */
import type { AnatomySource, ManifestFile } from './openAnatomySource.ts'

/**
 * The BP3D manifest entries of one organ group, optionally only the structures matching a pattern; throws when none.
 * @param src - the anatomy sources
 * @param organ - manifest organ group
 * @param structure - structure-name filter
 */
export function anchorFiles(src: AnatomySource, organ: string, structure?: RegExp): ManifestFile[] {
  const entries = src.files.filter(
    (f) => f.file.startsWith('bp3d/') && f.organ === organ && (!structure || structure.test(f.structure ?? '')),
  )
  if (entries.length === 0) throw new Error(`no bp3d files for ${organ} ${String(structure ?? '')}`)
  return entries
}
