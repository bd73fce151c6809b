import { useId, type ReactNode } from 'react'

/** A titled group of findings with its count; nothing is rendered for an empty group. */
export function Group({ title, children, count }: { title: string; children: ReactNode; count: number }) {
  const id = useId()
  if (count === 0) return null
  return (
    <section aria-labelledby={id} className="panel-group">
      <h4 id={id}>
        {title} ({count})
      </h4>
      <ul className="events">{children}</ul>
    </section>
  )
}
