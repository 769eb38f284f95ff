import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  minutesAfterBase as at,
  startEachTestFromEmptyStorageAtBaseTime,
} from '@/testing/readerStateFixtures';
import {
  envelope,
  otherTabWrites,
  readStoredData,
  subscribeForTest,
  writeStored,
} from '@/testing/storageTesting';
import { mergeFollowed, parseFollowed, type FollowedState, type ListingKey } from './followedListings';

// This folder is type-checked for the browser: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };
const numRuns = Number(process.env.FC_RUNS ?? 200);

const KEY = 'broadsheet:following';
const KOREAS: ListingKey = 'sections/koreas';
const KOREA_TOPIC: ListingKey = 'topics/korea';

/** The store is a module singleton that caches its first read: each tab gets a fresh module. */
async function openTab() {
  vi.resetModules();
  return import('./followedListings');
}

type Tab = Awaited<ReturnType<typeof openTab>>;
const followedIds = (tab: Tab) => tab.followedStore.getSnapshot().data.entries.map(({ id }) => id);
const lastOpened = (tab: Tab, id: ListingKey) =>
  tab.findFollowed(tab.followedStore.getSnapshot().data, id)?.lastOpened;

startEachTestFromEmptyStorageAtBaseTime();

/** States as tabs reach them: a few listings, followed, opened and un-followed at a few times, merged. */
const listingKeys = fc.constantFrom<ListingKey>(KOREAS, 'sections/news', KOREA_TOPIC, 'topics/koreas');
const time = fc.integer({ min: 0, max: 6 }).map(at);
const rawState = fc.record({
  entries: fc.array(fc.record({ id: listingKeys, lastOpened: time, changedAt: time }), { maxLength: 6 }),
  removed: fc.dictionary(listingKeys, time, { maxKeys: 3 }),
});
const reachableState = rawState.map((state) => mergeFollowed({ entries: [], removed: {} }, state));

describe('mergeFollowed', () => {
  test.prop([reachableState, reachableState], { numRuns })('gives the same state in either order', (a, b) => {
    expect(mergeFollowed(a, b)).toEqual(mergeFollowed(b, a));
  });

  test.prop([reachableState], { numRuns })('leaves a state unchanged when merged with itself', (a) => {
    expect(mergeFollowed(a, a)).toEqual(a);
  });

  test.prop([reachableState, reachableState, reachableState], { numRuns })(
    'gives the same state however three states are grouped',
    (a, b, c) => {
      expect(mergeFollowed(mergeFollowed(a, b), c)).toEqual(mergeFollowed(a, mergeFollowed(b, c)));
    },
  );

  it('lets an un-follow after the follow win, and keeps it as a tombstone against a stale tab', () => {
    const followed: FollowedState = {
      entries: [{ id: KOREAS, lastOpened: at(1), changedAt: at(1) }],
      removed: {},
    };
    const unfollowed: FollowedState = { entries: [], removed: { [KOREAS]: at(2) } };

    expect(mergeFollowed(followed, unfollowed)).toEqual(unfollowed);
    expect(mergeFollowed(unfollowed, followed)).toEqual(unfollowed);
  });

  it('lets the later opening of a listing win, whichever tab it came from', () => {
    const earlier: FollowedState = {
      entries: [{ id: KOREAS, lastOpened: at(1), changedAt: at(1) }],
      removed: {},
    };
    const later: FollowedState = {
      entries: [{ id: KOREAS, lastOpened: at(5), changedAt: at(3) }],
      removed: {},
    };

    expect(mergeFollowed(earlier, later)).toEqual(later);
    expect(mergeFollowed(later, earlier)).toEqual(later);
  });
});

describe('parseFollowed', () => {
  test.prop([reachableState], { numRuns })('reads back every state it writes, unchanged', (state) => {
    expect(parseFollowed(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  test.prop([fc.oneof(rawState, fc.jsonValue())], { numRuns })(
    'gives, for anything stored, either nothing or a state that reads back the same',
    (data) => {
      const parsed = parseFollowed(data);
      if (parsed !== null) expect(parseFollowed(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      else expect(parsed).toBeNull();
    },
  );

  it.each([
    ['a listing of an unknown kind', 'authors/ada'],
    ['a listing with no id', 'sections/'],
    ['an id that is not a slug', 'sections/Koreas'],
    ['a nested path', 'sections/news/koreas'],
  ])('refuses %s', (_, id) => {
    expect(parseFollowed({ entries: [{ id, lastOpened: 0, changedAt: 0 }], removed: {} })).toBeNull();
  });
});

describe('the follow store', () => {
  it('follows a listing from the newest story the reader sees, so nothing is new at first', async () => {
    const tab = await openTab();

    tab.follow(KOREAS, at(-30));

    expect(readStoredData(KEY)).toEqual({
      entries: [{ id: KOREAS, lastOpened: at(-30), changedAt: at(0) }],
      removed: {},
    });
  });

  it('un-follows, leaving a tombstone', async () => {
    const tab = await openTab();
    tab.follow(KOREAS, at(-30));

    tab.unfollow(KOREAS);

    expect(followedIds(tab)).toEqual([]);
    expect(readStoredData(KEY)).toEqual({ entries: [], removed: { [KOREAS]: at(0) } });
  });

  it('follows again at once after an un-follow in the same millisecond', async () => {
    const tab = await openTab();
    tab.follow(KOREAS, at(-30));
    tab.unfollow(KOREAS);

    tab.follow(KOREAS, at(-30));

    expect(followedIds(tab)).toEqual([KOREAS]);
  });

  it('moves the last opening forward to the newest story seen, never back', async () => {
    const tab = await openTab();
    tab.follow(KOREAS, at(-30));

    tab.markOpened(KOREAS, at(-10));
    expect(lastOpened(tab, KOREAS)).toBe(at(-10));

    tab.markOpened(KOREAS, at(-20));
    expect(lastOpened(tab, KOREAS)).toBe(at(-10));
  });

  it('records no opening of a listing the reader does not follow', async () => {
    const tab = await openTab();

    tab.markOpened(KOREA_TOPIC, at(-10));

    expect(followedIds(tab)).toEqual([]);
  });

  it('shows a follow made in another tab, keeping its own', async () => {
    const tab = await openTab();
    const listener = subscribeForTest(tab.followedStore);
    tab.follow(KOREAS, at(-30));

    otherTabWrites(
      KEY,
      envelope(1, { entries: [{ id: KOREA_TOPIC, lastOpened: at(-5), changedAt: at(0) }], removed: {} }),
    );

    expect(followedIds(tab)).toEqual([KOREAS, KOREA_TOPIC]);
    expect(listener).toHaveBeenCalled();
  });

  it('sets aside what it cannot read and starts empty', async () => {
    writeStored(KEY, envelope(1, { entries: 'koreas' }));
    const tab = await openTab();

    expect(followedIds(tab)).toEqual([]);
    expect(tab.followedStore.getSnapshot().health.kind).toBe('recovered');
  });
});

describe('storiesSince and newestPublished', () => {
  const stories = [
    { publishedAt: '2026-11-28T09:10:00Z' },
    { publishedAt: '2026-11-28T18:05:00+09:00' },
    { publishedAt: '2026-11-28T08:00:00Z' },
  ];

  it('keeps the stories published after the last opening', async () => {
    const tab = await openTab();

    expect(tab.storiesSince(stories, at(0))).toEqual([stories[0], stories[1]]);
  });

  it('takes the newest publication time whatever its offset, or now for an empty listing', async () => {
    const tab = await openTab();

    expect(tab.newestPublished(stories)).toBe(at(10));
    expect(tab.newestPublished([], at(99))).toBe(at(99));
  });
});
