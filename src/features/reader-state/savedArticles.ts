import * as v from 'valibot';
import { slugSchema } from '@/features/content/contract/slug';
import { latestPerId } from '@/lib/latestChangeWins';
import { createPersistentStore } from '@/lib/persistentStore';

/**
 * The reader's saved articles. Each entry keeps what the saved list shows
 * (headline, section, image, time), so the list needs no fetching.
 * `changedAt` orders conflicting changes between tabs; a removal leaves a
 * tombstone so that a tab that has not heard of it cannot bring the entry back.
 */
export const savedArticleSchema = v.object({
  id: slugSchema,
  path: v.pipe(v.string(), v.startsWith('/')),
  headline: v.pipe(v.string(), v.nonEmpty()),
  sectionTitle: v.optional(v.string()),
  publishedAt: v.optional(v.string()),
  image: v.optional(v.object({ src: v.string(), alt: v.string(), width: v.number(), height: v.number() })),
  savedAt: v.number(),
});

export type SavedArticle = v.InferOutput<typeof savedArticleSchema>;

const storedEntrySchema = v.object({ ...savedArticleSchema.entries, changedAt: v.number() });
type StoredEntry = v.InferOutput<typeof storedEntrySchema>;

const savedStateSchema = v.object({
  entries: v.array(storedEntrySchema),
  removed: v.record(v.string(), v.number()),
});
export type SavedState = v.InferOutput<typeof savedStateSchema>;

const TOMBSTONE_LIFETIME = 30 * 24 * 3_600_000;

/** Newest first, then by id, so equal states always encode to the same JSON. */
function canonical(entries: StoredEntry[], removed: Record<string, number>): SavedState {
  return {
    entries: [...entries].sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id)),
    removed: Object.fromEntries(Object.entries(removed).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Per id, the latest change wins, whether it was a save or a removal. */
export function mergeSaved(local: SavedState, remote: SavedState): SavedState {
  const removed: Record<string, number> = { ...local.removed };
  for (const [id, at] of Object.entries(remote.removed)) removed[id] = Math.max(removed[id] ?? 0, at);
  const latest = latestPerId([...local.entries, ...remote.entries], (entry) => entry.changedAt);
  const present = [...latest.values()].filter((entry) => entry.changedAt > (removed[entry.id] ?? 0));
  return canonical(present, removed);
}

export const savedStore = createPersistentStore<SavedState>({
  key: 'broadsheet:saved',
  version: 2,
  initial: () => ({ entries: [], removed: {} }),
  parse: (data) => {
    const result = v.safeParse(savedStateSchema, data);
    return result.success ? result.output : null;
  },
  migrations: {
    // Format 1 was a bare list of article paths, oldest first. Each becomes a
    // minimal entry dated at the upgrade, in the same order; a path that names
    // no article is dropped alone rather than sinking the list.
    1: (data) => {
      const paths = (Array.isArray(data) ? data : []).filter(
        (path): path is string =>
          typeof path === 'string' && path.startsWith('/') && v.is(slugSchema, path.split('/').pop()),
      );
      const upgradedAt = Date.now();
      return {
        entries: paths.map((path, index) => {
          const id = path.split('/').pop() ?? '';
          const at = upgradedAt - (paths.length - index);
          return { id, path, headline: id.replaceAll('-', ' '), savedAt: at, changedAt: at };
        }),
        removed: {},
      };
    },
  },
  merge: mergeSaved,
  compact: ({ entries, removed }) => {
    const cutoff = Date.now() - TOMBSTONE_LIFETIME;
    return canonical(entries, Object.fromEntries(Object.entries(removed).filter(([, at]) => at > cutoff)));
  },
});

export function saveArticle(article: Omit<SavedArticle, 'savedAt'>, savedAt = Date.now()) {
  savedStore.update((state) => {
    // Later than any removal of the same article, even within one millisecond.
    const changedAt = Math.max(Date.now(), (state.removed[article.id] ?? 0) + 1);
    return mergeSaved(state, { entries: [{ ...article, savedAt, changedAt }], removed: {} });
  });
}

export function removeSavedArticle(id: string) {
  savedStore.update((state) => mergeSaved(state, { entries: [], removed: { [id]: Date.now() } }));
}

/** Undo a removal: the entry comes back in its old place in the list. */
export function restoreSavedArticle(article: SavedArticle) {
  saveArticle(article, article.savedAt);
}

/** Adds articles that are not saved yet; returns how many were added. */
export function addSavedArticles(articles: SavedArticle[]): number {
  const known = new Set(savedStore.getSnapshot().data.entries.map((entry) => entry.id));
  const fresh = articles.filter((article) => {
    if (known.has(article.id)) return false;
    known.add(article.id);
    return true;
  });
  const now = Date.now();
  savedStore.update((state) =>
    mergeSaved(state, { entries: fresh.map((article) => ({ ...article, changedAt: now })), removed: {} }),
  );
  return fresh.length;
}

/** The saved articles as the reader sees them, newest first, without the sync bookkeeping. */
export function listSavedArticles(state: SavedState): SavedArticle[] {
  return state.entries.map((entry) => v.parse(savedArticleSchema, entry));
}
