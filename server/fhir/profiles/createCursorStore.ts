import { randomUUID } from 'node:crypto'

/** Opaque page cursors: each stands for the real (offset) URL of a next page. */
export interface CursorStore {
  /** Stores a path-and-query and returns its cursor. */
  put(pathAndQuery: string): string
  /** The path-and-query of a cursor, or undefined when unknown or evicted. */
  get(cursor: string): string | undefined
}

/**
 * A bounded in-memory cursor store (the oldest cursors are evicted past `limit`).
 * @param limit - how many cursors are kept
 * @returns the store
 */
export function createCursorStore(limit = 10_000): CursorStore {
  const cursors = new Map<string, string>()
  return {
    put(pathAndQuery) {
      const cursor = randomUUID().replaceAll('-', '')
      cursors.set(cursor, pathAndQuery)
      if (cursors.size > limit) {
        const oldest = cursors.keys().next().value
        if (oldest !== undefined) cursors.delete(oldest)
      }
      return cursor
    },
    get: (cursor) => cursors.get(cursor),
  }
}
