import fc from 'fast-check';
import { pageFile } from './paths';
import { sectionDescription, shareCardAlt, shareCardPath } from './shareCard';

// This folder is type-checked both for the browser and for Node: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };

const numRuns = Number(process.env.FC_RUNS ?? 200);
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,4}){0,2}$/);
const pagePath = fc.array(slug, { maxLength: 5 }).map((steps) => `/${steps.join('/')}`);

describe('shareCardPath', () => {
  it.each([
    ['/', '/share-cards/card.jpg'],
    ['/news', '/share-cards/news/card.jpg'],
    ['/news/koreas', '/share-cards/news/koreas/card.jpg'],
    ['/news/koreas/jikji-movable-type', '/share-cards/news/koreas/jikji-movable-type/card.jpg'],
  ])('gives the page %s the card %s', (page, card) => {
    expect(shareCardPath(page)).toBe(card);
  });

  it('gives two pages one card only when they are one page, as their files are', () => {
    fc.assert(
      fc.property(pagePath, pagePath, fc.boolean(), (a, other, isSame) => {
        const b = isSame ? a : other;
        expect(shareCardPath(a) === shareCardPath(b)).toBe(pageFile(a) === pageFile(b));
      }),
      { numRuns },
    );
  });
});

describe('shareCardAlt', () => {
  it('describes an article’s card by its picture, as the picture’s author described it', () => {
    const image = { src: 'images/harbour.jpg', alt: 'Ferries at the quay' };

    expect(shareCardAlt('Broadsheet', { kind: 'article', headline: 'The harbour reopens', image })).toBe(
      'Ferries at the quay',
    );
  });

  it.each([
    [{ kind: 'front', description: 'News, slowly.' } as const, 'Broadsheet: News, slowly.'],
    [{ kind: 'section', title: 'Koreas' } as const, 'Broadsheet: Koreas'],
    [{ kind: 'article', headline: 'The harbour reopens' } as const, 'Broadsheet: The harbour reopens'],
  ])('describes a card without a picture by its words: %o', (subject, alt) => {
    expect(shareCardAlt('Broadsheet', subject)).toBe(alt);
  });
});

it('describes a section page by its title and the site', () => {
  expect(sectionDescription('Koreas', 'Broadsheet')).toBe('The latest from Koreas at Broadsheet.');
});
