import type { ReactNode } from 'react';
import { Link } from '@/ui/Link';
import type { SectionNode } from '@/features/content/contract/sectionTree';
import type { Site } from '@/features/content/site';
import { SearchLink } from './SearchLink';
import { sectionAt, type PagePath } from './sectionPlace';
import { SectionRow } from './SectionRow';

type Props = {
  site: Site;
  /** The page on screen, whose sections the navigation marks. */
  pagePath: PagePath;
  /** Reader tools at the right of the masthead (saved articles, display settings). */
  tools?: ReactNode;
  /** The search link has focus or the pointer: the search is about to be used. */
  onSearchIntent?: () => void;
};

/**
 * The masthead and the section navigation: the top-level sections on one row
 * and, inside a section, its top-level section's children on a second row
 * (News › Koreas, Asia, Europe). Both come from the page's path alone, so
 * the prerendered page already has them as the app renders them.
 */
export function SiteHeader({ site, pagePath, tools, onSearchIntent }: Props) {
  const topLevel = site.sections.filter((section) => section.trail.length === 1);
  const topId = sectionAt(site.sections, pagePath)?.trail[0]?.id;
  const top = topId === undefined ? undefined : site.sectionsById[topId];
  const children = (top?.children ?? []).flatMap((child): SectionNode[] => {
    const node = site.sectionsById[child.id];
    return node ? [node] : [];
  });
  return (
    <header className="border-b-thin border-rule">
      {/* Where the name and the reader tools do not fit side by side (the narrowest phones,
          larger text, a saved count) the tools go under the name, at the end, and wrap
          themselves if need be, rather than run off the screen. */}
      <div className="mx-auto flex max-w-page flex-wrap items-center justify-between gap-x-3 gap-y-1 px-gutter pt-4 sm:pt-5">
        <Link to="/" className="font-serif text-masthead font-black">
          {site.name}
        </Link>
        <div className="ms-auto flex flex-wrap items-center justify-end gap-1">
          <SearchLink onIntent={onSearchIntent} />
          {tools}
        </div>
      </div>
      {/* The page's head waits for this id before its first paint (index.html): by then the row above is whole. */}
      <nav id="section-navigation" aria-label="Sections" className="mt-2 font-sans text-control">
        <SectionRow sections={topLevel} pagePath={pagePath} />
        {top && children.length > 0 && (
          <div className="border-t-thin border-rule bg-surface">
            <SectionRow
              sections={children}
              pagePath={pagePath}
              label={`${top.title} sections`}
              isSubsection
            />
          </div>
        )}
      </nav>
    </header>
  );
}
