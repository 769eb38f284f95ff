import { pagePaths } from './contract/paths';
import type { PublishedSite } from './contract/schema';
import { absoluteUrl } from './contract/siteAddress';
import { buildSectionTree, type SectionNode, type SectionTree } from './contract/sectionTree';

/** site.json as published (with its list of pages), its section tree resolved once, when it is fetched. */
export type Site = Omit<PublishedSite, 'sections'> & {
  sections: SectionNode[];
  sectionsById: SectionTree;
};

export function toSite(source: PublishedSite): Site {
  const sectionsById = buildSectionTree(source.sections);
  return {
    ...source,
    sections: source.sections.map(
      (section) => sectionsById[section.id] ?? { ...section, path: '', trail: [], children: [] },
    ),
    sectionsById,
  };
}

export function articlePath(site: Site, article: { id: string; section: string }): string {
  const section = site.sectionsById[article.section];
  return pagePaths.article(section?.path ?? '', article.id);
}

export function sectionPagePath(section: SectionNode, page: number): string {
  return pagePaths.section(section.path, page);
}

/** The canonical absolute URL of a site path, from site.json's `url` (which may carry a base path). */
export function canonicalUrl(site: Site, path: string): string {
  return absoluteUrl(site.url, path);
}
