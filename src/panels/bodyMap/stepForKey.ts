/**
 * Where a key moves focus in the body map: one organ down or up, the first or the last; null for any other key.
 * @param key - `KeyboardEvent.key`
 */
export function stepForKey(key: string): number | 'first' | 'last' | null {
  return key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : key === 'Home' ? 'first' : key === 'End' ? 'last' : null
}
