/**
 * The anatomy source folder the model build reads: its manifest and its mesh files, each checked against the
 * manifest's sha256. The folder is tools/model/sources (files stored gzipped as `<file>.gz`) or, through
 * ANATOMY_DIR, any folder of the same layout with plain or gzipped files.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { bp3dToGltf, parseObj, type Mesh } from './mesh.ts'
import { readHraMesh } from './readHraMesh.ts'

/** One manifest entry: a source file and what it holds. */
export interface ManifestFile {
  readonly file: string
  readonly organ: string
  readonly structure?: string
  readonly fma?: string
  readonly organFma?: string | null
  readonly uberon?: string | null
  readonly sha256?: string
  readonly sourceRepo?: string
  readonly sourceCommit?: string
  readonly sourcePath?: string
  readonly meshNames?: readonly string[]
}

interface Manifest {
  readonly files: readonly ManifestFile[]
}

/** An opened anatomy source folder. */
export interface AnatomySource {
  /** Every manifest entry, in manifest order. */
  readonly files: readonly ManifestFile[]
  /** The manifest entry of a file; throws when there is none. */
  entry(file: string): ManifestFile
  /** A file's bytes, checked against the manifest's sha256 so a changed input cannot slip in silently. */
  read(file: string): Buffer
  /** A BodyParts3D OBJ, converted to glTF metres. */
  bp3d(file: string): Mesh
  /** Every mesh of an HRA GLB in scene space, optionally filtered by node name. */
  hra(file: string, keep?: (name: string) => boolean): Promise<Mesh>
  /** Files the manifest lists that have not been read (so far). */
  unread(): string[]
}

/** A file as stored: plain when present, else its gzipped copy. */
function readStored(dir: string, file: string): Buffer {
  const plain = join(dir, file)
  return existsSync(plain) ? readFileSync(plain) : gunzipSync(readFileSync(`${plain}.gz`))
}

/**
 * Opens an anatomy source folder.
 * @param dir - folder holding manifest.json and the files it lists
 */
export function openAnatomySource(dir: string): AnatomySource {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest
  const entry = (file: string): ManifestFile => {
    const found = manifest.files.find((f) => f.file === file)
    if (!found) throw new Error(`manifest has no entry for ${file}`)
    return found
  }
  const done = new Set<string>()
  const read = (file: string): Buffer => {
    const data = readStored(dir, file)
    done.add(file)
    const want = entry(file).sha256
    const got = createHash('sha256').update(data).digest('hex')
    if (want && want !== got) throw new Error(`sha256 mismatch for ${file}`)
    return data
  }
  return {
    files: manifest.files,
    entry,
    read,
    bp3d: (file) => bp3dToGltf(parseObj(read(file).toString('utf8'))),
    hra: (file, keep) => readHraMesh(new Uint8Array(read(file)), keep),
    unread: () => [...new Set(manifest.files.map((f) => f.file))].filter((f) => !done.has(f)),
  }
}
