import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { section, sectionNode } from '@/testing/contentFixtures';
import { Pagination } from './Pagination';

const world = sectionNode('world', [section('news'), section('world', 'news')]);

function renderPagination(page: number, totalPages: number) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <Pagination section={world} page={page} totalPages={totalPages} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Pagination', () => {
  it('shows which page of how many this is', () => {
    renderPagination(2, 3);

    expect(screen.getByRole('navigation', { name: 'Pages' })).toHaveTextContent('Page 2 of 3');
  });

  it('links to the newer and the older page from a middle page', () => {
    renderPagination(2, 3);

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/world');
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/world/page/3');
  });

  it('marks the links as the previous and next pages', () => {
    renderPagination(2, 3);

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('rel', 'next');
  });

  it('has no newer link on the first page', () => {
    renderPagination(1, 3);

    expect(screen.queryByRole('link', { name: '← Newer' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/world/page/2');
  });

  it('has no older link on the last page', () => {
    renderPagination(3, 3);

    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/world/page/2');
    expect(screen.queryByRole('link', { name: 'Older →' })).not.toBeInTheDocument();
  });

  it('renders nothing when there is only one page', () => {
    renderPagination(1, 1);

    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('fetches the older page ahead when the reader points at its link', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(new Response('{}', { status: 200 })));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderPagination(1, 3);

    await user.hover(screen.getByRole('link', { name: 'Older →' }));

    await vi.waitFor(() => {
      expect(fetchMock).toHaveBeenCalledWith(
        expect.stringMatching(/\/sections\/world\/page-2\.json$/),
        expect.anything(),
      );
    });
  });
});
