// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../../features/content/contract/paths';
import type { PastAddresses } from '../../features/content/contract/schema';
import { planArticleLinks } from '../deriveArticleLinks';
import { siteShape } from '../siteShape';
import {
  acrossHistory,
  archiveHistory,
  articleOf,
  changesBetween,
  type Draft,
  ledgerBetween,
  SECTIONS,
  site,
  TAGS,
} from './archiveChanges.test-helper';
import { linksToRemake } from './linksToRemake';

describe('linksToRemake', () => {
  it('takes every links document that any adds, edits and withdrawals make read differently', () => {
    fc.assert(
      fc.property(archiveHistory, (history) => {
        const { before, after, shape, changes } = acrossHistory(history, planArticleLinks);
        const remake = linksToRemake(shape, changes);

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

  describe('withdrawn places', () => {
    const drafts = Array.from({ length: 200 }, (_, index) => ({
      id: `story-${String(index).padStart(3, '0')}`,
      section: 'culture',
      hour: index,
      tags: [index % 2 === 0 ? 'Tea' : 'Rivers'],
      headline: 'A',
    }));
    const remade = (now: Draft[], ledger: PastAddresses, before: Draft[] = drafts) =>
      linksToRemake(siteShape(site, now.map(articleOf), [], ledger), changesBetween(before, now));

    it('takes only the stories near a withdrawn one when the ledger keeps its place as it was', () => {
      const now = drafts.filter((draft) => draft.id !== 'story-100');
      const inPlace = remade(now, ledgerBetween(drafts, now));
      const unplaced = remade(now, { withdrawn: [], moved: [] });

      expect(inPlace.size).toBeLessThan(120);
      expect(inPlace.has('story-102')).toBe(true);
      expect(inPlace.has('story-199')).toBe(false);
      expect(unplaced.has('story-199')).toBe(true);
    });

    it('takes every story after the older place a withdrawn story had before it came back', () => {
      const cameBack = drafts.find((draft) => draft.id === 'story-150');
      if (!cameBack) throw new Error('no story-150');
      // Withdrawn once at hour 20 with another topic; back since at hour 150.
      const ledger = ledgerBetween([{ ...cameBack, hour: 20, tags: ['Tea'] }], []);
      const now = drafts.filter((draft) => draft !== cameBack);
      const remake = remade(now, ledger);

      expect(remake.has('story-030')).toBe(true);
      expect(remake.has('story-010')).toBe(false);
    });

    it('takes every story after the place a story that comes back leaves', () => {
      const gone = { id: 'gone', section: 'culture', hour: 20, tags: ['Tea'], headline: 'A' };
      const now = [...drafts, { ...gone, hour: 150 }];
      const remake = remade(now, ledgerBetween([gone], []));

      expect(remake.has('story-030')).toBe(true);
      expect(remake.has('story-010')).toBe(false);
    });
  });
});
