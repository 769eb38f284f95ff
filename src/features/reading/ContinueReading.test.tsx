import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingEntry } from '@/features/reader-state/readingState';
import { ContinueReading } from './ContinueReading';

const entry = (overrides: Partial<ReadingEntry> = {}): ReadingEntry => ({
  id: 'harbour',
  updatedAt: Date.parse('2026-11-28T09:00:00Z'),
  progress: 0.5,
  anchor: 'p-the-boats-came-in',
  ...overrides,
});

/** The offer as the article page places it: just before the article text. */
function renderWithArticle(previous: ReadingEntry | undefined) {
  render(
    <>
      <ContinueReading previous={previous} />
      <div>
        <p id="p-it-was-winter" tabIndex={-1}>
          It was winter.
        </p>
        <p id="p-the-boats-came-in" tabIndex={-1}>
          The boats came in at dawn.
        </p>
      </div>
    </>,
  );
}

type ScrollIntoView = (this: Element, options?: boolean | ScrollIntoViewOptions) => void;
let scrollIntoView = vi.fn<ScrollIntoView>();

/** jsdom does not scroll, and has no scrollIntoView to spy on. */
beforeEach(() => {
  scrollIntoView = vi.fn<ScrollIntoView>();
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scrollIntoView, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
});

describe('ContinueReading', () => {
  it.each([
    { progress: 0.1, percent: '10%' },
    { progress: 0.5, percent: '50%' },
    { progress: 0.9, percent: '90%' },
  ])('offers to continue from $percent read', ({ progress, percent }) => {
    renderWithArticle(entry({ progress }));

    expect(screen.getByRole('complementary', { name: 'Continue reading' })).toHaveTextContent(
      `You have read about ${percent} of this article.`,
    );
  });

  it.each([
    { case: 'a first visit', previous: undefined },
    { case: 'less than 10% read', previous: entry({ progress: 0.09 }) },
    { case: 'more than 90% read', previous: entry({ progress: 0.91 }) },
    { case: 'no paragraph reached', previous: entry({ anchor: undefined }) },
  ])('offers nothing after $case', ({ previous }) => {
    renderWithArticle(previous);

    expect(screen.queryByRole('complementary', { name: 'Continue reading' })).not.toBeInTheDocument();
  });

  it('scrolls the paragraph into view, focuses it and goes away when the reader continues', async () => {
    const user = userEvent.setup();
    renderWithArticle(entry());

    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));

    const paragraph = screen.getByText('The boats came in at dawn.');
    expect(scrollIntoView.mock.contexts).toEqual([paragraph]);
    expect(paragraph).toHaveFocus();
    expect(screen.queryByRole('complementary', { name: 'Continue reading' })).not.toBeInTheDocument();
  });

  it('goes away without scrolling when dismissed, focus on the start of the text', async () => {
    const user = userEvent.setup();
    renderWithArticle(entry());

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(screen.queryByRole('complementary', { name: 'Continue reading' })).not.toBeInTheDocument();
    expect(screen.getByText('It was winter.')).toHaveFocus();
  });

  it('goes away on Escape from inside it, focus on the start of the text', async () => {
    const user = userEvent.setup();
    renderWithArticle(entry());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue where you left off' })).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(screen.queryByRole('complementary', { name: 'Continue reading' })).not.toBeInTheDocument();
    expect(screen.getByText('It was winter.')).toHaveFocus();
  });
});
