/** A rectangle in page (CSS pixel) coordinates, as returned by getBoundingClientRect. */
export interface PageRect {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/**
 * Converts normalised device coordinates (-1..1, y up) to page coordinates inside the canvas rectangle (y down).
 * @param ndc - projected point; only x and y are used
 * @param rect - the canvas element's bounding rectangle
 */
export function ndcToPage(ndc: { readonly x: number; readonly y: number }, rect: PageRect): { x: number; y: number } {
  return {
    x: rect.left + ((ndc.x + 1) / 2) * rect.width,
    y: rect.top + ((1 - ndc.y) / 2) * rect.height,
  }
}
