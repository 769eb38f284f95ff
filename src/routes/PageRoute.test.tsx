import { screen, within } from '@testing-library/react';
import { section, siteSource, validatedPage } from '../testing/contentFixtures';
import { preloadPages, renderRoute } from '../testing/renderRoute';

const site = { ...siteSource([section('news')]), mirrors: ['https://mirror.example'] };
const about = validatedPage({
  id: 'about',
  title: 'About us',
  body: [
    { type: 'heading', text: 'Who we are' },
    { type: 'paragraph', text: 'A small newsroom that checks *everything*.' },
  ],
});
const privacy = validatedPage({
  id: 'privacy',
  title: 'Privacy',
  description: 'What we keep: nothing.',
  updatedAt: '2026-11-30T09:00:00+00:00',
});

/** A tag React hoisted into the head, where Testing Library's queries do not reach. */
function headTag(selector: string) {
  return document.head.querySelector(selector);
}
const meta = (name: string) => headTag(`meta[name="${name}"]`)?.getAttribute('content');

describe('PageRoute', () => {
  // The route table loads this page's code lazily.
  beforeAll(async () => {
    await preloadPages(['src/routes/PageRoute.tsx', 'src/routes/NotFoundRoute.tsx']);
  });

  it('shows the page’s title and body at its address, with no byline, share bar or save', async () => {
    renderRoute('/about', { site, pages: [about, privacy] });

    expect(await screen.findByRole('heading', { level: 1, name: 'About us' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 2, name: 'Who we are' })).toBeInTheDocument();
    expect(within(main).getByText('everything').tagName).toBe('EM');
    expect(within(main).queryByText(/Published|Updated/)).not.toBeInTheDocument();
    expect(within(main).queryByRole('region', { name: /Share/ })).not.toBeInTheDocument();
    expect(within(main).queryByRole('button')).not.toBeInTheDocument();
  });

  it('names the page in the title, describes it by its first paragraph and gives its canonical address', async () => {
    renderRoute('/about', { site, pages: [about] });

    await screen.findByRole('heading', { level: 1, name: 'About us' });
    expect(document.title).toBe('About us | Broadsheet');
    expect(meta('description')).toBe('A small newsroom that checks everything.');
    expect(headTag('link[rel="canonical"]')).toHaveAttribute('href', 'https://news.example/about');
  });

  it('uses the page’s own description and shows when it was updated', async () => {
    renderRoute('/privacy', { site, pages: [about, privacy] });

    await screen.findByRole('heading', { level: 1, name: 'Privacy' });
    expect(meta('description')).toBe('What we keep: nothing.');
    const updated = within(screen.getByRole('main')).getByText(/^Updated/);
    expect(within(updated).getByRole('time')).toHaveAttribute('datetime', '2026-11-30T09:00:00+00:00');
  });

  it('is reached from the footer, whose mirror links follow it there', async () => {
    renderRoute('/privacy', { site, pages: [about, privacy] });

    const footer = await screen.findByRole('contentinfo');
    const pages = within(footer).getByRole('navigation', { name: 'About this site' });
    expect(within(pages).getByRole('link', { name: 'About us' })).toHaveAttribute('href', '/about');
    const mirrors = within(footer).getByRole('navigation', { name: 'Other addresses' });
    expect(within(mirrors).getByRole('link')).toHaveAttribute('href', 'https://mirror.example/privacy');
  });

  it('shows the not-found page, without a request, for an address that is no page of the site', async () => {
    renderRoute('/abut', { site, pages: [about] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
