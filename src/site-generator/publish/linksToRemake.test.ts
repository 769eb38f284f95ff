// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../features/content/contract/schema';
import { planArticleLinks } from '../deriveArticleLinks';
import { siteShape } from '../siteShape';
import {
  applied,
  archive,
  articleOf,
  change,
  changesBetween,
  SECTIONS,
  site,
  TAGS,
} from './archiveChanges.test-helper';
import { linksToRemake } from './linksToRemake';

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
