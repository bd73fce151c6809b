/**
 * The twin's header tools: mode and language stay in the header on wide screens; the actions (print, share,
 * credits, guide, another patient) sit behind one Menu button at every size, and on narrow screens mode and
 * language join them. Escape or a click outside closes the menu and returns focus to the button.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useT } from '../../twin/useT.ts'
import { useMediaQuery } from './useMediaQuery.ts'

/** One menu action. */
export interface MenuAction {
  readonly label: string
  readonly onSelect: () => void
}

/**
 * @param props.controls - shown inline on wide screens, inside the menu on narrow ones (mode, language)
 * @param props.actions - the menu's actions; choosing one closes the menu
 */
export function AppMenu({ controls, actions }: { controls: ReactNode; actions: readonly MenuAction[] }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  // Mode and language fit in the header from 700 px; narrower, they move into the menu (rendered in one place only).
  const roomy = useMediaQuery('(min-width: 700px)')
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return
      // Escape closes the menu only: the bottom sheet under it stays as it is.
      e.preventDefault()
      e.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (e: PointerEvent): void => {
      if (e.target instanceof Node && root.current?.contains(e.target) !== true) setOpen(false)
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [open])
  return (
    <div className="header-tools" ref={root}>
      {roomy && <div className="header-controls">{controls}</div>}
      <button
        type="button"
        ref={button}
        className="menu-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => {
          setOpen(!open)
        }}
      >
        {t('menu.button')}
      </button>
      <div className="header-menu" id={`${id}-menu`} hidden={!open}>
        {!roomy && <div className="menu-controls">{controls}</div>}
        <ul className="header-actions">
          {actions.map((action) => (
            <li key={action.label}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false)
                  // The action's own dialog (credits) returns the focus here when it closes, not to a hidden item.
                  button.current?.focus()
                  action.onSelect()
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
