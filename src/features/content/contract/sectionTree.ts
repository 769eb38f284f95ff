import type { Section } from './schema.ts';

export type SectionNode = Section & {
  /** Site-relative path, e.g. `/news/koreas`. */
  path: string;
  /** From the top-level section down to this one, this one included. */
  trail: Section[];
  children: Section[];
};

export type SectionTree = Record<string, SectionNode>;

/**
 * Resolves the parent links of site.json into paths, trails and children, in
 * time linear in the sections (times their depth). Plain data, so it can be
 * cached and serialised. A parent loop throws: the browser meets one only in
 * a site.json that skipped validation.
 */
export function buildSectionTree(sections: readonly Section[]): SectionTree {
  const byId = new Map<string, Section>();
  for (const section of sections) if (!byId.has(section.id)) byId.set(section.id, section);
  const childrenOf = new Map<string, Section[]>();
  for (const section of sections) {
    if (section.parent === undefined || !byId.has(section.parent)) continue;
    const siblings = childrenOf.get(section.parent) ?? [];
    siblings.push(section);
    childrenOf.set(section.parent, siblings);
  }

  const trails = new Map<string, Section[]>();
  const trailOf = (section: Section): Section[] => {
    const chain: Section[] = [];
    const onChain = new Set<string>();
    let current: Section | undefined = section;
    while (current && !trails.has(current.id)) {
      if (onChain.has(current.id)) {
        throw new Error(`site.json: sections: "${current.id}" is its own ancestor`);
      }
      onChain.add(current.id);
      chain.push(current);
      current = current.parent === undefined ? undefined : byId.get(current.parent);
    }
    let trail = current ? (trails.get(current.id) ?? []) : [];
    for (const step of chain.reverse()) {
      trail = [...trail, step];
      trails.set(step.id, trail);
    }
    return trails.get(section.id) ?? [section];
  };

  return Object.fromEntries(
    sections.map((section) => {
      const trail = trailOf(section);
      const node: SectionNode = {
        ...section,
        trail,
        path: `/${trail.map((step) => step.id).join('/')}`,
        children: childrenOf.get(section.id) ?? [],
      };
      return [section.id, node] as const;
    }),
  );
}
