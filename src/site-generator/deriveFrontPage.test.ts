// @vitest-environment node
import { test } from '@fast-check/vitest';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  FRONT_PAGE_LATEST,
  FRONT_PAGE_PER_SECTION,
  FRONT_PAGE_SECONDARIES,
  contentPaths,
} from '../features/content/contract/paths';
import {
  articleSchema,
  frontPageSchema,
  frontPageStories,
  siteSchema,
  type Article,
  type FrontPage,
  type SiteSource,
} from '../features/content/contract/schema';
import { archiveDocuments } from '../testing/contentArbitraries';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { deriveListings } from './deriveListings';
import { siteShape } from './siteShape';

const numRuns = Number(process.env.FC_RUNS ?? 40);
const TOP = 1 + FRONT_PAGE_SECONDARIES + FRONT_PAGE_LATEST;
const PHOTO = { src: 'images/a.jpg', alt: 'A photo', width: 1600, height: 900 };

function frontPage(site: SiteSource, articles: readonly Article[]): FrontPage {
  const document = deriveListings(siteShape(site, articles)).get(contentPaths.front());
  if (!document || !('secondaries' in document)) throw new Error('no front page');
  return document;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const blockOf = (front: FrontPage, sectionId: string) =>
  ids(front.sections.find((block) => block.section === sectionId)?.items ?? []);

/** `count` stories in `sectionId`, an hour apart from `newestHour` back, pictured where `isPictured` says. */
function stories(
  sectionId: string,
  count: number,
  newestHour: number,
  isPictured: (index: number) => boolean = () => true,
) {
  return Array.from({ length: count }, (_, index) =>
    validatedArticle({
      id: `${sectionId}-${String(index + 1)}`,
      section: sectionId,
      publishedAt: hoursAfterBase(newestHour - index),
      ...(isPictured(index) ? { image: PHOTO } : {}),
    }),
  );
}

const site = siteSource([section('news'), section('world', 'news'), section('science'), section('culture')]);

describe('deriveFrontPage, the top of the page', () => {
  it('leads with the newest pictured story and makes the next three pictured ones its secondaries', () => {
    const articles = stories('news', 20, 0, (index) => index !== 0 && index !== 2);

    const front = frontPage(site, articles);

    expect(front.lead?.id).toBe('news-2');
    expect(ids(front.secondaries)).toEqual(['news-4', 'news-5', 'news-6']);
  });

  it('lists the rest of the newest stories, newest first, as the latest', () => {
    const articles = stories('news', 20, 0, (index) => index !== 0 && index !== 2);

    const { latest } = frontPage(site, articles);

    expect(ids(latest)).toEqual([
      'news-1',
      'news-3',
      ...[7, 8, 9, 10, 11, 12].map((n) => `news-${String(n)}`),
    ]);
    expect(latest).toHaveLength(FRONT_PAGE_LATEST);
  });

  it('never reaches past the newest stories for a picture: without pictures they lead in order', () => {
    const unpictured = stories('news', TOP, 0, () => false);
    const olderPictured = stories('world', 3, -TOP - 1);

    const front = frontPage(site, [...unpictured, ...olderPictured]);

    expect(front.lead?.id).toBe('news-1');
    expect(ids(front.secondaries)).toEqual(['news-2', 'news-3', 'news-4']);
  });

  it('fills the secondaries with unpictured stories when too few of the newest have a picture', () => {
    const articles = stories('news', 6, 0, (index) => index === 3 || index === 4);

    const front = frontPage(site, articles);

    expect(front.lead?.id).toBe('news-4');
    expect(ids(front.secondaries)).toEqual(['news-5', 'news-1', 'news-2']);
    expect(ids(front.latest)).toEqual(['news-3', 'news-6']);
  });

  it('gives a site without articles an empty front page the contract accepts', () => {
    const front = frontPage(site, []);

    expect(front).toEqual({ version: 2, secondaries: [], latest: [], sections: [] });
    expect(v.safeParse(frontPageSchema, front).success).toBe(true);
  });
});

describe('deriveFrontPage, the section blocks', () => {
  it('fills a block with the newest stories of its section, descendants included, not shown above', () => {
    const articles = [...stories('news', TOP, 0), ...stories('world', 5, -TOP)];

    const front = frontPage(site, articles);

    expect(blockOf(front, 'news')).toEqual(['world-1', 'world-2', 'world-3', 'world-4']);
  });

  it('shows a block of fewer stories when fewer are left, and no block when none are', () => {
    const articles = [...stories('news', TOP - 2, 0), ...stories('science', 4, -TOP)];

    const front = frontPage(site, articles);

    expect(blockOf(front, 'science')).toEqual(['science-3', 'science-4']);
    expect(front.sections.map((block) => block.section)).toEqual(['science']);
  });

  it('keeps the order of site.json and gives each top-level section at most one block', () => {
    const articles = [
      ...stories('culture', 20, 0),
      ...stories('science', 6, -20),
      ...stories('news', 6, -30),
    ];

    const front = frontPage(site, articles);

    expect(front.sections.map((block) => block.section)).toEqual(['news', 'science', 'culture']);
    expect(front.sections.every((block) => block.items.length === FRONT_PAGE_PER_SECTION)).toBe(true);
  });
});

describe('the front page contract', () => {
  const lead = { id: 'a', section: 'news', headline: 'A', publishedAt: hoursAfterBase(0) };
  const valid = { version: 2, lead, secondaries: [], latest: [], sections: [] };

  it.each([
    ['repeats a story', { ...valid, latest: [lead] }],
    ['has a block without stories', { ...valid, sections: [{ section: 'news', items: [] }] }],
    ['has stories but no lead', { ...valid, lead: undefined, latest: [lead] }],
    ['is the first version', { latest: [lead], sections: [] }],
  ])('refuses a front page that %s', (_, front) => {
    expect(v.safeParse(frontPageSchema, front).success).toBe(false);
    expect(v.safeParse(frontPageSchema, valid).success).toBe(true);
  });
});

describe('whatever archive the contract accepts', () => {
  const accepted = ({ site: source, articles }: { site: unknown; articles: unknown[] }) => ({
    site: v.parse(siteSchema, source),
    articles: articles.map((article) => v.parse(articleSchema, article)),
  });

  test.prop([archiveDocuments(40)], { numRuns })(
    'the front page shows each article at most once and the contract accepts it',
    (content) => {
      const { site: source, articles } = accepted(content);
      const front = frontPage(source, articles);
      const shown = ids(frontPageStories(front));

      expect(new Set(shown).size).toBe(shown.length);
      expect(v.safeParse(frontPageSchema, front).success).toBe(true);
    },
  );

  test.prop([archiveDocuments(40)], { numRuns })(
    'the top shows the newest stories, and every block is as full as its section allows',
    (content) => {
      const { site: source, articles } = accepted(content);
      const shape = siteShape(source, articles);
      const front = frontPage(source, articles);
      const top = [front.lead, ...front.secondaries, ...front.latest].flatMap((story) =>
        story ? [story.id] : [],
      );

      expect(new Set(top)).toEqual(new Set(ids(shape.articles.slice(0, TOP))));
      for (const topLevel of source.sections.filter((entry) => entry.parent === undefined)) {
        const unseen = ids(shape.listings.get(topLevel.id) ?? []).filter((id) => !top.includes(id));
        const block = blockOf(front, topLevel.id);
        expect(block).toEqual(unseen.slice(0, FRONT_PAGE_PER_SECTION));
      }
      expect(front.sections.every((block) => block.items.length > 0)).toBe(true);
    },
  );
});
