/**
 * Fuzzy search over organ names (lay and clinical, English and Spanish) and recorded condition texts.
 * Pure: searchEntries.ts builds the entries from the vocabulary and the mapping.
 */

export interface SearchEntry {
  /** The text shown for the match. */
  readonly label: string
  /** Other names that also find it (clinical label, other language). */
  readonly aliases: readonly string[]
  /** The organ or region to select. */
  readonly place: string
  readonly kind: 'organ' | 'condition'
}

export interface SearchHit {
  readonly entry: SearchEntry
  readonly score: number
}

/**
 * Lower-cases, strips accents and punctuation: "Corazón" -> "corazon".
 * @param text - any text
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(v)
      best = Math.min(best, v)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

function tokenScore(q: string, words: readonly string[]): number {
  let best = 0
  for (const w of words) {
    if (w === q) return 4
    if (w.startsWith(q)) best = Math.max(best, 3)
    else if (w.includes(q)) best = Math.max(best, 2)
    else if (q.length >= 4 && distance(q, w.slice(0, q.length + 1), 1) <= 1) best = Math.max(best, 1)
  }
  return best
}

/**
 * Finds entries whose names match every word of the query (exact, prefix, substring, or one typo), best first.
 * @param query - what the user typed
 * @param entries - organs and conditions
 * @param limit - maximum hits
 */
export function searchTwin(query: string, entries: readonly SearchEntry[], limit = 8): SearchHit[] {
  const terms = fold(query).split(' ').filter(Boolean)
  if (terms.length === 0) return []
  const hits: SearchHit[] = []
  for (const entry of entries) {
    const words = [entry.label, ...entry.aliases].flatMap((text) => fold(text).split(' '))
    let score = 0
    for (const term of terms) {
      const s = tokenScore(term, words)
      if (s === 0) {
        score = 0
        break
      }
      score += s
    }
    if (score > 0) hits.push({ entry, score: score + (entry.kind === 'organ' ? 0.5 : 0) })
  }
  return hits.sort((a, b) => b.score - a.score || a.entry.label.localeCompare(b.entry.label)).slice(0, limit)
}
