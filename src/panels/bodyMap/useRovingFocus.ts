import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { OrganId } from '../../anatomy/organIds.ts'
import { ORGAN_IDS } from '../../anatomy/organIds.ts'
import { stepForKey } from './stepForKey.ts'

/**
 * The body map's keyboard focus: one Tab stop (roving tabindex) on the selected organ, else the last focused one,
 * else the first; ArrowUp/ArrowDown move between organs and wrap, Home/End jump. A selection made elsewhere (a click
 * in 3D) moves focus to its button, and a button that leaves the list hands focus to the next one in body order.
 * Returns the list's ref, the tab stop, the list's key handler, a ref callback per organ button, `setActive` for a
 * button's focus handler, and `markChosenHere` to call before a selection made in the list itself.
 * @param order - the listed organs, in list order
 * @param selected - the selected organ
 */
export function useRovingFocus(order: readonly OrganId[], selected: OrganId | null) {
  const buttons = useRef(new Map<OrganId, HTMLButtonElement>())
  const listRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState<OrganId | null>(null)
  const tabStop =
    selected !== null && order.includes(selected)
      ? selected
      : active !== null && order.includes(active)
        ? active
        : (order[0] ?? null)

  // A place-only stand-in (body fat, joint markers) leaves the list when it is deselected or the timeline moves
  // past its findings. If its button had focus, focus goes to the next button in body order instead of the page.
  useEffect(() => {
    if (active === null || order.includes(active)) return
    const list = listRef.current
    const focusLost = document.activeElement === null || document.activeElement === document.body
    const rank = ORGAN_IDS.indexOf(active)
    const next = order.find((id) => ORGAN_IDS.indexOf(id) > rank) ?? order[order.length - 1] ?? null
    // Focusing the button makes it the active one (its focus handler); the tab stop falls back meanwhile.
    if (next !== null && list !== null && (focusLost || list.contains(document.activeElement))) {
      buttons.current.get(next)?.focus({ preventScroll: true })
    }
  }, [active, order])

  // A selection made elsewhere (a click in 3D) moves focus to its button, without jumping the page.
  const chosenHere = useRef(false)
  const previous = useRef(selected)
  useEffect(() => {
    if (selected === previous.current) return
    previous.current = selected
    if (chosenHere.current) {
      chosenHere.current = false
      return
    }
    if (selected === null) return
    const button = buttons.current.get(selected)
    const list = listRef.current
    if (button === undefined || list === null) return
    button.focus({ preventScroll: true })
    const top = button.offsetTop
    if (top < list.scrollTop || top + button.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 2)
    }
  }, [selected])

  const moveFocus = (from: OrganId, step: number | 'first' | 'last') => {
    const i = order.indexOf(from)
    const n = order.length
    const next = step === 'first' ? order[0] : step === 'last' ? order[n - 1] : order[(((i + step) % n) + n) % n]
    if (next === undefined) return
    setActive(next)
    buttons.current.get(next)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    const id = target.dataset.organ as OrganId | undefined
    if (id === undefined) return
    const step = stepForKey(e.key)
    if (step === null) return
    e.preventDefault()
    moveFocus(id, step)
  }

  const buttonRef = (id: OrganId) => (el: HTMLButtonElement | null) => {
    if (el === null) buttons.current.delete(id)
    else buttons.current.set(id, el)
  }
  const markChosenHere = () => {
    chosenHere.current = true
  }

  return { listRef, tabStop, onKeyDown, buttonRef, setActive, markChosenHere }
}
