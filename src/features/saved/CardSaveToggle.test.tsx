import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { contentKeys } from '@/features/content/contentQueries';
import { toSite } from '@/features/content/site';
import { listSavedArticles } from '@/features/reader-state/savedArticles';
import { savedStore } from '@/features/reader-state/savedArticles';
import { section, siteSource } from '@/testing/contentFixtures';
import { resetReaderState } from '@/testing/readerStateTesting';
import { CardSaveToggle } from './CardSaveToggle';

const summary = {
  id: 'jikji-movable-type',
  section: 'koreas',
  headline: 'The oldest printed book',
  publishedAt: '2026-10-31T16:00:00+09:00',
};

function renderToggle() {
  const queryClient = new QueryClient();
  queryClient.setQueryData(
    contentKeys.site(),
    toSite({ ...siteSource([section('news'), section('koreas', 'news')]), pages: [] }),
  );
  render(
    <QueryClientProvider client={queryClient}>
      <CardSaveToggle summary={summary} />
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  resetReaderState();
});

describe('CardSaveToggle', () => {
  it('is a bookmark icon button named after the article, not pressed until saved', () => {
    renderToggle();

    const toggle = screen.getByRole('button', { name: 'Save “The oldest printed book”', pressed: false });
    // The name comes from the label alone: the card shows a glyph, no words.
    expect(toggle).toHaveTextContent(/^$/);
  });

  it('saves the article with its address and section, and shows itself pressed', async () => {
    const user = userEvent.setup();
    renderToggle();

    await user.click(screen.getByRole('button', { name: 'Save “The oldest printed book”' }));

    expect(
      screen.getByRole('button', { name: 'Save “The oldest printed book”', pressed: true }),
    ).toBeInTheDocument();
    expect(listSavedArticles(savedStore.getSnapshot().data)).toEqual([
      expect.objectContaining({
        id: summary.id,
        path: '/news/koreas/jikji-movable-type',
        sectionTitle: 'Title of koreas',
      }),
    ]);
  });

  it('unsaves on a second press', async () => {
    const user = userEvent.setup();
    renderToggle();
    const toggle = screen.getByRole('button', { name: 'Save “The oldest printed book”' });

    await user.click(toggle);
    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(listSavedArticles(savedStore.getSnapshot().data)).toEqual([]);
  });
});
