import { describe, expect, it } from 'vitest';
import { section } from '../../../testing/contentFixtures';
import { MAX_SECTION_DEPTH } from './sectionRules';
import { buildSectionTree } from './sectionTree';

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

describe('buildSectionTree at scale', () => {
  it('resolves 5,000 sections eight levels deep in well under a second', () => {
    // 625 branches of 8 levels each: the deepest tree the contract allows, 5,000 sections in all.
    const sections = Array.from({ length: 5_000 }, (_, index) => {
      const level = index % MAX_SECTION_DEPTH;
      return section(`s${String(index)}`, level ? `s${String(index - 1)}` : undefined);
    });

    const started = performance.now();
    const tree = buildSectionTree(sections);
    const elapsed = performance.now() - started;

    expect(tree.s7?.path).toBe('/s0/s1/s2/s3/s4/s5/s6/s7');
    expect(tree.s0?.children.map((child) => child.id)).toEqual(['s1']);
    expect(elapsed).toBeLessThan(500);
  });
});
