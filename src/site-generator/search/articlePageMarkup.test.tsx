/* eslint-disable testing-library/no-node-access -- Pagefind reads attributes and elements, not roles: so does this test */
// The article page (src/routes/ArticleRoute.tsx) as the search index reads it: its Pagefind markup, then what Pagefind makes of it.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../app/AppRoutes';
import { contentKeys } from '../../features/content/contentQueries';
import type { Article } from '../../features/content/contract/schema';
import { toSite } from '../../features/content/site';
import { blocks, section, siteSource, validatedArticle } from '../../testing/contentFixtures';
import { preloadRegions } from '../../testing/renderRoute';
import { searchablePage } from './searchablePage';

const site = siteSource([section('news'), section('koreas', 'news')]);
const article: Article = {
  ...validatedArticle({ id: 'jikji', section: 'koreas', headline: 'The book that beat Gutenberg' }),
  publishedAt: '2026-10-31T16:00:00+09:00',
  tags: ['printing'],
  body: [
    blocks.paragraph('Printed with movable metal type in 1377.'),
    blocks.pullquote('The oldest book of its kind.', 'A librarian'),
  ],
};
const neighbour = {
  id: 'hangul',
  section: 'koreas',
  headline: 'The alphabet',
  publishedAt: article.publishedAt,
  image: { src: 'images/hangul.jpg', alt: 'A page of letters', width: 1200, height: 800 },
};

/** The article page as the app renders it, from a seeded cache. */
async function renderArticle() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(contentKeys.site(), toSite({ ...site, pages: [] }));
  queryClient.setQueryData(contentKeys.article(article.id), { article, droppedBlocks: [] });
  queryClient.setQueryData(contentKeys.articleLinks(article.id), {
    readingMinutes: 1,
    topics: [],
    related: [],
    moreFromSection: [neighbour],
  });
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/news/koreas/jikji']}>
        <Suspense fallback="loading">
          <AppRoutes />
        </Suspense>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: article.headline });
  // The page as prerendered: its foot, "More from" included, is in the HTML the index reads.
  await screen.findByRole('complementary', { name: /More from/ });
}

/** What Pagefind keeps of a page: its fragment (gzip, a signature, then JSON). */
type Fragment = { content: string; filters: Record<string, string[]>; meta: Record<string, string> };

async function indexed(html: string): Promise<Fragment> {
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind did not start');
  try {
    const added = await index.addHTMLFile({ url: '/news/koreas/jikji', content: html });
    expect(added.errors).toEqual([]);
    const { files } = await index.getFiles();
    const fragment = files.find((file) => file.path.startsWith('fragment/'));
    if (!fragment) throw new Error('Pagefind wrote no fragment');
    const text = gunzipSync(fragment.content).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  } finally {
    await pagefind.close();
  }
}

beforeAll(preloadRegions);

describe('the article page, as the search index reads it', () => {
  it('marks its body, its section trail, its UTC publication time and its chrome for Pagefind', async () => {
    await renderArticle();

    const body = document.querySelector<HTMLElement>('[data-pagefind-body]');
    if (!body) throw new Error('no element is marked as the search body');
    expect(body.tagName).toBe('ARTICLE');
    const sort = body.querySelector('[data-pagefind-sort]');
    expect(sort?.getAttribute('value')).toBe('2026-10-31T07:00:00.000Z');
    expect(sort?.getAttribute('data-pagefind-sort')).toBe('published[value]');
    expect(sort?.getAttribute('data-pagefind-meta')).toBe('published[value], section:koreas');
    const filters = [...document.querySelectorAll('[data-pagefind-filter="section[value]"]')];
    expect(filters.map((element) => element.getAttribute('value'))).toEqual(['news', 'koreas']);
    const ignored = [...document.querySelectorAll('[data-pagefind-ignore]')];
    const isIgnored = (element: Element) => ignored.some((ignore) => ignore.contains(element));
    const inArticle = within(body);
    const shareBars = inArticle.getAllByRole('region', { name: /^Share this article/ });
    expect(shareBars).toHaveLength(2);
    for (const share of shareBars) expect(isIgnored(share)).toBe(true);
    expect(isIgnored(inArticle.getByRole('button', { name: /Save/ }))).toBe(true);
    expect(isIgnored(inArticle.getByRole('link', { name: 'Copy link to paragraph 1' }))).toBe(true);
    expect(isIgnored(inArticle.getByRole('button', { name: /Share quote/ }))).toBe(true);
  });

  it('indexes as the text of the article with its headline, section and date, and none of the chrome', async () => {
    await renderArticle();
    const html = `<html lang="en-GB"><head><title>x</title></head><body>${document.body.innerHTML}</body></html>`;

    const fragment = await indexed(searchablePage(html, 'news/koreas/jikji/index.html', 'recent'));

    expect(fragment.meta).toMatchObject({
      title: 'The book that beat Gutenberg',
      section: 'koreas',
      published: '2026-10-31T07:00:00.000Z',
    });
    expect(fragment.filters).toEqual({ section: ['news', 'koreas'], bundle: ['recent'] });
    expect(fragment.content).toContain('Printed with movable metal type in 1377.');
    expect(fragment.content).toContain('The oldest book of its kind.');
    // Not the picture of a story under "More from".
    expect(fragment.meta.image).toBeUndefined();
    for (const chrome of ['Copy link', 'Share', 'Save', 'Title of news', 'More from', 'The alphabet', '¶']) {
      expect(fragment.content).not.toContain(chrome);
    }
  });
});
