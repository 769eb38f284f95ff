// Generated archives and changes to them, for the tests of what a publish makes again.
import fc from 'fast-check';
import type { Article, PastAddresses } from '../../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../../testing/contentFixtures';
import { topicIdsOf } from '../deriveTopics';
import type { DocumentPlan } from '../documentPlan';
import { listedArticle } from '../listedArticle';
import { siteShape, type SiteShape } from '../siteShape';
import type { ArticleChange } from './linksToRemake';

export const site = {
  ...siteSource([section('news'), section('koreas', 'news'), section('culture')]),
  authors: [
    { id: 'kim', name: 'Kim' },
    { id: 'lee', name: 'Lee' },
  ],
};
const AUTHORS = ['kim', 'lee'];
export const SECTIONS = ['news', 'koreas', 'culture'];
// Two spellings of one topic: its title is the tag as its newest story writes it.
export const TAGS = ['Tea', 'tea', 'Rivers', 'Ports', 'Energy'];

export type Draft = {
  id: string;
  section: string;
  hour: number;
  tags: readonly string[];
  headline: string;
  authors?: readonly string[];
};

export const articleOf = ({ id, section: sectionId, hour, tags, headline, authors = [] }: Draft): Article =>
  validatedArticle({
    id,
    section: sectionId,
    publishedAt: hoursAfterBase(hour),
    tags: [...tags],
    headline,
    ...(authors.length > 0 && { authors: [...authors] }),
  });

// Untagged stories often: their documents change only through their section's neighbours.
const tags: fc.Arbitrary<readonly string[]> = fc.oneof(
  fc.constant([]),
  fc.subarray(TAGS, { minLength: 1, maxLength: 2 }),
);

const draft = (index: number, prefix = 'story'): fc.Arbitrary<Draft> =>
  fc.record({
    id: fc.constant(`${prefix}-${String(index).padStart(3, '0')}`),
    section: fc.constantFrom(...SECTIONS),
    // Few hours, so stories often share one and fall back on their id's order.
    hour: fc.integer({ min: 0, max: 80 }),
    tags,
    headline: fc.constantFrom('A', 'B'),
    authors: fc.subarray(AUTHORS),
  });

export const archive = fc
  .integer({ min: 20, max: 90 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => draft(index))));

/**
 * Stories withdrawn before the archive's last build: the ledger keeps their
 * places (ledgerBetween). One named `story-…` is in the archive: it came back
 * since, perhaps at another time or with other topics, and its old place is
 * the one the ledger keeps if it goes again.
 */
export const goneStories = fc
  .integer({ min: 0, max: 4 })
  .chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, index) =>
        fc.constantFrom('gone', 'story').chain((prefix) => draft(index, prefix)),
      ),
    ),
  );

/**
 * A change to one story of `drafts`, a new one, or one of the gone stories
 * back (`return`, as it was or edited): by position, so any archive takes any change.
 */
export const change = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('add', 'withdraw', 'edit', 'return'),
  edit: fc.record(
    {
      section: fc.constantFrom(...SECTIONS),
      hour: fc.integer({ min: 0, max: 90 }),
      tags,
      headline: fc.constantFrom('A', 'B', 'C'),
      authors: fc.subarray(AUTHORS),
    },
    { requiredKeys: [] },
  ),
});

export type Change = typeof change extends fc.Arbitrary<infer Value> ? Value : never;

export function applied(drafts: Draft[], changes: Change[], gone: readonly Draft[] = []): Draft[] {
  let result = [...drafts];
  changes.forEach(({ target, kind, edit }, step) => {
    const at = target % result.length;
    const old = result[at];
    const back = gone[target % Math.max(1, gone.length)];
    if (kind === 'return' && back) {
      if (!result.some((item) => item.id === back.id)) result = [...result, { ...back, ...edit }];
    } else if (kind === 'add' || kind === 'return' || !old) {
      result = [
        ...result,
        { id: `new-${String(step)}`, section: 'news', hour: 90, tags: ['Tea'], headline: 'N', ...edit },
      ];
    } else if (kind === 'withdraw') {
      result = result.filter((_, index) => index !== at);
    } else {
      result = result.map((item, index) => (index === at ? { ...item, ...edit } : item));
    }
  });
  return result;
}

/** The changes between two archives as a publish gives them to linksToRemake: each article as it was and is. */
export function changesBetween(before: Draft[], now: Draft[]): ArticleChange[] {
  const was = new Map(before.map((item) => [item.id, item]));
  const is = new Map(now.map((item) => [item.id, item]));
  const ids = new Set([...was.keys(), ...is.keys()]);
  return [...ids].flatMap((id) => {
    const old = was.get(id);
    const fresh = is.get(id);
    if (JSON.stringify(old) === JSON.stringify(fresh)) return [];
    return [
      {
        ...(old && { before: listedArticle(articleOf(old)) }),
        ...(fresh && { now: listedArticle(articleOf(fresh)) }),
      },
    ];
  });
}

/**
 * Each document a planner plans for an archive, by file, as what it is made
 * from: its inputs and every field of each article it shows. A document whose
 * fingerprint differs between two archives is one a publish must make again.
 */
export function planFingerprints(
  articles: readonly Article[],
  plan: (shape: SiteShape) => Iterable<DocumentPlan>,
  pastAddresses?: PastAddresses,
): Map<string, string> {
  const shape = siteShape(site, articles, [], pastAddresses);
  const byId = new Map(shape.articles.map((article) => [article.id, article]));
  return new Map(
    Array.from(plan(shape), (planned) => [
      planned.file,
      JSON.stringify([planned.inputs, planned.shows.map((id) => byId.get(id))]),
    ]),
  );
}

/** The ledger a publish from `before` to `now` writes: each story withdrawn, with the place it had (recordPastAddresses.ts). */
export function ledgerBetween(before: Draft[], now: Draft[]): PastAddresses {
  const kept = new Set(now.map((item) => item.id));
  return {
    withdrawn: before
      .filter((item) => !kept.has(item.id))
      .map((item) => ({
        path: `/${item.section}/${item.id}`,
        withdrawnAt: hoursAfterBase(100),
        listed: {
          publishedAt: hoursAfterBase(item.hour),
          section: item.section,
          topics: [...topicIdsOf({ tags: [...item.tags] })],
          authors: [...new Set(item.authors ?? [])],
        },
      })),
    moved: [],
  };
}

/**
 * An archive as last built, with the ledger of the stories withdrawn before
 * (some may come back), and the same after one to three random changes, with
 * or without the ledger keeping the places of the stories withdrawn now.
 */
export const archiveHistory = fc
  .tuple(archive, fc.array(change, { minLength: 1, maxLength: 3 }), fc.boolean(), goneStories)
  .map(([drafts, changes, isPlaced, gone]) => {
    const ledgerBefore = ledgerBetween(gone, []);
    const now = applied(drafts, changes, gone);
    const ledgerNow: PastAddresses = {
      withdrawn: [...ledgerBefore.withdrawn, ...(isPlaced ? ledgerBetween(drafts, now).withdrawn : [])],
      moved: [],
    };
    return { drafts, ledgerBefore, now, ledgerNow };
  });

/** What a planner's documents read before and after a history's changes, the shape after, and the changes. */
export function acrossHistory(
  {
    drafts,
    ledgerBefore,
    now,
    ledgerNow,
  }: typeof archiveHistory extends fc.Arbitrary<infer History> ? History : never,
  plan: (shape: SiteShape) => Iterable<DocumentPlan>,
) {
  return {
    before: planFingerprints(drafts.map(articleOf), plan, ledgerBefore),
    after: planFingerprints(now.map(articleOf), plan, ledgerNow),
    shape: siteShape(site, now.map(articleOf), [], ledgerNow),
    changes: changesBetween(drafts, now),
  };
}
