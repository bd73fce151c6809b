import { useCallback } from 'react'
import { translate, type Translate } from '../i18n/translate.ts'
import { useTwin } from './TwinContext.tsx'

/** The translate function for the store's current locale. */
export function useT(): Translate {
  const locale = useTwin((s) => s.locale)
  return useCallback<Translate>((key, params) => translate(locale, key, params), [locale])
}
