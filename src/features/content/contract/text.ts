/**
 * Characters no page, feed or sitemap can carry as they are: C0 controls but
 * tab and newline (XML forbids them), DEL and the C1 controls and the
 * noncharacters (HTML parse errors), and UTF-16 surrogates, which are only
 * valid in pairs. A lone surrogate has no UTF-8 form: the HTML would carry
 * U+FFFD while the page's JSON state kept the surrogate, and hydration fails.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\0-\x08\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

export const REPLACEMENT_CHARACTER = '\uFFFD';

function isUnsafeCodePoint(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

/** Code points of `text` that normaliseText replaces, as `U+0007`, in order. */
export function unsafeCharacters(text: string): string[] {
  if (!SUSPECT.test(text)) return [];
  const found: string[] = [];
  // for…of walks code points; a lone surrogate comes through on its own.
  for (const char of text.replace(/\r\n?/g, '\n')) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isUnsafeCodePoint(codePoint))
      found.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return found;
}

/**
 * Every string of the contract passes through here, in the build and in the
 * browser alike, so every output (HTML, JSON state, JSON-LD, feeds) carries
 * the same text: line ends as `\n`, each character that cannot be carried
 * replaced by U+FFFD, and Unicode normalisation form C.
 */
export function normaliseText(text: string): string {
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (!SUSPECT.test(unified)) return unified.normalize('NFC');
  let cleaned = '';
  for (const char of unified) {
    cleaned += isUnsafeCodePoint(char.codePointAt(0) ?? 0) ? REPLACEMENT_CHARACTER : char;
  }
  return cleaned.normalize('NFC');
}
