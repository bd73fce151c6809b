/**
 * A capability the mounted 3D view registers: render the body from the front and return it as a PNG data URL
 * (for the print summary). Module-level so the store never holds renderer objects.
 */
type Snapshotter = () => string | null

let snapshotter: Snapshotter | null = null

/**
 * Registers (or clears) the function that renders a front view.
 * @param fn - the renderer-backed snapshot function, or null on unmount
 */
export function setSnapshotter(fn: Snapshotter | null): void {
  snapshotter = fn
}

/** A PNG data URL of the body from the front, or null when no 3D view is mounted. */
export function takeFrontSnapshot(): string | null {
  return snapshotter ? snapshotter() : null
}
