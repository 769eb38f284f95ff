import { MAX_ID_LENGTH } from './slug.ts';

/** Latin letters that Unicode does not decompose into a base letter and an accent. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * The one slug rule: the id a headline gives a new article and the topic id a
 * tag gives (`"North Korea"` → `north-korea`). Its words in lower case, accents dropped
 * (é becomes e through NFKD), apostrophes dropped ("Korea's" gives "koreas"),
 * every other run of characters a "-", and cut at a word to the contract's
 * longest id. Undefined when no letter a–z or digit is left (a headline in
 * Korean, say): the publisher then chooses the id, and a tag gives no topic.
 */
export function slugify(text: string): string | undefined {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .replace(/['’ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > MAX_ID_LENGTH) break;
    slug = longer;
  }
  // A first word longer than any id is cut rather than lost.
  if (slug === '' && words[0]) slug = words[0].slice(0, MAX_ID_LENGTH);
  // Words of a-z0-9 joined by "-" within MAX_ID_LENGTH always pass slugSchema (a test holds it to that),
  // so no schema check here: the article page's tag links carry this function.
  return slug === '' ? undefined : slug;
}
