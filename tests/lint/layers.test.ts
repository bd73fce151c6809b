import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { LAYERS, layerRules } from '../../eslint.layers.js'

/** ESLint with only the shape rules (eslint.layers.js), as eslint.config.js applies them to the repo. */
function shapeLinter(): ESLint {
  return new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...layerRules],
    ignore: false,
  })
}

/** The rule ids and messages ESLint reports for `code` as if it were the file at `filePath`. */
async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await shapeLinter().lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`)
}

describe('lint enforces the shape of src/ (eslint.layers.js)', () => {
  it('fails on an import cycle between two files', async () => {
    const [result] = await shapeLinter().lintFiles(['tests/lint/fixtures/cycleA.ts'])
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle'])
  })

  it('fails when src/scene imports src/panels, and when src/panels imports src/scene', async () => {
    const message =
      'src/scene and src/panels never import each other: shared helpers live in src/twin, ports come from src/app.'
    expect(await problems("export { BodyMap } from '../panels/BodyMap.tsx'\n", 'src/scene/Fixture.ts')).toEqual([
      `no-restricted-imports: '../panels/BodyMap.tsx' import is restricted from being used by a pattern. ${message}`,
    ])
    expect(
      await problems("export { takeFrontSnapshot } from '../scene/snapshot.ts'\n", 'src/panels/Fixture.ts'),
    ).toEqual([
      `no-restricted-imports: '../scene/snapshot.ts' import is restricted from being used by a pattern. ${message}`,
    ])
  })

  it('fails when src/twin imports react-dom, three or fhir-kit-client', async () => {
    for (const library of ['react-dom/client', 'three', 'fhir-kit-client']) {
      const found = await problems(`import '${library}'\n`, 'src/twin/Fixture.ts')
      expect(found.length, library).toBe(1)
      expect(found[0], library).toMatch(/^no-restricted-imports: /)
    }
  })

  it('fails when a lower layer imports a higher one, and lets it import a lower one', async () => {
    expect(await problems("import '../twin/twin.ts'\n", 'src/anatomy/Fixture.ts')).toEqual([
      "no-restricted-imports: '../twin/twin.ts' import is restricted from being used by a pattern. src/anatomy may import only src/timeline (docs/architecture.md).",
    ])
    expect(await problems("import '../timeline/types.ts'\n", 'src/anatomy/Fixture.ts')).toEqual([])
  })

  it('lets the app reach src/fhir only through its public surface', async () => {
    expect(await problems("import '../fhir/index.ts'\n", 'src/app/Fixture.ts')).toEqual([])
    expect(await problems("import '../fhir/loadRecord.ts'\n", 'src/app/Fixture.ts')).toEqual([
      "no-restricted-imports: '../fhir/loadRecord.ts' import is restricted from being used by a pattern. Outside src/fhir, import it through its public surface, src/fhir/index.ts.",
    ])
  })

  it('fails when app code reads files or imports test code, and lets its tests do both', async () => {
    expect(await problems("import { readFileSync } from 'node:fs'\n", 'src/anatomy/Fixture.ts')).toEqual([
      "no-restricted-imports: 'node:fs' import is restricted from being used by a pattern. App code runs in the browser: no Node I/O.",
    ])
    expect(await problems("import '../../tests/fixtures/testBundles.ts'\n", 'src/timeline/Fixture.ts')).toEqual([
      "no-restricted-imports: '../../tests/fixtures/testBundles.ts' import is restricted from being used by a pattern. App code never imports test code.",
    ])
    expect(
      await problems(
        "import { readFileSync } from 'node:fs'\nimport '../../tests/fixtures/testBundles.ts'\n",
        'src/timeline/Fixture.test.ts',
      ),
    ).toEqual([])
  })

  it('orders the layers without a cycle: each layer reaches only layers listed before it', () => {
    const order = Object.keys(LAYERS)
    for (const [index, layer] of order.entries()) {
      for (const below of LAYERS[layer] ?? []) expect(order.indexOf(below), `${layer} -> ${below}`).toBeLessThan(index)
    }
  })
})
