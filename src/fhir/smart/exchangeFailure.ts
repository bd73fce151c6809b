/**
 * What the app says when the sign-in code cannot be exchanged for a token, named by what went wrong (issue 14
 * point 9): a used or expired code, another refusal by the record system (named by its OAuth error code), an answer
 * that is not a usable token response, or no answer at all.
 */
import * as oauth from 'oauth4webapi'

const AGAIN = 'Please launch the app again.'

/**
 * The message for a failed code exchange.
 * @param error - what the token request or its checks threw
 * @returns a plain sentence for the sign-in error panel
 */
export function exchangeFailureMessage(error: unknown): string {
  if (error instanceof oauth.ResponseBodyError) {
    if (error.error === 'invalid_grant') {
      return `The record system refused to finish the sign-in (the sign-in code was already used or has expired). ${AGAIN}`
    }
    return `The record system refused to finish the sign-in (it answered "${error.error}"). ${AGAIN}`
  }
  if (
    error instanceof oauth.OperationProcessingError ||
    error instanceof oauth.UnsupportedOperationError ||
    error instanceof oauth.WWWAuthenticateChallengeError
  ) {
    return `The record system's answer to the sign-in could not be used (it is not a valid token response). ${AGAIN}`
  }
  if (error instanceof TypeError) {
    return `The record system could not be reached to finish the sign-in. ${AGAIN}`
  }
  return `The sign-in could not be finished. ${AGAIN}`
}
