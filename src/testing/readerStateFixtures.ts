import { afterEach, beforeEach, vi } from 'vitest';
import { clearStorage } from './storageTesting';
/**
 * Typed builders of the reader's saved articles for unit tests: valid by
 * default, so a test only spells out the field it is about.
 */
import type { SavedArticle, SavedState } from '@/features/reader-state/savedArticles';

type StoredEntry = SavedState['entries'][number];

const BASE_TIME = Date.parse('2026-11-28T09:00:00Z');

/** A time `minutes` after a fixed base time, in milliseconds. */
export function minutesAfterBase(minutes: number): number {
  return BASE_TIME + minutes * 60_000;
}

export function savedArticle(id: string, overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    id,
    path: `/news/${id}`,
    headline: `Headline of ${id}`,
    sectionTitle: 'News',
    publishedAt: '2026-11-27T18:00:00Z',
    savedAt: minutesAfterBase(0),
    ...overrides,
  };
}

/** A saved entry as the store keeps it, saved and last changed at `changedAt`. */
export function storedEntry(
  id: string,
  changedAt: number,
  overrides: Partial<StoredEntry> = {},
): StoredEntry {
  return { ...savedArticle(id, { savedAt: changedAt }), changedAt, ...overrides };
}

export function savedState(entries: StoredEntry[] = [], removed: Record<string, number> = {}): SavedState {
  return { entries, removed };
}

/**
 * Every reader-state test starts from empty storage with the clock stopped at
 * the base time; call once at the top of a test file.
 */
export function startEachTestFromEmptyStorageAtBaseTime() {
  beforeEach(() => {
    clearStorage();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(minutesAfterBase(0));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
