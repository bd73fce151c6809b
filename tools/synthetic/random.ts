/**
 * The seeded randomness of the synthetic record (tools/syntheticRecord.ts): a small PRNG (mulberry32, public
 * domain) so the same seed always gives the same bundle, and deterministic UUID-shaped ids.
 */

/** A seeded source of numbers in [0, 1) and the helpers the generator draws with. */
export interface Random {
  /** The next number in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** A number near `mean` (uniform in mean ± spread), rounded to `decimals`. */
  near(mean: number, spread: number, decimals: number): number
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** A UUID-shaped id (version 4 layout), drawn from this source. */
  uuid(): string
}

/**
 * Makes a seeded source (mulberry32).
 * @param seed - any integer; the same seed gives the same sequence
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const hex = (digits: number): string => {
    let out = ''
    for (let i = 0; i < digits; i++) out += Math.floor(next() * 16).toString(16)
    return out
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    near: (mean, spread, decimals) => {
      const factor = 10 ** decimals
      return Math.round((mean + (next() * 2 - 1) * spread) * factor) / factor
    },
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)]
      if (item === undefined) throw new Error('pick from an empty list')
      return item
    },
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)] ?? '8'}${hex(3)}-${hex(12)}`,
  }
}
