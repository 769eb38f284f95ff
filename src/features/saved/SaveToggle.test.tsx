import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/features/reader-state/savedArticles';
import { savedArticle } from '@/testing/readerStateFixtures';
import { resetReaderState, savedIds } from '@/testing/readerStateTesting';
import { SaveToggle } from './SaveToggle';

const article = savedArticle('jikji-movable-type', { headline: 'The oldest printed book' });

beforeEach(() => {
  resetReaderState();
});

describe('SaveToggle', () => {
  it('saves an unsaved article and shows the toggle pressed', async () => {
    const user = userEvent.setup();
    render(<SaveToggle article={article} />);

    await user.click(screen.getByRole('button', { name: 'Save', pressed: false }));

    // The name stays "Save": the pressed state, not a new name, says it is saved.
    expect(screen.getByRole('button', { name: 'Save', pressed: true })).toHaveAccessibleName('Save');
    expect(savedIds()).toEqual(['jikji-movable-type']);
  });

  it('removes a saved article and shows the toggle released', async () => {
    const user = userEvent.setup();
    saveArticle(article);
    render(<SaveToggle article={article} />);

    await user.click(screen.getByRole('button', { name: 'Save', pressed: true }));

    expect(screen.getByRole('button', { name: 'Save', pressed: false })).toBeInTheDocument();
    expect(savedIds()).toEqual([]);
  });

  it('names the compact toggle after the article, pressed once saved', async () => {
    const user = userEvent.setup();
    render(<SaveToggle isCompact article={article} />);

    await user.click(screen.getByRole('button', { name: 'Save “The oldest printed book”' }));

    expect(screen.getByRole('button', { name: 'Save “The oldest printed book”' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
