import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  define: { __E2E__: 'false' },
  // r3f and test-renderer ship CJS "main": prefer "module" so only one copy of three loads (TOOLCHAIN.md gotcha 4).
  ssr: { resolve: { mainFields: ['module', 'main'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'tools/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    server: { deps: { inline: [/@react-three\//] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
