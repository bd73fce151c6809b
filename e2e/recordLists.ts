/**
 * The record view renders the rows of a closed list or group only once it is opened (issue 15). Specs that read every
 * row of the record open every list and group first, as a user would, and wait until their rows are rendered.
 */
import type { Page } from '@playwright/test'

/** Opens every closed `<details>` of the record view, nested ones included, and waits until each shows its list. */
export async function openRecordLists(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll<HTMLDetailsElement>('.record details')]
    const closed = all.filter((d) => !d.open)
    for (const d of closed) d.open = true
    return closed.length === 0 && all.every((d) => d.querySelector(':scope > ul') !== null)
  })
}
