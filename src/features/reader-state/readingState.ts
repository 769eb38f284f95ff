import * as v from 'valibot';
import { latestPerId } from '@/lib/latestChangeWins';
import { createPersistentStore } from '@/lib/persistentStore';

/**
 * Which articles the reader has opened, and how far they got: the anchor of
 * the paragraph at the top of the screen and the share of the article read.
 */
const readingEntrySchema = v.object({
  id: v.string(),
  updatedAt: v.number(),
  progress: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  anchor: v.optional(v.string()),
});
export type ReadingEntry = v.InferOutput<typeof readingEntrySchema>;

const readingStateSchema = v.object({ articles: v.array(readingEntrySchema) });
type ReadingState = v.InferOutput<typeof readingStateSchema>;

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
  parse: (data) => {
    const result = v.safeParse(readingStateSchema, data);
    return result.success ? result.output : null;
  },
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
