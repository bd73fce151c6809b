/**
 * Escapes text for HTML content and quoted attribute values.
 * @param text - Any text.
 * @returns The text with `& < > " '` as numeric character references.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${String(ch.codePointAt(0))};`)
}
