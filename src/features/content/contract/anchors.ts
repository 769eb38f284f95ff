import { inlineToPlainText, type Inline } from './inlineMarkup.ts';

/**
 * A short id derived from a block's own text (FNV-1a, base 36), so a shared
 * paragraph link keeps working when other paragraphs are added or removed.
 * The build and the browser compute the same value.
 */
export function textAnchor(prefix: 'p' | 'q', text: string | Inline[]): string {
  const plain = typeof text === 'string' ? text : inlineToPlainText(text);
  let hash = 0x811c9dc5;
  for (let index = 0; index < plain.length; index += 1) {
    hash ^= plain.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(36).padStart(7, '0')}`;
}
