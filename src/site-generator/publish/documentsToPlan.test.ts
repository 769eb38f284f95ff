// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listedArticle } from '../listedArticle';
import { siteShape } from '../siteShape';
import { articleOf, site, type Draft } from './archiveChanges.test-helper';
import { documentsToPlan } from './documentsToPlan';

const river: Draft = { id: 'river', section: 'koreas', hour: 1, tags: ['Rivers'], headline: 'A' };
const tea: Draft = { id: 'tea', section: 'culture', hour: 2, tags: ['Tea'], headline: 'A' };
const shape = siteShape(site, [river, tea].map(articleOf));
const checked = new Map(
  [river, tea].map((draft) => [
    `articles/${draft.id}.json`,
    { listed: listedArticle(articleOf(draft)), mended: [], echoes: [] },
  ]),
);
/** A publish in which only tea's headline changed, against a record with every document. */
const recording = (isLedgerEdited: boolean) => ({
  sources: { 'articles/river.json': 'r', 'articles/tea.json': 't2' },
  before: {
    sources: { 'articles/river.json': 'r', 'articles/tea.json': 't1' },
    derived: {},
    documentInputs: {},
  },
  sinceRecord: {
    previousArticles: new Map([['articles/tea.json', listedArticle(articleOf({ ...tea, headline: 'B' }))]]),
    articleFiles: { changed: ['articles/tea.json'], removed: [] },
    isLedgerEdited,
  },
});
const keepEveryRecorded = () => true;

describe('documentsToPlan', () => {
  it('plans only what the changed story reaches when the ledger changed by this publish alone', () => {
    const plan = documentsToPlan(shape, '/content', checked, recording(false), keepEveryRecorded);

    expect(shape.articles.filter((article) => plan.isLinksPlanned?.(article)).map(({ id }) => id)).toEqual([
      'tea',
    ]);
    expect(plan.isListingPlanned?.('section:koreas')).toBe(false);
    expect(plan.isListingPlanned?.('section:culture')).toBe(true);
  });

  it('plans every links document and listing when the ledger was edited by hand: its places reach them all', () => {
    expect(documentsToPlan(shape, '/content', checked, recording(true), keepEveryRecorded)).toEqual({});
  });
});
