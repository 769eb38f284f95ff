import { routeFor, type RequestFacts } from './workerRoutes';

const precached = new Set([
  'https://news.example/assets/index-abc123.js',
  'https://news.example/favicon.svg',
]);
const isPrecached = (url: string) => precached.has(url);

function request(url: string, facts: Partial<Omit<RequestFacts, 'url'>> = {}): RequestFacts {
  return { url, method: 'GET', mode: 'cors', destination: '', ...facts };
}
const page = (url: string) => request(url, { mode: 'navigate', destination: 'document' });

describe('routeFor, at the root', () => {
  const scope = 'https://news.example/';

  it.each([
    ['an article', 'https://news.example/news/koreas/summit'],
    ['the front page', 'https://news.example/'],
    ['an address with a query', 'https://news.example/news?page=2'],
    ['an unknown address', 'https://news.example/no/such/page'],
  ])('loads %s network first, then from the caches, then the offline page', (_name, url) => {
    expect(routeFor(page(url), scope, isPrecached)).toBe('page');
  });

  it.each([
    ['an article’s JSON', request('https://news.example/content/articles/summit.json')],
    ['a listing’s JSON', request('https://news.example/content/sections/news/page-1.json')],
    [
      'a hero image variant',
      request('https://news.example/content/images/summit-w640.webp', { destination: 'image' }),
    ],
  ])('answers %s from the network, then from what a saved article stored', (_name, facts) => {
    expect(routeFor(facts, scope, isPrecached)).toBe('stored');
  });

  it('keeps site.json in its own cache, network first', () => {
    expect(routeFor(request('https://news.example/content/site.json'), scope, isPrecached)).toBe('shell');
  });

  it('answers hashed assets and icons from the precache', () => {
    expect(routeFor(request('https://news.example/assets/index-abc123.js'), scope, isPrecached)).toBe(
      'precached',
    );
    expect(
      routeFor(request('https://news.example/favicon.svg', { destination: 'image' }), scope, isPrecached),
    ).toBe('precached');
  });

  it('answers an icon of a precached sprite, named by its fragment, from the precache', () => {
    const sprite = new Set(['https://news.example/icons.svg']);
    expect(
      routeFor(request('https://news.example/icons.svg#search', { destination: 'image' }), scope, (url) =>
        sprite.has(url),
      ),
    ).toBe('precached');
  });

  it.each([
    ['the search index', request('https://news.example/pagefind/pagefind.js', { destination: 'script' })],
    ['a search fragment', request('https://news.example/pagefind/fragment/en_1.pf_fragment')],
    ['a feed', request('https://news.example/feeds/all.xml')],
    ['a feed opened as a page', page('https://news.example/feeds/news.xml')],
    ['the sitemap', page('https://news.example/sitemap.xml')],
    ['a sitemap part', request('https://news.example/sitemaps/sitemap-2.xml')],
    ['robots.txt', request('https://news.example/robots.txt')],
    ['an asset this version did not precache', request('https://news.example/assets/old-zzz.js')],
    ['a share card’s page', request('https://news.example/share-cards/news/x/card.json')],
    ['a POST', request('https://news.example/content/articles/summit.json', { method: 'POST' })],
    ['another origin', request('https://cdn.example/content/articles/summit.json')],
    ['another origin’s image', request('https://cdn.example/photo.jpg', { destination: 'image' })],
  ])('leaves %s to the network', (_name, facts) => {
    expect(routeFor(facts, scope, isPrecached)).toBe('network');
  });
});

describe('routeFor, under a base path', () => {
  const scope = 'https://news.example/broadsheet/';

  it('handles the site’s own addresses only', () => {
    expect(routeFor(page('https://news.example/broadsheet/news/summit'), scope, isPrecached)).toBe('page');
    expect(routeFor(request('https://news.example/broadsheet/content/site.json'), scope, isPrecached)).toBe(
      'shell',
    );
    expect(routeFor(page('https://news.example/other-site/page'), scope, isPrecached)).toBe('network');
    expect(routeFor(request('https://news.example/content/site.json'), scope, isPrecached)).toBe('network');
  });

  it('leaves the search index and feeds below the base path to the network', () => {
    expect(
      routeFor(request('https://news.example/broadsheet/pagefind/pagefind.js'), scope, isPrecached),
    ).toBe('network');
    expect(routeFor(page('https://news.example/broadsheet/feeds/all.xml'), scope, isPrecached)).toBe(
      'network',
    );
  });
});
