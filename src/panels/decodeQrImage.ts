/**
 * Reads the text of a QR code in a picture file, on this device (jsQR, pure JavaScript; nothing is uploaded). jsQR
 * is imported on first use, so its 45 KB (gzip) are not part of the first load.
 */

/** Larger pictures are scaled down to this many pixels on the long side before decoding (phone photos). */
const MAX_SIDE = 1600

/**
 * Decodes the first QR code in an image file.
 * @param file - a PNG, JPEG, GIF or WebP picture
 * @returns the QR code's text, or null when the picture holds none
 * @throws when the file is not a picture the browser can decode
 */
export async function decodeQrImage(file: Blob): Promise<string | null> {
  const { default: jsQR } = await import('jsqr')
  const bitmap = await createImageBitmap(file)
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    const width = Math.max(1, Math.round(bitmap.width * scale))
    const height = Math.max(1, Math.round(bitmap.height * scale))
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (context === null) throw new Error('no 2D canvas')
    context.drawImage(bitmap, 0, 0, width, height)
    const image = context.getImageData(0, 0, width, height)
    return jsQR(image.data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null
  } finally {
    bitmap.close()
  }
}
