/**
 * Rewrites HAPI-style sort modifiers, which @medplum/core ignores (it would sort ascending): `_sort:desc=date` →
 * `_sort=-date`, `_sort:asc=date` → `_sort=date`. Comma lists get the prefix on every field.
 * @param params - The incoming query (not mutated).
 * @returns A new query.
 */
export function rewriteSortModifiers(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams()
  for (const [key, value] of params) {
    if (key === '_sort:desc') {
      const fields = value.split(',').map((field) => (field.startsWith('-') ? field : `-${field}`))
      out.append('_sort', fields.join(','))
    } else if (key === '_sort:asc') {
      out.append('_sort', value)
    } else {
      out.append(key, value)
    }
  }
  return out
}
