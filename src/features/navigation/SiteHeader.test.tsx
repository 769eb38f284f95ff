import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { toSite } from '@/features/content/site';
import { section, siteSource } from '@/testing/contentFixtures';
import { SiteHeader } from './SiteHeader';

const site = toSite({
  ...siteSource([
    section('news'),
    section('koreas', 'news'),
    section('asia', 'news'),
    section('north', 'koreas'),
    section('science'),
  ]),
  pages: [],
});

/** The header on the page at `path`, which it describes as `pagePath` (the same, unless told). */
function renderHeader(path: string, pagePath: string | null = path, onSearchIntent?: () => void) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <SiteHeader site={site} pagePath={pagePath} onSearchIntent={onSearchIntent} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  const [topRow, ...otherRows] = within(nav).getAllByRole('list');
  if (!topRow) throw new Error('no top row');
  return { nav, topRow, otherRows };
}

/** Each link of a row as `title` or `title (aria-current)`. */
function rowItems(row: HTMLElement) {
  return within(row)
    .getAllByRole('link')
    .map((link) => {
      const current = link.getAttribute('aria-current');
      return current === null ? link.textContent : `${link.textContent} (${current})`;
    });
}

describe('SiteHeader', () => {
  it.each([
    ['the front page', '/'],
    ['the saved page', '/saved'],
    ['a page outside any section', '/nowhere/at-all'],
  ])('shows only the top-level sections, none current, on %s', (_, path) => {
    const { topRow, otherRows } = renderHeader(path);

    expect(rowItems(topRow)).toEqual(['Title of news', 'Title of science']);
    expect(otherRows).toEqual([]);
  });

  it.each([
    ['News itself', '/news', ['Title of news (page)'], ['Title of koreas', 'Title of asia']],
    ['page 2 of News', '/news/page/2', ['Title of news (true)'], ['Title of koreas', 'Title of asia']],
    ['Koreas', '/news/koreas', ['Title of news (true)'], ['Title of koreas (page)', 'Title of asia']],
    [
      'Koreas with a trailing slash',
      '/news/koreas/',
      ['Title of news (true)'],
      ['Title of koreas (page)', 'Title of asia'],
    ],
    [
      'an article in Koreas',
      '/news/koreas/jikji',
      ['Title of news (true)'],
      ['Title of koreas (true)', 'Title of asia'],
    ],
    ['an article in News', '/news/harbour', ['Title of news (true)'], ['Title of koreas', 'Title of asia']],
    [
      'a grandchild of News',
      '/news/koreas/north',
      ['Title of news (true)'],
      ['Title of koreas (true)', 'Title of asia'],
    ],
  ])('on %s, marks News on the top row and lists its children on a second row', (_, path, top, children) => {
    const { nav, topRow, otherRows } = renderHeader(path);

    expect(rowItems(topRow).filter((item) => item.includes('('))).toEqual(top);
    expect(otherRows).toHaveLength(1);
    expect(rowItems(within(nav).getByRole('list', { name: 'Title of news sections' }))).toEqual(children);
  });

  it('puts aria-current="page" on the link to the page the reader is on and nowhere else', () => {
    const { nav } = renderHeader('/news/koreas');

    const pageLinks = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page');
    expect(pageLinks.map((link) => link.getAttribute('href'))).toEqual(['/news/koreas']);
  });

  it('marks no section on the not-found page, whatever address it answers', () => {
    const { nav, otherRows } = renderHeader('/news/koreas/gone', null);

    expect(
      within(nav)
        .getAllByRole('link')
        .filter((link) => link.hasAttribute('aria-current')),
    ).toEqual([]);
    expect(otherRows).toEqual([]);
  });

  it('shows no second row in a top-level section without children', () => {
    const { topRow, otherRows } = renderHeader('/science/comets');

    expect(rowItems(topRow)).toEqual(['Title of news', 'Title of science (true)']);
    expect(otherRows).toEqual([]);
  });

  it('links every section to its path', () => {
    const { nav } = renderHeader('/news/koreas');

    expect(within(nav).getByRole('link', { name: 'Title of asia' })).toHaveAttribute('href', '/news/asia');
    expect(within(nav).getByRole('link', { name: 'Title of science' })).toHaveAttribute('href', '/science');
  });

  it('links to the search page from every page, and warms the search when the link gets focus', () => {
    const onSearchIntent = vi.fn();
    renderHeader('/news/koreas/jikji', '/news/koreas/jikji', onSearchIntent);

    const search = screen.getByRole('link', { name: 'Search' });
    expect(search).toHaveAttribute('href', '/search');
    search.focus();
    expect(onSearchIntent).toHaveBeenCalledTimes(1);
  });
});
