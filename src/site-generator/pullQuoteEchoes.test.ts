// @vitest-environment node
import { fc, test } from '@fast-check/vitest';
import type { Block } from '../features/content/contract/schema';
import { blocks } from '../testing/contentFixtures';
import { pullQuoteEchoes } from './pullQuoteEchoes';

const LABEL = 'articles/harbour.json';
const advice = 'a pull quote should pick out a line the reader has not just read';
const echoOf = (index: number, kind: string, where: string, neighbour: number) =>
  `${LABEL}: body[${String(index)}]: the pull quote repeats a line of the ${kind} ${where} it ` +
  `(body[${String(neighbour)}]); ${advice}`;

const harbour =
  'The first ferry left at dawn. Fishermen say the harbour has never been so quiet; the gulls disagree.';

describe('pullQuoteEchoes', () => {
  it.each([
    ['a sentence of it', 'The first ferry left at dawn.'],
    ['the whole paragraph', harbour],
    ['a clause of it', 'The gulls disagree.'],
    [
      'two sentences of it in a row',
      'The first ferry left at dawn. Fishermen say the harbour has never been so quiet',
    ],
    ['a sentence in other case, spacing and quotation marks', '“THE  first ferry\nleft at dawn”'],
    ['a sentence in inline markup', 'The *first* ferry left at **dawn**.'],
  ])('warns of a pull quote that repeats %s', (_, quote) => {
    const body = [blocks.paragraph(harbour), blocks.pullquote(quote)];

    expect(pullQuoteEchoes(LABEL, body)).toEqual([echoOf(1, 'paragraph', 'before', 0)]);
  });

  it('reads the paragraph’s own markup and typographic apostrophes as plain text', () => {
    const body = [
      blocks.heading('Dawn'),
      blocks.pullquote("The harbour's first ferry left at dawn."),
      blocks.paragraph('The [harbour’s](/news) first ferry *left* at dawn. Nobody waved.'),
    ];

    expect(pullQuoteEchoes(LABEL, body)).toEqual([echoOf(1, 'paragraph', 'after', 2)]);
  });

  it('warns of a pull quote that repeats an item of the list beside it, or the heading', () => {
    const body = [
      blocks.list(['Ferries at dawn.', 'Gulls at noon.']),
      blocks.pullquote('Gulls at noon'),
      blocks.heading('Gulls at noon'),
    ];

    expect(pullQuoteEchoes(LABEL, body)).toEqual([
      echoOf(1, 'list', 'before', 0),
      echoOf(1, 'heading', 'after', 2),
    ]);
  });

  it.each([
    ['a part of a clause', 'Ferry left at dawn'],
    ['words that run on past the paragraph', 'The gulls disagree, loudly.'],
    ['a line of a paragraph further away', 'Nobody waved.'],
    ['other words', 'A harbour is a promise kept by the tide.'],
    ['no words at all', '…'],
  ])('does not warn of a pull quote that is %s', (_, quote) => {
    const body = [
      blocks.paragraph('Nobody waved.'),
      blocks.image(),
      blocks.paragraph(harbour),
      blocks.pullquote(quote),
    ];

    expect(pullQuoteEchoes(LABEL, body)).toEqual([]);
  });
});

const word = fc.stringMatching(/^[a-zà-öø-ÿ]{1,9}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 });
const written = (words: string[]) => `${words.join(' ')}.`;
const paragraphOf = (sentences: string[][]) => blocks.paragraph(sentences.map(written).join(' '));
/** The same sentence as a publisher might retype it: another case, curly quotes, emphasis. */
const retyped = fc.constantFrom(
  (text: string) => text.toUpperCase(),
  (text: string) => `“${text}”`,
  (text: string) => `*${text.slice(0, -1)}*.`,
  (text: string) => `  ${text.replaceAll(' ', '\n ')}  `,
);

test.prop([paragraph, fc.nat(), fc.boolean(), retyped])(
  'warns whichever sentence of the paragraph beside it a pull quote repeats, however retyped',
  (sentences, pick, isBefore, retype) => {
    const quote = blocks.pullquote(retype(written(sentences[pick % sentences.length] ?? [])));
    const body: Block[] = isBefore ? [paragraphOf(sentences), quote] : [quote, paragraphOf(sentences)];

    expect(pullQuoteEchoes(LABEL, body)).toHaveLength(1);
  },
);

test.prop([paragraph, paragraph, sentence])(
  'never warns of a pull quote whose words the paragraphs beside it do not have',
  (before, after, quoteWords) => {
    // Digits never occur in the paragraphs' words.
    const quote = blocks.pullquote(written(quoteWords.map((text, index) => `${text}${String(index)}`)));

    expect(pullQuoteEchoes(LABEL, [paragraphOf(before), quote, paragraphOf(after)])).toEqual([]);
  },
);

test.prop([paragraph, fc.nat()])(
  'never warns of a pull quote that lifts a line from further away in the body',
  (sentences, pick) => {
    const far = paragraphOf(sentences);
    const quote = blocks.pullquote(written(sentences[pick % sentences.length] ?? []));

    expect(pullQuoteEchoes(LABEL, [far, blocks.heading('0'), quote, blocks.image()])).toEqual([]);
  },
);
