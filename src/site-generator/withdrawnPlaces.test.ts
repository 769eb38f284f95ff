// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article, PastAddresses, SiteSource } from '../features/content/contract/schema';
import { section, siteSource, validatedArticle, hoursAfterBase } from '../testing/contentFixtures';
import { deriveListings } from './deriveListings';
import { siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';

// A withdrawn article that the ledger describes (`listed`) keeps its place in
// every listing it was in, so withdrawing it changes only the pages it was on.

const site: SiteSource = {
  ...siteSource([section('news'), section('koreas', 'news')]),
  authors: [{ id: 'min-ji', name: 'Min-ji Park' }],
};

/** 75 stories in koreas, one hour apart, all tagged "Seoul" and by min-ji: four pages in each listing. */
const archive: Article[] = Array.from({ length: 75 }, (_, index) =>
  validatedArticle({
    id: `story-${String(index + 1)}`,
    section: 'koreas',
    headline: `Story ${String(index + 1)}`,
    publishedAt: hoursAfterBase(-index),
    tags: ['Seoul'],
    authors: ['min-ji'],
  }),
);

/** The article at `index` withdrawn: gone from the content, with a ledger entry that may say where it was listed. */
function withdrawn(index: number, listed: boolean): [Article[], PastAddresses] {
  const gone = archive[index];
  if (!gone) throw new Error('no such story');
  const place = { publishedAt: gone.publishedAt, section: 'koreas', topics: ['seoul'], authors: ['min-ji'] };
  return [
    archive.filter((article) => article !== gone),
    {
      withdrawn: [
        { path: `/news/koreas/${gone.id}`, withdrawnAt: hoursAfterBase(1), ...(listed && { listed: place }) },
      ],
      moved: [],
    },
  ];
}

/** siteShape's arguments for content and a ledger, with no pages of the site's own. */
const withArchive = ([articles, ledger]: [Article[], PastAddresses]) => [articles, [], ledger] as const;

/** The listing documents that differ between two derivations, by path. */
function changedListings(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths]
    .filter((file) => JSON.stringify(before.get(file)) !== JSON.stringify(after.get(file)))
    .sort();
}

describe('withdrawn places', () => {
  const before = deriveListings(siteShape(site, archive));

  it('changes only the page a withdrawn story was on, and page 1, in each of its listings', () => {
    // Story 60 is on the oldest archive page (page 2: stories 56 … 75).
    const after = deriveListings(siteShape(site, ...withArchive(withdrawn(59, true))));
    expect(changedListings(before, after)).toEqual([
      'authors/min-ji/page-1.json',
      'authors/min-ji/page-2.json',
      'sections/koreas/page-1.json',
      'sections/koreas/page-2.json',
      'sections/news/page-1.json',
      'sections/news/page-2.json',
      'topics/seoul/page-1.json',
      'topics/seoul/page-2.json',
    ]);
    const page = after.get('sections/koreas/page-2.json') as { items: { id: string }[] };
    expect(page.items.map((item) => item.id)).not.toContain('story-60');
    expect(page.items).toHaveLength(19);
    const first = after.get('sections/koreas/page-1.json') as { totalArticles: number; totalPages: number };
    expect(first).toMatchObject({ totalArticles: 74, totalPages: 4 });
  });

  it('shifts every later page when the ledger does not say where the story was', () => {
    const after = deriveListings(siteShape(site, ...withArchive(withdrawn(59, false))));
    expect(changedListings(before, after)).toContain('sections/koreas/page-3.json');
  });

  it('keeps every page address while a listing has its places, even a page with no story left', () => {
    const emptied = archive.slice(0, 20);
    const all = emptied.map((gone) => ({
      path: `/news/koreas/${gone.id}`,
      withdrawnAt: hoursAfterBase(1),
      listed: { publishedAt: gone.publishedAt, section: 'koreas', topics: ['seoul'], authors: ['min-ji'] },
    }));
    const shape = siteShape(site, archive.slice(20), [], { withdrawn: all, moved: [] });
    // 55 stories would make three pages; 75 places make four, at the same addresses as before.
    expect(shape.pageCount('koreas')).toBe(4);
    const urls = (routes: ReturnType<typeof siteRoutes>) => routes.map((route) => route.url).sort();
    expect(urls(siteRoutes(shape))).toEqual(
      urls(siteRoutes(siteShape(site, archive))).filter(
        (url) => !emptied.some((gone) => url.endsWith(gone.id)),
      ),
    );
    const pageOne = deriveListings(shape).get('sections/koreas/page-1.json') as { items: unknown[] };
    expect(pageOne.items).toEqual([]);
  });

  it('counts no place for a story that is back, or in a listing that is gone', () => {
    const [, ledger] = withdrawn(10, true);
    // The story is published again at the same address: it stands in its own place, once.
    expect(changedListings(before, deriveListings(siteShape(site, archive, [], ledger)))).toEqual([]);
    const elsewhere: PastAddresses = {
      withdrawn: [
        {
          path: '/news/koreas/old-story',
          withdrawnAt: hoursAfterBase(1),
          listed: {
            publishedAt: hoursAfterBase(-30),
            section: 'gone',
            topics: ['unknown'],
            authors: ['nobody'],
          },
        },
      ],
      moved: [],
    };
    expect(changedListings(before, deriveListings(siteShape(site, archive, [], elsewhere)))).toEqual([]);
  });
});
