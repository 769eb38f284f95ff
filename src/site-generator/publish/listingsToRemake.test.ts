// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingFiles, planListings } from '../deriveListings';
import { siteShape } from '../siteShape';
import {
  applied,
  archive,
  articleOf,
  change,
  changesBetween,
  planFingerprints,
  site,
  type Draft,
} from './archiveChanges.test-helper';
import { listingsToRemake } from './listingsToRemake';

describe('listingsToRemake', () => {
  it('takes every listing with a page that any adds, edits and withdrawals make read differently', () => {
    fc.assert(
      fc.property(archive, fc.array(change, { minLength: 1, maxLength: 3 }), (drafts, changes) => {
        const now = applied(drafts, changes);
        const before = planFingerprints(drafts.map(articleOf), planListings);
        const after = planFingerprints(now.map(articleOf), planListings);
        const shape = siteShape(site, now.map(articleOf));
        const remake = listingsToRemake(shape, changesBetween(drafts, now), false);

        const listingOf = new Map(
          Array.from(listingFiles(shape)).flatMap(({ key, files }) => files.map((file) => [file, key])),
        );
        const differing = [...after].filter(([file, fingerprint]) => before.get(file) !== fingerprint);
        expect(differing.filter(([file]) => !remake?.has(listingOf.get(file) ?? 'section:none'))).toEqual([]);
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
    const remake = listingsToRemake(siteShape(site, now.map(articleOf)), changesBetween(drafts, now), false);

    expect([...(remake ?? [])].sort()).toEqual(['section:culture', 'topic:tea']);
  });

  it('takes every listing when the ledger of past addresses changed', () => {
    const drafts: Draft[] = [{ id: 'river', section: 'koreas', hour: 1, tags: [], headline: 'A' }];
    expect(listingsToRemake(siteShape(site, drafts.map(articleOf)), [], true)).toBeUndefined();
  });
});
