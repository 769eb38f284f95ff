import { describe, expect, it } from 'vitest';
import { toSite } from '@/features/content/site';
import { section, siteSource } from '@/testing/contentFixtures';
import { openedPageAt } from './openedPage';

const site = toSite({
  ...siteSource([section('news'), section('koreas', 'news')]),
  pages: [],
});

describe('openedPageAt', () => {
  it.each<[string, string]>([
    ['/news', 'section'],
    ['/news/koreas', 'section'],
    ['/news/koreas/', 'section'],
    ['/news/page/2', 'section'],
    ['/news/koreas/page/3', 'section'],
    ['/news/koreas/jikji-movable-type', 'article'],
    ['/news/a-story-in-news', 'article'],
    ['/', 'page'],
    ['/saved', 'page'],
    ['/about', 'page'],
    ['/elsewhere/deep/path', 'page'],
  ])('reads %s as a %s', (pathname, expected) => {
    expect(openedPageAt(site, pathname)).toBe(expected);
  });

  it('reads every address as a page when the site document is missing (site.json failed)', () => {
    expect(openedPageAt(undefined, '/news/koreas/jikji-movable-type')).toBe('page');
  });
});
