/**
 * The inline markup of the content contract: `[label](url)`, `*emphasis*`,
 * `**strong**`, and a backslash to escape any of `\ * [ ] ( )`.
 * Anything that does not form a complete, allowed construct stays literal text,
 * so prose such as `[Kim] said` or `2 * 3` is never swallowed.
 */
import { indexInlineMarkup, isWhitespaceCode, type InlineMarkupIndex } from './inlineMarkupIndex.ts';

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

// Site-relative paths, http(s) and mailto only: javascript: and friends stay literal.
// Browsers read `/\host` like `//host`, so a backslash never starts a site-relative path.
// `isAllowedHrefRange` relies on its shape: a prefix of at most `hrefHeadLength - 1`
// characters, then only character classes repeated to the end.
const allowedHref = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/(?![/\\])[^\s\\]*)$/i;
const hrefHeadLength = 9;

export function isAllowedHref(href: string): boolean {
  return allowedHref.test(href);
}

export function parseInline(source: string): Inline[] {
  // Most titles and paragraphs hold no markup at all: spare them the index.
  if (!/[\\[*]/.test(source)) return source ? [{ kind: 'text', text: source }] : [];
  return parseRange(indexInlineMarkup(source), 0, source.length);
}

/**
 * Parses `[start, end)` of the indexed source. Labels and emphasis are parsed
 * as ranges of the one source rather than as slices, so the index serves them
 * too; each construct's range lies inside its parent's, and none can nest in
 * itself, so every character is visited a bounded number of times.
 */
function parseRange(index: InlineMarkupIndex, start: number, end: number): Inline[] {
  const { source } = index;
  const nodes: Inline[] = [];
  let text = '';
  // Literal text is copied a stretch at a time, from `literalStart` up to `i`.
  let literalStart = start;
  let i = start;
  while (i < end) {
    if (index.isEscape(i)) {
      text += source.slice(literalStart, i);
      literalStart = i + 1;
      i += 2;
      continue;
    }
    const char = source.charAt(i);
    const construct =
      char === '[' ? matchLink(index, i, end) : char === '*' ? matchEmphasis(index, i, end) : null;
    if (construct) {
      text += source.slice(literalStart, i);
      if (text) nodes.push({ kind: 'text', text });
      text = '';
      nodes.push(construct.node);
      i = construct.end;
      literalStart = i;
      continue;
    }
    i += 1;
  }
  text += source.slice(literalStart, end);
  if (text) nodes.push({ kind: 'text', text });
  return nodes;
}

type Match = { node: Inline; end: number };

/** `\)` in a link address means a literal `)`. */
function unescape(text: string): string {
  return text.replace(/\\([\\*[\]()])/g, '$1');
}

function matchLink(index: InlineMarkupIndex, start: number, end: number): Match | null {
  const { source } = index;
  const labelEnd = index.nextCloseBracket(start + 1, end);
  if (labelEnd <= start + 1 || labelEnd + 1 >= end || source.charAt(labelEnd + 1) !== '(') return null;
  const hrefEnd = index.nextCloseParen(labelEnd + 2, end);
  if (hrefEnd < 0 || !isAllowedHrefRange(index, labelEnd + 2, hrefEnd)) return null;
  return {
    node: {
      kind: 'link',
      href: unescape(source.slice(labelEnd + 2, hrefEnd)),
      children: parseRange(index, start + 1, labelEnd),
    },
    end: hrefEnd + 1,
  };
}

/**
 * `isAllowedHref` of the unescaped `[from, to)`, without unescaping it all:
 * many `[` can share one long `](…)`, and judging it whole for each was quadratic.
 * `allowedHref` decides on the first nine characters (`https://` and one more)
 * and, past them, only on whether whitespace or a backslash follows, so one
 * character standing for all the rest gives the same verdict.
 */
function isAllowedHrefRange(index: InlineMarkupIndex, from: number, to: number): boolean {
  let head = '';
  let i = from;
  for (; i < to && head.length < hrefHeadLength; i += 1) {
    if (index.isEscape(i)) i += 1;
    head += index.source.charAt(i);
  }
  if (i === to) return isAllowedHref(head);
  const rest = index.hasWhitespace(i, to) ? ' ' : index.hasBackslash(i, to) ? '\\' : 'x';
  return isAllowedHref(head + rest);
}

function matchEmphasis(index: InlineMarkupIndex, start: number, end: number): Match | null {
  const { source } = index;
  const isStrong = start + 1 < end && source.charAt(start + 1) === '*';
  const delimiterLength = isStrong ? 2 : 1;
  const contentStart = start + delimiterLength;
  const contentEnd = isStrong
    ? index.nextDoubleStar(contentStart, end)
    : index.nextLoneStar(contentStart, end);
  if (contentEnd <= contentStart) return null;
  // Like Markdown, `* loose *` is not emphasis: the delimiters must hug the words.
  if (
    isWhitespaceCode(source.charCodeAt(contentStart)) ||
    isWhitespaceCode(source.charCodeAt(contentEnd - 1))
  ) {
    return null;
  }
  const children = parseRange(index, contentStart, contentEnd);
  return {
    node: isStrong ? { kind: 'strong', children } : { kind: 'emphasis', children },
    end: contentEnd + delimiterLength,
  };
}

/** The plain text of inline nodes, for titles, alt text and search. */
export function inlineToPlainText(nodes: Inline[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : inlineToPlainText(node.children))).join('');
}
