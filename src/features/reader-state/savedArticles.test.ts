import { describe, expect, it, vi } from 'vitest';
import {
  minutesAfterBase as at,
  startEachTestFromEmptyStorageAtBaseTime,
  savedArticle,
  savedState,
  storedEntry,
} from '@/testing/readerStateFixtures';
import {
  envelope,
  otherTabWrites,
  readStored,
  readStoredData,
  subscribeForTest,
  writeStored,
} from '@/testing/storageTesting';
import { listSavedArticles, mergeSaved, type SavedState } from './savedArticles';

const KEY = 'broadsheet:saved';
const DAY = 24 * 3_600_000;

/** The store is a module singleton that caches its first read: each tab gets a fresh module. */
async function openTab() {
  vi.resetModules();
  return import('./savedArticles');
}

type Tab = Awaited<ReturnType<typeof openTab>>;

const savedIds = (tab: Tab) => tab.listSavedArticles(tab.savedStore.getSnapshot().data).map(({ id }) => id);

startEachTestFromEmptyStorageAtBaseTime();

describe('mergeSaved', () => {
  const states: Record<string, SavedState> = {
    empty: savedState(),
    'x saved': savedState([storedEntry('x', at(1))]),
    'x saved with another headline at the same time': savedState([
      storedEntry('x', at(1), { headline: 'Another headline of x' }),
    ]),
    'x removed': savedState([], { x: at(2) }),
    'x saved again': savedState([storedEntry('x', at(3))], { x: at(2) }),
    'y saved': savedState([storedEntry('y', at(1))]),
  };
  const names = Object.keys(states);
  const state = (name: string) => states[name] ?? savedState();
  const pairs = names.flatMap((first, index) => names.slice(index + 1).map((second) => [first, second]));

  it.each(pairs)('gives the same state for %s and %s in either order', (first, second) => {
    expect(mergeSaved(state(first), state(second))).toEqual(mergeSaved(state(second), state(first)));
  });

  it.each(names)('leaves %s unchanged when merged with itself', (name) => {
    expect(mergeSaved(state(name), state(name))).toEqual(state(name));
  });

  it('gives the same state however three states are grouped', () => {
    for (const a of names) {
      for (const b of names) {
        for (const c of names) {
          const leftFirst = mergeSaved(mergeSaved(state(a), state(b)), state(c));
          const rightFirst = mergeSaved(state(a), mergeSaved(state(b), state(c)));
          expect(leftFirst, `(${a} + ${b}) + ${c}`).toEqual(rightFirst);
        }
      }
    }
  });

  it.each([
    { change: 'a removal after the save', earlier: 'x saved', later: 'x removed', expected: [] },
    { change: 'a save after the removal', earlier: 'x removed', later: 'x saved again', expected: ['x'] },
  ])('lets $change win, whichever side it is on', ({ earlier, later, expected }) => {
    const ids = (merged: SavedState) => merged.entries.map(({ id }) => id);

    expect(ids(mergeSaved(state(earlier), state(later)))).toEqual(expected);
    expect(ids(mergeSaved(state(later), state(earlier)))).toEqual(expected);
  });

  it('keeps the removal, as a tombstone, when a stale state still has the article', () => {
    const merged = mergeSaved(state('x removed'), state('x saved'));

    expect(merged).toEqual(savedState([], { x: at(2) }));
  });
});

describe('listSavedArticles', () => {
  it('lists the articles newest first, without the sync bookkeeping', () => {
    const state = mergeSaved(
      savedState([storedEntry('older', at(1)), storedEntry('newer', at(2))]),
      savedState(),
    );

    expect(listSavedArticles(state)).toEqual([
      savedArticle('newer', { savedAt: at(2) }),
      savedArticle('older', { savedAt: at(1) }),
    ]);
  });
});

describe('saving and removing', () => {
  it('saves an article as saved now, and stores it', async () => {
    const tab = await openTab();

    tab.saveArticle(savedArticle('jikji-movable-type'));

    expect(tab.listSavedArticles(tab.savedStore.getSnapshot().data)).toEqual([
      savedArticle('jikji-movable-type', { savedAt: at(0) }),
    ]);
    expect(readStoredData(KEY)).toEqual(tab.savedStore.getSnapshot().data);
  });

  it('removes an article and leaves a tombstone with the time of removal', async () => {
    const tab = await openTab();
    tab.saveArticle(savedArticle('x'));
    vi.setSystemTime(at(5));

    tab.removeSavedArticle('x');

    expect(tab.savedStore.getSnapshot().data).toEqual(savedState([], { x: at(5) }));
  });

  it('puts a restored article back in its old place, even in the same millisecond as the removal', async () => {
    const tab = await openTab();
    for (const [minute, id] of ['a', 'b', 'c'].entries()) {
      vi.setSystemTime(at(minute));
      tab.saveArticle(savedArticle(id));
    }
    const [, removed] = tab.listSavedArticles(tab.savedStore.getSnapshot().data);
    if (!removed) throw new Error('expected three saved articles');
    vi.setSystemTime(at(10));

    tab.removeSavedArticle(removed.id);
    tab.restoreSavedArticle(removed);

    expect(tab.listSavedArticles(tab.savedStore.getSnapshot().data)).toEqual([
      savedArticle('c', { savedAt: at(2) }),
      savedArticle('b', { savedAt: at(1) }),
      savedArticle('a', { savedAt: at(0) }),
    ]);
  });

  it('forgets tombstones older than thirty days when it next writes', async () => {
    const tab = await openTab();
    tab.saveArticle(savedArticle('x'));
    tab.removeSavedArticle('x');
    vi.setSystemTime(at(0) + 31 * DAY);

    tab.saveArticle(savedArticle('y'));

    expect(readStoredData(KEY)).toEqual(savedState([storedEntry('y', at(0) + 31 * DAY)]));
  });
});

describe('addSavedArticles', () => {
  it('adds only the articles not saved yet and returns how many it added', async () => {
    const tab = await openTab();
    tab.saveArticle(savedArticle('x', { headline: 'Saved here first' }));

    const added = tab.addSavedArticles([savedArticle('x'), savedArticle('y', { savedAt: at(-60) })]);

    expect(added).toBe(1);
    expect(tab.listSavedArticles(tab.savedStore.getSnapshot().data)).toEqual([
      savedArticle('x', { headline: 'Saved here first', savedAt: at(0) }),
      savedArticle('y', { savedAt: at(-60) }),
    ]);
  });

  // Known bug (see report): duplicates within the input are each counted as added.
  it('counts an article that appears twice in the input once', async () => {
    const tab = await openTab();

    const added = tab.addSavedArticles([savedArticle('y'), savedArticle('y')]);

    expect(added).toBe(1);
  });
});

describe('format 1 (a bare list of article paths)', () => {
  it('turns each path into an entry named after its last segment, dated at the upgrade', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T10:00:00Z'));
    writeStored(KEY, '{"version":1,"data":["/news/koreas/jikji-movable-type"]}');

    const tab = await openTab();

    expect(tab.listSavedArticles(tab.savedStore.getSnapshot().data)).toEqual([
      {
        id: 'jikji-movable-type',
        path: '/news/koreas/jikji-movable-type',
        headline: 'jikji movable type',
        savedAt: Date.parse('2026-11-30T10:00:00Z') - 1,
      },
    ]);
    expect(tab.savedStore.getSnapshot().health).toEqual({ kind: 'ok' });
  });

  it('skips items that are not site paths', async () => {
    writeStored(KEY, envelope(1, ['/news/koreas/jikji-movable-type', 42, 'https://elsewhere.example/story']));

    const tab = await openTab();

    expect(savedIds(tab)).toEqual(['jikji-movable-type']);
  });

  // Known bug (see report): a path whose last segment is not a slug sinks the whole list.
  it('skips a path whose last segment is not an article id and keeps the rest', async () => {
    writeStored(KEY, envelope(1, ['/news/koreas/jikji-movable-type', '/news/']));

    const tab = await openTab();

    expect(savedIds(tab)).toEqual(['jikji-movable-type']);
    expect(tab.savedStore.getSnapshot().health).toEqual({ kind: 'ok' });
  });

  it('stores the upgraded list in format 2 on the next change', async () => {
    writeStored(KEY, envelope(1, ['/news/koreas/jikji-movable-type']));
    const tab = await openTab();

    tab.saveArticle(savedArticle('y'));

    expect(JSON.parse(readStored(KEY) ?? 'null')).toMatchObject({ version: 2 });
  });

  // Known bug (see report): the first path migrates with changedAt 0, which the
  // next merge treats as removed (0 is not later than "never removed", also 0).
  it('keeps every upgraded article when the reader next saves one', async () => {
    writeStored(KEY, envelope(1, ['/news/koreas/jikji-movable-type', '/news/moon-jar']));
    const tab = await openTab();

    tab.saveArticle(savedArticle('y'));

    expect(savedIds(tab)).toEqual(['y', 'moon-jar', 'jikji-movable-type']);
  });
});

describe('two tabs', () => {
  it('keeps both articles when two tabs save at once', async () => {
    const tabA = await openTab();
    subscribeForTest(tabA.savedStore);
    tabA.saveArticle(savedArticle('a'));

    otherTabWrites(KEY, envelope(2, savedState([storedEntry('b', at(0))])));

    expect(savedIds(tabA)).toEqual(['a', 'b']);
    expect(readStoredData(KEY)).toEqual(savedState([storedEntry('a', at(0)), storedEntry('b', at(0))]));
  });

  it('does not let a stale tab bring back an article removed here', async () => {
    const tab = await openTab();
    subscribeForTest(tab.savedStore);
    tab.saveArticle(savedArticle('x'));
    const stale = envelope(2, tab.savedStore.getSnapshot().data);
    vi.setSystemTime(at(1));
    tab.removeSavedArticle('x');

    otherTabWrites(KEY, stale);

    expect(savedIds(tab)).toEqual([]);
    expect(readStoredData(KEY)).toEqual(savedState([], { x: at(1) }));
  });
});
