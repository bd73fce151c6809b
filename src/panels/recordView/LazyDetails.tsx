import { useState, type ReactNode, type SyntheticEvent } from 'react'

interface LazyDetailsProps {
  /** The summary line, always rendered: it names what is inside and how many (A11). */
  readonly summary: ReactNode
  /** What the details hold, rendered only once they have been opened. */
  readonly children: () => ReactNode
  /** Open from the start (the rows rendered at once). */
  readonly open?: boolean
}

/**
 * A `<details>` that renders its content only once opened, and keeps it rendered after, so that closing and opening
 * again is instant. A 10,000-resource record holds thousands of dated rows in closed groups; rendering them all at load
 * gave main-thread tasks of up to a second (issue 15). Opened by the user, by script (`details.open = true`) or by the
 * browser (find-in-page on the summary), the `toggle` event renders the rows; nothing is hidden once open.
 */
export function LazyDetails({ summary, children, open = false }: LazyDetailsProps) {
  const [opened, setOpened] = useState(open)
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    if (e.currentTarget.open) setOpened(true)
  }
  return (
    <details open={open || undefined} onToggle={onToggle}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  )
}
