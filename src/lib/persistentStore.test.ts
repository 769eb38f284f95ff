import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearStorage,
  disableStorage,
  dispatchStorageEvent,
  envelope,
  makeStorageFull,
  otherTabWrites,
  readStored,
  readStoredData,
  storedKeysStartingWith,
  subscribeForTest,
  writeStored,
} from '@/testing/storageTesting';
import { createPersistentStore, type StoreDefinition } from './persistentStore';

/**
 * A test store at format 3, a set of tags. Format 1 was a bare array, format 2
 * wrapped it in an object, format 3 keeps the tags sorted and unique.
 */
type Tags = { tags: string[] };
const tagsSchema = v.object({ tags: v.array(v.string()) });
const sortedUnique = (tags: string[]) => [...new Set(tags)].sort();

const NOW = Date.parse('2026-11-28T09:00:00Z');
let keyCount = 0;

function tagStore(overrides: Partial<StoreDefinition<Tags>> = {}) {
  keyCount += 1;
  const key = `test:tags-${String(keyCount)}`;
  const store = createPersistentStore<Tags>({
    key,
    version: 3,
    initial: () => ({ tags: [] }),
    parse: (data) => {
      const result = v.safeParse(tagsSchema, data);
      return result.success ? result.output : null;
    },
    migrations: {
      1: (data) => ({ tags: data }),
      2: (data) => (v.is(tagsSchema, data) ? { tags: sortedUnique(data.tags) } : data),
    },
    merge: (local, remote) => ({ tags: sortedUnique([...local.tags, ...remote.tags]) }),
    ...overrides,
  });
  return { key, store };
}

const addTag = (tag: string) => (data: Tags) => ({ tags: sortedUnique([...data.tags, tag]) });

beforeEach(() => {
  clearStorage();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPersistentStore: format and versions', () => {
  it('writes the data in a {version, data} envelope when updated', () => {
    const { key, store } = tagStore();

    store.update(addTag('ferries'));

    expect(readStored(key)).toBe(envelope(3, { tags: ['ferries'] }));
  });

  it('starts from initial() with healthy storage when nothing is stored', () => {
    const { store } = tagStore();

    expect(store.getSnapshot()).toEqual({ data: { tags: [] }, health: { kind: 'ok' } });
  });

  it('reads data stored in the current format as it is', () => {
    const { key, store } = tagStore();
    writeStored(key, envelope(3, { tags: ['harbour', 'tides'] }));

    expect(store.getSnapshot()).toEqual({ data: { tags: ['harbour', 'tides'] }, health: { kind: 'ok' } });
  });

  it.each([
    { version: 1, data: ['tides', 'harbour', 'tides'] },
    { version: 2, data: { tags: ['tides', 'harbour', 'tides'] } },
  ])('upgrades format $version data to the current format', ({ version, data }) => {
    const { key, store } = tagStore();
    writeStored(key, envelope(version, data));

    expect(store.getSnapshot()).toEqual({ data: { tags: ['harbour', 'tides'] }, health: { kind: 'ok' } });
  });

  it('upgrades one version at a time, each migration taking the output of the one before', () => {
    const first = vi.fn((data: unknown) => ({ tags: data }));
    const second = vi.fn(() => ({ tags: ['upgraded'] }));
    const { key, store } = tagStore({ migrations: { 1: first, 2: second } });
    writeStored(key, envelope(1, ['tides']));

    const { data } = store.getSnapshot();

    expect(first).toHaveBeenCalledExactlyOnceWith(['tides']);
    expect(second).toHaveBeenCalledExactlyOnceWith({ tags: ['tides'] });
    expect(data).toEqual({ tags: ['upgraded'] });
  });

  it('runs only the migrations after the stored version', () => {
    const first = vi.fn((data: unknown) => data);
    const { key, store } = tagStore({ migrations: { 1: first, 2: (data) => data } });
    writeStored(key, envelope(2, { tags: ['tides'] }));

    store.getSnapshot();

    expect(first).not.toHaveBeenCalled();
  });

  it('sets aside data of a version it has no migration for', () => {
    const { key, store } = tagStore({ migrations: { 2: (data) => data } });
    writeStored(key, envelope(1, ['tides']));

    expect(store.getSnapshot().health).toEqual({
      kind: 'recovered',
      corruptKey: `${key}:corrupt:${String(NOW)}`,
      reason: 'format 1 cannot be upgraded',
    });
  });

  it('keeps a value written by a newer version of the site aside, exactly as it was', () => {
    const { key, store } = tagStore();
    const newer = envelope(4, { labels: [{ name: 'tides' }] });
    writeStored(key, newer);

    const { health } = store.getSnapshot();

    expect(health).toEqual({
      kind: 'recovered',
      corruptKey: `${key}:corrupt:${String(NOW)}`,
      reason: 'it was written by a newer version of the site (format 4)',
    });
    expect(readStored(`${key}:corrupt:${String(NOW)}`)).toBe(newer);
  });
});

const unreadable = [
  { problem: 'invalid JSON', raw: '{"version":3,"data":', reason: 'it is not valid JSON' },
  { problem: 'JSON without the envelope', raw: '["tides"]', reason: 'it is not in a format this site wrote' },
  {
    problem: 'a version that is not a number',
    raw: '{"version":"3","data":{"tags":[]}}',
    reason: 'its format version is unknown',
  },
  { problem: 'a version below 1', raw: envelope(0, { tags: [] }), reason: 'its format version is unknown' },
  {
    problem: 'data that does not fit the format',
    raw: envelope(3, { tags: 'tides' }),
    reason: 'its contents do not fit the format',
  },
];

describe('createPersistentStore: unreadable values', () => {
  it.each(unreadable)('keeps $problem aside under {key}:corrupt:{time} exactly as it was', ({ raw }) => {
    const { key, store } = tagStore();
    writeStored(key, raw);

    store.getSnapshot();

    expect(storedKeysStartingWith(`${key}:corrupt:`)).toEqual([`${key}:corrupt:${String(NOW)}`]);
    expect(readStored(`${key}:corrupt:${String(NOW)}`)).toBe(raw);
  });

  it.each(unreadable)('reports $problem as recovered, saying why', ({ raw, reason }) => {
    const { key, store } = tagStore();
    writeStored(key, raw);

    expect(store.getSnapshot().health).toEqual({
      kind: 'recovered',
      corruptKey: `${key}:corrupt:${String(NOW)}`,
      reason,
    });
  });

  it('starts a fresh list from initial() after setting an unreadable value aside', () => {
    const { key, store } = tagStore({ initial: () => ({ tags: ['welcome'] }) });
    writeStored(key, 'not json');

    expect(store.getSnapshot().data).toEqual({ tags: ['welcome'] });
    expect(readStored(key)).toBe(envelope(3, { tags: ['welcome'] }));
  });

  it('stays recovered through updates until the reader has seen the notice', () => {
    const { key, store } = tagStore();
    writeStored(key, 'not json');

    store.update(addTag('tides'));

    expect(store.getSnapshot().health.kind).toBe('recovered');
  });

  it('returns to ok once the recovery is acknowledged, and tells subscribers', () => {
    const { key, store } = tagStore();
    writeStored(key, 'not json');
    const listener = subscribeForTest(store);

    store.acknowledgeRecovery();

    expect(store.getSnapshot().health).toEqual({ kind: 'ok' });
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('createPersistentStore: storage that cannot be used', () => {
  it('reports unavailable from the first read when storage is full', () => {
    makeStorageFull();
    const { store } = tagStore();

    expect(store.getSnapshot()).toEqual({ data: { tags: [] }, health: { kind: 'unavailable' } });
  });

  it('reports unavailable once a write fails because storage has filled up', () => {
    const { store } = tagStore();
    store.getSnapshot();
    makeStorageFull();

    store.update(addTag('tides'));

    expect(store.getSnapshot().health).toEqual({ kind: 'unavailable' });
  });

  it('keeps working in memory when storage is full: updates show and subscribers hear of them', () => {
    makeStorageFull();
    const { store } = tagStore();
    const listener = subscribeForTest(store);

    store.update(addTag('tides'));
    store.update(addTag('harbour'));

    expect(store.getSnapshot().data).toEqual({ tags: ['harbour', 'tides'] });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('returns to ok and stores the in-memory data when a later write succeeds', () => {
    const full = makeStorageFull();
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    full.mockRestore();

    store.update(addTag('harbour'));

    expect(store.getSnapshot().health).toEqual({ kind: 'ok' });
    expect(readStoredData(key)).toEqual({ tags: ['harbour', 'tides'] });
  });

  it('reports unavailable from the first read when storage is disabled', () => {
    disableStorage();
    const { store } = tagStore();

    expect(store.getSnapshot()).toEqual({ data: { tags: [] }, health: { kind: 'unavailable' } });
  });

  it('keeps working in memory when storage is disabled', () => {
    disableStorage();
    const { store } = tagStore();
    const listener = subscribeForTest(store);

    store.update(addTag('tides'));

    expect(store.getSnapshot()).toEqual({ data: { tags: ['tides'] }, health: { kind: 'unavailable' } });
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('createPersistentStore: other tabs', () => {
  it('merges what another tab wrote and tells subscribers', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    const listener = subscribeForTest(store);

    otherTabWrites(key, envelope(3, { tags: ['harbour'] }));

    expect(store.getSnapshot().data).toEqual({ tags: ['harbour', 'tides'] });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('writes the union back when the other tab did not have this tab’s changes', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    subscribeForTest(store);

    otherTabWrites(key, envelope(3, { tags: ['harbour'] }));

    expect(readStored(key)).toBe(envelope(3, { tags: ['harbour', 'tides'] }));
  });

  it('does not write back when the other tab already had this tab’s changes', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    const listener = subscribeForTest(store);
    const other = envelope(3, { tags: ['harbour', 'tides'] });
    writeStored(key, other);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');

    dispatchStorageEvent(key, other);

    expect(listener).toHaveBeenCalledOnce();
    expect(setItem).not.toHaveBeenCalled();
  });

  it('migrates what an older tab wrote before merging it', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    subscribeForTest(store);

    otherTabWrites(key, envelope(1, ['harbour']));

    expect(store.getSnapshot().data).toEqual({ tags: ['harbour', 'tides'] });
  });

  it('starts an update from the union of memory and what another tab stored without an event', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    writeStored(key, envelope(3, { tags: ['harbour'] }));

    store.update(addTag('ferries'));

    expect(store.getSnapshot().data).toEqual({ tags: ['ferries', 'harbour', 'tides'] });
    expect(readStoredData(key)).toEqual({ tags: ['ferries', 'harbour', 'tides'] });
  });

  it('ignores storage events for other keys', () => {
    const { store } = tagStore();
    store.update(addTag('tides'));
    const listener = subscribeForTest(store);

    otherTabWrites('test:unrelated', envelope(3, { tags: ['harbour'] }));

    expect(store.getSnapshot().data).toEqual({ tags: ['tides'] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores storage events from session storage', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    const listener = subscribeForTest(store);

    dispatchStorageEvent(key, envelope(3, { tags: ['harbour'] }), window.sessionStorage);

    expect(store.getSnapshot().data).toEqual({ tags: ['tides'] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores a value from another tab that it cannot read', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    const listener = subscribeForTest(store);

    otherTabWrites(key, 'not json');

    expect(store.getSnapshot().data).toEqual({ tags: ['tides'] });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops listening to other tabs once the last subscriber has left', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    const unsubscribe = store.subscribe(() => undefined);
    unsubscribe();

    dispatchStorageEvent(key, envelope(3, { tags: ['harbour'] }));

    expect(store.getSnapshot().data).toEqual({ tags: ['tides'] });
  });

  // Known bug (see report): handleStorage ignores what persist() returns.
  it('reports unavailable when writing the union back fails because storage is full', () => {
    const { key, store } = tagStore();
    store.update(addTag('tides'));
    subscribeForTest(store);
    writeStored(key, envelope(3, { tags: ['harbour'] }));
    makeStorageFull();

    dispatchStorageEvent(key, envelope(3, { tags: ['harbour'] }));

    expect(store.getSnapshot().health).toEqual({ kind: 'unavailable' });
  });
});
