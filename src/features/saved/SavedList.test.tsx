import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { listSavedArticles, saveArticle } from '@/features/reader-state/savedArticles';
import { useSavedState } from '@/features/reader-state/useReaderState';
import { minutesAfterBase as at, savedArticle } from '@/testing/readerStateFixtures';
import { resetReaderState } from '@/testing/readerStateTesting';
import { SavedList } from './SavedList';

/** The list as the saved page shows it: fed from the store, so a removal re-renders it. */
function SavedPage() {
  const { data } = useSavedState();
  return (
    <SavedList
      articles={listSavedArticles(data)}
      locale="en-GB"
      emptyState={<p>You have not saved any articles yet.</p>}
    />
  );
}

function renderSaved(ids: string[]) {
  ids.forEach((id, index) => {
    saveArticle(savedArticle(id), at(index));
  });
  render(
    <MemoryRouter>
      <SavedPage />
    </MemoryRouter>,
  );
}

const listedHeadlines = () =>
  within(screen.getByRole('list', { name: 'Saved articles' }))
    .queryAllByRole('link')
    .map((link) => link.textContent);

beforeEach(() => {
  resetReaderState();
});

describe('SavedList', () => {
  it('removes an article and offers to undo it', async () => {
    const user = userEvent.setup();
    renderSaved(['oldest', 'middle', 'newest']);

    await user.click(screen.getByRole('button', { name: 'Remove “Headline of middle” from saved articles' }));

    expect(listedHeadlines()).toEqual(['Headline of newest', 'Headline of oldest']);
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Headline of middle”.');
  });

  it('puts a removed article back in its old place when Undo is pressed', async () => {
    const user = userEvent.setup();
    renderSaved(['oldest', 'middle', 'newest']);
    await user.click(screen.getByRole('button', { name: 'Remove “Headline of middle” from saved articles' }));

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(listedHeadlines()).toEqual(['Headline of newest', 'Headline of middle', 'Headline of oldest']);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('keeps Undo available beside the empty state after the last article is removed', async () => {
    const user = userEvent.setup();
    renderSaved(['only']);

    await user.click(screen.getByRole('button', { name: 'Remove “Headline of only” from saved articles' }));

    expect(screen.getByText('You have not saved any articles yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('brings the last article back and hides the empty state when Undo is pressed', async () => {
    const user = userEvent.setup();
    renderSaved(['only']);
    await user.click(screen.getByRole('button', { name: 'Remove “Headline of only” from saved articles' }));

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(listedHeadlines()).toEqual(['Headline of only']);
    expect(screen.queryByText('You have not saved any articles yet.')).not.toBeInTheDocument();
  });

  it('moves focus to Undo when an article is removed, never leaving it on the page', async () => {
    const user = userEvent.setup();
    renderSaved(['oldest', 'middle', 'newest']);

    await user.click(screen.getByRole('button', { name: 'Remove “Headline of middle” from saved articles' }));

    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
  });

  it('moves focus to Undo when the last article is removed', async () => {
    const user = userEvent.setup();
    renderSaved(['only']);

    await user.click(screen.getByRole('button', { name: 'Remove “Headline of only” from saved articles' }));

    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
  });

  it('gives focus back to the restored article’s Remove when Undo is pressed', async () => {
    const user = userEvent.setup();
    renderSaved(['oldest', 'middle', 'newest']);
    await user.click(screen.getByRole('button', { name: 'Remove “Headline of middle” from saved articles' }));

    await user.keyboard('{Enter}');

    expect(
      screen.getByRole('button', { name: 'Remove “Headline of middle” from saved articles' }),
    ).toHaveFocus();
  });
});
