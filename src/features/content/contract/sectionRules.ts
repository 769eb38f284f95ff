import type { Section } from './schema.ts';

// The rules site.json's sections must follow, checked by the contract. Their own module, apart
// from the tree the pages use, so the article page's entry script does not carry them.

/**
 * How deep sections may nest (News › World › Asia › Koreas is 4). Keeps every
 * page's path, and so its file name in the build, well inside what file
 * systems allow.
 */
export const MAX_SECTION_DEPTH = 8;

/**
 * Top-level paths the app or the build uses for itself (`/404` is the address
 * the not-found page is rendered at). No top-level section and no page may take one.
 */
export const RESERVED_TOP_LEVEL_IDS: ReadonlySet<string> = new Set([
  'saved',
  'search',
  'topics',
  'authors',
  'content',
  'assets',
  'feeds',
  'sitemaps',
  'share-cards',
  '404',
]);
/** `/news/page/2` is page 2 of News, so no section may be called `page`. */
const RESERVED_IDS = new Set(['page']);

export type SectionProblem = { index: number; field: 'id' | 'parent'; message: string };

/**
 * The ids from `start` up towards the top, stopping before the first one
 * already measured (or at a loop, which it reports).
 */
function walkUp(start: string, parentOf: (id: string) => string | undefined, depthOf: Map<string, number>) {
  const chain: string[] = [];
  const onChain = new Set<string>();
  let current: string | undefined = start;
  while (current !== undefined && !depthOf.has(current)) {
    if (onChain.has(current)) return { chain, loopsAt: current, above: 0 };
    onChain.add(current);
    chain.push(current);
    current = parentOf(current);
  }
  return { chain, loopsAt: null, above: current === undefined ? 0 : (depthOf.get(current) ?? 0) };
}

/**
 * Everything wrong with the shape of site.json's sections, each on the
 * section it concerns: duplicate and reserved ids, unknown parents, loops and
 * nesting past MAX_SECTION_DEPTH. Linear in the number of sections.
 */
export function sectionProblems(sections: readonly Section[]): SectionProblem[] {
  const problems: SectionProblem[] = [];
  const indexById = new Map<string, number>();
  sections.forEach((section, index) => {
    const first = indexById.get(section.id);
    if (first === undefined) indexById.set(section.id, index);
    else {
      problems.push({
        index,
        field: 'id',
        message: `duplicate section id "${section.id}", also sections[${String(first)}]`,
      });
    }
    const isTopLevel = section.parent === undefined;
    if (RESERVED_IDS.has(section.id) || (isTopLevel && RESERVED_TOP_LEVEL_IDS.has(section.id))) {
      problems.push({ index, field: 'id', message: `"${section.id}" is reserved for the site's own pages` });
    }
  });
  sections.forEach((section, index) => {
    if (section.parent !== undefined && !indexById.has(section.parent)) {
      problems.push({ index, field: 'parent', message: `unknown parent "${section.parent}"` });
    }
  });

  const parentOf = (id: string) => {
    const parent = sections[indexById.get(id) ?? -1]?.parent;
    return parent !== undefined && indexById.has(parent) ? parent : undefined;
  };
  // Each section is measured once: a walk stops at the first section already measured.
  const depthOf = new Map<string, number>();
  for (const id of indexById.keys()) {
    const { chain, loopsAt, above } = walkUp(id, parentOf, depthOf);
    if (loopsAt !== null) {
      problems.push({
        index: indexById.get(loopsAt) ?? 0,
        field: 'parent',
        message: `"${loopsAt}" is its own ancestor`,
      });
    }
    let depth = loopsAt === null ? above : Infinity;
    for (const step of chain.reverse()) {
      depth += 1;
      depthOf.set(step, depth);
      if (depth === MAX_SECTION_DEPTH + 1) {
        problems.push({
          index: indexById.get(step) ?? 0,
          field: 'parent',
          message: `sections nest at most ${String(MAX_SECTION_DEPTH)} levels deep; "${step}" would be level ${String(depth)}`,
        });
      }
    }
  }
  return problems;
}
