import * as oauth from 'oauth4webapi'
import { describe, expect, it } from 'vitest'
import { exchangeFailureMessage } from './exchangeFailure.ts'

const refusal = (error: string): oauth.ResponseBodyError =>
  new oauth.ResponseBodyError('server responded with an error in the response body', {
    cause: { error },
    response: new Response(null, { status: 400 }),
  })

describe('A: a failed code exchange is named truly', () => {
  it('says the code was used or expired only for invalid_grant', () => {
    expect(exchangeFailureMessage(refusal('invalid_grant'))).toBe(
      'The record system refused to finish the sign-in (the sign-in code was already used or has expired). Please launch the app again.',
    )
  })

  it('names another OAuth refusal by its code', () => {
    expect(exchangeFailureMessage(refusal('invalid_client'))).toBe(
      'The record system refused to finish the sign-in (it answered "invalid_client"). Please launch the app again.',
    )
  })

  it('says an unusable token response is not a valid token response', () => {
    const invalid = new oauth.OperationProcessingError('"response" body "access_token" property must be a string')
    expect(exchangeFailureMessage(invalid)).toBe(
      "The record system's answer to the sign-in could not be used (it is not a valid token response). Please launch the app again.",
    )
  })

  it('says the record system could not be reached when the request fails', () => {
    expect(exchangeFailureMessage(new TypeError('fetch failed'))).toBe(
      'The record system could not be reached to finish the sign-in. Please launch the app again.',
    )
  })
})
