import type { ViewMode } from '../../twin/twinStore.ts'

/**
 * The record's own reference ("Condition/123") after an item, in the clinician view only (G12, I8: ids behind every
 * item). Patients find it in the details' source.
 * @param props.reference - the resource reference
 * @param props.mode - the view mode
 */
export function SourceReference({ reference, mode }: { reference: string; mode: ViewMode }) {
  if (mode !== 'clinician') return null
  return (
    <>
      {' '}
      <code className="event-source">{reference}</code>
    </>
  )
}
