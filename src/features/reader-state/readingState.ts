import { latestPerId } from '@/lib/latestChangeWins';
import { createPersistentStore } from '@/lib/persistentStore';
import { isNumber, isOptionalString, isRecord, readEach } from './storedValues';

/**
 * Which articles the reader has opened, and how far they got: the anchor of
 * the paragraph at the top of the screen and the share of the article read.
 */
export type ReadingEntry = { id: string; updatedAt: number; progress: number; anchor?: string };
type ReadingState = { articles: ReadingEntry[] };

function readEntry(value: unknown): ReadingEntry | null {
  if (!isRecord(value)) return null;
  const { id, updatedAt, progress, anchor } = value;
  if (typeof id !== 'string' || !isNumber(updatedAt) || !isNumber(progress) || !isOptionalString(anchor))
    return null;
  if (progress < 0 || progress > 1) return null;
  return anchor === undefined ? { id, updatedAt, progress } : { id, updatedAt, progress, anchor };
}

/** The stored reading state, or null if any entry is not one. */
export function readReadingState(data: unknown): ReadingState | null {
  if (!isRecord(data)) return null;
  const articles = readEach(data.articles, readEntry);
  return articles && { articles };
}

/** Enough history for the listings a reader sees; older entries fall off. */
const MAX_ENTRIES = 500;

function mergeReading(local: ReadingState, remote: ReadingState): ReadingState {
  const latest = latestPerId([...local.articles, ...remote.articles], (entry) => entry.updatedAt);
  return {
    articles: [...latest.values()].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)),
  };
}

export const readingStore = createPersistentStore<ReadingState>({
  key: 'broadsheet:reading',
  version: 1,
  initial: () => ({ articles: [] }),
  parse: readReadingState,
  merge: mergeReading,
  compact: (state) => ({ articles: state.articles.slice(0, MAX_ENTRIES) }),
});

export function recordReading(id: string, progress: number, anchor?: string) {
  readingStore.update((state) =>
    mergeReading(state, {
      articles: [
        {
          id,
          updatedAt: Date.now(),
          progress: Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0,
          ...(anchor ? { anchor } : {}),
        },
      ],
    }),
  );
}
