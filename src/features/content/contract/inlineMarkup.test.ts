import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineToPlainText, isAllowedHref, parseInline, type Inline } from './inlineMarkup';
import { parseInlineReference } from './inlineMarkupReference.test-helper';

// This folder is type-checked both for the browser and for Node: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };

const text = (value: string): Inline => ({ kind: 'text', text: value });
const link = (href: string, children: Inline[]): Inline => ({ kind: 'link', href, children });
const emphasis = (children: Inline[]): Inline => ({ kind: 'emphasis', children });
const strong = (children: Inline[]): Inline => ({ kind: 'strong', children });

describe('parseInline links', () => {
  it.each([
    ['https', 'https://example.com/story?id=1'],
    ['http', 'http://example.com'],
    ['mailto', 'mailto:desk@news.example'],
    ['a site-relative path', '/news/koreas'],
  ])('turns a link to %s into a link node', (_, href) => {
    const nodes = parseInline(`Read [the report](${href}) today`);

    expect(nodes).toEqual([text('Read '), link(href, [text('the report')]), text(' today')]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['protocol-relative //', '//evil.com/path'],
    ['ftp:', 'ftp://files.example/a.txt'],
    ['a relative path without a slash', 'foo'],
    ['data:', 'data:text/html,hi'],
    ['a path with a space', '/news and more'],
    ['a backslash-slash, which browsers read as another host', '/\\evil.com'],
  ])('keeps a link to %s as literal text', (_, href) => {
    const source = `Click [here](${href}) now`;

    const nodes = parseInline(source);

    expect(nodes.every((node) => node.kind === 'text')).toBe(true);
    expect(inlineToPlainText(nodes)).toBe(source);
  });

  it('unescapes a bracket in the link address', () => {
    expect(parseInline('[x](/a\\)b)')).toEqual([
      { kind: 'link', href: '/a)b', children: [{ kind: 'text', text: 'x' }] },
    ]);
  });

  it('parses emphasis inside a link label', () => {
    const nodes = parseInline('[*big* news](/news)');

    expect(nodes).toEqual([link('/news', [emphasis([text('big')]), text(' news')])]);
  });

  it('parses a link inside strong text', () => {
    const nodes = parseInline('**see [this](https://example.com)**');

    expect(nodes).toEqual([strong([text('see '), link('https://example.com', [text('this')])])]);
  });
});

describe('parseInline emphasis', () => {
  it('turns single asterisks around words into emphasis', () => {
    expect(parseInline('a *quiet* word')).toEqual([text('a '), emphasis([text('quiet')]), text(' word')]);
  });

  it('turns double asterisks around words into strong text', () => {
    expect(parseInline('a **loud** word')).toEqual([text('a '), strong([text('loud')]), text(' word')]);
  });

  it('nests strong text inside emphasis without closing on half of the double asterisk', () => {
    expect(parseInline('*a **b** c*')).toEqual([emphasis([text('a '), strong([text('b')]), text(' c')])]);
  });

  it('parses emphasis between words with no spaces, since the delimiters hug the word', () => {
    expect(parseInline('2*3*4')).toEqual([text('2'), emphasis([text('3')]), text('4')]);
  });
});

describe('parseInline backslash escapes', () => {
  it.each([
    ['\\\\', '\\'],
    ['\\*', '*'],
    ['\\[', '['],
    ['\\]', ']'],
    ['\\(', '('],
    ['\\)', ')'],
  ])('turns %s into the literal character %s', (escaped, literal) => {
    expect(parseInline(`a ${escaped} b`)).toEqual([text(`a ${literal} b`)]);
  });

  it('keeps a backslash before a character that needs no escape', () => {
    expect(parseInline('C:\\temp')).toEqual([text('C:\\temp')]);
  });

  it('does not start emphasis at an escaped asterisk', () => {
    expect(parseInline('\\*not emphasis\\*')).toEqual([text('*not emphasis*')]);
  });

  it('does not close emphasis at an escaped asterisk', () => {
    expect(parseInline('*a\\* b*')).toEqual([emphasis([text('a* b')])]);
  });

  it('keeps brackets inside a link label literal, whether escaped or not', () => {
    expect(parseInline('[[\\[a](/x)')).toEqual([link('/x', [text('[[a')])]);
  });

  it('does not form a link from escaped brackets', () => {
    expect(parseInline('\\[label\\](/x)')).toEqual([text('[label](/x)')]);
  });
});

describe('parseInline literal text', () => {
  it.each([
    ['a bracketed name not followed by a URL', '[Kim] said'],
    ['asterisks with spaces inside them', '2 * 3 * 4'],
    ['emphasis whose content starts with a space', '* loose*'],
    ['emphasis whose content ends with a space', '*loose *'],
    ['an unclosed asterisk', 'an *unclosed thought'],
    ['an unclosed double asterisk', 'an **unclosed thought'],
    ['empty strong delimiters', 'a **** b'],
    ['a link without its closing parenthesis', 'see [label]( and more'],
    ['a link whose URL never starts', 'see [label]('],
    ['a link with an empty label', 'see [](/x)'],
    ['an unclosed label', 'see [label'],
  ])('keeps %s as literal text', (_, source) => {
    expect(parseInline(source)).toEqual([text(source)]);
  });

  it.each([
    ['a space', 'https://example.com/a b'],
    ['a line separator', 'mailto:desk@news.example\u2028x'],
    ['a backslash', '/news/koreas/and\\more'],
    ['an escaped backslash', '/news/koreas/and\\\\more'],
  ])('keeps a link as literal text when its long address holds %s past its ninth character', (_, href) => {
    const nodes = parseInline(`[here](${href})`);

    expect(nodes.every((node) => node.kind === 'text')).toBe(true);
  });

  it('returns no nodes for an empty string', () => {
    expect(parseInline('')).toEqual([]);
  });
});

describe('isAllowedHref', () => {
  it.each([
    ['https://example.com', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['mailto:desk@news.example', true],
    ['/', true],
    ['/news/koreas?page=2#top', true],
    ['https://', false],
    ['javascript:alert(1)', false],
    ['//evil.com', false],
    ['news/koreas', false],
    ['', false],
  ])('judges %j allowed: %s', (href, isAllowed) => {
    expect(isAllowedHref(href)).toBe(isAllowed);
  });
});

describe('inlineToPlainText', () => {
  it('joins the text of every node at any depth, dropping the markup', () => {
    const nodes = parseInline('Read **[the *full* report](/r)** \\*now\\*');

    expect(inlineToPlainText(nodes)).toBe('Read the full report *now*');
  });
});

// Characters and fragments that make or break constructs, weighted well above plain prose.
const markupPiece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('[', ']', '(', ')', '*', '\\') },
  { weight: 3, arbitrary: fc.constantFrom(' ', 'a', 'b', '/', 'h', ':', 'x') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'https://a',
      'HTTP://',
      'javascript:',
      'mailto:x',
      '//',
      '/\\',
      '](/',
      '**',
      '\t',
      '\u00a0',
      '\u2028',
      'abcdefghijkl',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);
const markup = fc.array(markupPiece, { maxLength: 40, size: 'max' }).map((pieces) => pieces.join(''));

describe('parseInline against the quadratic parser it replaced', () => {
  // FC_RUNS=100000 searches harder; the default keeps the unit tests quick.
  const numRuns = Number(process.env.FC_RUNS ?? 3000);

  it(
    'gives the same nodes for any markup-heavy text',
    () => {
      fc.assert(
        fc.property(markup, (source) => {
          expect(parseInline(source)).toEqual(parseInlineReference(source));
        }),
        { numRuns },
      );
    },
    5_000 + numRuns,
  );
});

describe('parseInline on hostile input', () => {
  const budgetMs = 500;
  const length = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  // Repeating a short random unit is what turns a forward scan per opener into quadratic work.
  const repeatedUnits = fc
    .sample(fc.array(markupPiece, { minLength: 1, maxLength: 6 }), { seed: 20261130, numRuns: 12 })
    .map((pieces) => [`repeated ${JSON.stringify(pieces.join(''))}`, fill(pieces.join(''))]);

  it.each([
    ['only opening brackets', fill('[')],
    ['`[a](` repeated, with no closing parenthesis', fill('[a](')],
    ['opening brackets that all share one `]`', `${fill('[').slice(2)}x]`],
    ['opening brackets that all share one `](/x)`', `${fill('[').slice(5)}](/x)`],
    ['lone asterisks separated by double ones', fill('** ')],
    ['one lone asterisk before many double ones', `*${fill(' **').slice(1)}`],
    [
      'brackets sharing one long forbidden address',
      `${fill('[').slice(length / 2)}a](javascript:${fill('x').slice(length / 2 + 15)})`,
    ],
    ['links whose addresses overlap up to one closing parenthesis', `${fill('[a](x').slice(1)})`],
    ['a run of backslashes', fill('\\')],
    ['escaped brackets', fill('\\[')],
    ['asterisks and brackets', fill('*[')],
    ['strong delimiters inside unclosed labels', fill('[**a')],
    ['a random mix of markup pieces', fill(fc.sample(markupPiece, { seed: 1, numRuns: 50_000 }).join(''))],
    ...repeatedUnits,
  ])('parses %s, 100,000 characters, in well under a second', (_, source) => {
    expect(fastestParse(source, budgetMs)).toBeLessThan(budgetMs);
  });
});

/**
 * Milliseconds of the fastest of up to three parses, stopping at one within
 * budget: on a busy machine a garbage collection or another process can stall
 * any single run, while a quadratic parser would take seconds every time.
 */
function fastestParse(source: string, budgetMs: number): number {
  let fastest = Infinity;
  for (let attempt = 0; attempt < 3 && fastest >= budgetMs; attempt += 1) {
    const started = performance.now();
    parseInline(source);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
