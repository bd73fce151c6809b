/**
 * The message catalogues by locale and the one formatter every view uses (through `useT` in src/twin).
 * Pure: no React, no store.
 */
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'
import type { Locale } from './locale.ts'

/** Every catalogue, by locale. */
export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, es }

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string

/**
 * Formats a message: looks the key up in the locale's catalogue and fills `{name}` placeholders.
 * @param locale - the UI language
 * @param key - the message key
 * @param params - placeholder values
 */
export function translate(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const template = CATALOGUES[locale][key]
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}
