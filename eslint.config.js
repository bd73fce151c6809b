// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const pureLayerBan = {
  patterns: [
    { group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'], message: 'Pure layers import no React.' },
    { group: ['three', 'three/*', '@react-three/*'], message: 'Pure layers import no three.' },
    { group: ['zustand', 'zustand/*'], message: 'Pure layers import no zustand.' },
    { group: ['fhir-kit-client'], message: 'Only src/fhir talks to FHIR servers.' },
    { group: ['**/fhir/*', '**/twin/*', '**/scene/*', '**/panels/*', '**/app/*'], message: 'Data flows one way.' },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-e2e',
      'test-results',
      'playwright-report',
      'public',
      'fhir-fixtures',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render untrusted HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render untrusted HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render untrusted HTML.' },
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/fhir/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'fhir-kit-client', message: 'Only src/fhir imports fhir-kit-client.' }] },
      ],
    },
  },
  // After the src/** block: for one rule the last matching config wins.
  {
    files: ['src/timeline/**', 'src/anatomy/**'],
    rules: { 'no-restricted-imports': ['error', pureLayerBan] },
  },
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/scene/**', 'src/panels/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'fhir-kit-client', message: 'Only src/fhir imports fhir-kit-client.' }],
          patterns: [{ group: ['**/fhir/*'], message: 'scene/ and panels/ read the store, never src/fhir.' }],
        },
      ],
    },
  },
  {
    // The example portal's plain browser script (served as is, outside the TypeScript project).
    files: ['examples/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'module',
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly' },
    },
  },
)
