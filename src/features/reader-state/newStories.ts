import { storiesSince } from './followedListings';

/** The navigation shows at most this many; more reads "20+". */
export const MOST_NEW_SHOWN = 20;

type ListingPage = { items: readonly unknown[]; totalPages?: number | undefined };

/**
 * What a followed section's link says: "3", or "20+" when there may be more
 * than the first page holds (all of its stories are new and more pages
 * follow, or past the cap). Null when nothing is new.
 */
export function newCountLabel(newCount: number, page: ListingPage): string | null {
  if (newCount <= 0) return null;
  if (newCount >= MOST_NEW_SHOWN) return `${String(MOST_NEW_SHOWN)}+`;
  const mayHaveMore = newCount >= page.items.length && (page.totalPages ?? 1) > 1;
  return mayHaveMore ? `${String(newCount)}+` : String(newCount);
}

type Story = { id: string; publishedAt: string };

/**
 * The newest stories published since the reader last opened each followed
 * listing, across them all: each story once (a story in a followed section
 * and a followed topic, or in a followed parent and its child), newest first.
 */
export function newestAcross<T extends Story>(
  listings: readonly { lastOpened: number; items: readonly T[] }[],
  limit: number,
): T[] {
  const byId = new Map<string, T>();
  for (const { lastOpened, items } of listings) {
    for (const story of storiesSince(items, lastOpened)) if (!byId.has(story.id)) byId.set(story.id, story);
  }
  return [...byId.values()]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
