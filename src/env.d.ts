/** True in the `vite build --mode e2e` build, which exposes read-only test hooks on window.__twin. */
declare const __E2E__: boolean
