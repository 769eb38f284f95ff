import { describe, expect, it } from 'vitest';
import { savedArticle } from '@/testing/readerStateFixtures';
import { EXPORT_FORMAT, parseJsonExport, toJsonExport, toNetscapeBookmarks } from './exportFormats';

const SITE_URL = 'https://news.example';
const exportFile = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: 2, exportedAt: '2026-11-28T09:00:00.000Z', ...fields });

/** The bookmark links as a browser would read them. */
function bookmarkLinks(html: string) {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('dt > a')].map((link) => ({
    href: link.getAttribute('href'),
    addDate: link.getAttribute('add_date'),
    title: link.textContent,
  }));
}

describe('toJsonExport', () => {
  it('writes a file that parseJsonExport reads back unchanged', () => {
    const articles = [
      savedArticle('jikji-movable-type', {
        image: { src: 'images/jikji.jpg', alt: 'A page of the Jikji', width: 1200, height: 800 },
      }),
      savedArticle('moon-jar', { sectionTitle: undefined, publishedAt: undefined }),
    ];

    const report = parseJsonExport(toJsonExport(articles, new Date('2026-11-28T09:00:00Z')));

    expect(report).toEqual({ valid: articles, rejected: [] });
  });
});

describe('toNetscapeBookmarks', () => {
  it('starts with the Netscape bookmark file doctype', () => {
    const html = toNetscapeBookmarks([savedArticle('x')], SITE_URL, 'Broadsheet saved articles');

    expect(html.startsWith('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n')).toBe(true);
  });

  it('has one link per article, to its absolute URL, added at its save time in unix seconds', () => {
    const articles = [
      savedArticle('jikji-movable-type', {
        path: '/news/koreas/jikji-movable-type',
        savedAt: 1_795_856_400_999,
      }),
      savedArticle('moon-jar', { path: '/culture/moon-jar', savedAt: 1_795_000_000_000 }),
    ];

    const html = toNetscapeBookmarks(articles, SITE_URL, 'Broadsheet saved articles');

    expect(html.match(/<DT><A /g)).toHaveLength(2);
    expect(bookmarkLinks(html)).toEqual([
      {
        href: 'https://news.example/news/koreas/jikji-movable-type',
        addDate: '1795856400',
        title: 'Headline of jikji-movable-type',
      },
      { href: 'https://news.example/culture/moon-jar', addDate: '1795000000', title: 'Headline of moon-jar' },
    ]);
  });

  it('escapes &, < and " so a title reads back exactly as written', () => {
    const headline = 'Fish & chips: <b>"the best"</b> in town';

    const html = toNetscapeBookmarks([savedArticle('x', { headline })], SITE_URL, 'Saved');

    expect(html).not.toContain('<b>');
    expect(bookmarkLinks(html)).toMatchObject([{ title: headline }]);
  });

  it('escapes & and " in URLs so the link reads back whole', () => {
    const html = toNetscapeBookmarks(
      [savedArticle('x', { path: '/search?q=fish&a="chips"' })],
      SITE_URL,
      'Saved',
    );

    expect(html).toContain('HREF="https://news.example/search?q=fish&#38;a=%22chips%22"');
    expect(bookmarkLinks(html)).toMatchObject([{ href: 'https://news.example/search?q=fish&a=%22chips%22' }]);
  });

  it('escapes the folder name', () => {
    const html = toNetscapeBookmarks([], SITE_URL, 'Tom & Jerry’s <saved>');

    expect(html).toContain('<DT><H3>Tom &#38; Jerry’s &#60;saved&#62;</H3>');
  });
});

describe('parseJsonExport', () => {
  it.each([
    {
      file: 'a file that is not JSON',
      text: 'Saved articles:\n- Jikji',
      error: 'The file is not valid JSON.',
    },
    {
      file: 'JSON of another shape',
      text: JSON.stringify(['/news/koreas/jikji-movable-type']),
      error: 'The file is not a Broadsheet saved-articles export.',
    },
    {
      file: 'an export of another format',
      text: exportFile({ format: 'pocket-export', articles: [] }),
      error: 'The file is not a Broadsheet saved-articles export.',
    },
    {
      file: 'an export from a newer version',
      text: exportFile({ version: 3, articles: [savedArticle('x')] }),
      error: 'The file was made by a newer version of Broadsheet.',
    },
  ])('imports nothing from $file and says why', ({ text, error }) => {
    expect(parseJsonExport(text)).toEqual({ valid: [], rejected: [], error });
  });

  it('keeps the valid entries of a mixed file and reports each rejected one with its index and field', () => {
    const valid = [savedArticle('jikji-movable-type'), savedArticle('moon-jar')];
    const text = exportFile({
      articles: [
        valid[0],
        { ...savedArticle('no-headline'), headline: '' },
        'not an article',
        valid[1],
        { ...savedArticle('x'), image: { src: 'a.jpg', alt: '', width: '1200', height: 800 } },
        { ...savedArticle('x'), id: 'Not A Slug' },
        { ...savedArticle('x'), savedAt: undefined },
      ],
    });

    const report = parseJsonExport(text);

    expect(report).toEqual({
      valid,
      rejected: [
        { index: 1, reason: 'headline: Invalid length: Expected !0 but received 0' },
        { index: 2, reason: 'entry: Invalid type: Expected Object but received "not an article"' },
        { index: 4, reason: 'image.width: Invalid type: Expected number but received "1200"' },
        { index: 5, reason: 'id: expected lower-case words joined by "-"' },
        { index: 6, reason: 'savedAt: Invalid key: Expected "savedAt" but received undefined' },
      ],
    });
  });
});
