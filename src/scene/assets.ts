/**
 * Asset URLs and loader setup for the 3D body. The model and its decoder are served by the app itself (no CDN):
 * body.glb is built by tools/build-model.ts (credits in public/models/CREDITS.md).
 */
import type { Loader } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

export { BODY_LITE_URL, BODY_MODEL_URL } from './modelUrls.ts'

/**
 * Configures a GLTFLoader for body.glb (EXT_meshopt_compression); passed to r3f's useLoader as its extension.
 * @param loader - the loader r3f created
 */
export function configureBodyLoader(loader: Loader): void {
  if (loader instanceof GLTFLoader) loader.setMeshoptDecoder(MeshoptDecoder)
}

export { GLTFLoader }
