import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The e2e build mode (`vite build --mode e2e`) exposes read-only test hooks (TOOLCHAIN.md gotcha 10).
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: { __E2E__: JSON.stringify(mode === 'e2e') },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The manifest lets the bench and docs/performance.md measure the initial JavaScript (the entry and its static
    // imports) apart from the chunks loaded later.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The 3D libraries are reached only through the lazily imported scene (src/app/lazyScene.tsx), so their
          // chunks are never static imports of the entry; jsQR only through the QR picture reader, jose only through the
          // health-link reader (so neither joins the shared vendor chunk).
          groups: [
            { name: 'vendor-three', test: /node_modules[\\/]three[\\/]/, priority: 50 },
            { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 40 },
            { name: 'vendor-zustand', test: /node_modules[\\/](zustand|use-sync-external-store)[\\/]/, priority: 30 },
            {
              name: 'vendor-r3f',
              test: /node_modules[\\/](@react-three[\\/]|three-stdlib|its-fine|react-use-measure|suspend-react)/,
              priority: 20,
            },
            { name: 'vendor', test: /node_modules[\\/](?!(jsqr|jose)[\\/])/, priority: 10 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
}))
