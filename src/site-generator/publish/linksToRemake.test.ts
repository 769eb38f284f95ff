// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../../testing/contentFixtures';
import { planArticleLinks } from '../deriveArticleLinks';
import { listedArticle } from '../listedArticle';
import { siteShape } from '../siteShape';
import { linksToRemake, type ArticleChange } from './linksToRemake';

const site = siteSource([section('news'), section('koreas', 'news'), section('culture')]);
const SECTIONS = ['news', 'koreas', 'culture'];
// Two spellings of one topic: its title is the tag as its newest story writes it.
const TAGS = ['Tea', 'tea', 'Rivers', 'Ports', 'Energy'];

type Draft = { id: string; section: string; hour: number; tags: readonly string[]; headline: string };

const articleOf = ({ id, section: sectionId, hour, tags, headline }: Draft): Article =>
  validatedArticle({ id, section: sectionId, publishedAt: hoursAfterBase(hour), tags: [...tags], headline });

/**
 * Every links document of an archive, as what it is made from: its inputs and
 * every field of each article it shows. A document whose fingerprint differs
 * between two archives is a document a publish must make again.
 */
function fingerprints(articles: readonly Article[]): Map<string, string> {
  const shape = siteShape(site, articles);
  const byId = new Map(shape.articles.map((article) => [article.id, article]));
  return new Map(
    Array.from(planArticleLinks(shape), (plan) => [
      plan.inputs.article,
      JSON.stringify([plan.inputs, plan.shows.map((id) => byId.get(id))]),
    ]),
  );
}

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
  });

const archive = fc
  .integer({ min: 20, max: 90 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => draft(index))));

/** A change to one story of `drafts`, or a new one: by position, so any archive takes any change. */
const change = fc.record({
  target: fc.nat(),
  kind: fc.constantFrom('add', 'withdraw', 'edit'),
  edit: fc.record(
    {
      section: fc.constantFrom(...SECTIONS),
      hour: fc.integer({ min: 0, max: 90 }),
      tags,
      headline: fc.constantFrom('A', 'B', 'C'),
    },
    { requiredKeys: [] },
  ),
});

type Change = typeof change extends fc.Arbitrary<infer Value> ? Value : never;

function applied(drafts: Draft[], changes: Change[]): Draft[] {
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
function changesBetween(before: Draft[], now: Draft[]): ArticleChange[] {
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

describe('linksToRemake', () => {
  it('takes every links document that any adds, edits and withdrawals make read differently', () => {
    fc.assert(
      fc.property(archive, fc.array(change, { minLength: 1, maxLength: 3 }), (drafts, changes) => {
        const now = applied(drafts, changes);
        const before = fingerprints(drafts.map(articleOf));
        const after = fingerprints(now.map(articleOf));
        const remake = linksToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now));

        const differing = [...after]
          .filter(([id, fingerprint]) => before.get(id) !== fingerprint)
          .map(([id]) => id);
        expect(differing.filter((id) => !remake.has(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a few documents for a new story at the head, however large the archive', () => {
    const sizes = [1_000, 8_000].map((count) => {
      const drafts = Array.from({ length: count }, (_, index) => ({
        id: `story-${String(index).padStart(5, '0')}`,
        section: SECTIONS[index % SECTIONS.length] ?? 'news',
        hour: index,
        tags: [TAGS[index % TAGS.length] ?? 'Tea', TAGS[(index + 2) % TAGS.length] ?? 'Ports'],
        headline: 'A',
      }));
      const fresh = { id: 'breaking', section: 'koreas', hour: count + 1, tags: ['Rivers'], headline: 'B' };
      const now = [...drafts, fresh];
      return linksToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now)).size;
    });

    for (const size of sizes) expect(size).toBeLessThan(20);
  });

  it('takes every later story when a story comes in at an older place, as the weights of theirs change', () => {
    const drafts = Array.from({ length: 200 }, (_, index) => ({
      id: `story-${String(index).padStart(3, '0')}`,
      section: 'culture',
      hour: index,
      tags: ['Tea'],
      headline: 'A',
    }));
    const now = [
      ...drafts,
      { id: 'back-dated', section: 'culture', hour: 99, tags: ['Rivers'], headline: 'B' },
    ];
    const remake = linksToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now));

    expect(remake.has('story-199')).toBe(true);
    expect(remake.has('story-100')).toBe(true);
    expect(remake.has('story-050')).toBe(false);
  });
});
