import { useContext, useEffect } from 'react'
import { TwinContext } from '../../twin/TwinContext.tsx'
import { isFramed, startEmbedBridge } from './bridge.ts'
import './embed.css'

/**
 * Embed mode: when the app runs in a frame, switches to the compact layout and runs the postMessage bridge with
 * the configured origins. Renders nothing.
 * @param props - `origins`: exact origins allowed to command the app
 */
export function EmbedBridge({ origins }: { origins: readonly string[] }) {
  const store = useContext(TwinContext)
  useEffect(() => {
    if (store === null || !isFramed(window)) return
    document.documentElement.classList.add('embedded')
    const stop = origins.length > 0 ? startEmbedBridge(store, origins, window) : () => undefined
    return () => {
      stop()
      document.documentElement.classList.remove('embedded')
    }
  }, [store, origins])
  return null
}
