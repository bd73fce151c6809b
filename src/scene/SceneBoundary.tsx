/**
 * The notice shown instead of the 3D body, and the error boundary that shows it: used around the 3D chunk's import
 * (src/app/lazyScene.tsx: offline, a new deploy) and inside it around the canvas (BodyScene.tsx: a model that cannot
 * load, a renderer error). No three.js here, so the app's entry can use it. The lists carry everything either way.
 */
import { Component, type ReactNode } from 'react'
import { useT } from '../twin/useT.ts'

/** The notice shown instead of the 3D body. */
export function SceneNotice() {
  const t = useT()
  return (
    <p className="notice scene-notice" role="note">
      {t('scene.unavailable')}
    </p>
  )
}

/** Catches what stops the 3D body: shows the notice and calls `onError` (the scene status). */
export class SceneBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override componentDidCatch(): void {
    this.props.onError()
  }
  override render(): ReactNode {
    return this.state.failed ? <SceneNotice /> : this.props.children
  }
}
