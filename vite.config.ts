import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { defineConfig, type Plugin, type Rolldown } from 'vite'
import react from '@vitejs/plugin-react'

const COMPRESSIBLE = /\.(?:js|css|html|json|glb|svg|txt|md)$/

/**
 * Writes `<file>.br` (brotli, quality 9: about 5% under gzip -9 in a few seconds; 11 takes a minute) and `<file>.gz`
 * (gzip -9) beside every compressible built file of 1 KB or more, the models included; the embedded server sends
 * the best one the browser accepts (serveStatic `precompressed`), so nothing is compressed per request
 * (docs/performance.md, "Optimisations: load path").
 */
function precompress(): Plugin {
  let outDir = 'dist'
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    )
  return {
    name: 'twin-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue
        const bytes = readFileSync(file)
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
        const params = { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length }
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params }))
      }
    },
  }
}

/**
 * Lists in index.html (`<meta name="twin-start-files">`, paths separated by spaces: no script element) the chunks
 * the app downloads at start without running them (src/app/startDownloads.ts): the 3D scene and the lay-name tables
 * with the chunks they import, less those the entry script imports anyway. The app adds a modulepreload for each
 * once the light model is here, and evaluates them only after the loading preview is drawn.
 */
function startFiles(): Plugin {
  const DYNAMIC = [/src\/scene\/BodyScene\.tsx$/, /src\/i18n\/layNames\/layTables\.ts$/]
  return {
    name: 'twin-start-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle
        if (bundle === undefined) return html
        const chunks = new Map<string, Rolldown.OutputChunk>()
        for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item)
        const closure = (start: readonly string[]): Set<string> => {
          const seen = new Set<string>()
          const visit = (file: string): void => {
            if (seen.has(file)) return
            seen.add(file)
            for (const next of chunks.get(file)?.imports ?? []) visit(next)
          }
          start.forEach(visit)
          return seen
        }
        const all = [...chunks.values()]
        const entry = closure(all.filter((c) => c.isEntry).map((c) => c.fileName))
        const roots = DYNAMIC.map((test) => {
          const chunk = all.find((c) => c.facadeModuleId !== null && test.test(c.facadeModuleId))
          if (chunk === undefined) throw new Error(`twin-start-files: no chunk for ${test.source}`)
          return chunk.fileName
        })
        const files = [...closure(roots)].filter((f) => !entry.has(f)).map((f) => `/${f}`)
        if (files.some((f) => !/^\/[\w./-]+\.js$/.test(f))) throw new Error(`twin-start-files: ${files.join(' ')}`)
        return html.replace('</head>', `  <meta name="twin-start-files" content="${files.join(' ')}" />\n  </head>`)
      },
    },
  }
}

// The e2e build mode (`vite build --mode e2e`) exposes read-only test hooks (TOOLCHAIN.md gotcha 10).
export default defineConfig(({ mode }) => ({
  plugins: [react(), startFiles(), precompress()],
  // F10: library debug logging (fhir-kit-client logs URLs and headers through `debug`) can never be switched on.
  resolve: { alias: { debug: resolve('src/fhir/noDebugLogs.ts') } },
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
