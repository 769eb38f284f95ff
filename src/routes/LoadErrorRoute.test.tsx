import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from '@/features/content/contentErrors';
import { ChunkLoadError } from '@/lib/chunkLoadError';
import { LoadErrorRoute } from './LoadErrorRoute';

const URL = '/content/front.json';

/** What the browser says and does when its connection goes or comes back. */
function setConnection(isOnline: boolean) {
  act(() => {
    Object.defineProperty(navigator, 'onLine', { value: isOnline, configurable: true });
    window.dispatchEvent(new Event(isOnline ? 'online' : 'offline'));
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

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
    [
      'a timeout',
      new ContentTimeoutError(URL, 10_000),
      'The newsroom is taking too long to answer',
      `No answer from ${URL} within 10 seconds.`,
    ],
    [
      'page code that could not load',
      new ChunkLoadError('src/routes/SectionRoute.tsx', new TypeError('Failed to fetch')),
      'We could not reach the newsroom',
      'Could not load the code for src/routes/SectionRoute.tsx: Failed to fetch.',
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

describe('LoadErrorRoute and the connection', () => {
  it('says the reader is offline when the browser has no connection', () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    render(<LoadErrorRoute error={new ContentNetworkError(URL, 'Failed to fetch')} onRetry={vi.fn()} />);

    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('switches to the offline explanation when the connection drops while it is shown', () => {
    render(<LoadErrorRoute error={new ContentNetworkError(URL, 'Failed to fetch')} onRetry={vi.fn()} />);

    setConnection(false);

    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
  });

  it('tries again by itself, once, when the connection comes back', () => {
    const handleRetry = vi.fn();
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    render(<LoadErrorRoute error={new ContentNetworkError(URL, 'Failed to fetch')} onRetry={handleRetry} />);

    setConnection(true);
    setConnection(false);
    setConnection(true);

    expect(handleRetry).toHaveBeenCalledTimes(1);
  });

  it('does not try again by itself after a server error, which the connection did not cause', () => {
    const handleRetry = vi.fn();
    render(<LoadErrorRoute error={new ContentHttpError(URL, 500)} onRetry={handleRetry} />);

    setConnection(false);
    setConnection(true);

    expect(handleRetry).not.toHaveBeenCalled();
  });
});
