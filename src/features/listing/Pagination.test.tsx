import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageNeighbours } from '@/features/content/contract/listingPages';
import { section, sectionNode } from '@/testing/contentFixtures';
import { Pagination } from './Pagination';

const world = sectionNode('world', [section('news'), section('world', 'news')]);

/** A listing of three pages: 1 the newest, then the archive from the newest page (3) to the oldest (2). */
function renderPagination(document: { page: number; totalPages?: number; newerPage?: number }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <Pagination section={world} page={document.page} {...pageNeighbours(document)} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Pagination', () => {
  it('names the page, and never how many there are (that would change every page)', () => {
    renderPagination({ page: 3, newerPage: 1 });

    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 3');
    expect(screen.getByRole('navigation', { name: 'Pages' })).not.toHaveTextContent(/of \d/);
  });

  it('goes from the newest stories to the newest archive page, then down to the oldest', () => {
    renderPagination({ page: 1, totalPages: 3 });

    expect(screen.queryByRole('link', { name: '← Newer' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/world/page/3');
    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Latest');
  });

  it('links the newest archive page to the listing’s own address and to the page below it', () => {
    renderPagination({ page: 3, newerPage: 1 });

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/world');
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/world/page/2');
  });

  it('marks the links as the previous and next pages', () => {
    renderPagination({ page: 3, newerPage: 1 });

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('rel', 'next');
  });

  it('has no older link on the oldest page, page 2', () => {
    renderPagination({ page: 2, newerPage: 3 });

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/world/page/3');
    expect(screen.queryByRole('link', { name: 'Older →' })).not.toBeInTheDocument();
  });

  it('renders nothing when there is only one page', () => {
    renderPagination({ page: 1, totalPages: 1 });

    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('fetches the older page ahead when the reader points at its link', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderPagination({ page: 1, totalPages: 3 });

    await user.hover(screen.getByRole('link', { name: 'Older →' }));

    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledWith(
        expect.stringMatching(/\/sections\/world\/page-3\.json$/),
        expect.anything(),
      );
    });
  });
});
