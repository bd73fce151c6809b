import { useCallback } from 'react'
import { useTwin } from '../../twin/TwinContext.tsx'
import type { Locale } from '../../twin/twinStore.ts'
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'

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

/** The translate function for the current locale. */
export function useT(): Translate {
  const locale = useTwin((s) => s.locale)
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
}
