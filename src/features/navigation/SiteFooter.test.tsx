import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { PageLink } from '@/features/content/contract/schema';
import { toSite } from '@/features/content/site';
import { section, siteSource } from '@/testing/contentFixtures';
import { SiteFooter } from './SiteFooter';

const sections = [section('news'), section('koreas', 'news'), section('asia', 'news'), section('science')];
const pages: PageLink[] = [
  { id: 'about', title: 'About us' },
  { id: 'privacy', title: 'Privacy' },
];

function renderFooter({ mirrors = ['https://mirror.example/news-site'], sitePath = '/news/koreas/x' } = {}) {
  const site = toSite({ ...siteSource(sections), mirrors, pages });
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[sitePath]}>
        <SiteFooter site={site} sitePath={sitePath} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const hrefsIn = (landmark: HTMLElement) =>
  within(landmark)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

describe('SiteFooter', () => {
  it('is the page’s content information, with the site’s name and description', () => {
    renderFooter();

    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('Broadsheet')).toBeInTheDocument();
    expect(within(footer).getByText('News, slowly.')).toBeInTheDocument();
  });

  it('lists the top-level sections with their children nested below them', () => {
    renderFooter();

    const browse = screen.getByRole('navigation', { name: 'Browse' });
    expect(hrefsIn(browse)).toEqual([
      ['Title of news', '/news'],
      ['Title of koreas', '/news/koreas'],
      ['Title of asia', '/news/asia'],
      ['Title of science', '/science'],
    ]);
    const [, newsChildren] = within(browse).getAllByRole('list');
    expect(
      within(newsChildren ?? browse)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Title of koreas', 'Title of asia']);
  });

  it('lists the site’s own pages from the site document, in its order', () => {
    renderFooter();

    expect(hrefsIn(screen.getByRole('navigation', { name: 'About this site' }))).toEqual([
      ['About us', '/about'],
      ['Privacy', '/privacy'],
    ]);
  });

  it('marks the page the reader is on', () => {
    renderFooter({ sitePath: '/privacy' });

    const pagesNav = screen.getByRole('navigation', { name: 'About this site' });
    expect(within(pagesNav).getByRole('link', { name: 'Privacy' })).toHaveAttribute('aria-current', 'page');
    expect(within(pagesNav).getByRole('link', { name: 'About us' })).not.toHaveAttribute('aria-current');
  });

  it('links the site feed and each top-level section’s feed', () => {
    renderFooter();

    expect(hrefsIn(screen.getByRole('navigation', { name: 'Feeds' }))).toEqual([
      ['All articles feed', '/feeds/all.xml'],
      ['Title of news feed', '/feeds/news.xml'],
      ['Title of science feed', '/feeds/science.xml'],
    ]);
  });

  it.each([
    ['an article', '/news/koreas/x', 'https://mirror.example/news-site/news/koreas/x'],
    ['a page of the site’s own', '/about', 'https://mirror.example/news-site/about'],
    ['the saved articles, which a mirror cannot show', '/saved', 'https://mirror.example/news-site/'],
  ])('leads from %s to the same page on each mirror where it exists there', (_, sitePath, expected) => {
    renderFooter({ sitePath });

    const mirrors = screen.getByRole('navigation', { name: 'Other addresses' });
    expect(within(mirrors).getByRole('link', { name: 'mirror.example' })).toHaveAttribute('href', expected);
  });

  it('has no group of other addresses when the site has no mirrors', () => {
    renderFooter({ mirrors: [] });

    expect(screen.queryByRole('navigation', { name: 'Other addresses' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('navigation')).toHaveLength(3);
  });
});
