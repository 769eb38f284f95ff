import type { ArticleSummary } from '@/features/content/contract/schema';

const timeOf = (story: ArticleSummary) => Date.parse(story.publishedAt);

/**
 * The stories of a fresh listing that the page does not show yet: not on it
 * by id, and published after the newest it shows. A story that merely moved
 * (into a section block of the front page, say) is not new, nor is an older
 * one a rebuild let back in.
 */
export function newStories(
  shown: readonly ArticleSummary[],
  fresh: readonly ArticleSummary[],
): ArticleSummary[] {
  const shownIds = new Set(shown.map((story) => story.id));
  const newest = Math.max(-Infinity, ...shown.map(timeOf));
  return fresh.filter((story) => !shownIds.has(story.id) && timeOf(story) > newest);
}
