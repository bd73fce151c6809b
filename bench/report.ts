/**
 * The bench's figures (bench/run.ts): each figure has an id, a label, a value with its unit and, where the issues set
 * one, a target; the table prints each figure beside its target marked MET / NOT MET, and results.json keeps them all.
 * Targets live here, never as timing asserts in tests.
 */

/** A target: the figure must be at most (or at least) this value. */
export interface Target {
  readonly op: '<=' | '>='
  readonly value: number
}

/** One measured figure. */
export interface Figure {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: string
  readonly target?: Target
  /** Free text shown after the target (what the figure includes, the runs). */
  readonly note?: string
}

/** Whether a figure meets its target (null without one; NaN never meets). */
export function met(figure: Figure): boolean | null {
  const target = figure.target
  if (target === undefined) return null
  return target.op === '<=' ? figure.value <= target.value : figure.value >= target.value
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a'
  const digits = unit === 'x' ? 2 : Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1
  return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`
}

/** The table line of one figure. */
export function line(figure: Figure): string {
  const verdict = met(figure)
  const target =
    figure.target === undefined ? '' : `target ${figure.target.op} ${format(figure.target.value, figure.unit)}`
  const mark = verdict === null ? '' : verdict ? 'MET' : 'NOT MET'
  const note = figure.note === undefined ? '' : `  (${figure.note})`
  return `${figure.label.padEnd(62)} ${format(figure.value, figure.unit).padStart(12)}  ${target.padEnd(20)} ${mark}${note}`
}

/** Collects figures and prints each as it comes (so a slow run shows progress). */
export class Figures {
  readonly all: Figure[] = []

  add(figure: Figure): Figure {
    this.all.push(figure)
    console.log(line(figure))
    return figure
  }

  /** Prints a section heading. */
  section(title: string): void {
    console.log(`\n== ${title}`)
  }
}

/** The median of a list (NaN when empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Milliseconds elapsed since `start` (performance.now based). */
export function since(start: number): number {
  return performance.now() - start
}
