import type { Site } from '@/features/content/site';

export type SectionOption = { id: string; label: string };

/**
 * The section filter's choices in the navigation's order, each child under
 * its parent and indented (a select shows no nesting of its own), with the
 * search's count for each once there is one: "Koreas (3)".
 */
export function sectionOptions(
  site: Site,
  counts: Readonly<Record<string, number>> | undefined,
): SectionOption[] {
  const options: SectionOption[] = [];
  const add = (id: string, depth: number) => {
    const node = site.sectionsById[id];
    if (!node) return;
    const count = counts ? ` (${new Intl.NumberFormat(site.language).format(counts[id] ?? 0)})` : '';
    options.push({ id, label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${node.title}${count}` });
    for (const child of node.children) add(child.id, depth + 1);
  };
  for (const section of site.sections) if (section.trail.length === 1) add(section.id, 0);
  return options;
}
