import type { Bundle } from '@medplum/fhirtypes'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import type { CryptoKey, JWTPayload } from 'jose'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer } from '../main.ts'
import type { RunningServer } from '../main.ts'
import { smartAuthorization } from './resourceServer.ts'

const JACOB_FILE = 'fhir-fixtures/synthea/sof__Jacob_King_77823967-9cb5-4256-86f9-5866c4b0cd47.json'
const COURTNEY_FILE = 'fhir-fixtures/synthea/sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json'
const JACOB = '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb'
const COURTNEY = 'f8cb2d52-c53d-4585-8417-7a1cc1a74377'
const ISSUER = 'http://auth.test'
const AUDIENCE = 'http://fhir.test/fhir'
const SCOPE = 'patient/Patient.rs patient/Condition.rs'

function firstConditionId(file: string): string {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as Bundle
  const id = bundle.entry?.find((e) => e.resource?.resourceType === 'Condition')?.resource?.id
  if (id === undefined) throw new Error(`no Condition in ${file}`)
  return id
}

let server: RunningServer
let key: CryptoKey
let otherKey: CryptoKey

async function token(
  claims: JWTPayload,
  options: { key?: CryptoKey; expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  return new SignJWT({ scope: SCOPE, patient: JACOB, ...claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'k1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(options.key ?? key)
}

async function get(path: string, bearer?: string): Promise<number> {
  const response = await fetch(`${server.fhirBaseUrl}/${path}`, {
    headers: bearer === undefined ? {} : { Authorization: `Bearer ${bearer}` },
  })
  await response.arrayBuffer()
  return response.status
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256')
  key = pair.privateKey
  otherKey = (await generateKeyPair('RS256')).privateKey
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }
  server = await startServer({
    port: 0,
    staticDir: null,
    fixtureGlobs: [JACOB_FILE, COURTNEY_FILE],
    smart: {
      authorize: smartAuthorization({ issuer: ISSUER, audience: AUDIENCE, jwks: { keys: [jwk] }, basePath: '/fhir' }),
      configuration: { code_challenge_methods_supported: ['S256'] },
    },
  })
})

afterAll(async () => {
  await server.close()
})

describe('SMART token check on the FHIR server (real HTTP)', () => {
  it('serves metadata and discovery without a token', async () => {
    expect(await get('metadata')).toBe(200)
    expect(await get('.well-known/smart-configuration')).toBe(200)
  })

  it('answers 401 without a token or with a bad one', async () => {
    expect(await get(`Patient/${JACOB}`)).toBe(401)
    expect(await get(`Patient/${JACOB}`, 'not-a-jwt')).toBe(401)
    expect(await get(`Patient/${JACOB}`, await token({}, { key: otherKey }))).toBe(401)
    expect(await get(`Patient/${JACOB}`, await token({}, { audience: 'http://elsewhere.test/fhir' }))).toBe(401)
    expect(await get(`Patient/${JACOB}`, await token({}, { issuer: 'http://evil.test' }))).toBe(401)
    expect(await get(`Patient/${JACOB}`, await token({}, { expiresIn: '-1m' }))).toBe(401)
  })

  it('answers 200 inside the granted types and the context patient', async () => {
    const bearer = await token({})
    expect(await get(`Patient/${JACOB}`, bearer)).toBe(200)
    expect(await get(`Condition?patient=Patient/${JACOB}`, bearer)).toBe(200)
    expect(await get(`Patient/${JACOB}/Condition`, bearer)).toBe(200)
    expect(await get(`Condition/${firstConditionId(JACOB_FILE)}`, bearer)).toBe(200)
  })

  it("answers 403 for another patient's compartment", async () => {
    const bearer = await token({})
    expect(await get(`Patient/${COURTNEY}`, bearer)).toBe(403)
    expect(await get(`Condition?patient=Patient/${COURTNEY}`, bearer)).toBe(403)
    expect(await get('Condition', bearer)).toBe(403)
    expect(await get(`Patient/${COURTNEY}/Condition`, bearer)).toBe(403)
    expect(await get(`Condition/${firstConditionId(COURTNEY_FILE)}`, bearer)).toBe(403)
  })

  it('answers 403 for a type outside the granted scopes, and for writes', async () => {
    const bearer = await token({})
    expect(await get(`Observation?patient=Patient/${JACOB}`, bearer)).toBe(403)
    expect(await get(`Patient/${JACOB}/$everything`, bearer)).toBe(403)
    const write = await fetch(`${server.fhirBaseUrl}/Patient/${JACOB}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${bearer}` },
    })
    expect(write.status).toBe(403)
  })
})
