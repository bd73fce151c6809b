/**
 * Millimetres for the build's log lines and the provenance file.
 */

/**
 * A length in metres as millimetres with one decimal.
 * @param v - metres
 */
export const mm = (v: number): string => (v * 1000).toFixed(1)
