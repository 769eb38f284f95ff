import { screen, within } from '@testing-library/react';
import { articleSource, section, siteSource } from '../testing/contentFixtures';
import { preloadPages, renderRoute } from '../testing/renderRoute';

const site = siteSource([section('news'), section('koreas', 'news')]);

function summary(id: string, sectionId = 'koreas') {
  const { headline, publishedAt } = articleSource({ id });
  return { id, section: sectionId, headline: `${headline} ${id}`, publishedAt };
}

describe('SectionRoute', () => {
  // The route table loads this page's code lazily.
  beforeAll(async () => {
    await preloadPages(['src/routes/SectionRoute.tsx']);
  });

  it('explains an empty section instead of showing a blank list', async () => {
    renderRoute('/news/koreas', {
      site,
      sectionPages: [{ section: 'koreas', page: 1, totalPages: 1, totalArticles: 0, items: [] }],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Title of koreas' })).toBeInTheDocument();
    expect(screen.getByText(/Nothing has been published in Title of koreas yet/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('says why an archive page whose stories were all withdrawn is empty, and keeps its page links', async () => {
    renderRoute('/news/koreas/page/2', {
      site,
      sectionPages: [{ section: 'koreas', page: 2, newerPage: 1, items: [] }],
    });

    expect(await screen.findByText(/stories that were on this page have been withdrawn/)).toBeInTheDocument();
    expect(screen.queryByText(/Nothing has been published/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/koreas');
  });

  it('lists the page’s articles as links to their section paths, with a breadcrumb and page links', async () => {
    // The middle of three archive pages, counted from the oldest: page 3's newer page is 4.
    renderRoute('/news/koreas/page/3', {
      site,
      sectionPages: [
        {
          section: 'koreas',
          page: 3,
          newerPage: 4,
          items: [summary('first'), summary('second')],
        },
      ],
    });

    const list = await screen.findByRole('list', { name: 'Title of koreas articles' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/news/koreas/first',
      '/news/koreas/second',
    ]);
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: 'Title of news' })).toHaveAttribute('href', '/news');
    expect(screen.getByRole('link', { name: '← Newer' })).toHaveAttribute('href', '/news/koreas/page/4');
    expect(screen.getByRole('link', { name: 'Older →' })).toHaveAttribute('href', '/news/koreas/page/2');
    expect(document.title).toBe('Title of koreas, page 3 | Broadsheet');
  });

  it('opens the first page with its newest story as the lead, the rest in a grid', async () => {
    renderRoute('/news/koreas', {
      site,
      sectionPages: [
        {
          section: 'koreas',
          page: 1,
          totalPages: 2,
          totalArticles: 24,
          items: [summary('newest'), summary('second'), summary('third')],
        },
      ],
    });

    const lead = await screen.findByRole('heading', { level: 2, name: /newest$/ });
    const grid = screen.getByRole('list', { name: 'Title of koreas articles' });
    expect(grid).not.toContainElement(lead);
    expect(lead.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(grid)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual([expect.stringMatching(/second$/), expect.stringMatching(/third$/)]);
  });

  it('shows later pages as the grid alone', async () => {
    renderRoute('/news/koreas/page/2', {
      site,
      sectionPages: [
        {
          section: 'koreas',
          page: 2,
          totalPages: 2,
          totalArticles: 22,
          items: [summary('older'), summary('oldest')],
        },
      ],
    });

    const grid = await screen.findByRole('list', { name: 'Title of koreas articles' });
    expect(within(grid).getAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('names a later page in its heading as "Koreas, page 2", the words apart', async () => {
    renderRoute('/news/koreas/page/2', {
      site,
      sectionPages: [{ section: 'koreas', page: 2, totalPages: 2, totalArticles: 21, items: [summary('a')] }],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveAccessibleName('Title of koreas, page 2');
  });

  it('shows the first page at /page/1, from the section’s own address', async () => {
    renderRoute('/news/koreas/page/1', {
      site,
      sectionPages: [{ section: 'koreas', page: 1, totalPages: 2, totalArticles: 21, items: [summary('a')] }],
    });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveAccessibleName('Title of koreas');
  });

  it('shows the not-found page for a page number that is not a whole number', async () => {
    renderRoute('/news/koreas?page=1.5', { site });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('offers the section’s own share card on every one of its pages', async () => {
    renderRoute('/news/koreas/page/2', {
      site,
      sectionPages: [{ section: 'koreas', page: 2, totalPages: 2, totalArticles: 21, items: [summary('a')] }],
    });

    await screen.findByRole('heading', { level: 1, name: /Title of koreas/ });
    const meta = (key: string) =>
      // eslint-disable-next-line testing-library/no-node-access -- head tags have no role or text to query by
      document.head.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
    expect(meta('og:image')).toBe('https://news.example/share-cards/news/koreas/card.jpg');
    expect(meta('og:image:alt')).toBe('Broadsheet: Title of koreas');
    expect(meta('og:description')).toBe('The latest from Title of koreas at Broadsheet.');
  });
});
