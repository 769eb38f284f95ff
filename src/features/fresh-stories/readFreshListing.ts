import * as v from 'valibot';
import { contentUrl } from '@/features/content/contentUrl';
import {
  frontPageSchema,
  frontPageStories,
  sectionPageSchema,
  topicPageSchema,
  type ArticleSummary,
} from '@/features/content/contract/schema';
import type { WatchedListing } from './watchedListing';

// Loaded with the first check, not with the companion: the schemas are only
// needed five minutes in, and on listing pages.

const schemas = { front: frontPageSchema, section: sectionPageSchema, topic: topicPageSchema };

/** A listing's document, validated, and every story it shows top to bottom. */
export type ListingStories = { data: unknown; stories: ArticleSummary[] };

/** Reads a listing's data (from the query cache, or fresh from the server); null when it is not one. */
export function listingStories(kind: WatchedListing['kind'], data: unknown): ListingStories | null {
  const result = v.safeParse(schemas[kind], data);
  if (!result.success) return null;
  const { output } = result;
  return { data: output, stories: 'items' in output ? output.items : frontPageStories(output) };
}

/**
 * Asks the server for a listing's document with the validators of the copy
 * the browser holds (`no-cache` revalidates): unchanged, it costs a 304 and
 * the browser answers from its cache. Null when it fails or is not valid;
 * the next check tries again.
 */
export async function readFreshListing(
  listing: WatchedListing,
  signal: AbortSignal,
): Promise<ListingStories | null> {
  try {
    const response = await fetch(contentUrl(listing.path), {
      cache: 'no-cache',
      signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    return listingStories(listing.kind, (await response.json()) as unknown);
  } catch {
    return null;
  }
}
