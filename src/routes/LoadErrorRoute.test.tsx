import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteQuery } from '@/features/content/contentQueries';
import {
  ContentHttpError,
  ContentInvalidError,
  ContentNetworkError,
  ContentNotFoundError,
  ContentTimeoutError,
} from '@/features/content/contentErrors';
import type { SiteSource } from '@/features/content/contract/schema';
import { toSite } from '@/features/content/site';
import { ChunkLoadError } from '@/lib/chunkLoadError';
import { siteSource } from '@/testing/contentFixtures';
import { LoadErrorRoute } from './LoadErrorRoute';

const URL = '/content/front.json';

type Options = {
  onRetry?: () => void;
  /** The site document in the query cache; none, as when site.json itself failed. */
  site?: SiteSource;
  /** The address in the browser, under `basename` when the site has a sub-path. */
  path?: string;
  basename?: string;
};

function renderErrorPage(error: unknown, { onRetry = vi.fn(), site, path = '/', basename }: Options = {}) {
  const queryClient = new QueryClient();
  if (site) queryClient.setQueryData(siteQuery().queryKey, toSite({ ...site, pages: [] }));
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]} basename={basename}>
        <LoadErrorRoute error={error} onRetry={onRetry} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

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
      'We couldn’t load this page',
      `Could not reach ${URL}: Failed to fetch.`,
    ],
    [
      'a server error',
      new ContentHttpError(URL, 503),
      'Our server couldn’t send this page',
      `The server answered 503 for ${URL}.`,
    ],
    [
      'an invalid document',
      new ContentInvalidError(URL, [{ path: 'latest', message: 'is required but missing' }]),
      'This page arrived damaged',
      `${URL} does not match the content contract: latest: is required but missing`,
    ],
    [
      'a not-found error outside the not-found page',
      new ContentNotFoundError(URL),
      'We couldn’t show this page',
      `Nothing was found at ${URL}.`,
    ],
    [
      'a timeout',
      new ContentTimeoutError(URL, 10_000),
      'This page is taking too long to load',
      `No answer from ${URL} within 10 seconds.`,
    ],
    [
      'page code that could not load',
      new ChunkLoadError('src/routes/SectionRoute.tsx', new TypeError('Failed to fetch')),
      'We couldn’t load this page',
      'Could not load the code for src/routes/SectionRoute.tsx: Failed to fetch.',
    ],
    ['an unexpected error', new Error('boom'), 'We couldn’t show this page', 'boom'],
    ['a thrown string', 'plain failure', 'We couldn’t show this page', 'plain failure'],
  ])(
    'explains %s with a heading, and keeps the detail under Technical details',
    (_, error, heading, detail) => {
      renderErrorPage(error);

      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      const details = screen.getByRole('group');
      expect(within(details).getByText('Technical details')).toBeInTheDocument();
      expect(within(details).getByText(detail)).toBeInTheDocument();
    },
  );

  it.each<[string, string]>([
    ['/news/koreas/x', 'We couldn’t load this article'],
    ['/news', 'We couldn’t load this section'],
    ['/news/page/2', 'We couldn’t load this section'],
    ['/about', 'We couldn’t load this page'],
  ])('names what the reader was opening at %s', (path, heading) => {
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), {
      site: {
        ...siteSource(),
        sections: [
          { id: 'news', title: 'News' },
          { id: 'koreas', title: 'Koreas', parent: 'news' },
        ],
      },
      path,
    });

    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('keeps the technical details closed until the reader opens them', async () => {
    const user = userEvent.setup();
    renderErrorPage(new ContentHttpError(URL, 503));

    const details = screen.getByRole('group');
    expect(details).not.toHaveAttribute('open');
    await user.click(within(details).getByText('Technical details'));
    expect(details).toHaveAttribute('open');
  });

  it('makes only the advice an alert, so a focused heading is not read twice', () => {
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'));

    const [alert, ...others] = screen.getAllByRole('alert');
    expect(others).toHaveLength(0);
    expect(alert).toHaveTextContent(/^Check your connection and try again\.$/);
  });

  it('advises checking the connection after a network error', () => {
    renderErrorPage(new ContentNetworkError(URL, 'offline'));

    expect(screen.getByText('Check your connection and try again.')).toBeInTheDocument();
  });

  it('calls onRetry when the reader presses Try again', async () => {
    const user = userEvent.setup();
    const handleRetry = vi.fn();
    renderErrorPage(new ContentHttpError(URL, 500), { onRetry: handleRetry });

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(handleRetry).toHaveBeenCalledTimes(1);
  });

  it('offers a link to the front page', () => {
    renderErrorPage(new Error('boom'));

    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('sets the document title to the heading', async () => {
    renderErrorPage(new ContentHttpError(URL, 500));

    await vi.waitFor(() => {
      expect(document.title).toBe('Our server couldn’t send this page | Broadsheet');
    });
  });
});

describe('LoadErrorRoute and the connection', () => {
  it('says the reader is offline when the browser has no connection', () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'));

    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('switches to the offline explanation when the connection drops while it is shown', () => {
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'));

    setConnection(false);

    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
  });

  it('tries again by itself, once, when the connection comes back', () => {
    const handleRetry = vi.fn();
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), { onRetry: handleRetry });

    setConnection(true);
    setConnection(false);
    setConnection(true);

    expect(handleRetry).toHaveBeenCalledTimes(1);
  });

  it('does not try again by itself after a server error, which the connection did not cause', () => {
    const handleRetry = vi.fn();
    renderErrorPage(new ContentHttpError(URL, 500), { onRetry: handleRetry });

    setConnection(false);
    setConnection(true);

    expect(handleRetry).not.toHaveBeenCalled();
  });
});

describe('LoadErrorRoute and the site’s mirrors', () => {
  const MIRRORS_LABEL = 'This page on our other addresses';
  const siteWithMirrors = (mirrors?: string[]): SiteSource => ({ ...siteSource(), mirrors });
  const mirrorHrefs = () =>
    within(screen.getByRole('list', { name: MIRRORS_LABEL }))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));

  it.each<[string, unknown, boolean]>([
    ['a network error', new ContentNetworkError(URL, new TypeError('Failed to fetch')), true],
    ['a timeout', new ContentTimeoutError(URL, 10_000), true],
    ['page code that could not load', new ChunkLoadError('src/routes/SectionRoute.tsx', 'Failed'), true],
    ['a server error', new ContentHttpError(URL, 503), false],
    ['an invalid document', new ContentInvalidError(URL, []), false],
    ['a not-found error', new ContentNotFoundError(URL), false],
    ['an unexpected error', new Error('boom'), false],
  ])('after %s, offers the page on the mirrors: %s', (_, error, isOffered) => {
    renderErrorPage(error, { site: siteWithMirrors(['https://mirror.example']) });

    expect(screen.queryAllByRole('list', { name: MIRRORS_LABEL })).toHaveLength(isOffered ? 1 : 0);
  });

  it('offers the page on the mirrors while the browser is offline too', () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), {
      site: siteWithMirrors(['https://mirror.example']),
    });

    expect(screen.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: MIRRORS_LABEL })).toBeInTheDocument();
  });

  it.each<[string, string, string | undefined, string, string]>([
    [
      'an article',
      '/news/koreas/x',
      undefined,
      'https://mirror.example',
      'https://mirror.example/news/koreas/x',
    ],
    [
      'a mirror with a path',
      '/news/koreas/x',
      undefined,
      'https://example.org/broadsheet',
      'https://example.org/broadsheet/news/koreas/x',
    ],
    [
      'a page with a query',
      '/news/page/2?from=feed',
      undefined,
      'https://mirror.example/',
      'https://mirror.example/news/page/2?from=feed',
    ],
    ['the front page', '/', undefined, 'https://example.org/broadsheet/', 'https://example.org/broadsheet/'],
    [
      'a site served under a sub-path',
      '/broadsheet/news/koreas/x',
      '/broadsheet',
      'https://mirror.example',
      'https://mirror.example/news/koreas/x',
    ],
  ])('links %s to the same page on a mirror', (_, path, basename, mirror, expected) => {
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), {
      site: siteWithMirrors([mirror]),
      path,
      basename,
    });

    expect(mirrorHrefs()).toEqual([expected]);
  });

  it('names each mirror’s link by its full address, in the order site.json gives', () => {
    renderErrorPage(new ContentTimeoutError(URL, 10_000), {
      site: siteWithMirrors(['https://b.example', 'https://a.example/news-mirror/']),
      path: '/science/moon',
    });

    expect(screen.getByRole('link', { name: 'https://b.example/science/moon' })).toBeInTheDocument();
    expect(mirrorHrefs()).toEqual([
      'https://b.example/science/moon',
      'https://a.example/news-mirror/science/moon',
    ]);
  });

  it('reaches every mirror link with the Tab key, after Try again and the front page', async () => {
    const user = userEvent.setup();
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), {
      site: siteWithMirrors(['https://a.example', 'https://b.example']),
      path: '/culture',
    });

    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'https://a.example/culture' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'https://b.example/culture' })).toHaveFocus();
  });

  it.each<[string, SiteSource | undefined]>([
    ['the site has no mirrors', siteWithMirrors(undefined)],
    ['the site’s mirror list is empty', siteWithMirrors([])],
    ['the site document is not in the cache (site.json failed)', undefined],
  ])('shows no mirror list, and still explains the error, when %s', (_, site) => {
    renderErrorPage(new ContentNetworkError(URL, 'Failed to fetch'), { site });

    expect(screen.getByRole('heading', { level: 1, name: 'We couldn’t load this page' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: MIRRORS_LABEL })).not.toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
