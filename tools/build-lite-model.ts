/**
 * Writes public/models/body-lite.glb, the light first model, from public/models/body.glb (tools/model/liteModel.ts).
 * `npx tsx tools/build-lite-model.ts [in.glb] [out.glb]`; tools/build-model.ts runs it after writing body.glb.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { liteModel } from './model/liteModel.ts'

const MODELS = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'public/models')
const input = process.argv[2] ?? join(MODELS, 'body.glb')
const output = process.argv[3] ?? join(MODELS, 'body-lite.glb')
const { bytes, triangles } = await liteModel(readFileSync(input))
writeFileSync(output, bytes)
console.log(`${output}: ${String(bytes.byteLength)} bytes, ${String(triangles)} triangles (from ${input})`)
