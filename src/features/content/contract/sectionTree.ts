import type { Section } from './schema.ts';

export type SectionNode = Section & {
  /** Site-relative path, e.g. `/news/koreas`. */
  path: string;
  /** From the top-level section down to this one, this one included. */
  trail: Section[];
  children: Section[];
};

/**
 * A section id on a parent loop (one that is its own ancestor), or null. Checked by the build;
 * the browser guards against it too so a bad site.json cannot hang the page.
 */
export function findSectionCycle(sections: readonly Section[]): string | null {
  const parentOf = new Map(sections.map((section) => [section.id, section.parent]));
  for (const section of sections) {
    const seen = new Set<string>();
    let current: string | undefined = section.id;
    while (current !== undefined) {
      // `current` is met twice, so it is on the loop (`section` may only lead into it).
      if (seen.has(current)) return current;
      seen.add(current);
      current = parentOf.get(current);
    }
  }
  return null;
}

export type SectionTree = Record<string, SectionNode>;

/** Resolves the parent links of site.json into paths, trails and children. Plain data, so it can be cached and serialised. */
export function buildSectionTree(sections: readonly Section[]): SectionTree {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const cycle = findSectionCycle(sections);
  if (cycle) throw new Error(`site.json: sections: "${cycle}" is its own ancestor`);

  const trailOf = (section: Section): Section[] => {
    const parent = section.parent === undefined ? undefined : byId.get(section.parent);
    return parent ? [...trailOf(parent), section] : [section];
  };
  return Object.fromEntries(
    sections.map((section) => {
      const trail = trailOf(section);
      const node: SectionNode = {
        ...section,
        trail,
        path: `/${trail.map((step) => step.id).join('/')}`,
        children: sections.filter((candidate) => candidate.parent === section.id),
      };
      return [section.id, node] as const;
    }),
  );
}

/** The section and every section below it, at any depth. */
export function sectionWithDescendants(tree: SectionTree, id: string): Set<string> {
  const ids = new Set<string>([id]);
  for (const node of Object.values(tree)) {
    if (node.trail.some((step) => step.id === id)) ids.add(node.id);
  }
  return ids;
}
