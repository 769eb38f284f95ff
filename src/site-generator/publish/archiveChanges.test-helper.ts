// Generated archives and changes to them, for the tests of what a publish makes again.
import fc from 'fast-check';
import type { Article } from '../../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../../testing/contentFixtures';
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

const draft = (index: number): fc.Arbitrary<Draft> =>
  fc.record({
    id: fc.constant(`story-${String(index).padStart(3, '0')}`),
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

/** A change to one story of `drafts`, or a new one: by position, so any archive takes any change. */
export const change = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('add', 'withdraw', 'edit'),
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

export function applied(drafts: Draft[], changes: Change[]): Draft[] {
  let result = [...drafts];
  changes.forEach(({ target, kind, edit }, step) => {
    const at = target % result.length;
    const old = result[at];
    if (kind === 'add' || !old) {
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
): Map<string, string> {
  const shape = siteShape(site, articles);
  const byId = new Map(shape.articles.map((article) => [article.id, article]));
  return new Map(
    Array.from(plan(shape), (planned) => [
      planned.file,
      JSON.stringify([planned.inputs, planned.shows.map((id) => byId.get(id))]),
    ]),
  );
}
