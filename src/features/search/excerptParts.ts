/** A run of an excerpt's text, marked where it matched the query. */
export type ExcerptPart = { text: string; isMatch: boolean };

/**
 * Pagefind's excerpt is the page's text with the matched words wrapped in
 * `<mark>`: only those two tags are read, everything else stays text, so the
 * excerpt renders as React text nodes and never as HTML (the pages enforce
 * Trusted Types, and an article's text may itself contain `<`).
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let isMatch = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') isMatch = true;
    else if (piece === '</mark>') isMatch = false;
    else if (piece) {
      const last = parts.at(-1);
      if (last?.isMatch === isMatch) last.text += piece;
      else parts.push({ text: piece, isMatch });
    }
  }
  return parts;
}
