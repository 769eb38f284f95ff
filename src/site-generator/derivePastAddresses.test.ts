// @vitest-environment node
import { section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { MOVED_ARTICLES_MAP, derivePastAddresses } from './derivePastAddresses';
import { siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';

const sections = [section('news'), section('asia', 'news'), section('europe', 'news')];
const moving = validatedArticle({ id: 'river-story', section: 'europe' });
const staying = validatedArticle({ id: 'harbour-story', section: 'asia' });

function derive(
  pastAddresses: Parameters<typeof siteShape>[3],
  siteUrl = 'https://news.example/',
  articles = [moving, staying],
) {
  const shape = siteShape({ ...siteSource(sections), url: siteUrl }, articles, [], pastAddresses);
  return derivePastAddresses(shape, new Set(siteRoutes(shape).map((route) => route.url)));
}

/** The map's entries, old address to new, as nginx reads them. */
function redirects(files: ReadonlyMap<string, string>): string[][] {
  return (files.get(MOVED_ARTICLES_MAP) ?? '')
    .split('\n')
    .filter((line) => /^ {4}\//.test(line))
    .map((line) => line.trim().replace(/;$/, '').split(' '));
}

describe('derivePastAddresses', () => {
  it('leaves a withdrawn marker at a withdrawn article’s old address, with when it was withdrawn', () => {
    const files = derive({
      withdrawn: [{ path: '/news/asia/gone-story', withdrawnAt: '2026-12-01T09:00:00Z' }],
      moved: [],
    });
    expect(files.get('/news/asia/gone-story/withdrawn.txt')).toBe('Withdrawn at 2026-12-01T09:00:00Z.\n');
    expect(redirects(files)).toEqual([]);
  });

  it('redirects a moved article’s old address, with and without its slash, to where the article is now', () => {
    // It moved twice: both old addresses lead straight to the last.
    const files = derive({
      withdrawn: [],
      moved: [
        { path: '/news/asia/river-story', article: 'river-story' },
        { path: '/news/river-story', article: 'river-story' },
      ],
    });
    expect(redirects(files)).toEqual([
      ['/news/asia/river-story', '/news/europe/river-story'],
      ['/news/asia/river-story/', '/news/europe/river-story'],
      ['/news/river-story', '/news/europe/river-story'],
      ['/news/river-story/', '/news/europe/river-story'],
    ]);
  });

  it('gives the map’s addresses below the base path, as the server sees them', () => {
    const files = derive(
      { withdrawn: [], moved: [{ path: '/news/asia/river-story', article: 'river-story' }] },
      'https://example.org/broadsheet/',
    );
    expect(redirects(files)[0]).toEqual([
      '/broadsheet/news/asia/river-story',
      '/broadsheet/news/europe/river-story',
    ]);
  });

  it('marks a moved article that is gone since as withdrawn at its old address', () => {
    const files = derive(
      { withdrawn: [], moved: [{ path: '/news/asia/river-story', article: 'river-story' }] },
      undefined,
      [staying],
    );
    expect(files.has('/news/asia/river-story/withdrawn.txt')).toBe(true);
    expect(redirects(files)).toEqual([]);
  });

  it('leaves an address that has a page again to that page', () => {
    const files = derive({
      withdrawn: [{ path: '/news/asia/harbour-story', withdrawnAt: '2026-12-01T09:00:00Z' }],
      moved: [{ path: '/news/europe/river-story', article: 'harbour-story' }],
    });
    expect([...files.keys()].filter((file) => file.endsWith('withdrawn.txt'))).toEqual([]);
    expect(redirects(files)).toEqual([]);
  });

  it('sizes the map’s hash buckets for its longest address, which nginx refuses to start without', () => {
    const longId = `a-${'very-long-'.repeat(9)}story`;
    const files = derive(
      { withdrawn: [], moved: [{ path: `/news/asia/${longId}`, article: longId }] },
      undefined,
      [validatedArticle({ id: longId, section: 'europe' })],
    );
    const bucketSize = Number(/map_hash_bucket_size (\d+);/.exec(files.get(MOVED_ARTICLES_MAP) ?? '')?.[1]);
    expect(bucketSize).toBeGreaterThanOrEqual(`/news/asia/${longId}/`.length + 32);
  });
});
