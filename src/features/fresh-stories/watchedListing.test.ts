import { describe, expect, it } from 'vitest';
import { contentKeys } from '@/features/content/contentQueries';
import { toSite } from '@/features/content/site';
import { topicPageQuery } from '@/features/content/topicQueries';
import { section, siteSource } from '@/testing/contentFixtures';
import { watchedListingAt } from './watchedListing';

const site = toSite({ ...siteSource([section('news'), section('koreas', 'news')]), pages: [] });

describe('watchedListingAt', () => {
  it.each([
    ['/', '', { kind: 'front', queryKey: contentKeys.front(), path: 'front.json' }],
    [
      '/news',
      '',
      { kind: 'section', queryKey: contentKeys.sectionPage('news', 1), path: 'sections/news/page-1.json' },
    ],
    [
      '/news/koreas/',
      '',
      {
        kind: 'section',
        queryKey: contentKeys.sectionPage('koreas', 1),
        path: 'sections/koreas/page-1.json',
      },
    ],
    [
      '/topics/dmz',
      '',
      { kind: 'topic', queryKey: topicPageQuery('dmz', 1).queryKey, path: 'topics/dmz/page-1.json' },
    ],
  ])('watches the first page of the listing at %s', (pathname, search, expected) => {
    expect(watchedListingAt(site, pathname, search)).toMatchObject(expected);
  });

  it.each([
    ['an article', '/news/koreas/some-story', ''],
    ['a later page', '/news/page/2', ''],
    ['a later page by its query', '/news', '?page=2'],
    ["a topic's later page", '/topics/dmz/page/2', ''],
    ['the saved articles', '/saved', ''],
    ['the search page', '/search', '?q=dmz'],
  ])('watches nothing on %s', (_name, pathname, search) => {
    expect(watchedListingAt(site, pathname, search)).toBeNull();
  });
});
