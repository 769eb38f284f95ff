import { inlineToPlainText, parseInline } from '../features/content/contract/inlineMarkup.ts';
import type { Block } from '../features/content/contract/schema.ts';

/**
 * A text as the words a reader takes in: `breaks[i]` says whether a sentence
 * or clause ends before word i (`breaks[words.length]`, the end, always does).
 */
type Words = { words: string[]; breaks: boolean[] };

// Quotation marks and apostrophes never change what a line says: ‘It’s’ reads as It's.
const QUOTE_MARKS = /['"‘’‚‛“”„‟«»‹›ʼ`]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// What ends a sentence or sets off a clause: a line lifted from the text starts and ends at one.
const BREAK = /[.,;:!?…—–()[\]]/u;

/** Case, width, typographic quotes and spacing set aside; the inline markup is parsed away first. */
function wordsOf(plainText: string): Words {
  const text = plainText.normalize('NFKC').toLowerCase().replace(QUOTE_MARKS, '');
  const words: string[] = [];
  const breaks: boolean[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    breaks.push(words.length === 0 || BREAK.test(text.slice(end, match.index)));
    words.push(match[0]);
    end = match.index + match[0].length;
  }
  breaks.push(true);
  return { words, breaks };
}

/** Whether `quote` is one or more whole sentences or clauses of `text`, or all of it. */
function isLineOf(quote: Words, text: Words): boolean {
  const length = quote.words.length;
  if (length === 0) return false;
  for (let start = 0; start + length <= text.words.length; start += 1) {
    if (!text.breaks[start] || !text.breaks[start + length]) continue;
    if (quote.words.every((word, offset) => text.words[start + offset] === word)) return true;
  }
  return false;
}

/** The texts a reader reads in a block: a paragraph, each item of a list, a heading. */
function textsOf(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlineToPlainText(block.text)];
    case 'list':
      return block.items.map(inlineToPlainText);
    case 'heading':
      return [block.text];
    case 'pullquote':
    case 'image':
      return [];
  }
}

/**
 * A warning for each pull quote that repeats a line of the block right
 * before or after it: the reader has just read it, or is about to. A pull
 * quote should lift a line from further away, or sum the piece up in words
 * of its own. `label` names the file: `articles/x.json`.
 */
export function pullQuoteEchoes(label: string, body: readonly Block[]): string[] {
  const warnings: string[] = [];
  body.forEach((block, index) => {
    if (block.type !== 'pullquote') return;
    const quote = wordsOf(inlineToPlainText(parseInline(block.text)));
    for (const [neighbour, where] of [
      [index - 1, 'before'],
      [index + 1, 'after'],
    ] as const) {
      const next = body[neighbour];
      if (!next || !textsOf(next).some((text) => isLineOf(quote, wordsOf(text)))) continue;
      warnings.push(
        `${label}: body[${String(index)}]: the pull quote repeats a line of the ${next.type} ${where} it ` +
          `(body[${String(neighbour)}]); a pull quote should pick out a line the reader has not just read`,
      );
    }
  });
  return warnings;
}
