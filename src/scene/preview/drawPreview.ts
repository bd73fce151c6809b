/**
 * Draws the loading preview (docs/performance.md, "A body during loading") with plain WebGL 2, without three.js, in
 * the preview worker (previewWorker.ts), so that a phone shows the body as soon as the light model is here, before
 * the 3D chunk has arrived and been evaluated, and without holding up the page's own thread. It draws what the
 * scene's first frame shows before a record is on it: the bare body from the home pose, organs and bones in their
 * layer colours (bodyColours.ts), the see-through skin over them, the same lights (SceneContents.tsx) and tone
 * mapping (r3f's default, ACES filmic). A picture only: nothing in it can be clicked.
 */
import { isShownForSex, DEFAULT_SKIN_OPACITY } from '../../twin/visibility.ts'
import { LAYER_COLOURS, SCENE_BACKGROUND } from '../bodyColours.ts'
import { CAMERA_FOV, homeDistance } from '../homeFrame.ts'
import type { PreviewModel, PreviewPart } from './readGlb.ts'

const NEAR = 0.05
const FAR = 30
const NOTHING_PLACED: ReadonlySet<string> = new Set()

// The surface direction per vertex is named `facing` (the wording tests read every string in app code).
const VERTEX = `#version 300 es
in vec3 position;
in vec3 facing;
uniform mat4 viewProjection;
out vec3 vFacing;
void main() {
  vFacing = facing;
  gl_Position = viewProjection * vec4(position, 1.0);
}`

// The scene's lights (ambient 0.55, directional 1.6 and 0.7) on a rough, non-metal surface: Lambert diffuse, as
// three.js computes it (irradiance times albedo / pi), then ACES filmic (three's exposure / 0.6) and sRGB output.
const FRAGMENT = `#version 300 es
precision highp float;
in vec3 vFacing;
uniform vec3 albedo;
uniform float opacity;
uniform vec3 light1;
uniform vec3 light2;
out vec4 colour;
vec3 aces(vec3 x) {
  x /= 0.6;
  return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}
vec3 srgb(vec3 c) {
  return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(vec3(0.0031308), c));
}
void main() {
  vec3 n = vFacing * inversesqrt(max(dot(vFacing, vFacing), 1e-12)) * (gl_FrontFacing ? 1.0 : -1.0);
  float irradiance = 0.55 + 1.6 * max(dot(n, light1), 0.0) + 0.7 * max(dot(n, light2), 0.0);
  colour = vec4(srgb(aces(albedo * irradiance / 3.14159265)), opacity);
}`

/** '#rrggbb' to 0..1 sRGB components. */
function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function unit(v: readonly [number, number, number]): [number, number, number] {
  const length = Math.hypot(...v)
  return [v[0] / length, v[1] / length, v[2] / length]
}

/**
 * Perspective times a camera at `eye` looking along -Z at the body (the home pose has no tilt), column-major.
 * @param eye - camera position
 * @param aspect - width / height
 */
export function viewProjection(eye: readonly [number, number, number], aspect: number): Float32Array {
  const f = 1 / Math.tan((CAMERA_FOV * Math.PI) / 180 / 2)
  const depth = NEAR - FAR
  // View: a translation by -eye (looking down -Z with +Y up needs no rotation).
  const [x, y, z] = eye
  const a = (FAR + NEAR) / depth
  const b = (2 * FAR * NEAR) / depth
  // prettier-ignore
  return new Float32Array([
    f / aspect, 0, 0, 0,
    0, f, 0, 0,
    0, 0, a, -1,
    (-x * f) / aspect, -y * f, -z * a + b, z,
  ])
}

/**
 * The camera position of the scene's home pose for these bounds and this aspect.
 * @param model - the preview model
 * @param aspect - width / height
 */
export function homeEye(model: PreviewModel, aspect: number): [number, number, number] {
  const { min, max } = model.bounds
  const size: [number, number, number] = [max[0] - min[0], max[1] - min[1], max[2] - min[2]]
  const centre = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] as const
  return [centre[0], centre[1], centre[2] + homeDistance(size, CAMERA_FOV, aspect)]
}

/** The parts the bare body shows (sex not yet known, nothing placed), opaque first, the skin last. */
export function previewParts(model: PreviewModel): PreviewPart[] {
  const shown = model.parts.filter((p) => isShownForSex(p.id, null, NOTHING_PLACED, null))
  return [...shown.filter((p) => p.layer !== 'skin'), ...shown.filter((p) => p.layer === 'skin')]
}

function compile(gl: WebGL2RenderingContext): WebGLProgram | null {
  const program = gl.createProgram()
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX],
    [gl.FRAGMENT_SHADER, FRAGMENT],
  ] as const) {
    const shader = gl.createShader(type)
    if (shader === null) return null
    gl.shaderSource(shader, source)
    gl.compileShader(shader)
    gl.attachShader(program, shader)
  }
  gl.bindAttribLocation(program, 0, 'position')
  gl.bindAttribLocation(program, 1, 'facing')
  gl.linkProgram(program)
  return gl.getProgramParameter(program, gl.LINK_STATUS) === true ? program : null
}

interface Uploaded {
  readonly part: PreviewPart
  readonly vao: WebGLVertexArrayObject
  readonly count: number
  readonly type: number
}

function upload(gl: WebGL2RenderingContext, part: PreviewPart): Uploaded {
  const vao = gl.createVertexArray()
  gl.bindVertexArray(vao)
  for (const [location, data] of [
    [0, part.positions],
    [1, part.normals],
  ] as const) {
    gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer())
    gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW)
    gl.enableVertexAttribArray(location)
    gl.vertexAttribPointer(location, 3, gl.FLOAT, false, 0, 0)
  }
  gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer())
  gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, part.indices, gl.STATIC_DRAW)
  gl.bindVertexArray(null)
  const type = part.indices instanceof Uint32Array ? gl.UNSIGNED_INT : gl.UNSIGNED_SHORT
  return { part, vao, count: part.indices.length, type }
}

/** A preview renderer: its context is created first (slow in software GL), the model uploaded on the first draw. */
export interface PreviewRenderer {
  /** Draws the model at this size (device pixels) on the renderer's canvas. */
  readonly draw: (model: PreviewModel, width: number, height: number) => void
}

/**
 * Creates the WebGL 2 context and program on the canvas, or null without WebGL 2 (the preview then shows nothing).
 * @param canvas - the preview worker's OffscreenCanvas
 * @param antialias - multisampling (off in the e2e build, as in the scene)
 */
export function createPreviewRenderer(canvas: OffscreenCanvas, antialias: boolean): PreviewRenderer | null {
  const gl = canvas.getContext('webgl2', {
    antialias,
    alpha: false,
    powerPreference: 'low-power',
  })
  if (gl === null) return null
  const program = compile(gl)
  if (program === null) return null
  const at = (name: string) => gl.getUniformLocation(program, name)
  const uniforms = {
    viewProjection: at('viewProjection'),
    albedo: at('albedo'),
    opacity: at('opacity'),
    light1: at('light1'),
    light2: at('light2'),
  }
  const background = rgb(SCENE_BACKGROUND)
  let uploaded: { model: PreviewModel; parts: Uploaded[] } | null = null
  const draw = (model: PreviewModel, width: number, height: number): void => {
    if (uploaded?.model !== model) uploaded = { model, parts: previewParts(model).map((p) => upload(gl, p)) }
    if (canvas.width !== width) canvas.width = width
    if (canvas.height !== height) canvas.height = height
    gl.viewport(0, 0, width, height)
    gl.clearColor(background[0], background[1], background[2], 1)
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT)
    gl.useProgram(program)
    gl.uniformMatrix4fv(uniforms.viewProjection, false, viewProjection(homeEye(model, width / height), width / height))
    gl.uniform3fv(uniforms.light1, unit([1.5, 2.5, 3]))
    gl.uniform3fv(uniforms.light2, unit([-2, 1.5, -2.5]))
    gl.enable(gl.DEPTH_TEST)
    gl.blendFuncSeparate(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA)
    for (const { part, vao, count, type } of uploaded.parts) {
      const skin = part.layer === 'skin'
      // Organs are drawn from both sides (open meshes, as in the scene); the see-through skin from the front only,
      // blended over them without writing depth.
      if (skin) {
        gl.enable(gl.CULL_FACE)
        gl.enable(gl.BLEND)
      } else {
        gl.disable(gl.CULL_FACE)
        gl.disable(gl.BLEND)
      }
      gl.depthMask(!skin)
      gl.uniform3fv(uniforms.albedo, rgb(LAYER_COLOURS[part.layer]).map(toLinear))
      gl.uniform1f(uniforms.opacity, skin ? DEFAULT_SKIN_OPACITY : 1)
      gl.bindVertexArray(vao)
      gl.drawElements(gl.TRIANGLES, count, type, 0)
    }
    gl.bindVertexArray(null)
    gl.depthMask(true)
  }
  return { draw }
}
