import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
} from '@/features/content/contentErrors';
import { LoadErrorRoute } from './LoadErrorRoute';

const URL = '/content/front.json';

describe('LoadErrorRoute', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a network error',
      new ContentNetworkError(URL, new TypeError('Failed to fetch')),
      'We could not reach the newsroom',
      `Could not reach ${URL}: Failed to fetch.`,
    ],
    [
      'a server error',
      new ContentHttpError(URL, 503),
      'The server had a problem',
      `The server answered 503 for ${URL}.`,
    ],
    [
      'an invalid document',
      new ContentInvalidError(URL, [{ path: 'latest', message: 'is required but missing' }]),
      'This page’s content is damaged',
      `${URL} does not match the content contract: latest: is required but missing`,
    ],
    [
      'a not-found error outside the not-found page',
      new ContentNotFoundError(URL),
      'Something went wrong',
      `Nothing was found at ${URL}.`,
    ],
    ['an unexpected error', new Error('boom'), 'Something went wrong', 'boom'],
    ['a thrown string', 'plain failure', 'Something went wrong', 'plain failure'],
  ])('explains %s with a heading and the detail', (_, error, heading, detail) => {
    render(<LoadErrorRoute error={error} onRetry={vi.fn()} />);

    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText(detail)).toBeInTheDocument();
  });

  it('announces itself as an alert', () => {
    render(<LoadErrorRoute error={new Error('boom')} onRetry={vi.fn()} />);

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
  });

  it('advises checking the connection after a network error', () => {
    render(<LoadErrorRoute error={new ContentNetworkError(URL, 'offline')} onRetry={vi.fn()} />);

    expect(screen.getByText('Check your internet connection, then try again.')).toBeInTheDocument();
  });

  it('calls onRetry when the reader presses Try again', async () => {
    const user = userEvent.setup();
    const handleRetry = vi.fn();
    render(<LoadErrorRoute error={new ContentHttpError(URL, 500)} onRetry={handleRetry} />);

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(handleRetry).toHaveBeenCalledTimes(1);
  });

  it('offers a link to the front page', () => {
    render(<LoadErrorRoute error={new Error('boom')} onRetry={vi.fn()} />);

    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('sets the document title to the heading', async () => {
    render(<LoadErrorRoute error={new ContentHttpError(URL, 500)} onRetry={vi.fn()} />);

    await vi.waitFor(() => {
      expect(document.title).toBe('The server had a problem | Broadsheet');
    });
  });
});
