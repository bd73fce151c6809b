/**
 * The legend's colours and patterns, shared by the 3D body and the DOM legend.
 * Okabe-Ito colours (chosen to stay distinct under common colour-vision deficiencies; checked by a simulation test),
 * no reds: nothing on the body reads as an alarm. Colour is never the only cue: each status also has a pattern in
 * the legend and its words in the organ list.
 */
import type { OrganMarking, OrganStatus } from './selectors.ts'

export interface StatusStyle {
  readonly colour: string
  /** The legend swatch pattern, so status never depends on colour alone. */
  readonly pattern: 'solid' | 'dashed' | 'hatched' | 'dotted' | 'ring' | 'cross'
}

export const STATUS_STYLES: Readonly<Record<OrganStatus, StatusStyle>> = {
  active: { colour: '#0072B2', pattern: 'solid' },
  suspected: { colour: '#56B4E9', pattern: 'dashed' },
  resolved: { colour: '#DDDDDD', pattern: 'hatched' },
  procedure: { colour: '#009E73', pattern: 'cross' },
  'risk-factor': { colour: '#F0E442', pattern: 'dotted' },
  'family-history': { colour: '#CC79A7', pattern: 'ring' },
}

/**
 * The body's markings beyond the status colours, the same in 3D and in the legend swatches:
 * - side not recorded: the status colour stays, with dark stripes over it (a stripe every `stripePeriod` metres,
 *   `stripeWidth` of the period wide, at 45 degrees across the front view);
 * - recorded as removed: no status colour, a faint ghost of the part (`ghostOpacity`) under a light wire outline.
 */
export const MARKING_STYLES = {
  'side-not-recorded': { stripeColour: '#1d2430', stripePeriod: 0.016, stripeWidth: 0.5 },
  removed: { ghostColour: '#8a94a3', ghostOpacity: 0.12, wireColour: '#5d6776', wireOpacity: 0.45 },
} as const satisfies Readonly<Record<OrganMarking, unknown>>

type Rgb = readonly [number, number, number]

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

const toLinear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const toSrgb = (c: number): number => {
  const v = Math.min(1, Math.max(0, c))
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055
}

/** Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1.0, applied in linear RGB. */
export const CVD_MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const

export type Deficiency = keyof typeof CVD_MATRICES

/**
 * Simulates how a colour looks under a colour-vision deficiency.
 * @param hex - '#rrggbb'
 * @param deficiency - which simulation
 */
export function simulate(hex: string, deficiency: Deficiency): Rgb {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number]
  const m = CVD_MATRICES[deficiency]
  const row = (i: 0 | 1 | 2): number => m[i][0] * r + m[i][1] * g + m[i][2] * b
  return [toSrgb(row(0)), toSrgb(row(1)), toSrgb(row(2))]
}

/**
 * CIE L*a*b* of an sRGB colour (D65).
 * @param rgb - sRGB components 0..1
 */
export function toLab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number]
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/**
 * CIE76 colour difference between two sRGB colours.
 * @param a - first colour
 * @param b - second colour
 */
export function deltaE(a: Rgb, b: Rgb): number {
  const la = toLab(a)
  const lb = toLab(b)
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2])
}

export { hexToRgb }
