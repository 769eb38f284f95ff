import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { renderToString } from 'react-dom/server';
import { contentKeys } from '@/features/content/contentQueries';
import { fakePage, fakePagefind, type FakePage } from '@/features/search/fakePagefind.test-helper';
import { renderSearch, searchIndexes as indexes, searchSite as site } from '@/testing/searchPage';
import { importScript } from '@/features/search/importScript';
import { preloadPages } from '@/testing/renderRoute';
import { SearchRoute } from './SearchRoute';

vi.mock('@/features/search/importScript', () => ({ importScript: vi.fn() }));

let recentPages: FakePage[] = [];
let archivePages: FakePage[] = [];
const pagefind = fakePagefind(
  () => recentPages,
  () => archivePages,
);

const address = () => screen.getByTestId('address');
const results = () => screen.findAllByRole('article');

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

describe('the search page', () => {
  it('says, as prerendered, that search needs JavaScript, and offers the sections and feeds instead', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(contentKeys.site(), site);
    const view = renderToString(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/search?q=kimchi']}>
          <SearchRoute />
        </MemoryRouter>
      </QueryClientProvider>,
    );

    expect(view).toContain('needs JavaScript');
    expect(view).toContain('href="/news"');
    expect(view).toContain('href="/feeds/all.xml"');
    expect(view).not.toContain('<input');
    expect(vi.mocked(importScript)).not.toHaveBeenCalled();
  });

  it('asks for a query, and searches nothing, while the query is empty', async () => {
    renderSearch('/search');

    expect(await screen.findByText(/Type a word or two/)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search articles' })).toHaveValue('');
    expect(pagefind.searches).toEqual([]);
  });

  it('shows the address’s search as cards: section, headline linking into the app, date and marked excerpt', async () => {
    renderSearch('/search?q=kimchi');

    const [first] = await results();
    if (!first) throw new Error('no result');
    const card = within(first);
    expect(card.getByRole('link', { name: 'Kimchi season' })).toHaveAttribute(
      'href',
      '/news/koreas/kimchi-season',
    );
    expect(card.getByText('Title of koreas')).toBeInTheDocument();
    expect(card.getByText('1 Oct 2026')).toBeInTheDocument();
    expect(card.getByText('kimchi', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByText('2 results for “kimchi”')).toBeInTheDocument();
  });

  it('shows an excerpt’s other markup as text, never as elements', async () => {
    renderSearch('/search?q=salt');

    const [first] = await results();
    if (!first) throw new Error('no result');
    // Had the excerpt been parsed as HTML, its text would have no "<b>" left in it.
    expect(within(first).getByText(/Seoul with <b>cabbage<\/b> &/)).toBeInTheDocument();
    expect(within(first).getByText('salt.', { selector: 'mark' })).toBeInTheDocument();
  });

  it('follows typing in the address without a history entry per keystroke', async () => {
    const user = userEvent.setup();
    renderSearch('/search');

    await user.type(screen.getByRole('searchbox', { name: 'Search articles' }), 'rice');

    expect(address()).toHaveTextContent('/search?q=rice');
    expect(address()).toHaveAttribute('data-navigation', 'REPLACE');
    expect(await screen.findByRole('link', { name: 'Rice harvest' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('filters by section and sorts newest first, each change a history entry of its own', async () => {
    const user = userEvent.setup();
    renderSearch('/search?q=kimchi');
    await results();

    const sectionChoice = screen.getByRole('combobox', { name: 'Section' });
    expect(within(sectionChoice).getByRole('option', { name: /Title of asia \(1\)/ })).toBeInTheDocument();
    await user.selectOptions(sectionChoice, 'koreas');
    expect(address()).toHaveTextContent('/search?q=kimchi&section=koreas');
    expect(address()).toHaveAttribute('data-navigation', 'PUSH');
    await waitFor(async () => {
      expect(await results()).toHaveLength(1);
    });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'newest');
    expect(address()).toHaveTextContent('/search?q=kimchi&section=koreas&sort=newest');
    await waitFor(() => {
      // The count, then the bundles newest first until every match is found: the one is in the recent bundle.
      expect(pagefind.searches.slice(-2)).toEqual([
        ['kimchi', { filters: { section: 'koreas' } }],
        ['kimchi', { filters: { section: 'koreas', bundle: 'recent' }, sort: { published: 'desc' } }],
      ]);
    });
  });

  it('sorts newest first across the bundles it merges, which Pagefind itself orders by relevance', async () => {
    recentPages = [
      fakePage({
        url: '/news/typhoon-2025',
        title: 'Typhoon of last year',
        published: '2025-06-01T09:00:00.000Z',
        text: 'Typhoon typhoon typhoon.',
        bundle: '2025-q2',
      }),
      fakePage({
        url: '/news/typhoon-now',
        title: 'Typhoon today',
        published: '2026-11-20T09:00:00.000Z',
        text: 'Typhoon.',
      }),
      fakePage({
        url: '/news/typhoon-month',
        title: 'Typhoon earlier this month',
        published: '2026-11-02T09:00:00.000Z',
        text: 'Typhoon typhoon.',
        bundle: 'month',
      }),
    ];
    renderSearch('/search?q=typhoon&sort=newest');

    await waitFor(async () => {
      expect((await results()).map((result) => within(result).getByRole('link').textContent)).toEqual([
        'Typhoon today',
        'Typhoon earlier this month',
        'Typhoon of last year',
      ]);
    });
  });

  it('asks the bundles newest first only as far as the page of results needs, and the rest for More results', async () => {
    const user = userEvent.setup();
    const story = (index: number, bundle: string, published: string) =>
      fakePage({
        url: `/news/flood-${String(index)}`,
        title: `Flood ${String(index)}`,
        text: 'Flood.',
        bundle,
        published,
      });
    recentPages = [
      ...Array.from({ length: 12 }, (_, index) =>
        story(index, 'recent', `2026-11-20T${String(20 - index).padStart(2, '0')}:00:00.000Z`),
      ),
      story(12, '2025-q1', '2025-02-01T09:00:00.000Z'),
      story(13, '2025-q1', '2025-01-01T09:00:00.000Z'),
    ];
    renderSearch('/search?q=flood&sort=newest');

    expect(await results()).toHaveLength(10);
    const bundlesAsked = () =>
      pagefind.searches.flatMap(
        ([term, options]) => (term === 'flood' ? options?.filters?.bundle : undefined) ?? [],
      );
    expect(bundlesAsked()).toEqual(['recent']);

    await user.click(screen.getByRole('button', { name: 'More results' }));

    await waitFor(() => {
      expect(screen.getAllByRole('article')).toHaveLength(14);
    });
    expect(bundlesAsked()).toEqual(['recent', 'month', '2025-q2', '2025-q1']);
    expect((await results()).map((result) => within(result).getByRole('link').textContent)).toEqual(
      Array.from({ length: 14 }, (_, index) => `Flood ${String(index)}`),
    );
    expect(screen.queryByRole('button', { name: 'More results' })).not.toBeInTheDocument();
  });

  it('reads the count of a completed search out once, in its status region', async () => {
    renderSearch('/search?q=rice');

    await results();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('1 result for “rice”');
    });
  });

  it('offers to search all sections when a section has no results', async () => {
    const user = userEvent.setup();
    renderSearch('/search?q=rice&section=science');

    expect(await screen.findByText(/No articles match/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search all sections' }));

    expect(address()).toHaveTextContent('/search?q=rice');
    expect(await screen.findByRole('link', { name: 'Rice harvest' })).toBeInTheDocument();
  });

  it('merges the archive only when asked, and then finds what the recent index lacks', async () => {
    const user = userEvent.setup();
    archivePages = [fakePage({ url: '/news/hangul-history', title: 'Hangul at 580', text: 'An alphabet.' })];
    renderSearch('/search?q=alphabet');

    expect(await screen.findByText(/No articles match/)).toBeInTheDocument();
    expect(pagefind.merged).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Search the whole archive' }));

    expect(address()).toHaveTextContent('/search?q=alphabet&scope=all');
    expect(await screen.findByRole('link', { name: 'Hangul at 580' })).toBeInTheDocument();
    expect(pagefind.merged).toEqual([
      '/pagefind/month/',
      '/pagefind/archive-2025-q2/',
      '/pagefind/archive-2025-q1/',
      '/pagefind/archive-2024-q4/',
    ]);
  });

  it('merges the month bundle and the archive bundles of the last twelve months’ quarters into every search, and says since when', async () => {
    renderSearch('/search?q=kimchi');

    expect(await screen.findByText(/These are the articles since 1 Jan 2025\./)).toBeInTheDocument();
    expect(pagefind.mergedWithRecent).toEqual([
      '/pagefind/month/',
      '/pagefind/archive-2025-q2/',
      '/pagefind/archive-2025-q1/',
    ]);
  });

  it('shows ten results, then ten more on request, moving focus to the first new one', async () => {
    const user = userEvent.setup();
    recentPages = Array.from({ length: 23 }, (_, index) =>
      fakePage({
        url: `/news/story-${String(index)}`,
        title: `Story ${String(index)}`,
        text: 'Typhoon news.',
      }),
    );
    renderSearch('/search?q=typhoon');

    expect(await results()).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'More results' }));

    await waitFor(() => {
      expect(screen.getAllByRole('article')).toHaveLength(20);
    });
    expect(screen.getByRole('link', { name: 'Story 10' })).toHaveFocus();
  });
});
