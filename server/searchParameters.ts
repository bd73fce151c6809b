import type { Bundle, BundleEntry, SearchParameter } from '@medplum/fhirtypes'

/**
 * Splits a FHIRPath expression at its top-level `|` operators, leaving unions nested in parentheses, brackets or
 * braces and `|` characters inside quoted strings or backtick identifiers alone.
 * @param expression - The FHIRPath expression, e.g. `Condition.subject | (Observation.value as Quantity)`.
 * @returns The trimmed, non-empty branches in source order.
 */
export function splitTopLevelUnion(expression: string): string[] {
  const branches: string[] = []
  let depth = 0
  let quote: string | undefined
  let start = 0
  for (let i = 0; i < expression.length; i++) {
    const ch = expression.charAt(i)
    if (quote !== undefined) {
      if (ch === '\\') {
        // An escaped character (\' or \`) never closes the literal.
        i++
      } else if (ch === quote) {
        quote = undefined
      }
      continue
    }
    if (ch === "'" || ch === '`' || ch === '"') {
      quote = ch
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth = Math.max(0, depth - 1)
    } else if (ch === '|' && depth === 0) {
      branches.push(expression.slice(start, i).trim())
      start = i + 1
    }
  }
  branches.push(expression.slice(start).trim())
  return branches.filter((branch) => branch.length > 0)
}

/**
 * Tells whether one union branch of a search-parameter expression is rooted at the given resource type.
 * @param branch - One top-level branch, possibly wrapped in parentheses.
 * @param resourceType - The base resource type, e.g. `Observation`.
 * @returns True when the branch starts with `<resourceType>.` or is exactly the type name.
 */
function branchBelongsTo(branch: string, resourceType: string): boolean {
  const stripped = branch.replace(/^[\s(]+/, '')
  if (!stripped.startsWith(resourceType)) {
    return false
  }
  const next = stripped.charAt(resourceType.length)
  // `Observation` must not claim `ObservationDefinition.x`, hence the character after the type name.
  return next === '' || next === '.' || next === ' ' || next === ')'
}

/**
 * Rewrites a SearchParameter bundle so that every parameter shared by several resource types becomes one parameter
 * per base type whose expression keeps only that type's union branches (FHIR-SERVER.md §4). The in-memory matcher
 * evaluates the whole expression for every candidate, so this turns a 32-branch union into one short path.
 * A base type that owns no branch keeps the full expression, which matches the unsplit behaviour exactly.
 * @param bundle - The R4 `search-parameters.json` bundle (not mutated).
 * @returns A new bundle with single-base parameters.
 */
export function splitMultiBaseSearchParameters(bundle: Bundle<SearchParameter>): Bundle<SearchParameter> {
  const entry: BundleEntry<SearchParameter>[] = []
  for (const original of bundle.entry ?? []) {
    const resource = original.resource
    const bases = resource?.base ?? []
    if (resource?.expression === undefined || bases.length < 2) {
      entry.push(original)
      continue
    }
    const branches = splitTopLevelUnion(resource.expression)
    for (const base of bases) {
      const mine = branches.filter((branch) => branchBelongsTo(branch, base))
      entry.push({
        ...original,
        resource: { ...resource, base: [base], expression: mine.length > 0 ? mine.join(' | ') : resource.expression },
      })
    }
  }
  return { ...bundle, entry }
}
