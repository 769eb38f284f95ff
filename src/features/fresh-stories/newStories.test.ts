import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { newStories } from './newStories';

function story(id: string, hour: number): ArticleSummary {
  return {
    id,
    section: 'news',
    headline: `Story ${id}`,
    publishedAt: `2026-12-01T${String(hour).padStart(2, '0')}:00:00Z`,
  };
}

const shown = [story('c', 10), story('b', 9), story('a', 8)];

describe('newStories', () => {
  it('finds the stories published after the newest one shown, in the fresh order', () => {
    const fresh = [story('e', 12), story('d', 11), ...shown];
    expect(newStories(shown, fresh).map(({ id }) => id)).toEqual(['e', 'd']);
  });

  it('finds none when the listing is unchanged', () => {
    expect(newStories(shown, shown)).toEqual([]);
  });

  it('does not count a story the page shows, even when the fresh listing moved it', () => {
    expect(newStories(shown, [story('a', 8), story('c', 10), story('b', 9)])).toEqual([]);
  });

  it('does not count an older story a rebuild let back in', () => {
    expect(newStories(shown, [story('old', 7), ...shown])).toEqual([]);
  });

  it('counts every story of a fresh listing when the page showed none', () => {
    expect(newStories([], [story('a', 8)]).map(({ id }) => id)).toEqual(['a']);
  });
});
