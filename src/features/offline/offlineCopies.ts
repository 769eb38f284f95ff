import * as v from 'valibot';
import { createPersistentStore } from '@/lib/persistentStore';

/**
 * What this device knows of each saved article's offline copy: stored (which
 * files, how many bytes, measured when they were stored) or failed (why, in
 * words for the reader). The cache itself is the truth for "stored": the
 * reconciler checks the listed files are still there before trusting a record.
 * Kept in localStorage so a failure and the sizes survive a reload.
 */
const copySchema = v.variant('kind', [
  v.object({ kind: v.literal('stored'), files: v.array(v.string()), bytes: v.number(), at: v.number() }),
  v.object({ kind: v.literal('failed'), reason: v.string(), at: v.number() }),
]);
export type OfflineCopy = v.InferOutput<typeof copySchema>;

const copiesSchema = v.object({
  articles: v.record(v.string(), copySchema),
  /** navigator.storage.persist() is asked once, on the first article stored. */
  persistAsked: v.boolean(),
});
export type OfflineCopies = v.InferOutput<typeof copiesSchema>;

/** Per article the latest record wins; asking for persistence is never undone. */
export function mergeCopies(local: OfflineCopies, remote: OfflineCopies): OfflineCopies {
  const articles = { ...local.articles };
  for (const [id, copy] of Object.entries(remote.articles)) {
    const known = articles[id];
    if (!known || copy.at > known.at) articles[id] = copy;
  }
  return { articles, persistAsked: local.persistAsked || remote.persistAsked };
}

export const offlineCopiesStore = createPersistentStore<OfflineCopies>({
  key: 'broadsheet:offline-copies',
  version: 1,
  initial: () => ({ articles: {}, persistAsked: false }),
  parse: (data) => {
    const result = v.safeParse(copiesSchema, data);
    return result.success ? result.output : null;
  },
  merge: mergeCopies,
});

/** Records (or forgets, with null) one article's copy. */
export function recordCopy(id: string, copy: OfflineCopy | null) {
  offlineCopiesStore.update((state) => {
    const others = Object.entries(state.articles).filter(([known]) => known !== id);
    return { ...state, articles: Object.fromEntries(copy ? [...others, [id, copy]] : others) };
  });
}

/** Forgets the records of articles that are no longer saved. */
export function forgetCopiesExcept(savedIds: ReadonlySet<string>) {
  const { articles } = offlineCopiesStore.getSnapshot().data;
  if (Object.keys(articles).every((id) => savedIds.has(id))) return;
  offlineCopiesStore.update((state) => ({
    ...state,
    articles: Object.fromEntries(Object.entries(state.articles).filter(([id]) => savedIds.has(id))),
  }));
}

export function markPersistAsked() {
  offlineCopiesStore.update((state) => ({ ...state, persistAsked: true }));
}
