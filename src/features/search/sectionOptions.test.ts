import { toSite } from '@/features/content/site';
import { section, siteSource } from '@/testing/contentFixtures';
import { sectionOptions } from './sectionOptions';

const site = toSite({
  ...siteSource([section('news'), section('koreas', 'news'), section('science'), section('asia', 'news')]),
  pages: [],
});

describe('sectionOptions', () => {
  it('lists each child under its parent, indented', () => {
    expect(sectionOptions(site, undefined).map((option) => option.label)).toEqual([
      'Title of news',
      '\u00a0\u00a0\u00a0Title of koreas',
      '\u00a0\u00a0\u00a0Title of asia',
      'Title of science',
    ]);
  });

  it('adds the search’s count to every section, zero where it has none', () => {
    expect(sectionOptions(site, { news: 1200, koreas: 3 }).map((option) => option.label.trim())).toEqual([
      'Title of news (1,200)',
      'Title of koreas (3)',
      'Title of asia (0)',
      'Title of science (0)',
    ]);
  });
});
