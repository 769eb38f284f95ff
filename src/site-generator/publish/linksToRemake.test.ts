// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../features/content/contract/paths';
import { planArticleLinks } from '../deriveArticleLinks';
import { siteShape } from '../siteShape';
import {
  applied,
  archive,
  articleOf,
  change,
  changesBetween,
  planFingerprints,
  SECTIONS,
  site,
  TAGS,
} from './archiveChanges.test-helper';
import { linksToRemake } from './linksToRemake';

describe('linksToRemake', () => {
  it('takes every links document that any adds, edits and withdrawals make read differently', () => {
    fc.assert(
      fc.property(archive, fc.array(change, { minLength: 1, maxLength: 3 }), (drafts, changes) => {
        const now = applied(drafts, changes);
        const before = planFingerprints(drafts.map(articleOf), planArticleLinks);
        const after = planFingerprints(now.map(articleOf), planArticleLinks);
        const remake = linksToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now));

        const remade = new Set([...remake].map((id) => contentPaths.articleLinks(id)));
        const differing = [...after]
          .filter(([file, fingerprint]) => before.get(file) !== fingerprint)
          .map(([file]) => file);
        expect(differing.filter((file) => !remade.has(file))).toEqual([]);
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
