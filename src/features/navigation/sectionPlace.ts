import type { SectionNode } from '@/features/content/contract/sectionTree';

/** Where a page is with respect to a section: the section's own page, or a page inside it. */
export type SectionPlace = 'page' | 'inside';

/**
 * The page the navigation describes: its site path, or null for the
 * not-found page, which answers any address and is in no section.
 */
export type PagePath = string | null;

/**
 * `page` for the section's first page (`/news/koreas`), `inside` for anything
 * below it (its later pages, its child sections, its articles), undefined
 * elsewhere. A trailing slash is the same page.
 */
export function sectionPlace(pathname: PagePath, sectionPath: string): SectionPlace | undefined {
  if (pathname === null || sectionPath === '') return undefined;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === sectionPath) return 'page';
  return path.startsWith(`${sectionPath}/`) ? 'inside' : undefined;
}

/**
 * The deepest section the page is in, as the router matches it: on
 * `/news/koreas/jikji-movable-type` Koreas, on `/news/page/2` News, on the
 * front page or `/saved` none.
 */
export function sectionAt(sections: readonly SectionNode[], pathname: PagePath): SectionNode | undefined {
  let deepest: SectionNode | undefined;
  for (const section of sections) {
    if (sectionPlace(pathname, section.path) === undefined) continue;
    if (!deepest || section.path.length > deepest.path.length) deepest = section;
  }
  return deepest;
}
