// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingFiles, planListings } from '../deriveListings';
import { siteShape } from '../siteShape';
import {
  acrossHistory,
  archiveHistory,
  articleOf,
  changesBetween,
  ledgerBetween,
  site,
  type Draft,
} from './archiveChanges.test-helper';
import { listingsToRemake } from './listingsToRemake';

describe('listingsToRemake', () => {
  it('takes every listing with a page that any adds, edits and withdrawals make read differently', () => {
    fc.assert(
      fc.property(archiveHistory, (history) => {
        const { before, after, shape, changes } = acrossHistory(history, planListings);
        const remake = listingsToRemake(shape, changes);

        const listingOf = new Map(
          Array.from(listingFiles(shape)).flatMap(({ key, files }) => files.map((file) => [file, key])),
        );
        const differing = [...after].filter(([file, fingerprint]) => before.get(file) !== fingerprint);
        expect(differing.filter(([file]) => !remake.has(listingOf.get(file) ?? 'section:none'))).toEqual([]);
        // listingFiles names the very pages planListings plans.
        expect([...listingOf.keys()].sort()).toEqual([...after.keys()].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('takes only the listings of the changed story: its sections, topics and authors', () => {
    const river: Draft = { id: 'river', section: 'koreas', hour: 1, tags: ['Rivers'], headline: 'A' };
    const tea: Draft = { id: 'tea', section: 'culture', hour: 2, tags: ['Tea'], headline: 'A' };
    const drafts = [river, tea];
    const now = [river, { ...tea, headline: 'B' }];
    const remake = listingsToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now));

    expect([...remake].sort()).toEqual(['section:culture', 'topic:tea']);
  });

  it('takes the listings of the place the ledger keeps for a story, which it takes when withdrawn again', () => {
    const tea: Draft = { id: 'tea', section: 'culture', hour: 2, tags: ['Tea'], headline: 'A' };
    // Withdrawn once from Koreas, as a Rivers story; back since in Culture.
    const ledger = ledgerBetween([{ ...tea, section: 'koreas', tags: ['Rivers'] }], []);
    const remake = listingsToRemake(siteShape(site, [], [], ledger), changesBetween([tea], []));

    expect([...remake].sort()).toEqual([
      'section:culture',
      'section:koreas',
      'section:news',
      'topic:rivers',
      'topic:tea',
    ]);
  });
});
