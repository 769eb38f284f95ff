import { isSlug } from '@/features/content/contract/slug';
import { latestPerId } from '@/lib/latestChangeWins';
import { createPersistentStore } from '@/lib/persistentStore';
import { isNumber, isOptionalString, isRecord, readEach, readNumberRecord } from './storedValues';

/**
 * The reader's saved articles. Each entry keeps what the saved list shows
 * (headline, section, image, time), so the list needs no fetching.
 * `changedAt` orders conflicting changes between tabs; a removal leaves a
 * tombstone so that a tab that has not heard of it cannot bring the entry back.
 */
export type SavedArticle = {
  id: string;
  path: string;
  headline: string;
  sectionTitle?: string;
  publishedAt?: string;
  image?: { src: string; alt: string; width: number; height: number };
  savedAt: number;
};

type StoredEntry = SavedArticle & { changedAt: number };

export type SavedState = { entries: StoredEntry[]; removed: Record<string, number> };

function readImage(value: unknown): SavedArticle['image'] | null {
  if (!isRecord(value)) return null;
  const { src, alt, width, height } = value;
  return typeof src === 'string' && typeof alt === 'string' && isNumber(width) && isNumber(height)
    ? { src, alt, width, height }
    : null;
}

/** A saved article as stored or imported, with only its own fields; null if one is wrong. */
export function readSavedArticle(value: unknown): SavedArticle | null {
  if (!isRecord(value)) return null;
  const { id, path, headline, sectionTitle, publishedAt, image, savedAt } = value;
  if (!isSlug(id) || typeof path !== 'string' || !path.startsWith('/')) return null;
  if (typeof headline !== 'string' || headline === '' || !isNumber(savedAt)) return null;
  if (!isOptionalString(sectionTitle) || !isOptionalString(publishedAt)) return null;
  const checkedImage = image === undefined ? undefined : readImage(image);
  if (checkedImage === null) return null;
  return {
    id,
    path,
    headline,
    ...(sectionTitle === undefined ? {} : { sectionTitle }),
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(checkedImage === undefined ? {} : { image: checkedImage }),
    savedAt,
  };
}

function readStoredEntry(value: unknown): StoredEntry | null {
  const article = readSavedArticle(value);
  const changedAt = isRecord(value) ? value.changedAt : undefined;
  return article && isNumber(changedAt) ? { ...article, changedAt } : null;
}

/** The stored saved list, or null if anything in it is not what the store writes. */
export function readSavedState(data: unknown): SavedState | null {
  if (!isRecord(data)) return null;
  const entries = readEach(data.entries, readStoredEntry);
  const removed = readNumberRecord(data.removed);
  return entries && removed && { entries, removed };
}

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
  parse: readSavedState,
  migrations: {
    // Format 1 was a bare list of article paths, oldest first. Each becomes a
    // minimal entry dated at the upgrade, in the same order; a path that names
    // no article is dropped alone rather than sinking the list.
    1: (data) => {
      const paths = (Array.isArray(data) ? data : []).filter(
        (path): path is string =>
          typeof path === 'string' && path.startsWith('/') && isSlug(path.split('/').pop()),
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
  return state.entries.map((entry) => {
    const article: SavedArticle & { changedAt?: number } = { ...entry };
    delete article.changedAt;
    return article;
  });
}
