/**
 * The inline markup parser as it was before it was made linear, kept only as
 * the oracle for the property tests in `inlineMarkup.test.ts` and
 * `inlineMarkupIndex.test.ts`: the parser in `inlineMarkup.ts` must give
 * exactly what this one gives for every input. It is quadratic on hostile
 * input, so app code must never import it.
 */
import type { Inline } from './inlineMarkup';

const escapable = new Set(['\\', '*', '[', ']', '(', ')']);

// Site-relative paths, http(s) and mailto only: javascript: and friends stay literal.
// Browsers read `/\host` like `//host`, so a backslash never starts a site-relative path.
const allowedHref = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/(?![/\\])[^\s\\]*)$/i;

function isAllowedHref(href: string): boolean {
  return allowedHref.test(href);
}

export function parseInlineReference(source: string): Inline[] {
  const nodes: Inline[] = [];
  let text = '';
  const flushText = () => {
    if (text) nodes.push({ kind: 'text', text });
    text = '';
  };

  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    const next = source.charAt(i + 1);
    if (char === '\\' && escapable.has(next)) {
      text += next;
      i += 2;
      continue;
    }
    const construct = char === '[' ? matchLink(source, i) : char === '*' ? matchEmphasis(source, i) : null;
    if (construct) {
      flushText();
      nodes.push(construct.node);
      i = construct.end;
      continue;
    }
    text += char;
    i += 1;
  }
  flushText();
  return nodes;
}

type Match = { node: Inline; end: number };

/** `\)` in a link address means a literal `)`. */
export function unescape(text: string): string {
  return text.replace(/\\([\\*[\]()])/g, '$1');
}

/** Index of the next unescaped `token` at or after `from`, or -1. */
export function findUnescaped(source: string, token: string, from: number): number {
  for (let i = from; i < source.length; i += 1) {
    if (source.charAt(i) === '\\' && escapable.has(source.charAt(i + 1))) {
      i += 1;
    } else if (source.startsWith(token, i)) {
      // A lone `*` must not close on half of a `**`.
      if (token === '*' && source.charAt(i + 1) === '*') {
        i += 1;
        continue;
      }
      return i;
    }
  }
  return -1;
}

function matchLink(source: string, start: number): Match | null {
  const labelEnd = findUnescaped(source, ']', start + 1);
  if (labelEnd <= start + 1 || source.charAt(labelEnd + 1) !== '(') return null;
  const hrefEnd = findUnescaped(source, ')', labelEnd + 2);
  if (hrefEnd < 0) return null;
  const href = unescape(source.slice(labelEnd + 2, hrefEnd));
  if (!isAllowedHref(href)) return null;
  return {
    node: { kind: 'link', href, children: parseInlineReference(source.slice(start + 1, labelEnd)) },
    end: hrefEnd + 1,
  };
}

function matchEmphasis(source: string, start: number): Match | null {
  const delimiter = source.startsWith('**', start) ? '**' : '*';
  const contentStart = start + delimiter.length;
  const contentEnd = findUnescaped(source, delimiter, contentStart);
  if (contentEnd <= contentStart) return null;
  const content = source.slice(contentStart, contentEnd);
  // Like Markdown, `* loose *` is not emphasis: the delimiters must hug the words.
  if (/^\s|\s$/.test(content)) return null;
  const children = parseInlineReference(content);
  return {
    node: delimiter === '**' ? { kind: 'strong', children } : { kind: 'emphasis', children },
    end: contentEnd + delimiter.length,
  };
}
