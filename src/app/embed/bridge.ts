/**
 * The postMessage bridge of embed mode: commands from the embedding page are accepted only from the parent window
 * and an exact-match allowlisted origin, and drive store actions; store changes go back as events to that origin
 * only (never "*"). Ignored messages are logged without their payload.
 */
import type { TwinStore } from '../../twin/twinStore.ts'
import { envelope, parseCommand } from './protocol.ts'
import type { EmbedCommand, EmbedEvent } from './protocol.ts'

/** The window parts the bridge uses (a real window in the app, a stand-in in tests). */
export interface BridgeWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void }
  readonly location: { readonly ancestorOrigins?: { readonly length: number; item(index: number): string | null } }
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}

/**
 * True when the app runs inside a frame.
 * @param win - the window
 */
export function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top
  } catch {
    return true
  }
}

function apply(store: TwinStore, command: EmbedCommand): void {
  const state = store.getState()
  switch (command.type) {
    case 'selectOrgan':
      state.selectOrgan(command.organId)
      return
    case 'setDate':
      state.setTimeCursor(command.date)
      return
    case 'setMode':
      state.setMode(command.mode)
      return
    case 'resetView':
      state.requestView('reset')
      return
  }
}

/**
 * Starts the bridge.
 * @param store - the app's twin store
 * @param origins - exact origins allowed to command the app and receive its events
 * @param win - the app's window
 * @returns stop: removes the listener and the store subscription
 */
export function startEmbedBridge(store: TwinStore, origins: readonly string[], win: BridgeWindow): () => void {
  const allowed = new Set(origins)
  // The parent's origin, where the browser tells it (Chromium, Safari); else every allowlisted origin is tried
  // and the browser delivers to the one that matches.
  const ancestors = win.location.ancestorOrigins
  const parentOrigin = ancestors !== undefined && ancestors.length > 0 ? ancestors.item(0) : null
  let partner: string | null = parentOrigin !== null && allowed.has(parentOrigin) ? parentOrigin : null
  if (parentOrigin !== null && partner === null) {
    console.warn('Health record twin: the embedding page is not on the embed allowlist; no events are sent to it.')
  }

  const send = (event: EmbedEvent): void => {
    const targets = partner !== null ? [partner] : parentOrigin === null ? [...allowed] : []
    for (const target of targets) win.parent.postMessage(envelope(event), target)
  }

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== (win.parent as unknown)) return
    if (!allowed.has(event.origin)) {
      console.warn(`Health record twin: ignored a message from ${event.origin}, which is not on the embed allowlist.`)
      return
    }
    const command = parseCommand(event.data)
    if (command === null) {
      console.warn('Health record twin: ignored a message that is not a known command.')
      return
    }
    partner = event.origin
    apply(store, command)
  }
  win.addEventListener('message', onMessage)

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedOrganId !== previous.selectedOrganId) {
      send({ type: 'organSelected', organId: state.selectedOrganId })
    }
    if (state.timeCursor !== previous.timeCursor) send({ type: 'dateChanged', date: state.timeCursor })
    if (state.status === 'ready' && (previous.status !== 'ready' || state.generation !== previous.generation)) {
      send({ type: 'ready', recordLoaded: true })
    }
  })
  send({ type: 'ready', recordLoaded: store.getState().status === 'ready' })

  return () => {
    win.removeEventListener('message', onMessage)
    unsubscribe()
  }
}
