// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { layerRules } from './eslint.layers.js'

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
      'eslint.layers.js',
      // Files that break the layer rules on purpose: tests/lint/layers.test.ts lints them to prove the rules fire.
      'tests/lint/fixtures',
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
  // The layers of src/ and no import cycles (eslint.layers.js).
  ...layerRules,
  {
    // Playwright fixtures call their callback `use`; it is not a React hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
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
