// @ts-check
/**
 * The shape of src/, as lint rules (docs/architecture.md): the folders are layers and each may import only the
 * layers below it, so no two folders import each other; no file imports itself through a cycle; the pure layers
 * import no UI or I/O library. eslint.config.js uses these rules, and tests/lint/layers.test.ts proves they fire.
 */
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

/**
 * Each src/ folder and the src/ folders it may import. Order, lowest first: timeline; fhir and anatomy (each on
 * timeline only); i18n; twin; scene and panels (never each other); app.
 */
export const LAYERS = {
  timeline: [],
  fhir: ['timeline'],
  anatomy: ['timeline'],
  i18n: ['timeline', 'anatomy'],
  twin: ['timeline', 'anatomy', 'i18n'],
  scene: ['timeline', 'anatomy', 'i18n', 'twin'],
  panels: ['timeline', 'anatomy', 'i18n', 'twin'],
  app: ['timeline', 'fhir', 'anatomy', 'i18n', 'twin', 'scene', 'panels'],
}

const REACT = {
  group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'],
  message: 'Pure layers import no React.',
}
const REACT_DOM = { group: ['react-dom', 'react-dom/*'], message: 'src/twin holds state, not DOM code.' }
const THREE = { group: ['three', 'three/*', '@react-three/*'], message: 'Only src/scene draws in 3D.' }
const ZUSTAND = { group: ['zustand', 'zustand/*'], message: 'Pure layers import no zustand.' }
const FHIR_CLIENT = { group: ['fhir-kit-client'], message: 'Only src/fhir talks to FHIR servers.' }

const NODE_IO = { group: ['node:*', 'fs', 'fs/*', 'path'], message: 'App code runs in the browser: no Node I/O.' }
const TEST_CODE = { group: ['**/tests/**', '**/e2e/**'], message: 'App code never imports test code.' }

/** Libraries each layer may not import (fhir-kit-client: everyone but src/fhir). */
const LIBRARY_BANS = {
  timeline: [REACT, THREE, ZUSTAND, FHIR_CLIENT],
  fhir: [REACT, THREE, ZUSTAND],
  anatomy: [REACT, THREE, ZUSTAND, FHIR_CLIENT],
  i18n: [REACT, THREE, ZUSTAND, FHIR_CLIENT],
  twin: [REACT_DOM, THREE, FHIR_CLIENT],
  scene: [FHIR_CLIENT],
  panels: [THREE, FHIR_CLIENT],
  app: [FHIR_CLIENT],
}

/** Layers with one public file: other layers import that file only (the barrels that are not used are deleted). */
const PUBLIC_SURFACE = { fhir: 'index.ts' }

/** @param {string} layer */
function folderBans(layer) {
  const allowed = /** @type {Record<string, readonly string[]>} */ (LAYERS)[layer] ?? []
  const surfaces = Object.entries(PUBLIC_SURFACE)
    .filter(([other]) => allowed.includes(other))
    .map(([other, file]) => ({
      group: [`**/${other}/**`, `!**/${other}/${file}`],
      message: `Outside src/${other}, import it through its public surface, src/${other}/${file}.`,
    }))
  return [
    ...surfaces,
    ...Object.keys(LAYERS)
      .filter((other) => other !== layer && !allowed.includes(other))
      .map((other) => ({
        group: [`**/${other}/**`, `**/${other}/*`],
        message:
          other === 'scene' || other === 'panels'
            ? 'src/scene and src/panels never import each other: shared helpers live in src/twin, ports come from src/app.'
            : `src/${layer} may import only ${allowed.length > 0 ? allowed.map((a) => `src/${a}`).join(', ') : 'nothing else in src/'} (docs/architecture.md).`,
      })),
  ]
}

/** Where the size limits do not apply: data tables (one row a line) and tests. */
// Tables are data, one row per line: the lay-name tables (src/i18n/layNames/*Names*.ts) are tables too.
const SIZE_EXEMPT = [
  '**/tables/**',
  'src/i18n/layNames/*Names*.ts',
  '**/*.test.{ts,tsx}',
  'e2e/**',
  'tests/**',
  'src/i18n/en.ts',
  'src/i18n/es.ts',
]

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = [
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': /** @type {import('eslint').ESLint.Plugin} */ (/** @type {unknown} */ (importX)) },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Imported files are parsed as TypeScript to follow their imports (the cycle rule reads every file it reaches).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Files hold one thing and functions one step: no file in src/ over 400 lines, no function over 80 lines.
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts'],
    ignores: SIZE_EXEMPT,
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: SIZE_EXEMPT,
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  ...Object.keys(LAYERS).flatMap((layer) => {
    const bans = [.../** @type {Record<string, object[]>} */ (LIBRARY_BANS[layer] ?? []), ...folderBans(layer)]
    return [
      { files: [`src/${layer}/**`], rules: { 'no-restricted-imports': ['error', { patterns: bans }] } },
      {
        // App code (not its tests) reads no files and imports no test code: that stays in tests/ and e2e/.
        files: [`src/${layer}/**`],
        ignores: ['**/*.test.{ts,tsx}'],
        rules: { 'no-restricted-imports': ['error', { patterns: [...bans, NODE_IO, TEST_CODE] }] },
      },
    ]
  }),
]
