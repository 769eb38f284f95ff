/**
 * The content contract, v1: the single definition of every JSON document the
 * site reads. Types are inferred from it, the build validates sources with it,
 * the browser validates responses with it and the publishers' JSON Schema is
 * generated from it.
 */
import * as v from 'valibot';
import { textAnchor } from './anchors.ts';
import { parseInline } from './inlineMarkup.ts';
import { MORE_FROM_SECTION, RELATED_STORIES } from './paths.ts';
import { languageTagSchema } from './languageTag.ts';
import { RESERVED_TOP_LEVEL_IDS, sectionProblems } from './sectionRules.ts';
import {
  imageSourceSchema,
  nonEmptyTextSchema as nonEmptyText,
  slugSchema,
  textSchema,
  webAddressSchema,
  webOriginSchema,
} from './fieldSchemas.ts';
import { timestampSchema as dateTime } from './timestamp.ts';
import { articleAuthorsSchema, authorSchema, duplicateIdCheck, tagSchema, topicSchema } from './topics.ts';

export const CONTRACT_VERSION = 1;

export { slugSchema };

/** Wider or taller than any screen or print plate; larger numbers are typing mistakes. */
const MAX_IMAGE_SIDE = 100_000;

const pixels = v.pipe(
  v.number(),
  v.integer('expected a whole number'),
  v.minValue(1, 'expected a number of at least 1'),
  v.maxValue(MAX_IMAGE_SIDE, `expected at most ${String(MAX_IMAGE_SIDE)}`),
);

const positiveInteger = v.pipe(
  v.number(),
  v.integer('expected a whole number'),
  v.minValue(1, 'expected a number of at least 1'),
);

/** Inline text arrives as a string with the inline markup and leaves parsed. */
const inlineText = v.pipe(nonEmptyText, v.transform(parseInline));

const imageEntries = {
  src: imageSourceSchema,
  alt: textSchema,
  width: pixels,
  height: pixels,
  caption: v.optional(nonEmptyText),
  credit: v.optional(nonEmptyText),
};

export const imageSchema = v.object(imageEntries);

export const blockSchema = v.variant('type', [
  // Paragraphs and pull quotes get an anchor for paragraph links and quote sharing.
  v.pipe(
    v.object({ type: v.literal('paragraph'), text: inlineText }),
    v.transform((block) => ({ ...block, anchor: textAnchor('p', block.text) })),
  ),
  v.object({ type: v.literal('heading'), text: nonEmptyText }),
  v.pipe(
    v.object({
      type: v.literal('pullquote'),
      text: nonEmptyText,
      attribution: v.optional(nonEmptyText),
    }),
    v.transform((block) => ({ ...block, anchor: textAnchor('q', block.text) })),
  ),
  v.object({ type: v.literal('image'), ...imageEntries }),
  v.object({
    type: v.literal('list'),
    items: v.pipe(v.array(inlineText), v.nonEmpty('expected at least one item')),
    ordered: v.optional(v.boolean()),
  }),
]);

const articleEntries = {
  id: slugSchema,
  section: slugSchema,
  headline: nonEmptyText,
  standfirst: v.optional(nonEmptyText),
  publishedAt: dateTime,
  updatedAt: v.optional(dateTime),
  /** Free text shown instead of the authors' names, when given. */
  byline: v.optional(nonEmptyText),
  /** Ids of site.json's authors: the byline links to their pages. */
  authors: v.optional(articleAuthorsSchema),
  image: v.optional(imageSchema),
  // A tag said twice is one tag: pages, metadata and feeds list each once.
  tags: v.optional(
    v.pipe(
      v.array(tagSchema),
      v.transform((tags) => [...new Set(tags)]),
    ),
  ),
  shareCount: v.optional(
    v.pipe(
      v.number(),
      v.integer('expected a whole number'),
      v.minValue(0, 'expected 0 or more'),
      v.maxValue(Number.MAX_SAFE_INTEGER, 'expected a count below 2^53'),
    ),
  ),
};

/** A whole article, every block checked: what the build and publishers validate against. */
export const articleSchema = v.object({
  ...articleEntries,
  body: v.pipe(v.array(blockSchema), v.nonEmpty('expected at least one block')),
});

/**
 * The same article with its blocks left unchecked, so the browser can keep the
 * good blocks of an article that has one bad one (see parseArticle).
 */
export const articleEnvelopeSchema = v.object({
  ...articleEntries,
  body: v.pipe(v.array(v.unknown()), v.nonEmpty('expected at least one block')),
});

export const sectionSchema = v.object({
  id: slugSchema,
  title: nonEmptyText,
  parent: v.optional(slugSchema),
});

const siteEntries = v.object({
  name: nonEmptyText,
  url: webAddressSchema,
  language: languageTagSchema,
  description: nonEmptyText,
  sections: v.pipe(v.array(sectionSchema), v.nonEmpty('expected at least one section')),
  mirrors: v.optional(v.array(webAddressSchema)),
  /** Servers the articles' images may come from; the pages' policy lets the browser load them. */
  imageOrigins: v.optional(v.array(webOriginSchema)),
  /** Titles and descriptions of topics; every tag is a topic whether or not it is described here. */
  topics: v.optional(v.array(topicSchema)),
  authors: v.optional(v.array(authorSchema)),
});

/** The check of site.json's section tree as a whole (ids, parents, loops, depth), for either form of it. */
function sectionTreeCheck<T extends { sections: Section[] }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const site = dataset.value;
    for (const problem of sectionProblems(site.sections)) {
      const section = site.sections[problem.index];
      addIssue({
        message: problem.message,
        path: [
          { type: 'object', origin: 'value', input: site, key: 'sections', value: site.sections },
          { type: 'array', origin: 'value', input: site.sections, key: problem.index, value: section },
          {
            type: 'object',
            origin: 'value',
            input: section ?? {},
            key: problem.field,
            value: section?.[problem.field],
          },
        ],
      });
    }
  });
}

type SiteEntries = v.InferOutput<typeof siteEntries>;

/** site.json as the publisher writes it, its section tree checked as a whole, topic and author ids unique. */
export const siteSchema = v.pipe(
  siteEntries,
  sectionTreeCheck<SiteEntries>(),
  duplicateIdCheck<SiteEntries, 'topics'>('topics', 'topic'),
  duplicateIdCheck<SiteEntries, 'authors'>('authors', 'author'),
);

/**
 * A page of the site's own (about, contact, a policy) at `/{id}`: not news,
 * so no section, byline or feed; its body is made of the same blocks as an
 * article's. Its id must not be one of the addresses the site keeps for itself.
 */
const pageEntries = {
  id: v.pipe(
    slugSchema,
    v.check(
      (id) => !RESERVED_TOP_LEVEL_IDS.has(id),
      `expected an id the site does not keep for itself (${[...RESERVED_TOP_LEVEL_IDS].join(', ')})`,
    ),
  ),
  title: nonEmptyText,
  /** For the page's meta description; without it, the first paragraph stands in. */
  description: v.optional(nonEmptyText),
  updatedAt: v.optional(dateTime),
};

/** A whole page, every block checked: what the build and publishers validate against. */
export const pageSchema = v.object({
  ...pageEntries,
  body: v.pipe(v.array(blockSchema), v.nonEmpty('expected at least one block')),
});

/** The same page with its blocks left unchecked, so the browser keeps the good ones (see parseBlocks). */
export const pageEnvelopeSchema = v.object({
  ...pageEntries,
  body: v.pipe(v.array(v.unknown()), v.nonEmpty('expected at least one block')),
});

// Derived documents, written by the build and read by the browser.

/** What a listing needs of an article: its header without the body, the image without caption. */
export const articleSummarySchema = v.object({
  ...v.pick(v.object(articleEntries), ['id', 'section', 'headline', 'standfirst', 'publishedAt', 'updatedAt'])
    .entries,
  image: v.optional(v.pick(imageSchema, ['src', 'alt', 'width', 'height'])),
  /** Minutes to read the body (readingTime.ts); optional, as listings written by older builds lack it. */
  readingMinutes: v.optional(positiveInteger),
});

/**
 * What the build links an article to (deriveArticleLinks): the stories
 * before and after it in its section's listing, and up to four related ones.
 */
export const articleLinksSchema = v.object({
  /** The article's own reading time and its tags' topics, worked out by the build so the page needs neither rule. */
  readingMinutes: positiveInteger,
  topics: v.array(v.object({ id: slugSchema, title: nonEmptyText })),
  previous: v.optional(articleSummarySchema),
  next: v.optional(articleSummarySchema),
  related: v.pipe(
    v.array(articleSummarySchema),
    v.maxLength(RELATED_STORIES, `expected at most ${String(RELATED_STORIES)} related stories`),
  ),
  /** "More from {section}": the section's stories published before this one (earlier coverage). */
  moreFromSection: v.optional(
    v.pipe(
      v.array(articleSummarySchema),
      v.maxLength(MORE_FROM_SECTION, `expected at most ${String(MORE_FROM_SECTION)} stories`),
    ),
    [],
  ),
});

/**
 * One page of a listing, newest first: a section's, a topic's or an author's.
 * Page 1 is the newest stories and says how many pages and stories there
 * are; pages 2 … are the archive counted from the oldest, each saying which
 * page is newer (listingPages.ts).
 */
const listingPageEntries = {
  page: positiveInteger,
  totalPages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  totalArticles: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  newerPage: v.optional(positiveInteger),
  items: v.array(articleSummarySchema),
};

export const sectionPageSchema = v.object({ section: slugSchema, ...listingPageEntries });

/** A topic's listing carries the topic, so its page needs no other document. */
export const topicPageSchema = v.object({ topic: topicSchema, ...listingPageEntries });

/** An author's listing carries the author: name, role and bio head the page. */
export const authorPageSchema = v.object({ author: authorSchema, ...listingPageEntries });

/**
 * front.json carries its own shape version: the browser code of one build
 * reading the front page of another fails with a clear path (`version`)
 * rather than a missing field. Version 2 arranged the page (lead,
 * secondaries, latest, section blocks) and made the build leave out what the
 * page already shows above, which the contract checks.
 */
export const FRONT_PAGE_VERSION = 2;

export const frontPageSchema = v.pipe(
  v.object({
    version: v.literal(FRONT_PAGE_VERSION),
    lead: v.optional(articleSummarySchema),
    secondaries: v.array(articleSummarySchema),
    latest: v.array(articleSummarySchema),
    /** Top-level sections with stories not shown above; a section with none has no block. */
    sections: v.array(
      v.object({
        section: slugSchema,
        items: v.pipe(v.array(articleSummarySchema), v.nonEmpty('expected at least one article')),
      }),
    ),
  }),
  v.check(
    (front) =>
      new Set(frontPageStories(front).map((story) => story.id)).size === frontPageStories(front).length,
    'expected each article at most once on the front page',
  ),
  v.check(
    (front) => front.lead !== undefined || frontPageStories(front).length === 0,
    'expected a lead story on a front page with any story',
  ),
);

/** Every story on the front page, top to bottom. */
export function frontPageStories(front: {
  lead?: ArticleSummary;
  secondaries: ArticleSummary[];
  latest: ArticleSummary[];
  sections: { items: ArticleSummary[] }[];
}): ArticleSummary[] {
  return [
    ...(front.lead ? [front.lead] : []),
    ...front.secondaries,
    ...front.latest,
    ...front.sections.flatMap((block) => block.items),
  ];
}

/** What the site document lists of each page, for the footer and the route table. */
export const pageLinkSchema = v.object({ id: slugSchema, title: nonEmptyText });

/**
 * site.json as the build publishes it and the browser reads it: the
 * publisher's document with the list of the site's pages added, by id. A
 * document without the list (published by an older build) has no pages.
 */
const publishedSiteEntries = v.object({
  ...siteEntries.entries,
  pages: v.optional(v.array(pageLinkSchema), []),
});
export const publishedSiteSchema = v.pipe(
  publishedSiteEntries,
  sectionTreeCheck<v.InferOutput<typeof publishedSiteEntries>>(),
);

export type Image = v.InferOutput<typeof imageSchema>;
export type Block = v.InferOutput<typeof blockSchema>;
export type BlockType = Block['type'];
export type ArticleSource = v.InferInput<typeof articleSchema>;
export type ArticleEnvelope = v.InferOutput<typeof articleEnvelopeSchema>;
export type Section = v.InferOutput<typeof sectionSchema>;
export type SiteSource = v.InferOutput<typeof siteSchema>;
export type PageSource = v.InferInput<typeof pageSchema>;
export type PageEnvelope = v.InferOutput<typeof pageEnvelopeSchema>;
export type Page = Omit<PageEnvelope, 'body'> & { body: Block[] };
export type PageLink = v.InferOutput<typeof pageLinkSchema>;
export type PublishedSite = v.InferOutput<typeof publishedSiteSchema>;
export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>;
export type ArticleLinks = v.InferOutput<typeof articleLinksSchema>;
export type SectionPage = v.InferOutput<typeof sectionPageSchema>;
export type TopicPage = v.InferOutput<typeof topicPageSchema>;
export type AuthorPage = v.InferOutput<typeof authorPageSchema>;
export type FrontPage = v.InferOutput<typeof frontPageSchema>;
export type Article = Omit<ArticleEnvelope, 'body'> & { body: Block[] };

/**
 * `past-addresses.json`: the content folder's ledger of addresses that once
 * had an article and no longer do. `npm run publish` adds to it (a publisher
 * may too); the build serves each entry, so a bookmark never just breaks:
 * - `withdrawn`: the article was taken down; the server answers 410 with a notice;
 * - `moved`: the article moved to another section; the server redirects to its address now.
 * Paths are site paths, below the base path: `/news/koreas/some-story`.
 */
const sitePathSchema = v.pipe(
  v.string(),
  v.regex(/^(\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/, 'expected a site path such as /news/koreas/some-story'),
);
/**
 * Where a withdrawn article stood in the listings, as it was when withdrawn:
 * its story keeps that place (shown as nothing), so the archive pages after
 * it keep their stories and a withdrawal changes only the pages it was on.
 */
const withdrawnPlaceSchema = v.object({
  publishedAt: dateTime,
  section: slugSchema,
  /** Topic ids: the tags' slugs. */
  topics: v.optional(v.array(slugSchema), []),
  authors: v.optional(v.array(slugSchema), []),
});
export const pastAddressesSchema = v.object({
  withdrawn: v.optional(
    v.array(
      v.object({ path: sitePathSchema, withdrawnAt: dateTime, listed: v.optional(withdrawnPlaceSchema) }),
    ),
    [],
  ),
  moved: v.optional(v.array(v.object({ path: sitePathSchema, article: slugSchema })), []),
});
export type PastAddresses = v.InferOutput<typeof pastAddressesSchema>;
export type WithdrawnPlace = v.InferOutput<typeof withdrawnPlaceSchema>;
