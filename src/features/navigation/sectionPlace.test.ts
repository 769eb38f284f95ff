import { fc, test } from '@fast-check/vitest';
import { buildSectionTree } from '@/features/content/contract/sectionTree';
import { section } from '@/testing/contentFixtures';
import { sectionAt, sectionPlace } from './sectionPlace';

const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

describe('sectionPlace', () => {
  it.each([
    ['/news/koreas', '/news/koreas', 'page'],
    ['/news/koreas/', '/news/koreas', 'page'],
    ['/news/koreas/page/2', '/news/koreas', 'inside'],
    ['/news/koreas/jikji', '/news', 'inside'],
    ['/news/koreas-north', '/news/koreas', undefined],
    ['/news', '/news/koreas', undefined],
    ['/', '/news', undefined],
    ['/news', '', undefined],
  ] as const)('places %s in the section at %s as %s', (pathname, sectionPath, place) => {
    expect(sectionPlace(pathname, sectionPath)).toBe(place);
  });

  test.prop([fc.array(slug, { minLength: 1, maxLength: 4 }), fc.array(slug, { minLength: 1, maxLength: 3 })])(
    'places every path below a section inside it, and no path that only shares its first letters',
    (sectionIds, below) => {
      const sectionPath = `/${sectionIds.join('/')}`;
      expect(sectionPlace(`${sectionPath}/${below.join('/')}`, sectionPath)).toBe('inside');
      expect(sectionPlace(`${sectionPath}${below.join('/')}`, sectionPath)).toBeUndefined();
    },
  );
});

describe('sectionAt', () => {
  const tree = buildSectionTree([section('news'), section('koreas', 'news'), section('science')]);
  const sections = Object.values(tree);

  it.each([
    ['/news/koreas/jikji', 'koreas'],
    ['/news/koreas', 'koreas'],
    ['/news/page/2', 'news'],
    ['/news/harbour', 'news'],
    ['/science', 'science'],
    ['/', undefined],
    ['/saved', undefined],
  ])('finds the deepest section of %s: %s', (pathname, id) => {
    expect(sectionAt(sections, pathname)?.id).toBe(id);
  });
});
