import { describe, expect, it } from 'vitest';
import { section } from '../../../testing/contentFixtures';
import type { Section } from './schema';
import { MAX_SECTION_DEPTH, buildSectionTree, sectionProblems } from './sectionTree';

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

describe('sectionProblems on parent loops', () => {
  /** The sections a report names as being on a loop. */
  const loopsIn = (sections: Section[]) =>
    sectionProblems(sections)
      .filter((problem) => problem.message.endsWith('is its own ancestor'))
      .map((problem) => sections[problem.index]?.id);

  it('names none in a tree without loops', () => {
    expect(loopsIn(nested)).toEqual([]);
  });

  it('names the section that is its own parent', () => {
    expect(loopsIn([news, section('loop', 'loop')])).toEqual(['loop']);
  });

  it('names the first section that is its own ancestor through others', () => {
    const cyclic = [news, section('a', 'c'), section('b', 'a'), section('c', 'b')];

    expect(loopsIn(cyclic)).toEqual(['a']);
  });

  it('finds a loop above a section that is listed before it', () => {
    const cyclic = [section('leaf', 'a'), section('a', 'b'), section('b', 'a')];

    // The leaf only leads into the loop; the report must name a section on it.
    expect(loopsIn(cyclic)).toHaveLength(1);
    expect(['a', 'b']).toContain(loopsIn(cyclic)[0]);
  });
});

describe('sectionProblems', () => {
  const chain = (length: number) =>
    Array.from({ length }, (_, index) =>
      section(`s${String(index)}`, index ? `s${String(index - 1)}` : undefined),
    );

  it('finds nothing wrong with a valid tree', () => {
    expect(sectionProblems(nested)).toEqual([]);
  });

  it(`allows ${String(MAX_SECTION_DEPTH)} levels and reports the first section below them`, () => {
    expect(sectionProblems(chain(MAX_SECTION_DEPTH))).toEqual([]);
    expect(sectionProblems(chain(MAX_SECTION_DEPTH + 3))).toEqual([
      {
        index: MAX_SECTION_DEPTH,
        field: 'parent',
        message: `sections nest at most ${String(MAX_SECTION_DEPTH)} levels deep; "s${String(MAX_SECTION_DEPTH)}" would be level ${String(MAX_SECTION_DEPTH + 1)}`,
      },
    ]);
  });

  it('reports a loop once, on a section that is on it', () => {
    const problems = sectionProblems([section('leaf', 'a'), section('a', 'b'), section('b', 'a')]);

    expect(problems).toEqual([{ index: 1, field: 'parent', message: '"a" is its own ancestor' }]);
  });

  it('reports unknown parents and duplicate ids on the sections concerned', () => {
    expect(sectionProblems([news, section('news'), section('world', 'planet')])).toEqual([
      { index: 1, field: 'id', message: 'duplicate section id "news", also sections[0]' },
      { index: 2, field: 'parent', message: 'unknown parent "planet"' },
    ]);
  });

  it('checks a chain of 5,000 sections and 5,000 top-level ones in well under a second', () => {
    const wide = Array.from({ length: 5_000 }, (_, index) => section(`top-${String(index)}`));

    const started = performance.now();
    const deep = sectionProblems(chain(5_000));
    const flat = sectionProblems(wide);
    const elapsed = performance.now() - started;

    expect(deep).toHaveLength(1);
    expect(flat).toEqual([]);
    expect(elapsed).toBeLessThan(500);
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
