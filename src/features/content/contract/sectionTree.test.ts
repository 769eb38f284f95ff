import { describe, expect, it } from 'vitest';
import { section } from '../../../testing/contentFixtures';
import { buildSectionTree, findSectionCycle, sectionWithDescendants } from './sectionTree';

const news = section('news');
const world = section('world', 'news');
const koreas = section('koreas', 'world');
const sport = section('sport');
const nested = [news, world, koreas, sport];

describe('buildSectionTree', () => {
  it.each([
    ['news', '/news'],
    ['world', '/news/world'],
    ['koreas', '/news/world/koreas'],
    ['sport', '/sport'],
  ])('gives %s the path %s', (id, path) => {
    expect(buildSectionTree(nested)[id]?.path).toBe(path);
  });

  it('gives a section the trail from its top-level section down to itself', () => {
    const trail = buildSectionTree(nested).koreas?.trail;

    expect(trail?.map((step) => step.id)).toEqual(['news', 'world', 'koreas']);
  });

  it('lists only the direct children of a section', () => {
    const tree = buildSectionTree([...nested, section('europe', 'news')]);

    expect(tree.news?.children.map((child) => child.id)).toEqual(['world', 'europe']);
    expect(tree.koreas?.children).toEqual([]);
  });

  it('keeps the fields of the section itself', () => {
    expect(buildSectionTree(nested).world).toMatchObject({
      id: 'world',
      title: 'Title of world',
      parent: 'news',
    });
  });

  it('treats a section with an unknown parent as top-level', () => {
    expect(buildSectionTree([section('orphan', 'missing')]).orphan?.path).toBe('/orphan');
  });

  it('throws naming the section when the sections form a cycle', () => {
    const cyclic = [section('a', 'b'), section('b', 'a')];

    expect(() => buildSectionTree(cyclic)).toThrow('site.json: sections: "a" is its own ancestor');
  });
});

describe('findSectionCycle', () => {
  it('returns null for a tree without cycles', () => {
    expect(findSectionCycle(nested)).toBeNull();
  });

  it('returns the section that is its own parent', () => {
    expect(findSectionCycle([news, section('loop', 'loop')])).toBe('loop');
  });

  it('returns the first section that is its own ancestor through others', () => {
    const cyclic = [news, section('a', 'c'), section('b', 'a'), section('c', 'b')];

    expect(findSectionCycle(cyclic)).toBe('a');
  });

  it('finds a cycle above a section that is listed before the cycle', () => {
    const cyclic = [section('leaf', 'a'), section('a', 'b'), section('b', 'a')];

    // The leaf only leads into the loop; the report must name a section on it.
    expect(['a', 'b']).toContain(findSectionCycle(cyclic));
  });
});

describe('sectionWithDescendants', () => {
  const tree = buildSectionTree(nested);

  it('includes the section, its children and its grandchildren', () => {
    expect(sectionWithDescendants(tree, 'news')).toEqual(new Set(['news', 'world', 'koreas']));
  });

  it('includes only the section itself when it has no children', () => {
    expect(sectionWithDescendants(tree, 'sport')).toEqual(new Set(['sport']));
  });

  it('leaves out the ancestors of the section', () => {
    expect(sectionWithDescendants(tree, 'world')).toEqual(new Set(['world', 'koreas']));
  });
});
