/** The interface languages. Another locale is another catalogue (en.ts, es.ts) and a label pair per place. */
export type Locale = 'en' | 'es'

/** The locales in preference order. */
export const LOCALES: readonly Locale[] = ['en', 'es']
