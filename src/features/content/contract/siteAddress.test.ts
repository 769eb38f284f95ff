import { absoluteUrl, siteBasePath } from './siteAddress';

describe('siteBasePath', () => {
  it.each([
    ['https://news.example', '/'],
    ['https://news.example/', '/'],
    ['https://example.github.io/broadsheet', '/broadsheet/'],
    ['https://example.github.io/broadsheet/', '/broadsheet/'],
    ['https://example.org/a/b/?q=1#x', '/a/b/'],
  ])('%s has the base %s', (url, base) => {
    expect(siteBasePath(url)).toBe(base);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://news.example', '/', 'https://news.example/'],
    ['https://news.example', '/news/koreas', 'https://news.example/news/koreas'],
    ['https://example.github.io/broadsheet', '/', 'https://example.github.io/broadsheet/'],
    [
      'https://example.github.io/broadsheet',
      '/news/koreas',
      'https://example.github.io/broadsheet/news/koreas',
    ],
    [
      'https://example.github.io/broadsheet/',
      '/feeds/all.xml',
      'https://example.github.io/broadsheet/feeds/all.xml',
    ],
    ['https://mirror.example/site/', '/saved', 'https://mirror.example/site/saved'],
  ])('%s + %s is %s', (url, path, expected) => {
    expect(absoluteUrl(url, path)).toBe(expected);
  });
});
