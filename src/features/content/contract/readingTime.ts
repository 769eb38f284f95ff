import type { Inline } from './inlineMarkup.ts';
import type { Block } from './schema.ts';

/** Words a minute of an adult reading prose on a screen. */
export const WORDS_PER_MINUTE = 230;

/**
 * Han and kana are read character by character and written without spaces
 * between words: each of their characters counts as a word. Every other run
 * of letters and digits is a word, so Hangul, which spaces its words (an
 * eojeol is one word), counts like English. Regular expressions rather than
 * Intl.Segmenter, whose dictionaries differ between ICU versions: the build
 * and the browser must reach the same figure, or hydration finds other text.
 */
const CHARACTER_WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

function countWords(text: string): number {
  const characterWords = text.match(CHARACTER_WORD)?.length ?? 0;
  return characterWords + (text.replace(CHARACTER_WORD, ' ').match(WORD)?.length ?? 0);
}

/**
 * The text of inline nodes. Not inlineToPlainText: this runs in the article's
 * entry script, and importing the markup module would bring its parser along.
 */
function plainText(nodes: Inline[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : plainText(node.children))).join('');
}

/** The words a reader reads through; captions and credits are glanced at, not read, and are left out. */
function wordsOf(block: Block): number {
  switch (block.type) {
    case 'paragraph':
      return countWords(plainText(block.text));
    case 'heading':
    case 'pullquote':
      return countWords(block.text);
    case 'list':
      return block.items.reduce((sum, item) => sum + countWords(plainText(item)), 0);
    case 'image':
      return 0;
  }
}

/** Minutes to read an article's body: words ÷ 230, rounded up, at least 1. */
export function readingMinutes(body: readonly Block[]): number {
  const words = body.reduce((sum, block) => sum + wordsOf(block), 0);
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
