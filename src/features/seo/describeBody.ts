import { inlineToPlainText } from '@/features/content/contract/inlineMarkup';
import type { Block } from '@/features/content/contract/schema';

/** Search engines show about this much of a description; longer ones are cut. */
export const DESCRIPTION_LENGTH = 160;

/**
 * A meta description for a body that has none of its own: the text of its
 * first paragraph, cut at a word within DESCRIPTION_LENGTH characters. It
 * counts code points, so a cut never splits a character in two.
 */
export function describeBody(body: readonly Block[]): string | undefined {
  const first = body.find((block) => block.type === 'paragraph');
  if (!first) return undefined;
  const text = inlineToPlainText(first.text).replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= DESCRIPTION_LENGTH) return text || undefined;
  const cut = characters.slice(0, DESCRIPTION_LENGTH - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A word longer than half the description is cut where it stands.
  const atWord = lastSpace > cut.length / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.trimEnd()}…`;
}
