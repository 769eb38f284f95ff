/**
 * The inline markup of the content contract: `[label](url)`, `*emphasis*`,
 * `**strong**`, and a backslash to escape any of `\ * [ ] ( )`.
 * Anything that does not form a complete, allowed construct stays literal text,
 * so prose such as `[Kim] said` or `2 * 3` is never swallowed.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] };

const escapable = new Set(['\\', '*', '[', ']', '(', ')']);

// Site-relative paths, http(s) and mailto only: javascript: and friends stay literal.
// Browsers read `/\host` like `//host`, so a backslash never starts a site-relative path.
const allowedHref = /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|\/(?![/\\])[^\s\\]*)$/i;

export function isAllowedHref(href: string): boolean {
  return allowedHref.test(href);
}

export function parseInline(source: string): Inline[] {
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
function unescape(text: string): string {
  return text.replace(/\\([\\*[\]()])/g, '$1');
}

/** Index of the next unescaped `token` at or after `from`, or -1. */
function findUnescaped(source: string, token: string, from: number): number {
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
    node: { kind: 'link', href, children: parseInline(source.slice(start + 1, labelEnd)) },
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
  const children = parseInline(content);
  return {
    node: delimiter === '**' ? { kind: 'strong', children } : { kind: 'emphasis', children },
    end: contentEnd + delimiter.length,
  };
}

/** The plain text of inline nodes, for titles, alt text and search. */
export function inlineToPlainText(nodes: Inline[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : inlineToPlainText(node.children))).join('');
}
