import { describe, expect, it } from 'vitest';
import { section } from '../../../testing/contentFixtures';
import type { Section } from './schema';
import { MAX_SECTION_DEPTH, sectionProblems } from './sectionRules';

const news = section('news');
const nested = [news, section('world', 'news'), section('koreas', 'world'), section('sport')];

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
