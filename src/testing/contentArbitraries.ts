/**
 * fast-check generators of content documents as publishers write them: valid
 * by construction (every one must pass the contract) but full of hostile and
 * odd strings, so properties can show that whatever the contract accepts
 * renders, hydrates and serialises.
 */
import fc from 'fast-check';
import type { ArticleSource, PageSource, Section } from '../features/content/contract/schema';

/** Strings that have broken web pages, feeds and parsers somewhere. */
const NAUGHTY_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE articles; --",
  '</script><!--',
  ']]>',
  '<![CDATA[x]]>',
  '&amp; &lt; &#0; &#x1F600;',
  '{{7*7}} ${7*7} %s %n',
  '\u202Eevil\u202C',
  '\uFEFFbom',
  'line\u2028separator\u2029',
  'null',
  '-1e309',
  '😀👍🏽🇰🇷👩‍👩‍👧',
  'Ω≈ç√ 表ポあA鷗ŒéＢ逍Üßªąñ丂㐀𠀀',
  'ثم نفس سقطت וְהָיָה',
  '\u0000\u0001\u001F\u007F\u0085',
  '\uD800',
  '\uDFFF\uD800',
  '\uFFFE\uFFFF\u{1FFFF}',
  'e\u0301 \u1112\u1161\u11AB',
  'tab\tnew\nline\r\nreturn\r',
  '\\ \\\\ \\*',
  'javascript:alert(1)',
  'data:text/html,<b>x</b>',
  '../../etc/passwd',
  '<!-- -->',
  '  spaced  ',
];

const INLINE_MARKUP = [
  '[',
  ']',
  '(',
  ')',
  '*',
  '**',
  '\\',
  '[a link](https://news.example/a?b=<c>&d="e")',
  '[site link](/news)',
  '[bad link](javascript:alert(1))',
  '[mail](mailto:desk@news.example)',
  '*emphasis*',
  '**strong**',
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

export const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: codeUnit, maxLength: 20 }),
  fc.constantFrom(...NAUGHTY_STRINGS),
  fc.array(fc.constantFrom(...NAUGHTY_STRINGS), { maxLength: 4 }).map((parts) => parts.join(' ')),
);

/** Hostile text with one letter the contract's trim cannot remove, at either end. */
export const nonEmptyText = fc
  .tuple(hostileText, fc.constantFrom('A', 'ß', '한', '٣', 'Ж'), fc.boolean())
  .map(([text, letter, isFirst]) => (isFirst ? `${letter}${text}` : `${text}${letter}`));

const inlineText = fc
  .tuple(fc.array(fc.oneof(hostileText, fc.constantFrom(...INLINE_MARKUP)), { maxLength: 8 }), nonEmptyText)
  .map(([parts, anchor]) => [...parts, anchor].join(''));

const slug = fc.stringMatching(/^[a-z0-9]{1,10}(?:-[a-z0-9]{1,6}){0,2}$/);

/**
 * A tag as publishers write them: hostile text around one letter or digit the
 * slug rule keeps (so it gives a topic id), or one of a few that give the same
 * id as each other and as a topic site.json may describe.
 */
const tag = fc.oneof(
  fc
    .tuple(hostileText, fc.constantFrom('a', 'Z', 'é', 'ß', '7', 'Ｓ'), hostileText)
    .map(([before, letter, after]) => `${before}${letter}${after}`),
  fc.constantFrom('North Korea', 'north-korea', 'NORTH KOREA!', 'Seoul'),
);

/** A real instant written in a real offset, with or without seconds and their fraction. */
const timestamp = fc
  .record({
    instant: fc.integer({ min: Date.parse('1000-01-02T00:00:00Z'), max: Date.parse('9998-12-30T00:00:00Z') }),
    offsetMinutes: fc.integer({ min: -14 * 60, max: 14 * 60 }),
    precision: fc.constantFrom('minutes', 'seconds', 'fraction'),
  })
  .map(({ instant, offsetMinutes, precision }) => {
    const local = new Date(instant + offsetMinutes * 60_000).toISOString();
    const time = { minutes: 16, seconds: 19, fraction: 23 }[precision];
    const size = Math.abs(offsetMinutes);
    const offset = `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
    return `${local.slice(0, time)}${offset}`;
  });

const language = fc.constantFrom(
  'en-GB',
  'en',
  'EN-gb',
  'ko-KR',
  'ar-EG',
  'he',
  'iw',
  'zh-Hant-TW',
  'ja-JP',
  'de-CH',
  'hi-IN',
  'th-TH',
  'fa-IR',
  'sr-Latn-RS',
);

const webAddress = fc.webUrl({
  validSchemes: ['https', 'http'],
  withQueryParameters: true,
  withFragments: true,
});

const image = fc.record(
  {
    src: fc.constantFrom(
      'images/map.svg',
      'images/harbour.jpg',
      'images/photo%20one.png',
      'images/ünï/clé.svg',
      'https://cdn.example/pic.jpg?size=<2>&x="y"',
    ),
    alt: hostileText,
    width: fc.integer({ min: 1, max: 5000 }),
    height: fc.integer({ min: 1, max: 5000 }),
    caption: nonEmptyText,
    credit: nonEmptyText,
  },
  { requiredKeys: ['src', 'alt', 'width', 'height'] },
);

const block = fc.oneof(
  fc.record({ type: fc.constant('paragraph' as const), text: inlineText }),
  fc.record({ type: fc.constant('heading' as const), text: nonEmptyText }),
  fc.record(
    { type: fc.constant('pullquote' as const), text: nonEmptyText, attribution: nonEmptyText },
    { requiredKeys: ['type', 'text'] },
  ),
  image.map((fields) => ({ type: 'image' as const, ...fields })),
  fc.record(
    {
      type: fc.constant('list' as const),
      items: fc.array(inlineText, { minLength: 1, maxLength: 3 }),
      ordered: fc.boolean(),
    },
    { requiredKeys: ['type', 'items'] },
  ),
);

/**
 * Up to six sections, each child of an earlier one. Ids start `sec-`, article
 * ids `story-` and page ids `page-`, so a generated site never gives two
 * pages one address (a collision is its own, tested, content error).
 */
const sections = fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }).chain((ids) =>
  fc
    .tuple(
      fc.array(nonEmptyText, { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
    )
    .map(([titles, parents]) =>
      ids.map((id, index): Section => {
        const parent = parents[index];
        const title = titles[index] ?? 'Section';
        return index === 0 || parent === undefined
          ? { id: `sec-${id}`, title }
          : { id: `sec-${id}`, title, parent: `sec-${ids[parent % index] ?? ''}` };
      }),
    ),
);

/** What a source file may name in `"$schema"` for the editor; the contract ignores it. */
const schemaReference = fc.constantFrom(
  '../../schemas/site.schema.json',
  'https://news.example/content/schema/article.schema.json',
);

export const siteDocument = fc.record(
  {
    $schema: schemaReference,
    name: nonEmptyText,
    url: webAddress,
    language,
    description: nonEmptyText,
    sections,
    mirrors: fc.array(webAddress, { maxLength: 2 }),
    topics: fc.uniqueArray(
      fc.record(
        { id: fc.oneof(slug, fc.constant('north-korea')), title: nonEmptyText, description: nonEmptyText },
        { requiredKeys: ['id', 'title'] },
      ),
      { selector: (topic) => topic.id, maxLength: 3 },
    ),
    authors: fc.uniqueArray(
      fc.record(
        { id: slug, name: nonEmptyText, role: nonEmptyText, bio: nonEmptyText },
        { requiredKeys: ['id', 'name'] },
      ),
      { selector: (author) => author.id, maxLength: 3 },
    ),
  },
  { requiredKeys: ['name', 'url', 'language', 'description', 'sections'] },
);

function articleDocument(
  id: string,
  sectionIds: readonly string[],
  authorIds: readonly string[] = [],
): fc.Arbitrary<ArticleSource> {
  // Only ids site.json defines: an unknown author is its own, tested, content error.
  const authors =
    authorIds.length > 0 ? fc.subarray([...authorIds], { minLength: 1 }) : fc.constant(undefined);
  return fc
    .record(
      {
        $schema: schemaReference,
        id: fc.constant(`story-${id}`),
        section: fc.constantFrom(...sectionIds),
        headline: nonEmptyText,
        standfirst: nonEmptyText,
        publishedAt: timestamp,
        updatedAt: timestamp,
        byline: nonEmptyText,
        image,
        body: fc.array(block, { minLength: 1, maxLength: 5 }),
        tags: fc.array(tag, { maxLength: 3 }),
        shareCount: fc.nat(),
        authors,
      },
      { requiredKeys: ['id', 'section', 'headline', 'publishedAt', 'body'] },
    )
    .map(({ authors: named, ...article }) => (named ? { ...article, authors: named } : article));
}

/** A page of the site's own: any blocks an article may have, with or without its optional fields. */
function pageDocument(id: string): fc.Arbitrary<PageSource> {
  return fc.record(
    {
      $schema: fc.constant('../../../schemas/page.schema.json'),
      id: fc.constant(`page-${id}`),
      title: nonEmptyText,
      description: nonEmptyText,
      updatedAt: timestamp,
      body: fc.array(block, { minLength: 1, maxLength: 5 }),
    },
    { requiredKeys: ['id', 'title', 'body'] },
  );
}

// At least one, so every property covers a page too; sites without pages are the examples' default.
const pageDocuments = fc
  .uniqueArray(slug, { minLength: 1, maxLength: 2 })
  .chain((ids) => fc.tuple(...ids.map((id) => pageDocument(id))));

/** A site.json, one to four articles in its sections and one or two pages of its own. */
export const contentDocuments = siteDocument.chain((site) =>
  fc
    .tuple(
      fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }).chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            articleDocument(
              id,
              site.sections.map((section) => section.id),
              site.authors?.map((author) => author.id),
            ),
          ),
        ),
      ),
      pageDocuments,
    )
    .map(([articles, pages]) => ({ site, articles, pages })),
);

/**
 * A site.json and an archive of up to `maxArticles` articles in its sections,
 * some with a picture and some without.
 */
export const archiveDocuments = (maxArticles: number) =>
  siteDocument.chain((site) =>
    fc
      .uniqueArray(slug, { minLength: 0, maxLength: maxArticles })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            articleDocument(
              id,
              site.sections.map((section) => section.id),
              site.authors?.map((author) => author.id),
            ),
          ),
        ),
      )
      .map((articles) => ({ site, articles })),
  );
