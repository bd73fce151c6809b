// The lay-name tables, loaded at app start by a dynamic import, are there from the start in unit tests (importing
// them does not load layName.ts, so tests may still mock the lookup).
import '../src/i18n/layNames/layTables.ts'

// React 19 act() support in the node and jsdom environments.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
