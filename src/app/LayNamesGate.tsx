/**
 * The lay-name tables are a chunk of their own, requested at app start (main.tsx) beside the FHIR requests. The twin
 * view waits for them (they almost always arrive before the record does), so no view shows a finding first without
 * its plain name and then with it. A chunk that cannot load is no error: the views show the record's own text.
 */
import { Suspense, use, type ReactNode } from 'react'
import { layNamesLoaded, loadLayNames } from '../i18n/layNames/layName.ts'

function WaitForLayNames() {
  if (!layNamesLoaded()) use(loadLayNames())
  return null
}

/** Renders its children once the lay-name tables are loaded (or could not be). */
export function LayNamesGate({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WaitForLayNames />
      {children}
    </Suspense>
  )
}
