/**
 * Decrypts one SMART Health Link file: a JWE in compact serialisation with alg "dir" and enc "A256GCM" (optionally
 * zip "DEF"), keyed by the link's 32-byte key. All cryptography is jose's (Web Crypto underneath).
 */
import { base64url, compactDecrypt } from 'jose'
import { MAX_FILE_BYTES } from '../readBundleFile.ts'
import { ShlError } from './ShlError.ts'

/** jose's message when the decompressed plaintext passes `maxDecompressedLength` (jose 6, lib/deflate.js). */
const DECOMPRESSION_LIMIT = 'Decompressed plaintext exceeded the configured limit'

/** A decrypted file: its content type (from the manifest, else the JWE `cty`) and its text. Never logged. */
export interface DecryptedHealthFile {
  readonly contentType: string
  readonly text: string
}

/**
 * Decrypts a compact JWE with the link's key.
 * @param jwe - the compact JWE (five base64url parts)
 * @param key - the link's `key` (43 base64url characters)
 * @param contentType - the manifest's contentType for the file, or null to take the JWE header's `cty`
 * @param maxBytes - the most bytes the file may decompress to (default MAX_FILE_BYTES)
 * @throws ShlError `wrong-key` when the key does not open the file, `too-large` past `maxBytes` once decompressed,
 *   `unsupported` for other algorithms
 */
export async function decryptHealthFile(
  jwe: string,
  key: string,
  contentType: string | null,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<DecryptedHealthFile> {
  let result: Awaited<ReturnType<typeof compactDecrypt>>
  try {
    result = await compactDecrypt(jwe.trim(), base64url.decode(key), {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      maxDecompressedLength: maxBytes,
    })
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : null
    if (code === 'ERR_JOSE_ALG_NOT_ALLOWED' || code === 'ERR_JOSE_NOT_SUPPORTED') {
      throw new ShlError('unsupported', 'A shared file is encrypted in a way this app does not support.')
    }
    // jose cancels the inflate past the limit (a decompression bomb): the key was right, the file is too large.
    if (error instanceof Error && error.message === DECOMPRESSION_LIMIT) {
      throw new ShlError('too-large', 'A shared file is larger than this app can open.')
    }
    // A wrong key fails the AES-GCM tag check; jose reports it as a failed decryption. Nothing about the key is kept.
    throw new ShlError('wrong-key', 'The shared files could not be decrypted with the key in this link.')
  }
  const cty = typeof result.protectedHeader.cty === 'string' ? result.protectedHeader.cty : ''
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(result.plaintext)
  } catch {
    throw new ShlError('unsupported', 'A shared file is not text.')
  }
  return { contentType: contentType ?? cty, text }
}
