/**
 * Reads the light body model (public/models/body-lite.glb: EXT_meshopt_compression, KHR_mesh_quantization) into
 * plain arrays for the loading preview (drawPreview.ts), without three.js: one part per organ node, with its
 * positions, normals and triangle indices, and the skin's bounds for the camera. Pure: the meshopt decoder is
 * passed in. Throws on a file that is not such a model; the preview then shows nothing.
 */
import { ORGANS, isOrganId, type OrganId, type OrganLayer } from '../../anatomy/organIds.ts'

/** Decodes one EXT_meshopt_compression buffer view (the decoder's `decodeGltfBuffer`). */
export type MeshoptDecode = (
  target: Uint8Array,
  count: number,
  size: number,
  source: Uint8Array,
  mode: string,
  filter?: string,
) => void

/** One organ's triangles. */
export interface PreviewPart {
  readonly id: OrganId
  readonly layer: OrganLayer
  /** x, y, z per vertex (metres, body space). */
  readonly positions: Float32Array
  /** x, y, z per vertex, unit length. */
  readonly normals: Float32Array
  readonly indices: Uint16Array | Uint32Array
}

/** Axis-aligned bounds (metres). */
export interface Bounds {
  readonly min: readonly [number, number, number]
  readonly max: readonly [number, number, number]
}

export interface PreviewModel {
  readonly parts: readonly PreviewPart[]
  /** The skin's bounds (the camera frames them), or every part's when there is no skin. */
  readonly bounds: Bounds
}

interface Json {
  nodes?: { name?: string; mesh?: number }[]
  meshes?: { primitives?: { attributes?: Record<string, number>; indices?: number; mode?: number }[] }[]
  accessors?: {
    bufferView?: number
    byteOffset?: number
    componentType: number
    normalized?: boolean
    count: number
    type: string
    min?: number[]
    max?: number[]
  }[]
  bufferViews?: {
    buffer: number
    byteOffset?: number
    byteLength: number
    byteStride?: number
    extensions?: {
      EXT_meshopt_compression?: {
        buffer: number
        byteOffset?: number
        byteLength: number
        byteStride: number
        count: number
        mode: string
        filter?: string
      }
    }
  }[]
}

const GLB_MAGIC = 0x46546c67
const CHUNK_JSON = 0x4e4f534a
const CHUNK_BIN = 0x004e4942
const COMPONENTS: Readonly<Record<string, number>> = { SCALAR: 1, VEC2: 2, VEC3: 3, VEC4: 4 }
const BYTES: Readonly<Record<number, number>> = { 5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 }

function fail(what: string): never {
  throw new Error(`body-lite.glb: ${what}`)
}

/** The JSON and binary chunks of a GLB file. */
function chunks(bytes: ArrayBuffer): { json: Json; bin: Uint8Array } {
  const view = new DataView(bytes)
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== GLB_MAGIC) fail('not a GLB file')
  let json: Json | null = null
  let bin: Uint8Array | null = null
  for (let at = 12; at + 8 <= bytes.byteLength;) {
    const length = view.getUint32(at, true)
    const type = view.getUint32(at + 4, true)
    const body = new Uint8Array(bytes, at + 8, Math.min(length, bytes.byteLength - at - 8))
    if (type === CHUNK_JSON) json = JSON.parse(new TextDecoder().decode(body)) as Json
    else if (type === CHUNK_BIN) bin = body
    at += 8 + length
  }
  if (json === null || bin === null) fail('missing chunk')
  return { json, bin }
}

/** Every buffer view's bytes, decoded where it is meshopt-compressed (the GLB's one binary chunk is buffer 0). */
function viewBytes(json: Json, bin: Uint8Array, decode: MeshoptDecode): Uint8Array[] {
  return (json.bufferViews ?? []).map((view) => {
    const packed = view.extensions?.EXT_meshopt_compression
    if (packed === undefined) {
      if (view.buffer !== 0) fail('a buffer outside the GLB')
      return bin.subarray(view.byteOffset ?? 0, (view.byteOffset ?? 0) + view.byteLength)
    }
    if (packed.buffer !== 0) fail('compressed data outside the GLB')
    const start = packed.byteOffset ?? 0
    const target = new Uint8Array(packed.count * packed.byteStride)
    decode(
      target,
      packed.count,
      packed.byteStride,
      bin.subarray(start, start + packed.byteLength),
      packed.mode,
      packed.filter ?? 'NONE',
    )
    return target
  })
}

/** Reads one component as a number (normalised integers to -1..1 or 0..1, as glTF defines). */
function reader(view: DataView, type: number, normalized: boolean): (at: number) => number {
  switch (type) {
    case 5126:
      return (at) => view.getFloat32(at, true)
    case 5120:
      return normalized ? (at) => Math.max(view.getInt8(at) / 127, -1) : (at) => view.getInt8(at)
    case 5121:
      return normalized ? (at) => view.getUint8(at) / 255 : (at) => view.getUint8(at)
    case 5122:
      return normalized ? (at) => Math.max(view.getInt16(at, true) / 32767, -1) : (at) => view.getInt16(at, true)
    case 5123:
      return normalized ? (at) => view.getUint16(at, true) / 65535 : (at) => view.getUint16(at, true)
    case 5125:
      return (at) => view.getUint32(at, true)
    default:
      return fail(`component type ${String(type)}`)
  }
}

/** An accessor's values, tightly packed. */
function readAccessor(json: Json, views: readonly Uint8Array[], index: number): { values: number[]; size: number } {
  const accessor = json.accessors?.[index] ?? fail(`no accessor ${String(index)}`)
  const size = COMPONENTS[accessor.type] ?? fail(`accessor type ${accessor.type}`)
  const bytes = BYTES[accessor.componentType] ?? fail(`component type ${String(accessor.componentType)}`)
  const data = views[accessor.bufferView ?? -1] ?? fail('accessor without data')
  const stride = json.bufferViews?.[accessor.bufferView ?? -1]?.byteStride ?? size * bytes
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const read = reader(view, accessor.componentType, accessor.normalized === true)
  const values = new Array<number>(accessor.count * size)
  const offset = accessor.byteOffset ?? 0
  for (let i = 0; i < accessor.count; i++) {
    for (let c = 0; c < size; c++) values[i * size + c] = read(offset + i * stride + c * bytes)
  }
  return { values, size }
}

function unitNormals(values: readonly number[]): Float32Array {
  const out = new Float32Array(values)
  for (let i = 0; i < out.length; i += 3) {
    const x = out[i] ?? 0
    const y = out[i + 1] ?? 0
    const z = out[i + 2] ?? 0
    const length = Math.hypot(x, y, z) || 1
    out[i] = x / length
    out[i + 1] = y / length
    out[i + 2] = z / length
  }
  return out
}

function boundsOf(parts: readonly PreviewPart[]): Bounds {
  const min = [Infinity, Infinity, Infinity]
  const max = [-Infinity, -Infinity, -Infinity]
  for (const part of parts) {
    const p = part.positions
    for (let i = 0; i < p.length; i++) {
      const v = p[i] ?? 0
      const axis = i % 3
      if (v < (min[axis] ?? 0)) min[axis] = v
      if (v > (max[axis] ?? 0)) max[axis] = v
    }
  }
  if (!Number.isFinite(min[0])) return { min: [-0.3, 0, -0.15], max: [0.3, 1.75, 0.15] }
  return { min: [min[0] ?? 0, min[1] ?? 0, min[2] ?? 0], max: [max[0] ?? 0, max[1] ?? 0, max[2] ?? 0] }
}

/**
 * Reads the model's organ nodes (a node named by an organ id, with a mesh; the first node for an id wins, as in
 * bodyModel.ts `extractBodyParts`), the first triangle primitive of each.
 * @param bytes - the GLB file
 * @param decode - the meshopt decoder's `decodeGltfBuffer` (ready)
 */
export function readPreviewModel(bytes: ArrayBuffer, decode: MeshoptDecode): PreviewModel {
  const { json, bin } = chunks(bytes)
  const views = viewBytes(json, bin, decode)
  const parts: PreviewPart[] = []
  const seen = new Set<string>()
  for (const node of json.nodes ?? []) {
    const id = node.name ?? ''
    if (!isOrganId(id) || seen.has(id) || node.mesh === undefined) continue
    const primitive = json.meshes?.[node.mesh]?.primitives?.find((p) => (p.mode ?? 4) === 4)
    const position = primitive?.attributes?.POSITION
    const normal = primitive?.attributes?.NORMAL
    if (primitive?.indices === undefined || position === undefined || normal === undefined) continue
    seen.add(id)
    const indices = readAccessor(json, views, primitive.indices).values
    const positions = new Float32Array(readAccessor(json, views, position).values)
    const vertices = positions.length / 3
    parts.push({
      id,
      layer: ORGANS[id].layer,
      positions,
      normals: unitNormals(readAccessor(json, views, normal).values),
      indices: vertices > 65535 ? new Uint32Array(indices) : new Uint16Array(indices),
    })
  }
  const skin = parts.filter((p) => p.id === 'skin')
  return { parts, bounds: boundsOf(skin.length > 0 ? skin : parts) }
}
