import * as v from 'valibot';
import { latestPerId } from '@/lib/latestChangeWins';
import { createPersistentStore } from '@/lib/persistentStore';

/**
 * The sections and topics the reader follows, each with the time of the
 * newest story they have seen there (`lastOpened`): what is published after
 * it counts as new. It stays on this device. A listing is named as its
 * content folder is, `sections/koreas` or `topics/korea`, so a section and a
 * topic of the same id never meet. As with saved articles, `changedAt` orders
 * conflicting changes between tabs and an un-follow leaves a tombstone.
 */
export type FollowedKind = 'sections' | 'topics';
export type ListingKey = `${FollowedKind}/${string}`;

export const listingKey = (kind: FollowedKind, id: string): ListingKey => `${kind}/${id}`;

export function parseListingKey(key: string): { kind: FollowedKind; id: string } {
  const [kind, id = ''] = key.split('/');
  return { kind: kind === 'topics' ? 'topics' : 'sections', id };
}

/** `sections/{id}` or `topics/{id}`, the id a slug (see slug.ts). */
const listingKeySchema = v.pipe(
  v.string(),
  v.regex(/^(?:sections|topics)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected sections/{id} or topics/{id}'),
  // A section or topic id is at most 100 characters (slug.ts).
  v.maxLength(110),
);

const followedEntrySchema = v.object({
  id: listingKeySchema,
  lastOpened: v.number(),
  changedAt: v.number(),
});
export type FollowedEntry = v.InferOutput<typeof followedEntrySchema>;

const followedStateSchema = v.object({
  entries: v.array(followedEntrySchema),
  removed: v.record(v.string(), v.number()),
});
export type FollowedState = v.InferOutput<typeof followedStateSchema>;

const TOMBSTONE_LIFETIME = 30 * 24 * 3_600_000;

/** Sorted by id, so equal states always encode to the same JSON. */
function canonical(entries: FollowedEntry[], removed: Record<string, number>): FollowedState {
  return {
    entries: [...entries].sort((a, b) => a.id.localeCompare(b.id)),
    removed: Object.fromEntries(Object.entries(removed).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** Per listing, the latest change wins, whether it was a follow, an opening or an un-follow. */
export function mergeFollowed(local: FollowedState, remote: FollowedState): FollowedState {
  const removed: Record<string, number> = { ...local.removed };
  for (const [id, at] of Object.entries(remote.removed)) removed[id] = Math.max(removed[id] ?? at, at);
  const latest = latestPerId([...local.entries, ...remote.entries], (entry) => entry.changedAt);
  const present = [...latest.values()].filter((entry) => entry.changedAt > (removed[entry.id] ?? -Infinity));
  return canonical(present, removed);
}

export function parseFollowed(data: unknown): FollowedState | null {
  const result = v.safeParse(followedStateSchema, data);
  return result.success ? result.output : null;
}

export const followedStore = createPersistentStore<FollowedState>({
  key: 'broadsheet:following',
  version: 1,
  initial: () => ({ entries: [], removed: {} }),
  parse: parseFollowed,
  // A later format adds `1: (data) => …` here, turning format 1 into 2 (see savedArticles.ts).
  migrations: {},
  merge: mergeFollowed,
  compact: ({ entries, removed }) => {
    const cutoff = Date.now() - TOMBSTONE_LIFETIME;
    return canonical(entries, Object.fromEntries(Object.entries(removed).filter(([, at]) => at > cutoff)));
  },
});

/** The time of the newest of `stories`, or now when there are none (or none with a readable date). */
export function newestPublished(stories: readonly { publishedAt: string }[], now = Date.now()): number {
  const times = stories.map((story) => Date.parse(story.publishedAt)).filter(Number.isFinite);
  return times.length > 0 ? Math.max(...times) : now;
}

/** Starts following: what the reader sees now (`newestSeen`) is not new. */
export function follow(id: ListingKey, newestSeen: number) {
  followedStore.update((state) => {
    // Later than any un-follow of the same listing, even within one millisecond.
    const changedAt = Math.max(Date.now(), (state.removed[id] ?? 0) + 1);
    return mergeFollowed(state, { entries: [{ id, lastOpened: newestSeen, changedAt }], removed: {} });
  });
}

export function unfollow(id: ListingKey) {
  followedStore.update((state) => mergeFollowed(state, { entries: [], removed: { [id]: Date.now() } }));
}

/** The reader opened a followed listing and saw stories up to `newestSeen`; nothing is written otherwise. */
export function markOpened(id: ListingKey, newestSeen: number) {
  const entry = findFollowed(followedStore.getSnapshot().data, id);
  if (!entry || entry.lastOpened >= newestSeen) return;
  followedStore.update((state) => {
    const known = findFollowed(state, id);
    if (!known || known.lastOpened >= newestSeen) return state;
    const changedAt = Math.max(Date.now(), known.changedAt + 1);
    return mergeFollowed(state, { entries: [{ id, lastOpened: newestSeen, changedAt }], removed: {} });
  });
}

export function findFollowed(state: FollowedState, id: string): FollowedEntry | undefined {
  return state.entries.find((entry) => entry.id === id);
}

/** The stories of a listing published after the reader last opened it, newest first as listed. */
export function storiesSince<T extends { publishedAt: string }>(
  stories: readonly T[],
  lastOpened: number,
): T[] {
  return stories.filter((story) => Date.parse(story.publishedAt) > lastOpened);
}
