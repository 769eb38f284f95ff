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
  v.object({
    id: v.string(),
    kind: v.literal('stored'),
    files: v.array(v.string()),
    bytes: v.number(),
    at: v.number(),
  }),
  v.object({ id: v.string(), kind: v.literal('failed'), reason: v.string(), at: v.number() }),
]);
export type OfflineCopy = v.InferOutput<typeof copySchema>;

const copiesSchema = v.object({
  copies: v.array(copySchema),
  /** navigator.storage.persist() is asked once, on the first article stored. */
  persistAsked: v.boolean(),
});
export type OfflineCopies = v.InferOutput<typeof copiesSchema>;

/** Per article the latest record wins; asking for persistence is never undone. */
export function mergeCopies(local: OfflineCopies, remote: OfflineCopies): OfflineCopies {
  const latest = new Map(local.copies.map((copy) => [copy.id, copy]));
  for (const copy of remote.copies) {
    const known = latest.get(copy.id);
    if (!known || copy.at > known.at) latest.set(copy.id, copy);
  }
  return { copies: [...latest.values()], persistAsked: local.persistAsked || remote.persistAsked };
}

export const offlineCopiesStore = createPersistentStore<OfflineCopies>({
  key: 'broadsheet:offline-copies',
  version: 1,
  initial: () => ({ copies: [], persistAsked: false }),
  parse: (data) => {
    const result = v.safeParse(copiesSchema, data);
    return result.success ? result.output : null;
  },
  merge: mergeCopies,
});

export function copyOf(id: string): OfflineCopy | undefined {
  return offlineCopiesStore.getSnapshot().data.copies.find((copy) => copy.id === id);
}

/** Records one article's copy, in place of what was known of it. */
export function recordCopy(copy: OfflineCopy) {
  offlineCopiesStore.update((state) => ({
    ...state,
    copies: [...state.copies.filter((known) => known.id !== copy.id), copy],
  }));
}

/** Forgets the records of articles that are no longer saved. */
export function forgetCopiesExcept(savedIds: ReadonlySet<string>) {
  if (offlineCopiesStore.getSnapshot().data.copies.every((copy) => savedIds.has(copy.id))) return;
  offlineCopiesStore.update((state) => ({
    ...state,
    copies: state.copies.filter((copy) => savedIds.has(copy.id)),
  }));
}

export function markPersistAsked() {
  offlineCopiesStore.update((state) => ({ ...state, persistAsked: true }));
}
