import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { articleSource, pageSource, siteSource } from '../../../testing/contentFixtures';
import { describeIssues, type Problem } from './describeIssue';
import { articleSchema, pageSchema, publishedSiteSchema, siteSchema } from './schema';
import { RESERVED_TOP_LEVEL_IDS } from './sectionRules';

/** The addresses the site keeps for itself, as the contract lists them (saved, search, …, 404). */
const RESERVED = [...RESERVED_TOP_LEVEL_IDS].join(', ');

function problemsOf(schema: v.GenericSchema, data: unknown): Problem[] {
  const result = v.safeParse(schema, data);
  return result.success ? [] : describeIssues(result.issues);
}

function without(data: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([name]) => name !== key));
}

describe('articleSchema', () => {
  it('accepts a valid article and parses the inline markup of its paragraphs', () => {
    const article = v.parse(articleSchema, articleSource({ body: [{ type: 'paragraph', text: 'A *b*' }] }));

    expect(article.body).toEqual([
      {
        type: 'paragraph',
        text: [
          { kind: 'text', text: 'A ' },
          { kind: 'emphasis', children: [{ kind: 'text', text: 'b' }] },
        ],
        anchor: expect.stringMatching(/^p-[0-9a-z]{7}$/) as unknown,
      },
    ]);
  });

  it('gives a paragraph an anchor that depends on its own text only', () => {
    const anchorOf = (body: { type: 'paragraph'; text: string }[], index: number) => {
      const block = v.parse(articleSchema, articleSource({ body })).body[index];
      return block?.type === 'paragraph' ? block.anchor : undefined;
    };
    const kept = { type: 'paragraph' as const, text: 'This paragraph is shared.' };

    const before = anchorOf([kept], 0);
    const afterInsert = anchorOf([{ type: 'paragraph', text: 'A new first paragraph.' }, kept], 1);

    expect(before).toBeDefined();
    expect(afterInsert).toBe(before);
    expect(anchorOf([{ type: 'paragraph', text: 'This paragraph was edited.' }], 0)).not.toBe(before);
  });

  it('drops fields the contract does not know', () => {
    const article = v.parse(articleSchema, { ...articleSource(), draftNotes: 'do not publish' });

    expect(article).not.toHaveProperty('draftNotes');
  });

  it('trims the whitespace around text fields', () => {
    const article = v.parse(articleSchema, articleSource({ headline: '  Spaced out  ' }));

    expect(article.headline).toBe('Spaced out');
  });

  it.each(['id', 'section', 'headline', 'publishedAt', 'body'])(
    'reports a missing %s as required but missing',
    (field) => {
      const article = without({ ...articleSource() }, field);

      expect(problemsOf(articleSchema, article)).toEqual([
        { path: field, message: 'is required but missing' },
      ]);
    },
  );

  it('reports a block of an unknown type with its path and the allowed types', () => {
    const heading = { type: 'heading', text: 'A heading' };
    const article = {
      ...articleSource(),
      body: [heading, heading, heading, { type: 'video', src: 'a.mp4' }],
    };

    expect(problemsOf(articleSchema, article)).toEqual([
      {
        path: 'body[3].type',
        message: 'expected one of paragraph, heading, pullquote, image, list, received "video"',
      },
    ]);
  });

  it('reports a missing field inside a block with the block path', () => {
    const article = { ...articleSource(), body: [{ type: 'image', src: 'a.jpg', alt: '', width: 4 }] };

    expect(problemsOf(articleSchema, article)).toEqual([
      { path: 'body[0].height', message: 'is required but missing' },
    ]);
  });

  it.each<[string, Record<string, unknown>, Problem]>([
    [
      'an id that is not a slug',
      { id: 'Bad_ID' },
      { path: 'id', message: 'expected lower-case words joined by "-", received "Bad_ID"' },
    ],
    [
      'a date without an offset',
      { publishedAt: '2026-11-28T09:30:00' },
      {
        path: 'publishedAt',
        message:
          'expected an ISO 8601 date-time with offset, e.g. 2026-11-28T09:30:00+09:00, received "2026-11-28T09:30:00"',
      },
    ],
    [
      'a negative share count',
      { shareCount: -1 },
      { path: 'shareCount', message: 'expected 0 or more, received -1' },
    ],
    [
      'a fractional share count',
      { shareCount: 2.5 },
      { path: 'shareCount', message: 'expected a whole number, received 2.5' },
    ],
    [
      'an image width that is not a whole number',
      { image: { src: 'a.jpg', alt: '', width: 10.5, height: 4 } },
      { path: 'image.width', message: 'expected a whole number, received 10.5' },
    ],
    [
      'an image height of zero',
      { image: { src: 'a.jpg', alt: '', width: 10, height: 0 } },
      { path: 'image.height', message: 'expected a number of at least 1, received 0' },
    ],
    [
      'a list without items',
      { body: [{ type: 'list', items: [] }] },
      { path: 'body[0].items', message: 'expected at least one item' },
    ],
    ['an empty body', { body: [] }, { path: 'body', message: 'expected at least one block' }],
    [
      'a tag of the wrong type',
      { tags: ['ok', 7] },
      { path: 'tags[1]', message: 'expected string, received 7' },
    ],
  ])('reports %s', (_, overrides, problem) => {
    expect(problemsOf(articleSchema, { ...articleSource(), ...overrides })).toEqual([problem]);
  });

  it('reports a document that is not an object at the document itself', () => {
    expect(problemsOf(articleSchema, 'hello')).toEqual([
      { path: '(document)', message: 'expected Object, received "hello"' },
    ]);
  });

  it('reports every problem of an article, not only the first', () => {
    const problems = problemsOf(articleSchema, { ...articleSource(), id: 'Bad_ID', shareCount: -1 });

    expect(problems.map((problem) => problem.path)).toEqual(['id', 'shareCount']);
  });
});

describe('siteSchema', () => {
  it('accepts a valid site', () => {
    expect(problemsOf(siteSchema, siteSource())).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Problem]>([
    [
      'a url that is not absolute',
      { url: 'news.example' },
      {
        path: 'url',
        message: 'expected an absolute URL such as https://news.example, received "news.example"',
      },
    ],
    [
      'a language that is not a language tag',
      { language: 'english' },
      { path: 'language', message: 'expected a BCP 47 language tag such as en-GB, received "english"' },
    ],
    [
      'a site without sections',
      { sections: [] },
      { path: 'sections', message: 'expected at least one section' },
    ],
    [
      'a section without a title',
      { sections: [{ id: 'news' }] },
      { path: 'sections[0].title', message: 'is required but missing' },
    ],
  ])('reports %s', (_, overrides, problem) => {
    expect(problemsOf(siteSchema, { ...siteSource(), ...overrides })).toEqual([problem]);
  });

  it.each(['en', 'en-GB', 'ko-KR', 'zh-Hant-TW'])('accepts the language tag %s', (language) => {
    expect(problemsOf(siteSchema, { ...siteSource(), language })).toEqual([]);
  });
});

describe('pageSchema', () => {
  it('accepts a page with the blocks an article may have and parses them as it does', () => {
    const page = v.parse(
      pageSchema,
      pageSource({
        description: ' Who we are. ',
        updatedAt: '2026-11-30T09:00:00+00:00',
        body: [
          { type: 'heading', text: 'Us' },
          { type: 'paragraph', text: 'Write to [us](mailto:desk@news.example).' },
          { type: 'list', items: ['One', 'Two'], ordered: true },
        ],
      }),
    );

    expect(page.description).toBe('Who we are.');
    expect(page.body.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list']);
    expect(page.body[1]).toMatchObject({ anchor: expect.stringMatching(/^p-/) as unknown });
  });

  it.each<[string, Record<string, unknown>, Problem]>([
    ['an empty body', { body: [] }, { path: 'body', message: 'expected at least one block' }],
    [
      'an id that is not a slug',
      { id: 'About Us' },
      { path: 'id', message: 'expected lower-case words joined by "-", received "About Us"' },
    ],
    [
      'an id the site keeps for itself',
      { id: 'saved' },
      {
        path: 'id',
        message: `expected an id the site does not keep for itself (${RESERVED}), received "saved"`,
      },
    ],
    [
      'a block of an unknown type',
      { body: [{ type: 'paragraph', text: 'Fine.' }, { type: 'video' }] },
      {
        path: 'body[1].type',
        message: 'expected one of paragraph, heading, pullquote, image, list, received "video"',
      },
    ],
  ])('reports %s with its JSON path', (_, overrides, problem) => {
    expect(problemsOf(pageSchema, { ...pageSource(), ...overrides })).toEqual([problem]);
  });

  it('reports a missing title as required but missing', () => {
    expect(problemsOf(pageSchema, without(pageSource(), 'title'))).toEqual([
      { path: 'title', message: 'is required but missing' },
    ]);
  });
});

describe('publishedSiteSchema', () => {
  it('reads the list of pages the build adds to site.json', () => {
    const site = v.parse(publishedSiteSchema, { ...siteSource(), pages: [{ id: 'about', title: 'About' }] });

    expect(site.pages).toEqual([{ id: 'about', title: 'About' }]);
  });

  it('reads a site.json without the list as a site with no pages', () => {
    expect(v.parse(publishedSiteSchema, siteSource()).pages).toEqual([]);
  });

  it('refuses a listed page without a title, and checks the sections as siteSchema does', () => {
    const data = {
      ...siteSource(),
      sections: [{ id: 'saved', title: 'Saved' }],
      pages: [{ id: 'about' }],
    };

    expect(problemsOf(publishedSiteSchema, data)).toEqual([
      { path: 'pages[0].title', message: 'is required but missing' },
    ]);
    expect(problemsOf(publishedSiteSchema, { ...data, pages: [] })).toEqual([
      { path: 'sections[0].id', message: '"saved" is reserved for the site\'s own pages' },
    ]);
  });
});

describe('article tags', () => {
  it('keeps each tag once, in first-seen order, comparing them after normalisation', () => {
    const parsed = v.parse(articleSchema, {
      id: 'a',
      section: 'news',
      headline: 'H',
      publishedAt: '2026-11-28T09:30:00+09:00',
      body: [{ type: 'paragraph', text: 'x' }],
      tags: ['Jeju', 'Seoul', 'Jeju', 'Cafe\u0301', 'Café'],
    });
    expect(parsed.tags).toEqual(['Jeju', 'Seoul', 'Café']);
  });
});
