// Its own file: a loaded Pagefind is kept for the page's life, so the failure must come first.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakePage, fakePagefind, type FakePage } from '@/features/search/fakePagefind.test-helper';
import { renderSearch, searchIndexes as indexes } from '@/testing/searchPage';
import { importScript } from '@/features/search/importScript';
import { preloadPages } from '@/testing/renderRoute';

vi.mock('@/features/search/importScript', () => ({ importScript: vi.fn() }));

let recentPages: FakePage[] = [];
let archivePages: FakePage[] = [];
const pagefind = fakePagefind(
  () => recentPages,
  () => archivePages,
);

beforeAll(() => preloadPages(['src/routes/SearchRoute.tsx']));
beforeEach(() => {
  vi.mocked(importScript).mockResolvedValue(pagefind);
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      url.endsWith('pagefind/indexes.json')
        ? Promise.resolve(Response.json(indexes))
        : Promise.reject(new Error(`unexpected fetch of ${url}`)),
    ),
  );
  recentPages = [
    fakePage({
      url: '/news/koreas/kimchi-season',
      title: 'Kimchi season',
      sections: ['koreas', 'news'],
      published: '2026-10-01T09:00:00.000Z',
      text: 'The kimchi season starts in Seoul with <b>cabbage</b> & salt.',
    }),
    fakePage({
      url: '/news/asia/rice',
      title: 'Rice harvest',
      sections: ['asia', 'news'],
      published: '2026-11-01T09:00:00.000Z',
      text: 'Rice and kimchi fill the markets.',
    }),
  ];
  archivePages = [];
});

describe('when Pagefind cannot be loaded', () => {
  it('says so and tries again on request', async () => {
    const user = userEvent.setup();
    vi.mocked(importScript).mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    renderSearch('/search?q=kimchi');

    expect(await screen.findByText('Search could not load.')).toBeInTheDocument();
    await act(() => user.click(screen.getByRole('button', { name: 'Try again' })));

    expect(await screen.findByRole('link', { name: 'Kimchi season' })).toBeInTheDocument();
  });
});
